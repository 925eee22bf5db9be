/**
 * Time travel over a finished run. The recorded run took checkpoints (timeline.ts) every so many
 * steps; view(k) restores the latest checkpoint before step k in place, resumes the program and
 * captures the state at the pauses after steps k … k+BATCH-1 on the way (world snapshots share the
 * views of unchanged objects, see view-cache.ts), so stepping forward costs one resume per BATCH
 * steps and a jump anywhere costs at most one checkpoint interval of execution.
 *
 * Step k = statement k has just run: its span, the events it caused, the output so far, and the
 * state at the next pause point (the last step is "main returned" or the faulting statement).
 */
import type { CheckedProgram } from './front/ast';
import type { Environment } from './environment';
import { stackOf, type Execution } from './execute';
import { StopAtStep } from './faults';
import type { BufferView, FrameView, MemoryReport, StepView, EventView } from './step-view';
import type { WorldSnapshot } from '../openssl/snapshot';
import { framesOf } from './variables';
import { decodeOutput } from './output';

/** Views captured per resume. */
export const BATCH = 64;
/** A resume may run this long however slow the machine (the recorded run had its own limit). */
const REPLAY_MILLIS = 600_000;

interface Captured {
	stmt: number;
	frames: FrameView[];
	buffers: BufferView[];
	world: WorldSnapshot;
	events: EventView[];
	outLen: number;
}

/** The events with index in [from, to) of a list sorted by index. */
function eventsBetween(events: EventView[], from: number, to: number): EventView[] {
	let i = events.length;
	while (i > 0 && events[i - 1].index >= from) i--;
	const out: EventView[] = [];
	for (; i < events.length && events[i].index < to; i++) out.push(events[i]);
	return out;
}

export class Recording {
	private captured = new Map<number, Captured>();
	/** The recorded run's stdout (a resumed run's output is a prefix of it). */
	private readonly output: string;
	readonly total: number;

	constructor(
		private readonly prog: CheckedProgram,
		private readonly env: Environment,
		private readonly run: Execution,
		private readonly fault: MemoryReport | null
	) {
		this.output = run.machine.out;
		this.total = run.machine.steps;
	}

	/** Checkpoints taken and the bytes they hold (figures for the benchmark). */
	get checkpoints(): { count: number; bytes: number; captureMillis: number } {
		const t = this.run.timeline;
		return { count: t?.count ?? 0, bytes: t?.bytes ?? 0, captureMillis: t?.captureMillis ?? 0 };
	}

	/** Resume from the latest checkpoint before step k; capture the pauses after k … k+BATCH-1. */
	private recapture(k: number): void {
		this.captured.clear();
		const { machine: m, compiled, timeline } = this.run;
		if (!timeline) throw new Error('the run was recorded without checkpoints');
		const i = timeline.before(k + 1);
		if (i < 0) throw new Error(`no checkpoint before step ${k}`);
		this.env.forgetViews?.();
		timeline.restore(i, this.output);
		// Events are described only from the start of step k on (a resume may run many steps first).
		const events: EventView[] = [];
		const unwatch = this.env.watchEvents?.((_, describe) => void (m.steps >= k + 1 && events.push(describe()))) ?? (() => {});
		const evAt = new Map<number, number>();
		let lastId = -1;
		const take = (step: number, stmt: number) => {
			const evFrom = evAt.get(step + 1) ?? this.env.eventCount();
			const evTo = this.env.eventCount();
			const world = this.world();
			this.captured.set(step, {
				stmt,
				frames: framesOf(this.prog, { machine: m, compiled, stackLines: stackOf(m) }),
				buffers: m.mem.heap.map((b) => ({ key: b.name, size: b.size, what: b.what, freed: b.freed })),
				world,
				events: eventsBetween(events, evFrom, evTo),
				outLen: m.out.length
			});
		};
		m.extendDeadline(REPLAY_MILLIS);
		m.captureFrom = k + 1;
		// A run stopped by a limit ended at its last tick (the statement there never ran, or ran
		// until the output overflowed): a resume stops there too instead of running on.
		const endTick = this.run.outcome.kind === 'limit' ? this.total : 0;
		m.onCapture = (s, id) => {
			evAt.set(s, this.env.eventCount());
			if (s >= k + 2) take(s - 2, lastId);
			lastId = id;
			if (s === endTick) {
				take(s - 1, id);
				throw new StopAtStep();
			}
		};
		m.setStopAt(Math.min(k + 2 + BATCH, this.total + 1));
		try {
			compiled.resume();
			take(m.steps - 1, lastId); // the run ended: the state after its last step
		} catch (e) {
			if (!(e instanceof StopAtStep)) take(m.steps - 1, lastId);
		} finally {
			this.env.forgetViews?.();
			unwatch();
			m.onCapture = null;
			m.captureFrom = 0;
			m.setStopAt(0);
			m.resumePath = null;
			m.resumeFrames = null;
		}
	}

	private world(): WorldSnapshot {
		return this.env.liveSnapshot ? this.env.liveSnapshot(true) : { eventIndex: this.env.eventCount(), now: this.env.clock.now(), ctxs: [], ssls: [], sessions: [] };
	}

	view(k: number): StepView {
		const total = this.total;
		if (total === 0) throw new RangeError('the run has no steps');
		k = Math.max(0, Math.min(total - 1, Math.floor(k)));
		let c = this.captured.get(k);
		if (!c) {
			this.recapture(k);
			c = this.captured.get(k);
			if (!c) throw new Error(`resuming did not reach step ${k}`);
		}
		const st = this.run.machine.stmts[c.stmt];
		return {
			step: k,
			total,
			span: { line: st.line, col: st.col, endLine: st.endLine, endCol: st.endCol },
			fn: st.fn,
			frames: c.frames,
			buffers: c.buffers,
			world: c.world,
			events: c.events,
			output: decodeOutput(this.output.slice(0, c.outLen)),
			fault: k === total - 1 ? this.fault : null
		};
	}
}
