/**
 * The folded cache strip: an expiry axis across the context box, head (latest expiry) on the left and
 * tail (next to expire) on the right, as OpenSSL's list is ordered. Shared by the drawing (histogram
 * bins) and the edge ports (where a shown entry's cache edge leaves).
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

export function stripFor(cache: CacheSummary, width: number, binCount = 48): Strip {
	const finite = cache.entries.filter((e) => e.expiry !== null).map((e) => e.expiry as number);
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of finite) {
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (!finite.length) [lo, hi] = [0, 1];
	if (lo === hi) hi = lo + 1;
	const scale = scaleLinear().domain([hi, lo]).range([STRIP_PAD, width - STRIP_PAD]).clamp(true);
	const x = (expiry: number | null) => (expiry === null ? STRIP_PAD : scale(expiry));
	const step = (width - 2 * STRIP_PAD) / binCount;
	const bins = Array.from({ length: binCount }, (_, i) => ({ x0: STRIP_PAD + i * step, x1: STRIP_PAD + (i + 1) * step, count: 0, freed: 0 }));
	for (const e of cache.entries) {
		const b = bins[Math.min(binCount - 1, Math.max(0, Math.floor((x(e.expiry) - STRIP_PAD) / step)))];
		b.count++;
		if (e.freed) b.freed++;
	}
	const entryAt = (px: number) => {
		// Entries run head → tail = decreasing expiry = increasing x: binary search on x.
		let a = 0;
		let b = cache.entries.length - 1;
		while (a < b) {
			const m = (a + b) >> 1;
			if (x(cache.entries[m].expiry) < px) a = m + 1;
			else b = m;
		}
		return a;
	};
	return { x, entryAt, bins, max: Math.max(1, ...bins.map((b) => b.count)) };
}
