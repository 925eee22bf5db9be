/** Run an already checked program in any Environment and summarize it (no front end needed). */
import type { CheckedProgram } from './front/ast';
import type { Environment } from './environment';
import { execute, type ExecOptions } from './execute';
import { decodeOutput } from './output';
import { Recording } from './recording';
import type { RunSummary } from './step-view';

export interface RunResult {
	summary: RunSummary;
	recording: Recording | null;
	/** Raw byte-string stdout (the CLI writes it as bytes). */
	stdoutBytes: string;
}

/** Checkpoint spacing of recorded runs (stretched by the timeline when captures get expensive). */
export const CHECKPOINT_EVERY = 20_000;

export function runChecked(program: CheckedProgram, env: Environment, opts: ExecOptions): RunResult {
	const every = opts.checkpointEvery ?? CHECKPOINT_EVERY;
	const checkpoints = opts.record ? { every, hooks: env.stateRoots?.() ?? { roots: [], externals: [] } } : undefined;
	const exec = execute(program, env, { ...opts, record: false, checkpoints });
	const m = exec.machine;
	const o = exec.outcome;
	let stderr = m.err;
	let status = 0;
	let exit: RunSummary['exit'] = 'normal';
	let fault = null;
	switch (o.kind) {
		case 'normal':
			for (const l of exec.leaks) stderr += l.text;
			break;
		case 'fault':
			fault = o.report;
			stderr += o.report.text;
			status = 1;
			exit = 'memory-fault';
			break;
		case 'trap':
			stderr += `==ERROR: session-lab: ${o.message} at ${opts.fileName}:${o.line}\n`;
			status = 1;
			exit = 'memory-fault';
			break;
		case 'limit':
			stderr += `session-lab: ${o.message}\n`;
			status = 3;
			exit = 'limit';
			break;
		case 'internal':
		case 'stopped':
			stderr += `session-lab: internal error: ${o.kind === 'internal' ? o.message : 'stopped'}\n`;
			status = 1;
			exit = 'memory-fault';
			break;
	}
	const summary: RunSummary = {
		exit,
		status,
		totalSteps: m.steps,
		diagnostics: [],
		fault,
		leaks: exec.leaks,
		output: decodeOutput(m.out),
		stderr: decodeOutput(stderr)
	};
	const recording = opts.record ? new Recording(program, env, exec, fault) : null;
	return { summary, recording, stdoutBytes: m.out };
}
