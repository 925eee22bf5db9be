import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build';
import { layoutGraph } from './layout';
import { edgeGeometry } from './paths';
import { loadFixture, stepAt } from '../fixtures/load';

const tls13 = loadFixture('hs-tls13-cb');

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layoutGraph', () => {
	const model = buildGraph(stepAt(tls13, 'got = SSL_get1_session'));

	it('places variables left of contexts, contexts left of connections, connections left of sessions', () => {
		const { boxes } = layoutGraph(model);
		const x = (id: string) => boxes.get(id)!.x;
		expect(x('var:got')).toBeLessThan(x('SSL_CTX#1'));
		expect(x('SSL_CTX#1')).toBeLessThan(x('SSL#1'));
		expect(x('SSL#1')).toBeLessThan(x('SSL_SESSION#7'));
	});

	it('is deterministic: the same model lays out identically twice', () => {
		expect([...layoutGraph(model).boxes.values()]).toEqual([...layoutGraph(model).boxes.values()]);
	});

	it('never overlaps two object boxes', () => {
		const boxes = [...layoutGraph(model).boxes.values()];
		for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
	});

	it('keeps an object that stays from one step to the next within a short distance (warm start)', () => {
		let previous = null;
		let worst = 0;
		for (const view of tls13.steps) {
			const m = buildGraph(view);
			const next = layoutGraph(m, previous);
			if (previous) for (const [id, b] of next.boxes) {
				const p = previous.boxes.get(id);
				if (p && id.startsWith('SSL_CTX')) worst = Math.max(worst, Math.abs(p.y - b.y));
			}
			previous = next;
		}
		expect(worst).toBeLessThan(120);
	});

	it('groups variables under a box per frame, globals first', () => {
		const { frames } = layoutGraph(model);
		expect(frames.map((f) => f.fn)).toEqual(['globals', 'main', 'run']);
	});

	it('gives every visible edge a path', () => {
		const layout = layoutGraph(model);
		const geo = edgeGeometry(model.edges, model, layout);
		expect(geo).toHaveLength(model.edges.length);
		for (const g of geo) expect(g.d).toMatch(/^M/);
	});

	it('gives empty columns no width, and keeps a column once used so nothing slides sideways', () => {
		const first = buildGraph(tls13.steps[0]);
		const early = layoutGraph(first);
		expect(early.columns.length).toBeLessThan(4);
		expect(early.width).toBeLessThan(layoutGraph(model).width);
		const full = layoutGraph(model, early);
		const again = layoutGraph(first, full);
		expect(again.columns).toEqual(full.columns);
		expect(again.width).toBe(full.width);
	});

	it('fits a narrower drawing with the compact column gap', () => {
		expect(layoutGraph(model, null, { spacing: 30 }).width).toBeLessThan(layoutGraph(model).width - 80);
	});
});
