/**
 * The folded cache strip: an expiry axis across the context box, head (latest expiry) on the left and
 * tail (next to expire) on the right, as OpenSSL's list is ordered. Shared by the drawing (histogram
 * bins) and the edge ports (where a shown entry's cache edge leaves). Computed once per cache
 * summary (memoized): with 20,480 entries it is one of the few O(n) passes of a step.
 */
import { scaleLinear } from 'd3-scale';
import type { CacheSummary } from '../model/types';

export const STRIP_PAD = 10;

export interface Strip {
	x: (expiry: number | null) => number;
	/** Entry index nearest to an x position. */
	entryAt: (x: number) => number;
	bins: { x0: number; x1: number; count: number; freed: number }[];
	max: number;
}

const memo = new WeakMap<CacheSummary, Map<number, Strip>>();

export function stripFor(cache: CacheSummary, width: number, binCount = 48): Strip {
	let byWidth = memo.get(cache);
	if (!byWidth) memo.set(cache, (byWidth = new Map()));
	let strip = byWidth.get(width);
	if (!strip) byWidth.set(width, (strip = computeStrip(cache, width, binCount)));
	return strip;
}

function computeStrip(cache: CacheSummary, width: number, binCount: number): Strip {
	const { expiry } = cache;
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < expiry.length; i++) {
		const v = expiry[i];
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (lo === Infinity) [lo, hi] = [0, 1];
	if (lo === hi) hi = lo + 1;
	// d3 gives the mapping; the hot loop below uses its two coefficients directly.
	const scale = scaleLinear().domain([hi, lo]).range([STRIP_PAD, width - STRIP_PAD]).clamp(true);
	const x0 = scale(hi);
	const slope = (scale(lo) - x0) / (lo - hi);
	const xOf = (v: number) => (Number.isNaN(v) ? STRIP_PAD : Math.min(width - STRIP_PAD, Math.max(STRIP_PAD, x0 + (v - hi) * slope)));
	const step = (width - 2 * STRIP_PAD) / binCount;
	const count = new Uint32Array(binCount);
	const freed = new Uint32Array(binCount);
	for (let i = 0; i < expiry.length; i++) {
		const b = Math.min(binCount - 1, Math.max(0, Math.floor((xOf(expiry[i]) - STRIP_PAD) / step)));
		count[b]++;
		freed[b] += cache.freed[i];
	}
	const bins = Array.from({ length: binCount }, (_, i) => ({ x0: STRIP_PAD + i * step, x1: STRIP_PAD + (i + 1) * step, count: count[i], freed: freed[i] }));
	const entryAt = (px: number) => {
		// Entries run head → tail = decreasing expiry = increasing x: binary search on x.
		let a = 0;
		let b = expiry.length - 1;
		while (a < b) {
			const m = (a + b) >> 1;
			if (xOf(expiry[m]) < px) a = m + 1;
			else b = m;
		}
		return a;
	};
	let max = 1;
	for (const c of count) if (c > max) max = c;
	return { x: (e) => xOf(e ?? NaN), entryAt, bins, max };
}
