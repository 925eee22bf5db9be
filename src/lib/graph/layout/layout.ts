/**
 * Structured layout: program variables far left (grouped by frame), contexts, then connections,
 * then sessions on the right. Rows come from a stable order (creation number), then a short seeded
 * d3-force pass pulls each object towards what it is connected to, warm-started from the previous
 * step's positions (keyed by id) so nothing jumps; a final sweep removes overlaps. Pure and
 * deterministic: the same model and previous layout give the same result.
 */
import { forceLink, forceSimulation, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { scaleOrdinal } from 'd3-scale';
import type { GraphModel, GraphNode } from '../model/types';

export interface Box {
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface FrameBox {
	fn: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Layout {
	boxes: Map<string, Box>;
	frames: FrameBox[];
	width: number;
	height: number;
	/** Columns given room (a column stays once it has had an object, so stepping never shifts x). */
	columns: Column[];
	/** Gap between columns this layout used. */
	spacing: number;
	/** Stacked bands (stacked.ts, phones): edges run top to bottom instead of left to right. */
	vertical?: boolean;
}

export interface LayoutOptions {
	/** Gap between columns in model units (narrow containers pass a smaller one). */
	spacing?: number;
}

export const CTX_HEADER = 62;
export const CACHE_ROW = 18;
export const CACHE_STRIP = 44;
const GAP = 14;
const TOP = 28;
const FRAME_HEAD = 22;

export type Column = 'vars' | 'ctx' | 'ssl' | 'sessions';
const COLUMNS: Column[] = ['vars', 'ctx', 'ssl', 'sessions'];
const WIDTH: Record<Column, number> = { vars: 156, ctx: 210, ssl: 156, sessions: 176 };
export const SPACING = 64;
/** Column gap for narrow containers (phones, docs columns): the drawing is scaled to fit the width. */
export const COMPACT_SPACING = 30;

const columnOf = (n: GraphNode): Column =>
	n.kind === 'var' || n.kind === 'holder' ? 'vars' : n.kind === 'SSL_CTX' ? 'ctx' : n.kind === 'SSL' ? 'ssl' : 'sessions';

/** Column x positions, from a d3 ordinal scale over the widths of the columns in use. */
function columnScale(used: Column[], spacing: number) {
	return scaleOrdinal<Column, number>()
		.domain(used)
		.range(used.map((_, i) => used.slice(0, i).reduce((x, c) => x + WIDTH[c] + spacing, 16)));
}

export function nodeHeight(n: GraphNode, model: GraphModel): number {
	switch (n.kind) {
		case 'var':
			return 26;
		case 'holder':
		case 'buffer':
			return 30;
		case 'SSL':
			return 56;
		case 'SSL_SESSION':
			return 56;
		case 'SSL_CTX': {
			const cache = model.caches.find((c) => c.ctx === n.id);
			if (!cache) return CTX_HEADER;
			return CTX_HEADER + (cache.aggregated ? CACHE_STRIP : Math.max(1, cache.keys.length) * CACHE_ROW) + 8;
		}
	}
}

/** Mulberry32: a tiny seeded PRNG so d3-force's jiggle is reproducible. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface SimNode extends SimulationNodeDatum {
	id: string;
	column: Column;
	h: number;
	target: number;
	pinned: boolean;
}

export function layoutGraph(model: GraphModel, previous: Layout | null = null, options: LayoutOptions = {}): Layout {
	const spacing = options.spacing ?? SPACING;
	const byColumn = new Map<Column, GraphNode[]>(COLUMNS.map((c) => [c, []]));
	for (const n of model.nodes) byColumn.get(columnOf(n))!.push(n);
	// Empty columns take no width (most examples have no SSL, some no context); a column that was
	// used in the previous layout keeps its place so objects never slide sideways while stepping.
	const kept = new Set(previous?.columns ?? []);
	const used = COLUMNS.filter((c) => byColumn.get(c)!.length > 0 || kept.has(c));
	if (used.length === 0) used.push('vars');
	const columnX = columnScale(used, spacing);
	const frames: FrameBox[] = [];
	const sim: SimNode[] = [];

	for (const column of COLUMNS) {
		const list = byColumn.get(column)!.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
		let y = TOP;
		let frame: FrameBox | null = null;
		for (const n of list) {
			const h = nodeHeight(n, model);
			if (n.kind === 'var') {
				if (!frame || frame.fn !== n.frame) {
					if (frame) y += GAP;
					frame = { fn: n.frame, x: columnX(column) - 8, y, w: WIDTH.vars + 16, h: 0 };
					frames.push(frame);
					y += FRAME_HEAD;
				}
			} else if (frame) {
				y += GAP;
				frame = null;
			}
			const prev = previous?.boxes.get(n.id);
			sim.push({ id: n.id, column, h, target: y, pinned: column === 'vars', x: columnX(column), y: prev ? prev.y + h / 2 : y + h / 2 });
			y += h + (n.kind === 'var' ? 4 : GAP);
			if (frame) frame.h = y - frame.y;
		}
	}

	// Pull connected objects towards each other (vertically only; columns are fixed).
	const index = new Map(sim.map((s) => [s.id, s]));
	const links: SimulationLinkDatum<SimNode>[] = model.edges
		.filter((e) => index.has(e.source) && index.has(e.target) && index.get(e.source)!.column !== index.get(e.target)!.column)
		.map((e) => ({ source: e.source, target: e.target }));
	for (const s of sim) {
		s.fx = s.x;
		if (s.pinned) s.fy = s.target + s.h / 2;
	}
	const simulation = forceSimulation<SimNode>(sim)
		.randomSource(seeded(42))
		.force('row', forceY<SimNode>((d) => d.target + d.h / 2).strength(0.25))
		.force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((d) => d.id).strength(0.08).distance(0))
		.alpha(previous ? 0.3 : 0.6)
		.stop();
	for (let i = 0; i < 60; i++) simulation.tick();

	// Overlap sweep per column, in the order the force pass left them.
	const boxes = new Map<string, Box>();
	let height = 0;
	for (const column of COLUMNS) {
		const list = sim.filter((s) => s.column === column).sort((a, b) => a.y! - b.y! || (a.id < b.id ? -1 : 1));
		let floor = TOP;
		for (const s of list) {
			const top = s.pinned ? s.target : Math.max(floor, Math.round(s.y! - s.h / 2));
			boxes.set(s.id, { id: s.id, x: columnX(column), y: top, w: WIDTH[column], h: s.h });
			floor = top + s.h + (column === 'vars' ? 4 : GAP);
			height = Math.max(height, top + s.h);
		}
	}
	for (const f of frames) height = Math.max(height, f.y + f.h);
	const last = used[used.length - 1];
	return { boxes, frames, width: columnX(last) + WIDTH[last] + 16, height: height + 24, columns: used, spacing };
}
