/**
 * Event sourcing: the snapshot at event index i is the initial state plus events [0, i).
 * A Replayer keeps sparse checkpoints (every K events, thinned to a bounded count) so that
 * snapshotAt(i) replays at most K events from a clone instead of storing a copy per event.
 */
import type { EngineEvent, ObjectView } from './events';
import type { CtxView, RefUnit, WorldSnapshot } from './snapshot';

export interface ReplayState {
	now: number;
	views: Record<string, ObjectView>;
	ctxs: string[];
	ssls: string[];
	sessions: string[];
}

function sameUnit(a: RefUnit, b: RefUnit): boolean {
	return a.event === b.event && a.kind === b.kind && a.holder === b.holder && a.via === b.via;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
	const dot = path.indexOf('.');
	if (dot < 0) {
		target[path] = structuredClone(value);
		return;
	}
	setPath(target[path.slice(0, dot)] as Record<string, unknown>, path.slice(dot + 1), value);
}

export function applyEvent(st: ReplayState, e: EngineEvent): void {
	switch (e.type) {
		case 'object-created': {
			st.views[e.key] = structuredClone(e.view);
			(e.objType === 'SSL_CTX' ? st.ctxs : e.objType === 'SSL' ? st.ssls : st.sessions).push(e.key);
			return;
		}
		case 'object-freed': {
			const v = st.views[e.key];
			v.freed = true;
			v.freedLine = e.line;
			return;
		}
		case 'ref-taken': {
			const v = st.views[e.key];
			v.holders.push({ ...e.unit });
			v.refcount = e.count;
			return;
		}
		case 'ref-released': {
			const v = st.views[e.key];
			const i = v.holders.findIndex((u) => sameUnit(u, e.unit));
			if (i >= 0) v.holders.splice(i, 1);
			v.refcount = e.count;
			return;
		}
		case 'ref-moved': {
			const v = st.views[e.key];
			const i = v.holders.findIndex((u) => sameUnit(u, e.from));
			if (i >= 0) v.holders[i] = { ...e.to };
			return;
		}
		case 'field-changed':
			setPath(st.views[e.key] as unknown as Record<string, unknown>, e.field, e.value);
			return;
		case 'cache-insert': {
			const c = (st.views[e.ctx] as CtxView).cache;
			if (e.list) c.entries.splice(e.index, 0, e.session);
			if (e.hash) c.number++;
			return;
		}
		case 'cache-remove': {
			const c = (st.views[e.ctx] as CtxView).cache;
			if (e.list) {
				const i = c.entries.indexOf(e.session);
				if (i >= 0) c.entries.splice(i, 1);
			}
			if (e.hash) c.number--;
			return;
		}
		case 'counter-incremented':
			(st.views[e.ctx] as CtxView).stats[e.counter] = e.value;
			return;
		case 'clock':
			st.now = e.now;
			return;
		default:
			return;
	}
}

export function stateToSnapshot(st: ReplayState, eventIndex: number): WorldSnapshot {
	const pick = <T>(keys: string[]) => keys.map((k) => structuredClone(st.views[k]) as T);
	return {
		eventIndex,
		now: st.now,
		ctxs: pick(st.ctxs),
		ssls: pick(st.ssls),
		sessions: pick(st.sessions)
	};
}

/** Total object views kept across all checkpoints (≈ 150 MB at a few hundred bytes per view). */
const VIEW_BUDGET = 500_000;

/** Checkpointed replay over a growing event array. */
export class Replayer {
	private checkpoints: { index: number; state: ReplayState }[];
	private every: number;
	constructor(
		private readonly events: readonly EngineEvent[],
		initialNow: number,
		every = 128,
		private readonly maxCheckpoints = 256
	) {
		this.every = every;
		this.checkpoints = [{ index: 0, state: { now: initialNow, views: {}, ctxs: [], ssls: [], sessions: [] } }];
	}

	snapshotAt(index: number): WorldSnapshot {
		if (index < 0 || index > this.events.length) throw new RangeError(`event index ${index} outside 0..${this.events.length}`);
		// Nearest checkpoint at or before index (checkpoints are sorted by index).
		let lo = 0;
		let hi = this.checkpoints.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.checkpoints[mid].index <= index) lo = mid;
			else hi = mid - 1;
		}
		const cp = this.checkpoints[lo];
		const st = structuredClone(cp.state);
		let i = cp.index;
		const last = this.checkpoints[this.checkpoints.length - 1];
		for (; i < index; i++) {
			applyEvent(st, this.events[i]);
			// Extend the checkpoint chain when replaying past the last checkpoint.
			if (cp === last && (i + 1) % this.every === 0 && i + 1 > this.checkpoints[this.checkpoints.length - 1].index) {
				this.checkpoints.push({ index: i + 1, state: structuredClone(st) });
				this.thin();
			}
		}
		return stateToSnapshot(st, index);
	}

	/**
	 * Bounded memory: at most maxCheckpoints, and at most ~VIEW_BUDGET object views summed over all
	 * checkpoints (big worlds get fewer, sparser checkpoints); thinning keeps every other one and
	 * doubles the spacing.
	 */
	private thin(): void {
		const last = this.checkpoints[this.checkpoints.length - 1].state;
		const views = last.ctxs.length + last.ssls.length + last.sessions.length;
		const budget = Math.max(4, Math.min(this.maxCheckpoints, Math.floor(VIEW_BUDGET / Math.max(1, views))));
		while (this.checkpoints.length > budget) {
			this.every *= 2;
			this.checkpoints = this.checkpoints.filter((c) => c.index % this.every === 0);
		}
	}

	get checkpointCount(): number {
		return this.checkpoints.length;
	}
}
