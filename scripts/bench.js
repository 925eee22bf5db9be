#!/usr/bin/env node
/**
 * npm run bench: performance figures of the session cache workload
 * (bench/cache-workload.c: 8 rounds × 40,960 sessions through a 20,480-entry cache)
 *   1. native: gcc -O2 against the installed libssl, whole process;
 *   2. engine: the same workload through the engine's TypeScript API (src/lib/openssl/bench-workload.ts);
 *   3. interpreter: `session-lab run bench/cache-workload.c`, whole process;
 * then every other bench/*.js script (graph and docs benchmarks), if present.
 * Prints figures only (time, ratio to native, peak memory) and whether the three outputs agree;
 * there are no timed assertions. Exit status 1 only if a run fails or the outputs disagree.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const workload = join(root, 'bench', 'cache-workload.c');
const measurePy = join(root, 'bench', 'measure.py');

/** @typedef {{ lines: string[], seconds: number, rssMb: number, status: number, stderr: string }} Run */

/**
 * Runs a command under bench/measure.py: its stdout lines, wall seconds, peak RSS in MB.
 * @param {string} cmd
 * @param {string[]} args
 * @returns {Run}
 */
function measure(cmd, args) {
	const r = spawnSync('python3', [measurePy, cmd, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
	const report = (r.stderr ?? '').split('\n').reverse().find((l) => l.startsWith('BENCH '));
	if (r.error || !report) throw new Error(`could not measure ${cmd}: ${r.error?.message ?? r.stderr}`);
	const m = JSON.parse(report.slice(6));
	const stderr = r.stderr.split('\n').filter((l) => !l.startsWith('BENCH ')).join('\n').trim();
	return { lines: r.stdout.trimEnd().split('\n'), seconds: m.seconds, rssMb: m.maxRssKb / 1024, status: m.status, stderr };
}

const fmt = (/** @type {number} */ s) => `${s.toFixed(2)} s`;
const mb = (/** @type {number} */ m) => `${m.toFixed(0)} MB`;
const ratio = (/** @type {number} */ s, /** @type {number} */ base) => `${(s / base).toFixed(1)}× native`;
const message = (/** @type {unknown} */ e) => (e instanceof Error ? e.message : String(e));
let failed = false;

/** @param {string} title */
function section(title) {
	console.log(`\n== ${title}`);
}

// 1. native
section('native (gcc -O2, libssl)');
const dir = mkdtempSync(join(tmpdir(), 'lab-bench-'));
/** @type {Run | undefined} */
let native;
try {
	const exe = join(dir, 'cache-workload');
	const cc = spawnSync('gcc', ['-O2', '-w', '-o', exe, workload, '-lssl', '-lcrypto'], { encoding: 'utf8' });
	if (cc.status !== 0) throw new Error(`gcc failed: ${cc.stderr || cc.error?.message}`);
	const version = spawnSync('sh', ['-c', 'echo "#include <openssl/opensslv.h>\nOPENSSL_FULL_VERSION_STR" | gcc -E -P -x c - | tail -1'], {
		encoding: 'utf8'
	}).stdout.trim();
	native = measure(exe, []);
	console.log(`libssl ${version.replace(/"/g, '')}: ${fmt(native.seconds)} whole process, peak RSS ${mb(native.rssMb)}`);
} catch (e) {
	console.log(`native run unavailable: ${message(e)}`);
	failed = true;
} finally {
	rmSync(dir, { recursive: true, force: true });
}

// 2. engine API
section('engine (TypeScript API, record: trace)');
/** @type {Run | undefined} */
let engine;
try {
	// A larger young generation: every cached session outlives the default 16 MB semi-space, and GC was a
	// quarter of the engine's CPU time (NOTES/engine-perf.md). A tuning flag, not a code path.
	engine = measure(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', join(root, 'bench', 'engine-workload.ts')]);
	const run = engine;
	const tail = run.lines.find((l) => l.startsWith('ENGINE '));
	if (run.status !== 0 || !tail) throw new Error(run.stderr || `exit status ${run.status}`);
	const e = JSON.parse(tail.slice(7));
	run.lines = run.lines.filter((l) => !l.startsWith('ENGINE '));
	console.log(
		`workload ${fmt(e.seconds)}${native ? ` (${ratio(e.seconds, native.seconds)})` : ''}, heap after ${mb(e.heapMb)}; ` +
			`whole process ${fmt(run.seconds)}, peak RSS ${mb(run.rssMb)}`
	);
} catch (e) {
	console.log(`engine run failed: ${message(e).split('\n')[0]}`);
	failed = true;
	engine = undefined;
}

// 3. interpreter
section('interpreter (session-lab run bench/cache-workload.c)');
/** @type {Run | undefined} */
let interp;
try {
	interp = measure(process.execPath, [join(root, 'bin', 'session-lab.js'), 'run', workload]);
	if (interp.status !== 0) throw new Error(interp.stderr.split('\n').slice(0, 3).join(' / ') || `exit status ${interp.status}`);
	console.log(`${fmt(interp.seconds)} whole process${native ? ` (${ratio(interp.seconds, native.seconds)})` : ''}, peak RSS ${mb(interp.rssMb)}`);
} catch (e) {
	console.log(`interpreter run failed: ${message(e)}`);
	failed = true;
	interp = undefined;
}

// the three must print the same lines
section('outputs');
/** @type {{ name: string, run: Run }[]} */
const runs = [];
for (const [name, run] of /** @type {[string, Run | undefined][]} */ ([
	['native', native],
	['engine', engine],
	['interpreter', interp]
]))
	if (run) runs.push({ name, run });
const reference = runs.length > 0 ? runs[0].run.lines.join('\n') : '';
for (const { name, run } of runs) {
	const same = run.lines.join('\n') === reference;
	console.log(`${name}: ${run.lines.length} lines${same ? '' : ' — DIFFERS from ' + runs[0].name}`);
	if (!same) failed = true;
}
if (runs.length > 0) console.log(`  ${runs[0].run.lines[runs[0].run.lines.length - 1]}`);

// 4. time travel: record the workload (checkpoints) and jump to random steps; a docs example for scale
section('time travel (record with checkpoints, then view(k) at random steps)');
for (const [file, jumps] of [
	['bench/cache-workload.c', '20'],
	['content/examples/SSL_CTX_sess_set_new_cb.c', '50']
]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'time-travel.ts'), file, jumps], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) {
		console.log(`bench/time-travel.ts ${file} exited with ${r.status ?? r.signal}`);
		failed = true;
	}
}

// 5. other benchmarks
const others = readdirSync(join(root, 'bench'))
	.filter((f) => f.endsWith('.js'))
	.sort();
for (const f of others) {
	section(`bench/${f}`);
	const r = spawnSync(process.execPath, [join(root, 'bench', f)], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) {
		console.log(`bench/${f} exited with ${r.status ?? r.signal}`);
		failed = true;
	}
}
process.exit(failed ? 1 : 0);
