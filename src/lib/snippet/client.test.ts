import { describe, expect, it } from 'vitest';
import { createLabClient } from './client';
import { createHandler } from './worker/handler';
import type { LabRequest } from './worker/protocol';

/** A Worker stand-in that answers through the real handler on a later tick (or never, when stalled). */
function fakeWorker(stall = false) {
	const handle = createHandler();
	const w = {
		terminated: false,
		onmessage: null as ((ev: MessageEvent) => void) | null,
		onerror: null,
		postMessage(req: LabRequest) {
			if (stall) return;
			setTimeout(() => w.onmessage?.({ data: handle(req) } as MessageEvent), 0);
		},
		terminate() {
			w.terminated = true;
		}
	};
	return w;
}

describe('createLabClient', () => {
	it('runs a snippet and views a step through the worker', async () => {
		const lab = createLabClient(() => fakeWorker() as unknown as Worker);
		const s = await lab.run('int main(void) { int x = 6 * 7; return x; }');
		expect(s.status).toBe(0);
		const v = await lab.view(0);
		expect(v.frames.find((f) => f.fn === 'main')!.vars[0].display).toBe('42');
	});

	it('cancel rejects pending calls and the next call spawns a fresh worker', async () => {
		const spawned: ReturnType<typeof fakeWorker>[] = [];
		let stall = true;
		const lab = createLabClient(() => {
			const w = fakeWorker(stall);
			spawned.push(w);
			return w as unknown as Worker;
		});
		const p = lab.run('int main(void) { for (;;) {} }');
		lab.cancel();
		await expect(p).rejects.toThrow('cancelled');
		expect(spawned[0].terminated).toBe(true);
		stall = false;
		expect(await lab.load('int main(void) { return 0; }')).toEqual([]);
		expect(spawned.length).toBe(2);
	});
});
