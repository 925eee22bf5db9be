/**
 * compile + run + (optionally) record one snippet: the single entry point of the CLI, the worker
 * and the tests. `runChecked` runs an already checked program in any Environment.
 */
import { compile } from './front/compile';
import { engineEnvironment } from './engine-env';
import type { RecordMode } from '../openssl/world';
import type { Limits } from './machine';
import { runChecked, type RunResult } from './runner-core';

export type { RunResult };

export interface RunOptions {
	/** Simulated clock start (seconds since the epoch). Default: the real time. */
	now?: number;
	/** Interleave `# new`/`# free` lifecycle lines into stdout. */
	trace?: boolean;
	maxSteps?: number;
	maxMillis?: number;
	fileName?: string;
	/** Keep step records and a full event log for view(k). Default false (CLI). */
	record?: boolean;
	/**
	 * The engine's record mode (world.ts) for the run: default 'full' with `record`, else 'trace'.
	 * 'live' keeps the ledger and registry without an event log (long runs).
	 */
	engineRecord?: RecordMode;
	/** Checkpoint spacing in steps for recorded runs (tests use tiny ones to resume from everywhere). */
	checkpointEvery?: number;
}


export function runProgram(source: string, opts: RunOptions = {}): RunResult {
	const fileName = opts.fileName ?? 'snippet.c';
	const now = opts.now ?? Math.floor(Date.now() / 1000);
	const record = opts.record ?? false;
	// Recorded runs keep the ledger (holders in every view) but no event log: time travel resumes
	// from checkpoints instead of replaying events.
	const env = engineEnvironment(now, opts.engineRecord ?? (record ? 'live' : 'trace'));
	const { program, diagnostics } = compile(source, fileName, env.library);
	if (!program) {
		const stderr = diagnostics.map((d) => `${fileName}:${d.span.line}:${d.span.col}: ${d.severity}: ${d.message} [${d.code}]\n`).join('');
		return {
			summary: { exit: 'compile-error', status: 2, totalSteps: 0, diagnostics, fault: null, leaks: [], output: '', stderr },
			recording: null,
			stdoutBytes: ''
		};
	}
	const res = runChecked(program, env, {
		trace: !!opts.trace,
		fileName,
		record,
		limits: limitsOf(opts),
		checkpointEvery: opts.checkpointEvery
	});
	res.summary.diagnostics = diagnostics;
	return res;
}

function limitsOf(o: RunOptions): Partial<Limits> {
	const l: Partial<Limits> = {};
	if (o.maxSteps !== undefined) l.maxSteps = o.maxSteps;
	if (o.maxMillis !== undefined) l.maxMillis = o.maxMillis;
	return l;
}

