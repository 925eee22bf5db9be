/**
 * Where LabView gets its steps: a precomputed list (docs pages, fixtures, tests) or the live runner
 * (`createLabClient()` from $lib/snippet/client, typed structurally here so the graph does not
 * depend on the worker's module).
 */
import type { RunSummary, StepView } from '../../snippet/step-view';

/** The part of the snippet runner's client LabView uses (see NOTES/snippet.md). */
export interface LabClientLike {
	run(source: string, options?: { now?: number; maxSteps?: number; maxMillis?: number }): Promise<RunSummary>;
	view(step: number): Promise<StepView>;
}

export interface StepSource {
	total: number;
	summary: RunSummary | null;
	get(step: number): Promise<StepView>;
	/** Step whose statement took the reference recorded at `event` (first step past that event). */
	stepOfEvent(event: number): Promise<number | null>;
}

async function searchEvent(total: number, get: (k: number) => Promise<StepView>, event: number): Promise<number | null> {
	// world.eventIndex never decreases along a run: binary search for the first step past `event`.
	let lo = 0;
	let hi = total - 1;
	if (total === 0 || (await get(hi)).world.eventIndex <= event) return null;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((await get(mid)).world.eventIndex > event) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

export function fromSteps(steps: StepView[], summary: RunSummary | null = null): StepSource {
	const get = async (k: number) => steps[k];
	return { total: steps.length, summary, get, stepOfEvent: (e) => searchEvent(steps.length, get, e) };
}

export async function fromClient(client: LabClientLike, source: string, now?: number): Promise<StepSource> {
	const summary = await client.run(source, now === undefined ? {} : { now });
	const cache = new Map<number, Promise<StepView>>();
	const get = (k: number) => {
		let v = cache.get(k);
		if (!v) {
			if (cache.size > 256) cache.delete(cache.keys().next().value as number);
			cache.set(k, (v = client.view(k)));
		}
		return v;
	};
	return { total: summary.totalSteps, summary, get, stepOfEvent: (e) => searchEvent(summary.totalSteps, get, e) };
}
