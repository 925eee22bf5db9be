/**
 * Checkpoints of one execution for time travel: the interpreter's state (memory, call stack with
 * each frame's resume point, globals) and the library's (the environment's state roots), captured
 * every so many steps during the recorded run and restored in place later to resume from there.
 *
 * Capture happens at a pause point where the run can be resumed (machine.resumablePath): the
 * statement about to run in the innermost frame, the call-site statement of every outer frame.
 * Spacing adapts to the cost of a capture so recording stays within a fixed overhead.
 */
import { GraphCodec, type GraphPolicy } from '../checkpoint/codec';
import { CheckpointStore, type Checkpoint } from '../checkpoint/store';
import type { CheckedProgram } from './front/ast';
import type { CompiledProgram } from './interp/compile-program';
import { Machine } from './machine';

export interface TimelineHooks {
	/** The environment's mutable state, reachable from these objects (world, binding table). */
	roots: object[];
	/** Shared objects never copied (library constants, tables). */
	externals: unknown[];
}

interface Entry {
	/** Tick count at capture: the step with index step-1 is about to run. */
	step: number;
	path: Int32Array;
	outLen: number;
	cp: Checkpoint;
}

/** Machine fields that are configuration or derived, not program state. */
const MACHINE_SKIP = new Set([
	'stmts',
	'invokers',
	'limits',
	'mergeStderr',
	'onCapture',
	'captureFrom',
	'streams',
	'stopAt',
	'nextCheck',
	'deadline',
	'resumePath',
	'resumeFrames',
	'checkpointAt',
	'onCheckpoint',
	'entryTick',
	'out'
]);

/** RefCounted's memoised trace name (derived from cType and n). */
const MEMO_SKIP = new Set(['keyCache']);

/** Library object types with identity and state; other opaque objects (methods, ciphers, FILE) are shared constants. */
const STATEFUL_OBJECTS = new Set(['SSL_CTX', 'SSL', 'SSL_SESSION', 'BIO', 'X509']);

const PLAIN = new Set<object | null>([Object.prototype, Array.prototype, Map.prototype, Set.prototype, null]);

const policy: GraphPolicy = {
	isExternal(o) {
		const t = (o as { cType?: unknown }).cType;
		return typeof t === 'string' && !STATEFUL_OBJECTS.has(t);
	},
	isEntity(o) {
		if ((o as { cType?: unknown }).cType !== undefined) return true;
		return !PLAIN.has(Object.getPrototypeOf(o)) && !ArrayBuffer.isView(o);
	},
	skipped(proto) {
		if (proto === Machine.prototype) return MACHINE_SKIP;
		return proto !== null && 'key' in proto && 'cType' in proto ? MEMO_SKIP : null;
	}
};

export class Timeline {
	private readonly store: CheckpointStore;
	private readonly entries: Entry[] = [];
	private readonly roots: object[];
	/** Capture cost so far (ms), for the adaptive spacing and the figures. */
	captureMillis = 0;

	constructor(
		prog: CheckedProgram,
		private readonly machine: Machine,
		compiled: CompiledProgram,
		hooks: TimelineHooks
	) {
		const codec = new GraphCodec(policy);
		for (const def of prog.functions.values()) codec.external(def);
		for (const x of hooks.externals) if (x !== null && typeof x === 'object') codec.external(x);
		this.store = new CheckpointStore(codec);
		this.roots = [machine, compiled.globals, ...hooks.roots];
	}

	get count(): number {
		return this.entries.length;
	}

	/**
	 * Take checkpoints while the machine runs: the first at the first resumable pause point, then
	 * every `every` steps (stretched when captures get expensive, so they cost at most `overhead`
	 * of the run time).
	 */
	attach(every: number, overhead = 0.5): void {
		const m = this.machine;
		let lastAt = performance.now();
		let spacing = every;
		m.onCheckpoint = (steps, path) => {
			const t0 = performance.now();
			this.capture(steps, path);
			const t1 = performance.now();
			const cost = t1 - t0;
			this.captureMillis += cost;
			const ran = Math.max(0.001, t0 - lastAt);
			lastAt = t1;
			// Running `spacing` steps took `ran` ms; keep capture cost ≤ overhead × run time.
			if (this.entries.length > 1) spacing = Math.max(every, Math.ceil((spacing * cost) / (overhead * ran)));
			m.setCheckpointAt(steps + spacing);
		};
		m.setCheckpointAt(1);
	}

	detach(): void {
		this.machine.onCheckpoint = null;
		this.machine.setCheckpointAt(0);
	}

	private capture(steps: number, path: Int32Array): void {
		const cp = this.store.capture(this.roots);
		this.entries.push({ step: steps, path, outLen: this.machine.out.length, cp });
	}

	/** The latest checkpoint taken at or before tick `step`, or -1. */
	before(step: number): number {
		let lo = 0;
		let hi = this.entries.length - 1;
		let best = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (this.entries[mid].step <= step) {
				best = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return best;
	}

	/**
	 * Restore checkpoint i in place and prepare the machine to resume (compiled.resume()):
	 * `output` is the recorded run's stdout, of which the checkpoint saw a prefix.
	 */
	restore(i: number, output: string): void {
		const e = this.entries[i];
		const m = this.machine;
		this.store.restore(e.cp, this.roots);
		m.out = output.slice(0, e.outLen);
		m.steps = e.step - 1;
		m.resumeFrames = m.stack.slice();
		m.stack.length = 0;
		m.resumePath = e.path;
	}

	/** Bytes of checkpoint records kept (records shared between checkpoints counted once). */
	get bytes(): number {
		return this.store.storedBytes;
	}
}
