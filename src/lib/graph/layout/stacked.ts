/**
 * Stacked layout for phone-width containers: the four columns of layout.ts become bands from top
 * to bottom (variables by frame, contexts, connections, sessions), each band packing its objects
 * left to right and wrapping at a width that stays readable once scaled to about 360 px. Edges are
 * drawn vertically (paths.ts reads `vertical`). No force pass: bands are packed in creation order,
 * so the same model always gives the same picture.
 */
import type { GraphModel, GraphNode } from '../model/types';
import { nodeHeight, type Box, type FrameBox, type Layout } from './layout';

/** Model width of the stacked drawing: about 0.8 scale at a 390 px phone. */
export const STACKED_WIDTH = 440;
/** Side margin: edges from variables run down these gutters, clear of the other variables. */
export const STACKED_PAD = 22;
const PAD = STACKED_PAD;
const GAP = 12;
const BAND_GAP = 34;
const FRAME_HEAD = 22;
const WIDTH = { vars: 190, ctx: 190, ssl: 190, sessions: 190 } as const;
type Band = keyof typeof WIDTH;

const bandOf = (n: GraphNode): Band =>
	n.kind === 'var' || n.kind === 'holder' ? 'vars' : n.kind === 'SSL_CTX' ? 'ctx' : n.kind === 'SSL' ? 'ssl' : 'sessions';

export function layoutStacked(model: GraphModel): Layout {
	const bands = new Map<Band, GraphNode[]>([['vars', []], ['ctx', []], ['ssl', []], ['sessions', []]]);
	for (const n of model.nodes) bands.get(bandOf(n))!.push(n);
	const boxes = new Map<string, Box>();
	const frames: FrameBox[] = [];
	let y = 8;
	const pack = (list: GraphNode[], w: number, x0: number, right: number, top: number): number => {
		let x = x0;
		let rowTop = top;
		let rowH = 0;
		for (const n of list) {
			const h = nodeHeight(n, model);
			if (x > x0 && x + w > right) {
				x = x0;
				rowTop += rowH + (n.kind === 'var' ? 4 : GAP);
				rowH = 0;
			}
			boxes.set(n.id, { id: n.id, x, y: rowTop, w, h });
			x += w + (n.kind === 'var' ? 8 : GAP);
			rowH = Math.max(rowH, h);
		}
		return rowTop + rowH;
	};
	for (const [band, list] of bands) {
		if (list.length === 0) continue;
		list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
		if (band === 'vars') {
			// One box per frame, as in the column layout; holders (app:unnamed, lib:internal) after them.
			const byFrame = new Map<string, GraphNode[]>();
			const loose: GraphNode[] = [];
			for (const n of list) {
				if (n.kind === 'var') byFrame.set(n.frame, [...(byFrame.get(n.frame) ?? []), n]);
				else loose.push(n);
			}
			for (const [fn, vars] of byFrame) {
				const frame: FrameBox = { fn, x: PAD - 6, y, w: STACKED_WIDTH - 2 * PAD + 12, h: 0 };
				const bottom = pack(vars, (STACKED_WIDTH - 2 * PAD - 8) / 2, PAD, STACKED_WIDTH - PAD, y + FRAME_HEAD);
				frame.h = bottom - y + 6;
				frames.push(frame);
				y = bottom + GAP;
			}
			if (loose.length) y = pack(loose, WIDTH.vars, PAD, STACKED_WIDTH - PAD, y) + GAP;
			y += BAND_GAP - GAP;
		} else {
			y = pack(list, WIDTH[band], PAD, STACKED_WIDTH - PAD, y) + BAND_GAP;
		}
	}
	return { boxes, frames, width: STACKED_WIDTH, height: y - BAND_GAP + 20, columns: [], spacing: 0, vertical: true };
}
