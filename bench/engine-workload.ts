/**
 * The cache workload through the engine's TypeScript API (no interpreter), in a
 * process of its own so its peak memory is measured alone. Prints the
 * workload's lines, then `ENGINE {"seconds": S, "heapMb": H}` (S: the call
 * alone, without Node and module start-up; H: heap in use right after it).
 */
import { runCacheWorkload } from '../src/lib/openssl/bench-workload';

const started = performance.now();
const lines = runCacheWorkload();
const seconds = (performance.now() - started) / 1000;
const heapMb = process.memoryUsage().heapUsed / 1048576;
for (const line of lines) console.log(line);
console.log(`ENGINE ${JSON.stringify({ seconds, heapMb })}`);
