/**
 * bench/cache-workload.c through the interpreter with the engine in a chosen record mode (default
 * 'live': ledger and object registry, no stored event log), to check that long runs stay in bounded
 * memory. Prints the program's output, then `LIVE {...}` with the run's seconds (without start-up),
 * the final and peak RSS (process.memoryUsage / resourceUsage) and the heap in use.
 * Usage: node --import tsx bench/live-workload.ts [live|full|trace] [FILE.c]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../src/lib/snippet/runner';
import type { RecordMode } from '../src/lib/openssl/world';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const mode = (process.argv[2] ?? 'live') as RecordMode;
const source = readFileSync(process.argv[3] ?? join(root, 'bench', 'cache-workload.c'), 'utf8');
const started = performance.now();
const res = runProgram(source, { now: 1700000000, fileName: 'cache-workload.c', engineRecord: mode, maxSteps: 1e9, maxMillis: 1e9 });
const seconds = (performance.now() - started) / 1000;
const mb = (bytes: number) => Math.round(bytes / 10485.76) / 100;
process.stdout.write(res.stdoutBytes);
const report = {
	mode,
	exit: res.summary.exit,
	steps: res.summary.totalSteps,
	seconds: Math.round(seconds * 100) / 100,
	rssMb: mb(process.memoryUsage().rss),
	peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
	heapMb: mb(process.memoryUsage().heapUsed)
};
console.log(`LIVE ${JSON.stringify(report)}`);
