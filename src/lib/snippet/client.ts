/**
 * Main-thread client of the lab worker. Promise-based; one worker per client, spawned lazily.
 * cancel() terminates the worker (a runaway loop cannot be interrupted otherwise) and rejects
 * whatever was pending; the next call spawns a fresh worker (the last recording is gone).
 */
import type { Diagnostic, RunSummary, StepView } from './step-view';
import type { LabReply, LabRequest, LabRunOptions } from './worker/protocol';

export type { LabRunOptions };

export interface LabClient {
	/** Compile only: diagnostics ([] when the snippet is valid). */
	load(source: string, fileName?: string): Promise<Diagnostic[]>;
	/** Compile, run and record; later view(k) calls refer to this run. */
	run(source: string, options?: LabRunOptions): Promise<RunSummary>;
	/** The state after step k (0 ≤ k < summary.totalSteps) of the last run. */
	view(step: number): Promise<StepView>;
	/** Stop whatever is running (terminate + respawn on next use); pending promises reject with Error('cancelled'). */
	cancel(): void;
	dispose(): void;
}

type Pending = { resolve: (v: never) => void; reject: (e: Error) => void };
type RequestBody = LabRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export function createLabClient(spawn: () => Worker = defaultSpawn): LabClient {
	let worker: Worker | null = null;
	let nextId = 1;
	const pending = new Map<number, Pending>();
	const ensure = (): Worker => {
		if (worker) return worker;
		const w = spawn();
		w.onmessage = (ev: MessageEvent<LabReply>) => {
			const r = ev.data;
			const p = pending.get(r.id);
			if (!p) return;
			pending.delete(r.id);
			if (r.ok) p.resolve(r.value as never);
			else p.reject(new Error(r.error));
		};
		w.onerror = (ev) => {
			const err = new Error(`lab worker failed: ${ev.message}`);
			for (const p of pending.values()) p.reject(err);
			pending.clear();
			w.terminate();
			if (worker === w) worker = null;
		};
		return (worker = w);
	};
	const send = <T>(body: RequestBody): Promise<T> =>
		new Promise<T>((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve: resolve as (v: never) => void, reject });
			ensure().postMessage({ ...body, id } as LabRequest);
		});
	const cancel = () => {
		worker?.terminate();
		worker = null;
		const err = new Error('cancelled');
		for (const p of pending.values()) p.reject(err);
		pending.clear();
	};
	return {
		load: (source, fileName) => send<Diagnostic[]>({ type: 'load', source, fileName }),
		run: (source, options) => send<RunSummary>({ type: 'run', source, options }),
		view: (step) => send<StepView>({ type: 'view', step }),
		cancel,
		dispose: cancel
	};
}

function defaultSpawn(): Worker {
	return new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' });
}
