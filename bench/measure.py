"""Run a command, pass its stdout through, and report on stderr its wall time
and peak resident memory (the children's ru_maxrss, exact even for short
processes): last line `BENCH {"seconds": S, "maxRssKb": K, "status": N}`."""
import json
import resource
import subprocess
import sys
import time

start = time.perf_counter()
status = subprocess.run(sys.argv[1:]).returncode
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stderr.write("BENCH " + json.dumps({"seconds": seconds, "maxRssKb": peak, "status": status}) + "\n")
