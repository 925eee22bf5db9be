/**
 * Differential sweep: generate variants of a template program (pairwise
 * combinations of its #defines, or the full product), run each through real
 * OpenSSL and the simulator, and list where they disagree.
 *
 *   npx tsx conformance/sweep/run.ts SWEEP [--full | --sample N --seed S] [--native] [--jobs 2] [--limit N] [--only i,j]
 *
 * --native: run real OpenSSL natively first and ask valgrind only when that
 * crashes or disagrees with the simulator (sweeps of ~100 variants in minutes).
 *   npx tsx conformance/sweep/run.ts DIR-OR-FILES.c... [--native]   (hand-written variants, each file as is)
 *   npx tsx conformance/sweep/run.ts --list
 *
 * Variants land in conformance/out/sweep/SWEEP/NNN.c (git-ignored) with
 * NNN.real and NNN.sim transcripts; real results are cached like the suite's.
 * Ends with "N agree, N disagree"; exit 1 on any disagreement.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realCacheKey, RealCache } from '../lib/cache';
import { unifiedDiff } from '../lib/diff';
import { runPool } from '../lib/pool';
import { detectToolchain, PRELUDE_PATH, runReal, type RealResult } from '../lib/real';
import { runSim } from '../lib/sim';
import { formatTranscript, sameTranscript } from '../lib/transcript';
import { applyDefines, fullProduct, label, pairwise, sample, type Combination } from './grid';
import { SWEEPS } from './grids';
import { runNative } from './native';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'conformance', 'out');
const NOW = 1_764_000_000;
/** sweep variants should be quick; a longer run is reported, not waited for */
const REAL_TIMEOUT_MS = 90_000;

function parseArgs(argv: string[]) {
	const args = { sweep: '', files: [] as string[], sample: 0, seed: 1, full: false, native: false, jobs: 2, limit: Infinity, only: undefined as Set<number> | undefined, list: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--full') args.full = true;
		else if (a === '--native') args.native = true;
		else if (a === '--sample') args.sample = Number(argv[++i]);
		else if (a === '--seed') args.seed = Number(argv[++i]);
		else if (a === '--list') args.list = true;
		else if (a === '--jobs') args.jobs = Math.max(1, Number(argv[++i]) || 1);
		else if (a === '--limit') args.limit = Number(argv[++i]);
		else if (a === '--only') args.only = new Set(argv[++i].split(',').map(Number));
		else if (a.endsWith('.c') || existsSync(a)) args.files.push(...(a.endsWith('.c') ? [a] : readdirSync(a).filter((f) => f.endsWith('.c')).sort().map((f) => join(a, f))));
		else if (!a.startsWith('--')) args.sweep = a;
		else throw new Error(`unknown option ${a}`);
	}
	return args;
}

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	if (args.files.length > 0) return runFiles(args.files, args.native, args.jobs);
	if (args.list || !args.sweep) {
		for (const s of SWEEPS) console.log(`${s.name}: ${s.template} (${Object.keys(s.defines).join(', ')})`);
		return args.list ? 0 : 1;
	}
	const sweep = SWEEPS.find((s) => s.name === args.sweep);
	if (!sweep) throw new Error(`no sweep named ${args.sweep}`);
	const templatePath = isAbsolute(sweep.template) ? sweep.template : join(ROOT, sweep.template);
	const template = (sweep.prepare ?? ((s: string) => s))(readFileSync(templatePath, 'utf8'));
	const allowed = sweep.allowed ?? (() => true);
	const rows = (
		args.full ? fullProduct(sweep.defines).filter(allowed) : args.sample > 0 ? sample(sweep.defines, args.sample, args.seed, allowed) : pairwise(sweep.defines, allowed)
	).slice(0, args.limit);
	const dir = join(OUT, 'sweep', args.sample > 0 ? `${sweep.name}-s${args.seed}` : sweep.name);
	mkdirSync(dir, { recursive: true });
	const toolchain = detectToolchain();
	const prelude = readFileSync(PRELUDE_PATH, 'utf8');
	const cache = process.env.CI ? undefined : new RealCache(OUT);
	const how = args.full ? 'full product' : args.sample > 0 ? `random sample, seed ${args.seed}` : 'pairwise';
	console.log(`${sweep.name}: ${rows.length} variants (${how}), ${toolchain.libssl}`);

	const indexed = rows.map((c, i) => ({ c, i })).filter(({ i }) => !args.only || args.only.has(i));
	const results = await runPool(indexed, args.jobs, async ({ c, i }: { c: Combination; i: number }) => {
		const id = String(i).padStart(3, '0');
		const file = join(dir, `${id}.c`);
		const source = applyDefines(template, c);
		writeFileSync(file, source);
		const key = realCacheKey(source, prelude, toolchain);
		const sim = await runSim(ROOT, file, NOW);
		let real: RealResult | undefined = cache?.get(key);
		if (!real && args.native) {
			const quick = runNative(source);
			// a native run that agrees is trusted; anything else goes to valgrind
			if (quick && !sim.problem && sameTranscript(quick, sim.transcript)) real = { transcript: quick, seconds: 0 };
		}
		if (!real) {
			real = await runReal(source, REAL_TIMEOUT_MS);
			if (!real.problem) cache?.put(key, real);
		}
		writeFileSync(join(dir, `${id}.real`), formatTranscript(real.transcript));
		writeFileSync(join(dir, `${id}.sim`), formatTranscript(sim.transcript));
		const agree = !real.problem && !sim.problem && sameTranscript(real.transcript, sim.transcript);
		const problems = [real.problem && `real: ${real.problem}`, sim.problem && `sim: ${sim.problem}`].filter(Boolean);
		console.log(`${agree ? 'ok  ' : 'DIFF'} ${id} ${label(c)}${problems.length ? ` — ${problems.join('; ')}` : ''}`);
		return { id, c, agree, diff: agree ? '' : unifiedDiff(real.transcript, sim.transcript, `${id}.real`, `${id}.sim`, 2), problems };
	});
	const bad = results.filter((r) => !r.agree);
	for (const r of bad) {
		console.log(`\n=== ${sweep.name}/${r.id}: ${label(r.c)} ${r.problems.join('; ')}`);
		const lines = r.diff.split('\n');
		console.log(lines.slice(0, 40).join('\n') + (lines.length > 40 ? `\n... (${lines.length - 40} more diff lines)` : ''));
	}
	console.log(`\n${results.length - bad.length} agree, ${bad.length} disagree`);
	return bad.length > 0 ? 1 : 0;
}

/** Hand-written variants: each file is compared as it is (transcripts next to it in out/sweep/files/). */
async function runFiles(files: string[], native: boolean, jobs: number): Promise<number> {
	const dir = join(OUT, 'sweep', 'files');
	mkdirSync(dir, { recursive: true });
	const toolchain = detectToolchain();
	const prelude = readFileSync(PRELUDE_PATH, 'utf8');
	const cache = process.env.CI ? undefined : new RealCache(OUT);
	const results = await runPool(files, jobs, async (file) => {
		const source = readFileSync(file, 'utf8');
		const id = file.replace(/^.*\//, '').replace(/\.c$/, '');
		const sim = await runSim(ROOT, file, NOW);
		const key = realCacheKey(source, prelude, toolchain);
		let real: RealResult | undefined = cache?.get(key);
		if (!real && native) {
			const quick = runNative(source);
			if (quick && !sim.problem && sameTranscript(quick, sim.transcript)) real = { transcript: quick, seconds: 0 };
		}
		if (!real) {
			real = await runReal(source, REAL_TIMEOUT_MS);
			if (!real.problem) cache?.put(key, real);
		}
		writeFileSync(join(dir, `${id}.real`), formatTranscript(real.transcript));
		writeFileSync(join(dir, `${id}.sim`), formatTranscript(sim.transcript));
		const agree = !real.problem && !sim.problem && sameTranscript(real.transcript, sim.transcript);
		const problems = [real.problem && `real: ${real.problem}`, sim.problem && `sim: ${sim.problem}`].filter(Boolean);
		console.log(`${agree ? 'ok  ' : 'DIFF'} ${file}${problems.length ? ` — ${problems.join('; ')}` : ''}`);
		if (!agree) console.log(unifiedDiff(real.transcript, sim.transcript, `${id}.real`, `${id}.sim`, 2).split('\n').slice(0, 40).join('\n') + (sim.problem ? `\n${sim.stderr.split('\n').slice(0, 5).join('\n')}` : ''));
		return agree;
	});
	const bad = results.filter((r) => !r).length;
	console.log(`\n${results.length - bad} agree, ${bad} disagree`);
	return bad > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(e: Error) => {
		console.error(e.message);
		process.exit(2);
	}
);
