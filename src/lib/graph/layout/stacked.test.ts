import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/build';
import { layoutStacked, STACKED_WIDTH } from './stacked';
import { edgeGeometry } from './paths';
import { loadFixture, stepAt } from '../fixtures/load';

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layoutStacked', () => {
	const model = buildGraph(stepAt(loadFixture('hs-tls13-cb'), 'got = SSL_get1_session'));
	const layout = layoutStacked(model);

	it('keeps every object inside the phone-width drawing, variables above contexts above connections above sessions', () => {
		for (const b of layout.boxes.values()) expect(b.x + b.w).toBeLessThanOrEqual(STACKED_WIDTH);
		const y = (id: string) => layout.boxes.get(id)!.y;
		expect(y('var:got')).toBeLessThan(y('SSL_CTX#1'));
		expect(y('SSL_CTX#1')).toBeLessThan(y('SSL#1'));
		expect(y('SSL#1')).toBeLessThan(y('SSL_SESSION#7'));
	});

	it('never overlaps two object boxes', () => {
		const boxes = [...layout.boxes.values()];
		for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
	});

	it('gives every visible edge a path', () => {
		const geo = edgeGeometry(model.edges, model, layout);
		expect(geo).toHaveLength(model.edges.length);
		for (const g of geo) expect(g.d).toMatch(/^M/);
	});
});
