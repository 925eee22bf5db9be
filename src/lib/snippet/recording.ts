/**
 * Time travel over a finished run. The run keeps only compact step records (statement id, event
 * index, depth, output length per step); view(k) re-executes the program deterministically (same
 * clock start, same library) from the start and captures the state at the pauses after steps
 * k … k+BATCH-1 on the way, so stepping forward costs one re-execution per BATCH steps. The world
 * comes from the recorded engine's snapshotAt(event index).
 *
 * Step k = statement k has just run: its span, the events it caused, the output so far, and the
 * state at the next pause point (the last step is "main returned" or the faulting statement).
 */
import type { CheckedProgram } from './front/ast';
import type { Environment } from './environment';
import { execute, type ExecOptions, type Execution, type MachineState } from './execute';
import type { StepLog } from './machine';
import type { BufferView, FrameView, MemoryReport, StepView, EventView } from './step-view';
import type { WorldSnapshot } from '../openssl/snapshot';
import { framesOf } from './variables';
import { decodeOutput } from './output';

/** Views captured per re-execution. */
export const BATCH = 64;

interface Captured {
	frames: FrameView[];
	buffers: BufferView[];
	evTo: number;
	outLen: number;
}

export class Recording {
	private captured = new Map<number, Captured>();
	constructor(
		private readonly prog: CheckedProgram,
		private readonly env: Environment,
		private readonly newEnv: () => Environment,
		private readonly opts: ExecOptions,
		private readonly run: Execution,
		private readonly fault: MemoryReport | null
	) {}

	get total(): number {
		return this.log.length;
	}

	private get log(): StepLog {
		return this.run.machine.log!;
	}

	private capture(state: MachineState, evTo: number): Captured {
		const m = state.machine;
		return {
			frames: framesOf(this.prog, state),
			buffers: m.mem.heap.map((b) => ({ key: b.name, size: b.size, what: b.what, freed: b.freed })),
			evTo,
			outLen: m.out.length
		};
	}

	/** Re-execute from the start, capturing the pauses after steps k … k+BATCH-1. */
	private recapture(k: number): void {
		this.captured.clear();
		const env = this.newEnv();
		execute(this.prog, env, {
			...this.opts,
			record: false,
			limits: { ...this.opts.limits, maxMillis: 600_000 },
			capture: { from: k + 2, to: k + 2 + BATCH, fn: (s, state) => this.captured.set(s - 2, this.capture(state, env.eventCount())) }
		});
	}

	view(k: number): StepView {
		const total = this.total;
		if (total === 0) throw new RangeError('the run has no steps');
		k = Math.max(0, Math.min(total - 1, Math.floor(k)));
		const log = this.log;
		const last = k === total - 1 && total === this.run.machine.steps;
		let c: Captured | undefined;
		if (last) c = this.capture(this.run, this.env.eventCount());
		else {
			c = this.captured.get(k);
			if (!c) {
				this.recapture(k);
				c = this.captured.get(k)!;
			}
		}
		const st = this.run.machine.stmts[log.stmt[k]];
		const evFrom = log.event[k];
		const events: EventView[] = this.env.eventsBetween?.(evFrom, c.evTo) ?? [];
		const world: WorldSnapshot = this.env.snapshotAt
			? this.env.snapshotAt(c.evTo)
			: { eventIndex: c.evTo, now: this.env.clock.now(), ctxs: [], ssls: [], sessions: [] };
		return {
			step: k,
			total,
			span: { line: st.line, col: st.col, endLine: st.endLine, endCol: st.endCol },
			fn: st.fn,
			frames: c.frames,
			buffers: c.buffers,
			world,
			events,
			output: decodeOutput(this.run.machine.out.slice(0, c.outLen)),
			fault: last ? this.fault : null
		};
	}
}
