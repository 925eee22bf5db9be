/**
 * Conformance suite: every case against real OpenSSL and against the simulator.
 *
 *   npx tsx conformance/run.ts [--real] [--no-sim] [--filter a,b] [--jobs 2]
 *                              [--update] [--no-cache] [--now EPOCH] [--no-time-check]
 *
 *   --real           also run real OpenSSL (gcc + libssl + valgrind) and require the
 *                    stored transcripts to match it (cached in conformance/out/ unless
 *                    --no-cache or CI is set)
 *   --no-sim         skip the simulator (only check the stored transcripts)
 *   --update         write missing .expected files from the real run (implies --real)
 *   --now EPOCH      the simulator's clock start (default 1764000000)
 *   --no-time-check  skip the second simulator run at another clock start
 *
 * Ends with the line "N passed, N failed"; exit status 1 when anything failed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RealCache } from './lib/cache';
import { discoverCases, filterCases, type Case } from './lib/cases';
import { checkCase, type CaseOutcome, type SuiteOptions } from './lib/check-case';
import { runPool } from './lib/pool';
import { detectToolchain, libsslVersionNumber, PRELUDE_PATH } from './lib/real';
import { loadVersionDifferences } from './lib/versions';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'conformance', 'out');
const DEFAULT_NOW = 1_764_000_000;
/** the second clock start: ten years later, still below 2^31, so a DER-encoded time keeps its length */
const TIME_CHECK_SHIFT = 315_360_000;
const SLOW_SECONDS = 5;

interface Args {
	real: boolean;
	sim: boolean;
	update: boolean;
	cache: boolean;
	timeCheck: boolean;
	filter?: string;
	jobs: number;
	now: number;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { real: false, sim: true, update: false, cache: !process.env.CI, timeCheck: true, jobs: 2, now: DEFAULT_NOW };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a === '--real') args.real = true;
		else if (a === '--no-sim') args.sim = false;
		else if (a === '--update') args.update = args.real = true;
		else if (a === '--no-cache') args.cache = false;
		else if (a === '--no-time-check') args.timeCheck = false;
		else if (a === '--filter') args.filter = value();
		else if (a === '--jobs') args.jobs = Math.max(1, Number(value()) || 1);
		else if (a === '--now') args.now = Number(value());
		else throw new Error(`unknown option ${a}`);
	}
	return args;
}

/** Longest cases first (by their last recorded time), so the pool does not end on one. */
function loadTimings(): Record<string, number> {
	try {
		return JSON.parse(readFileSync(join(OUT, 'timings.json'), 'utf8')) as Record<string, number>;
	} catch {
		return {};
	}
}

function saveTimings(previous: Record<string, number>, outcomes: CaseOutcome[]): void {
	const timings = { ...previous };
	for (const o of outcomes) timings[o.name] = (o.realCached ? 0 : (o.realSeconds ?? 0)) + (o.simSeconds ?? 0) || timings[o.name] || 0;
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, 'timings.json'), JSON.stringify(timings, null, 1));
}

function seconds(s: number | undefined, cached?: boolean): string {
	return s === undefined ? '-' : `${s.toFixed(1)}s${cached ? ' cached' : ''}`;
}

function progressLine(o: CaseOutcome): string {
	const label = o.status === 'pass' ? 'ok  ' : o.status === 'skip' ? 'skip' : 'FAIL';
	const times = [o.realSeconds !== undefined ? `real ${seconds(o.realSeconds, o.realCached)}` : '', o.simSeconds !== undefined ? `sim ${seconds(o.simSeconds)}` : '']
		.filter(Boolean)
		.join(', ');
	const extra = [...o.problems, ...o.notes].join('; ');
	return `${label} ${o.name}${times ? ` (${times})` : ''}${extra ? ` — ${extra}` : ''}`;
}

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	const cases = filterCases(discoverCases(ROOT), args.filter);
	const toolchain = args.real ? detectToolchain() : undefined;
	if (toolchain) console.log(`real OpenSSL: ${toolchain.libssl}; gcc ${toolchain.gcc}; ${toolchain.valgrind}${args.cache ? '' : '; cache off'}`);
	if (args.sim && !existsSync(join(ROOT, 'bin', 'session-lab.js'))) console.log('simulator: bin/session-lab.js not found');
	const opts: SuiteOptions = {
		root: ROOT,
		real: args.real,
		sim: args.sim,
		update: args.update,
		now: args.now,
		otherNow: args.timeCheck ? args.now + TIME_CHECK_SHIFT : undefined,
		toolchain,
		libsslVersion: toolchain ? libsslVersionNumber(toolchain) : undefined,
		prelude: readFileSync(PRELUDE_PATH, 'utf8'),
		cache: args.cache ? new RealCache(OUT) : undefined,
		differences: loadVersionDifferences(ROOT)
	};
	const timings = loadTimings();
	const ordered: Case[] = [...cases].sort((a, b) => (timings[b.name] ?? 0) - (timings[a.name] ?? 0));
	const started = performance.now();
	const outcomes = await runPool(ordered, args.jobs, async (c) => {
		let o: CaseOutcome;
		try {
			o = await checkCase(c, opts);
		} catch (e) {
			o = { name: c.name, status: 'fail', problems: [`suite error: ${(e as Error).message}`], details: [], notes: [] };
		}
		console.log(progressLine(o));
		return o;
	});
	saveTimings(timings, outcomes);
	const failed = outcomes.filter((o) => o.status === 'fail').sort((a, b) => a.name.localeCompare(b.name));
	for (const o of failed) {
		console.log(`\n=== FAIL ${o.name}: ${o.problems.join('; ')}`);
		for (const d of o.details) process.stdout.write(d.endsWith('\n') ? d : d + '\n');
	}
	const slow = outcomes.filter((o) => (o.realCached ? 0 : (o.realSeconds ?? 0)) > SLOW_SECONDS || (o.simSeconds ?? 0) > SLOW_SECONDS);
	if (slow.length > 0) {
		console.log('\nslow cases:');
		for (const o of slow.sort((a, b) => a.name.localeCompare(b.name)))
			console.log(`  ${o.name}: real ${seconds(o.realSeconds, o.realCached)}, sim ${seconds(o.simSeconds)}`);
	}
	const skipped = outcomes.filter((o) => o.status === 'skip').length;
	const passed = outcomes.filter((o) => o.status === 'pass').length;
	console.log(`\n${skipped ? `${skipped} skipped (evidence only); ` : ''}total ${((performance.now() - started) / 1000).toFixed(1)} s`);
	console.log(`${passed} passed, ${failed.length} failed`);
	return failed.length > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(e: Error) => {
		console.error(e.message);
		console.log('0 passed, 1 failed');
		process.exit(1);
	}
);
