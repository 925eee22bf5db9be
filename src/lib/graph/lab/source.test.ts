import { describe, expect, it } from 'vitest';
import { fromClient, fromSteps } from './source';
import { loadFixture, stepAt } from '../fixtures/load';
import type { RunSummary } from '../../snippet/step-view';

const f = loadFixture('hs-tls13-cb');

describe('step sources', () => {
	it('stepOfEvent finds the step whose statement took a reference', async () => {
		const target = stepAt(f, 'got = SSL_get1_session');
		const event = target.events[0].index;
		expect(await fromSteps(f.steps).stepOfEvent(event)).toBe(target.step);
	});

	it('fromClient runs the source once and fetches views through the client', async () => {
		let runs = 0;
		const summary = { totalSteps: f.steps.length } as RunSummary;
		const client = { run: async () => (runs++, summary), view: async (k: number) => f.steps[k] };
		const src = await fromClient(client, f.source);
		expect(src.total).toBe(f.steps.length);
		expect((await src.get(3)).step).toBe(3);
		expect(runs).toBe(1);
	});
});
