/**
 * Time travel on a recorded run: record a program the way the playground does (runProgram with
 * record: true — checkpoints every so many steps), then jump to seeded pseudo-random steps and
 * time each view(k). Prints the recording time, the checkpoints (count, bytes), the process's
 * peak RSS so far and the jump times (median, p90, max). Figures only, no assertions.
 *
 *   node --import tsx bench/time-travel.ts FILE.c [JUMPS]
 */
import { readFileSync } from 'node:fs';
import { runProgram } from '../src/lib/snippet/runner';

const file = process.argv[2] ?? 'bench/cache-workload.c';
const jumps = Number(process.argv[3] ?? 30);
const source = readFileSync(file, 'utf8');

const t0 = performance.now();
const res = runProgram(source, { now: 1_764_000_000, record: true, maxMillis: 600_000, fileName: file });
const recordMs = performance.now() - t0;
const rec = res.recording;
if (!rec || res.summary.exit === 'compile-error') {
	console.log(`${file}: not recorded (${res.summary.exit})`);
	process.exit(1);
}
const cps = rec.checkpoints;
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
console.log(
	`${file}: ${res.summary.totalSteps.toLocaleString('en')} steps recorded in ${(recordMs / 1000).toFixed(2)} s; ` +
		`${cps.count} checkpoints holding ${mb(cps.bytes)} (capture ${(cps.captureMillis / 1000).toFixed(2)} s); ` +
		`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`
);

// A fixed LCG: the same steps on every run.
let seed = 12345;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const times: number[] = [];
let sessions = 0;
for (let i = 0; i < jumps; i++) {
	const k = Math.floor(next() * rec.total);
	const t = performance.now();
	const v = rec.view(k);
	times.push(performance.now() - t);
	sessions = Math.max(sessions, v.world.sessions.length);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(
	`jump to a random step (${jumps} jumps, up to ${sessions.toLocaleString('en')} sessions in view): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms; ` +
		`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`
);
