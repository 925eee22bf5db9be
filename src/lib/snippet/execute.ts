/**
 * One execution of a checked program in an environment: wires the machine to the library (trace
 * lines, clock, object liveness), runs main, and classifies how it ended.
 */
import type { CheckedProgram } from './front/ast';
import type { Environment } from './environment';
import { LimitExceeded, MemoryFault, ProgramExit, RuntimeTrap, StopAtStep } from './faults';
import { DEFAULT_LIMITS, Machine, type Limits } from './machine';
import { compileProgram, type CompiledProgram } from './interp/compile-program';
import { faultReport, heapLeak, objectLeak, type StackLine } from './report';
import { Timeline, type TimelineHooks } from './timeline';
import type { MemoryReport } from './step-view';

export interface ExecOptions {
	trace: boolean;
	fileName: string;
	limits?: Partial<Limits>;
	/** Record the run for time travel (runner-core turns this into `checkpoints`). */
	record?: boolean;
	/** Checkpoint spacing of a recorded run (steps; default runner-core's CHECKPOINT_EVERY). */
	checkpointEvery?: number;
	/** Take time-travel checkpoints every so many steps (Execution.timeline). */
	checkpoints?: { every: number; hooks: TimelineHooks };
}

/** What views need from a (paused) execution. */
export interface MachineState {
	machine: Machine;
	compiled: CompiledProgram;
	stackLines: StackLine[];
}

export type Outcome =
	| { kind: 'normal'; status: number }
	| { kind: 'fault'; report: MemoryReport }
	| { kind: 'trap'; message: string; line: number }
	| { kind: 'limit'; message: string; line: number }
	| { kind: 'stopped' }
	| { kind: 'internal'; message: string };

export interface Execution {
	machine: Machine;
	compiled: CompiledProgram;
	outcome: Outcome;
	leaks: MemoryReport[];
	/** Frames at the stop / fault (innermost last), with the line each is at. */
	stackLines: StackLine[];
	timeline: Timeline | null;
}

export function execute(prog: CheckedProgram, env: Environment, opts: ExecOptions): Execution {
	const m = new Machine({ ...DEFAULT_LIMITS, ...opts.limits });
	m.mem.isAlive = (o) => env.isAlive(o);
	m.mem.describeObject = (o) => env.describeObject(o);
	for (const name of ['stdout', 'stderr'] as const) {
		const c = env.library.constants.get(name)?.value;
		if (c && typeof c === 'object' && c.kind === 'obj') m.streams.set(c.object, name);
	}
	if (opts.trace) {
		env.onLifecycle((kind, key) => m.write('stdout', `# ${kind} ${key}\n`));
		// The transcript is what the real run shows: the oracle captures the program's stdout and stderr
		// on one stream (both unbuffered), so with --trace what the program writes to stderr joins stdout
		// in order (fprintf(stderr, ...), SSL_SESSION_print_fp(stderr, ...), ...).
		m.mergeStderr = true;
	}
	const compiled = compileProgram(prog, m, env.library.functions, env.library.constants);
	let timeline: Timeline | null = null;
	if (opts.checkpoints) {
		timeline = new Timeline(prog, m, compiled, opts.checkpoints.hooks);
		timeline.attach(opts.checkpoints.every);
	}
	let outcome: Outcome;
	let leaks: MemoryReport[] = [];
	try {
		const r = compiled.run();
		outcome = { kind: 'normal', status: typeof r === 'number' ? r : 0 };
	} catch (e) {
		outcome = classify(e, m, opts);
	}
	timeline?.detach();
	const stackLines = stackOf(m);
	if (outcome.kind === 'normal') {
		leaks = [
			...m.mem.heap.filter((b) => !b.freed).map((b) => heapLeak(b, opts.fileName)),
			...env.liveObjects().map((o) => objectLeak(o, opts.fileName))
		];
	}
	return { machine: m, compiled, outcome, leaks, stackLines, timeline };
}

function classify(e: unknown, m: Machine, opts: ExecOptions): Outcome {
	if (e instanceof ProgramExit) return { kind: 'normal', status: e.status };
	if (e instanceof StopAtStep) return { kind: 'stopped' };
	if (e instanceof MemoryFault) {
		const line = e.info.line ?? m.line;
		const report = faultReport(e.info, line, opts.fileName, stackOf(m).reverse());
		if (opts.trace) {
			// The error line goes to stdout like the trace (after a partial printf line, on its own line).
			m.out += `${m.out.length && !m.out.endsWith('\n') ? '\n' : ''}# error: ${e.info.kind} at line ${line}\n`;
		}
		return { kind: 'fault', report };
	}
	if (e instanceof LimitExceeded) return { kind: 'limit', message: e.message, line: e.line };
	if (e instanceof RuntimeTrap) return { kind: 'trap', message: e.message, line: e.line };
	if (e instanceof RangeError && /call stack/i.test(e.message)) {
		return { kind: 'limit', message: 'recursion limit reached: the JavaScript stack overflowed', line: m.line };
	}
	return { kind: 'internal', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

/** Call stack as (function, current line), outermost first. */
export function stackOf(m: Machine): StackLine[] {
	const out: StackLine[] = [];
	for (let i = 0; i < m.stack.length; i++) {
		const next = m.stack[i + 1];
		out.push({ fn: m.stack[i].def.name, line: next ? next.callLine : m.line });
	}
	return out;
}
