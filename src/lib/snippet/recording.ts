/**
 * Time travel over a finished run. The run keeps only compact step records (statement id, event
 * index, depth, output length per step); view(k) re-executes the program deterministically up to
 * the pause after step k (same clock start, same library) to rebuild frames and buffers, and asks
 * the recorded world for its snapshot at that step's event index.
 *
 * Step k = statement k has just run: its span, the events it caused, the output so far, and the
 * state at the next pause point (the last step is "main returned" or the faulting statement).
 */
import type { CheckedProgram } from './front/ast';
import type { Environment } from './environment';
import { execute, type ExecOptions, type Execution } from './execute';
import type { StepLog } from './machine';
import type { BufferView, MemoryReport, StepView, EventView } from './step-view';
import type { WorldSnapshot } from '../openssl/snapshot';
import { framesOf } from './variables';
import { decodeOutput } from './output';

export class Recording {
	private cache: { k: number; view: StepView } | null = null;
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

	view(k: number): StepView {
		const total = this.total;
		if (total === 0) throw new RangeError('the run has no steps');
		k = Math.max(0, Math.min(total - 1, Math.floor(k)));
		if (this.cache?.k === k) return this.cache.view;
		const log = this.log;
		const last = k === total - 1 && total === this.run.machine.steps;
		// State at the pause after step k: re-execute and stop there (or use the finished run).
		const env = last ? this.env : this.newEnv();
		const exec = last
			? this.run
			: execute(this.prog, env, { ...this.opts, trace: this.opts.trace, record: false, stopAt: k + 2, limits: { ...this.opts.limits, maxMillis: 600_000 } });
		const m = exec.machine;
		const st = m.stmts[log.stmt[k]];
		const evFrom = log.event[k];
		const evTo = env.eventCount();
		const outLen = m.out.length;
		const buffers: BufferView[] = m.mem.heap.map((b) => ({ key: b.name, size: b.size, what: b.what, freed: b.freed }));
		const events: EventView[] = (this.env.eventsBetween?.(evFrom, evTo) ?? []).map((e) => ({ ...e }));
		const world: WorldSnapshot = this.env.snapshotAt
			? this.env.snapshotAt(evTo)
			: { eventIndex: evTo, now: this.env.clock.now(), ctxs: [], ssls: [], sessions: [] };
		const view: StepView = {
			step: k,
			total,
			span: { line: st.line, col: st.col, endLine: st.endLine, endCol: st.endCol },
			fn: st.fn,
			frames: framesOf(this.prog, exec),
			buffers,
			world,
			events,
			output: decodeOutput(this.run.machine.out.slice(0, outLen)),
			fault: last ? this.fault : null
		};
		this.cache = { k, view };
		return view;
	}
}
