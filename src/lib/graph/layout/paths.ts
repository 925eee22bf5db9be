/**
 * Edge geometry: where each edge leaves its holder and enters its object, as an SVG path (d3-shape's
 * horizontal link). Cache edges leave from the entry's row in the context's cache list (or its tick
 * in the folded strip), so the list order is visible in the wiring too.
 */
import { linkHorizontal, linkVertical } from 'd3-shape';
import type { GraphEdge, GraphModel } from '../model/types';
import { CACHE_ROW, CACHE_STRIP, CTX_HEADER, type Box, type Layout } from './layout';
import { stripFor } from './strip';

type Point = [number, number];
const link = linkHorizontal<{ source: Point; target: Point }, Point>();
const linkDown = linkVertical<{ source: Point; target: Point }, Point>();

export interface EdgeGeometry {
	id: string;
	d: string;
	/** Midpoint, for the edge's click target label. */
	mid: Point;
}

/** Where a cache edge leaves the context box. */
export function cachePort(box: Box, model: GraphModel, ctx: string, session: string): Point | null {
	const cache = model.caches.find((c) => c.ctx === ctx);
	if (!cache) return null;
	const i = cache.shown.get(session);
	if (i === undefined) return null;
	if (cache.aggregated) {
		const strip = stripFor(cache, box.w);
		return [box.x + strip.x(cache.expiry[i]), box.y + CTX_HEADER + CACHE_STRIP];
	}
	return [box.x + box.w, box.y + CTX_HEADER + i * CACHE_ROW + CACHE_ROW / 2];
}

export function edgeGeometry(edges: GraphEdge[], model: GraphModel, layout: Layout): EdgeGeometry[] {
	const out: EdgeGeometry[] = [];
	// Parallel edges between the same pair are fanned out a little so both stay visible.
	const pairs = new Map<string, number>();
	for (const e of edges) {
		const s = layout.boxes.get(e.source);
		const t = layout.boxes.get(e.target);
		if (!s || !t) continue;
		const pair = `${e.source}->${e.target}`;
		const k = pairs.get(pair) ?? 0;
		pairs.set(pair, k + 1);
		const offset = k === 0 ? 0 : k % 2 ? 7 * Math.ceil(k / 2) : -7 * Math.ceil(k / 2);
		if (layout.vertical) {
			out.push(verticalEdge(e, s, t, offset, model, layout));
			continue;
		}
		const forward = t.x >= s.x + s.w;
		let from: Point = forward ? [s.x + s.w, s.y + s.h / 2 + offset] : [s.x, s.y + s.h / 2 + offset];
		if (e.slot === 'cache') from = cachePort(s, model, e.source, e.target) ?? from;
		const to: Point = forward || from[0] < t.x ? [t.x, t.y + Math.min(t.h / 2, 28) + offset] : [t.x + t.w, t.y + t.h / 2 + offset];
		const d = link({ source: from, target: to }) ?? '';
		out.push({ id: e.id, d, mid: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2] });
	}
	return out;
}

/** Stacked layout: leave from the bottom (or the cache row's side), enter at the top; upward edges go top to bottom. */
function verticalEdge(e: GraphEdge, s: Box, t: Box, offset: number, model: GraphModel, layout: Layout): EdgeGeometry {
	const down = t.y >= s.y + s.h;
	const inFrame = layout.frames.find((f) => s.y >= f.y && s.y + s.h <= f.y + f.h && s.x >= f.x && s.x + s.w <= f.x + f.w);
	if (inFrame && down) {
		// A variable: out of its side into the gutter, down past the variables, then into the target.
		const left = s.x + s.w / 2 < layout.width / 2;
		const y0 = s.y + s.h / 2 + offset / 2;
		const gx = left ? inFrame.x - 8 : inFrame.x + inFrame.w + 8;
		const bottom = Math.max(...layout.frames.map((f) => f.y + f.h)) + 6;
		const tx = t.x + Math.min(t.w / 2, 40) + offset;
		const x0 = left ? s.x : s.x + s.w;
		const d = `M${x0},${y0}H${gx}V${Math.min(bottom, t.y - 12)}C${gx},${t.y},${tx},${Math.min(bottom, t.y - 12)},${tx},${t.y}`;
		return { id: e.id, d, mid: [gx, (y0 + bottom) / 2] };
	}
	const sameBand = !down && t.y + t.h > s.y;
	let from: Point = down ? [s.x + s.w / 2 + offset, s.y + s.h] : [s.x + s.w / 2 + offset, s.y];
	if (e.slot === 'cache') from = cachePort(s, model, e.source, e.target) ?? from;
	let to: Point = down ? [t.x + Math.min(t.w / 2, 40) + offset, t.y] : [t.x + t.w / 2 + offset, t.y + t.h];
	if (sameBand) {
		// Side by side in one band: from one side to the other.
		const right = t.x >= s.x + s.w;
		from = e.slot === 'cache' ? from : right ? [s.x + s.w, s.y + s.h / 2 + offset] : [s.x, s.y + s.h / 2 + offset];
		to = right ? [t.x, t.y + Math.min(t.h / 2, 28) + offset] : [t.x + t.w, t.y + t.h / 2 + offset];
		const d = link({ source: from, target: to }) ?? '';
		return { id: e.id, d, mid: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2] };
	}
	const d = linkDown({ source: from, target: to }) ?? '';
	return { id: e.id, d, mid: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2] };
}
