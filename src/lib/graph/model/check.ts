/**
 * The badge invariant: an object's reference-count badge equals the number of counted edges that
 * arrive at it (and a freed object has neither). Run over the fixtures by the unit tests; the
 * conformance suite can run `checkRun` over every step of every case (hook below).
 */
import type { StepView } from '../../snippet/step-view';
import { buildGraph } from './build';
import type { GraphModel } from './types';

export interface CountMismatch {
	step: number;
	node: string;
	refcount: number;
	counted: number;
}

export function checkCounts(model: GraphModel): CountMismatch[] {
	const incoming = new Map<string, number>();
	for (const e of model.edges) if (e.counted) incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
	const out: CountMismatch[] = [];
	for (const n of model.nodes) {
		if (n.refcount === null) continue;
		const counted = incoming.get(n.id) ?? 0;
		const expected = n.state === 'freed' ? 0 : n.refcount;
		if (counted !== expected || (n.state === 'freed' && n.refcount !== 0)) out.push({ step: model.step, node: n.id, refcount: n.refcount, counted });
	}
	return out;
}

/**
 * Hook for the conformance suite: check every step of a recorded run (nothing folded, so every
 * cached session is a node). `views` can be an array or a generator over `recording.view(k)`.
 */
export function checkRun(views: Iterable<StepView>): CountMismatch[] {
	const out: CountMismatch[] = [];
	for (const v of views) out.push(...checkCounts(buildGraph(v, { foldAbove: Infinity })));
	return out;
}
