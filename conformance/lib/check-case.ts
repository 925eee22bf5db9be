/**
 * One case through the suite: (a) real OpenSSL against the stored transcript,
 * (b) the simulator against the stored transcript, (c) the simulator at a
 * second clock start, which must print the same (cases print time differences
 * only, never absolute times).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { realCacheKey, type RealCache } from './cache';
import { EVIDENCE_ONLY, type Case } from './cases';
import { unifiedDiff } from './diff';
import { runReal, type RealResult, type Toolchain } from './real';
import { runSim } from './sim';
import { formatTranscript, parseExpected, sameTranscript } from './transcript';
import { findVersionDifference, type VersionDifference } from './versions';

export interface SuiteOptions {
	root: string;
	real: boolean;
	sim: boolean;
	update: boolean;
	now: number;
	/** second clock start for the time-independence check; undefined: no check */
	otherNow?: number;
	toolchain?: Toolchain;
	libsslVersion?: string;
	prelude: string;
	cache?: RealCache;
	differences: readonly VersionDifference[];
}

export interface CaseOutcome {
	name: string;
	status: 'pass' | 'fail' | 'skip';
	/** one line per problem */
	problems: string[];
	/** unified diffs and stderr excerpts, shown after the progress lines */
	details: string[];
	notes: string[];
	realSeconds?: number;
	realCached?: boolean;
	simSeconds?: number;
}

function excerpt(text: string, lines = 15): string {
	const all = text.trimEnd().split('\n');
	return all.slice(0, lines).join('\n') + (all.length > lines ? `\n... (${all.length - lines} more lines)` : '');
}

/**
 * The real transcript of a case. A result is cached only once it agrees with the
 * stored transcript (or there is none yet); a disagreeing run is repeated once,
 * because a few cases print a time difference that flips when a second boundary
 * falls between the two clock reads (e.g. basic-new-free's `time-now`).
 */
async function realTranscript(
	source: string,
	expected: readonly string[] | undefined,
	opts: SuiteOptions
): Promise<{ result: RealResult; cached: boolean; retried: boolean }> {
	if (!opts.toolchain) throw new Error('real runs need the toolchain');
	const key = realCacheKey(source, opts.prelude, opts.toolchain);
	const hit = opts.cache?.get(key);
	if (hit) return { result: hit, cached: true, retried: false };
	const agrees = (r: RealResult) => !r.problem && (expected === undefined || sameTranscript(expected, r.transcript));
	let result = await runReal(source);
	let retried = false;
	if (!agrees(result) && !result.problem) {
		retried = true;
		const again = await runReal(source);
		if (agrees(again)) result = again;
	}
	if (agrees(result)) opts.cache?.put(key, result);
	return { result, cached: false, retried };
}

export async function checkCase(c: Case, opts: SuiteOptions): Promise<CaseOutcome> {
	const outcome: CaseOutcome = { name: c.name, status: 'pass', problems: [], details: [], notes: [] };
	const rel = (p: string) => relative(opts.root, p);
	if (c.origin === 'conformance' && EVIDENCE_ONLY.has(c.name)) {
		outcome.status = 'skip';
		outcome.notes.push('evidence only (no .expected: prints values that differ between runs)');
		return outcome;
	}
	const source = readFileSync(c.source, 'utf8');
	let expected = c.hasExpected ? parseExpected(readFileSync(c.expected, 'utf8')) : undefined;

	if (opts.real) {
		const { result, cached, retried } = await realTranscript(source, expected, opts);
		outcome.realSeconds = result.seconds;
		outcome.realCached = cached;
		if (retried) outcome.notes.push('real run repeated after a first run differed');
		if (result.problem) outcome.problems.push(`real OpenSSL: ${result.problem}`);
		if (expected === undefined) {
			if (opts.update && !result.problem) {
				writeFileSync(c.expected, formatTranscript(result.transcript));
				outcome.notes.push(`wrote ${rel(c.expected)} from the real run`);
				expected = result.transcript;
			} else {
				outcome.problems.push(`no ${rel(c.expected)} (generate it: conformance/run.ts --real --update --filter ${c.name})`);
			}
		} else if (!sameTranscript(expected, result.transcript) && c.origin === 'content' && opts.update && !result.problem) {
			// a documentation example's transcript is derived data: regenerate it
			writeFileSync(c.expected, formatTranscript(result.transcript));
			outcome.notes.push(`rewrote ${rel(c.expected)} from the real run`);
			expected = result.transcript;
		} else if (!sameTranscript(expected, result.transcript)) {
			const doc = opts.libsslVersion ? findVersionDifference(opts.differences, c.name, opts.libsslVersion) : undefined;
			const alternative = doc ? parseExpected(readFileSync(`${opts.root}/${doc.transcript}`, 'utf8')) : undefined;
			if (doc && alternative && sameTranscript(alternative, result.transcript)) {
				outcome.notes.push(`libssl ${doc.libssl} differs as documented: ${doc.reason}`);
			} else {
				outcome.problems.push(`stored transcript differs from real OpenSSL (${opts.toolchain?.libssl})`);
				outcome.details.push(unifiedDiff(expected, result.transcript, `${rel(c.expected)} (stored)`, 'real OpenSSL'));
			}
		}
	} else if (expected === undefined) {
		outcome.problems.push(`no ${rel(c.expected)} (generate it: conformance/run.ts --real --update --filter ${c.name})`);
	}

	if (opts.sim && expected !== undefined) {
		const sim = await runSim(opts.root, c.source, opts.now);
		outcome.simSeconds = sim.seconds;
		if (sim.problem) {
			outcome.problems.push(`simulator: ${sim.problem}`);
			if (sim.stderr.trim()) outcome.details.push(`simulator stderr:\n${excerpt(sim.stderr)}\n`);
		}
		if (!sameTranscript(expected, sim.transcript)) {
			if (!sim.problem) outcome.problems.push('simulation differs from the expected transcript');
			outcome.details.push(unifiedDiff(expected, sim.transcript, `${rel(c.expected)} (real OpenSSL)`, `session-lab run --trace --now ${opts.now}`));
		} else if (opts.otherNow !== undefined && !sim.problem) {
			const later = await runSim(opts.root, c.source, opts.otherNow);
			if (!sameTranscript(sim.transcript, later.transcript)) {
				outcome.problems.push(`simulation depends on the clock start (--now ${opts.now} vs ${opts.otherNow})`);
				outcome.details.push(unifiedDiff(sim.transcript, later.transcript, `--now ${opts.now}`, `--now ${opts.otherNow}`));
			}
		}
	}
	if (outcome.problems.length > 0) outcome.status = 'fail';
	return outcome;
}
