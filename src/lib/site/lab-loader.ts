/**
 * The Run button's dynamic imports. import.meta.glob (not a plain import) so
 * the docs build whether or not the interactive pieces exist yet, and so they
 * stay out of a man page's initial JavaScript: each is a separate chunk,
 * fetched when the reader points at Run (warm-up) or clicks it.
 */
import type { Component } from 'svelte';

const labViews = import.meta.glob('/src/lib/graph/LabView.svelte');
const clients = import.meta.glob('/src/lib/snippet/client.ts');

/** What the docs need from the runner (a subset of $lib/snippet/client's LabClient). */
export interface DocsLabClient {
	load(source: string): Promise<unknown>;
	run(source: string, options?: Record<string, unknown>): Promise<unknown>;
	view(step: number): Promise<unknown>;
	dispose(): void;
}

export interface Lab {
	view: Component<Record<string, unknown>>;
	/** One runner per example: a runner remembers only its last run. Null: LabView starts its own. */
	createClient: (() => DocsLabClient) | null;
}

let shared: Promise<Lab | null> | null = null;

/** The interactive view (code + stepper + graph), or null if the graph area does not provide LabView. */
export function loadLab(): Promise<Lab | null> {
	shared ??= (async () => {
		const loadView = labViews['/src/lib/graph/LabView.svelte'];
		if (!loadView) return null;
		const loadClient = clients['/src/lib/snippet/client.ts'];
		const [view, client] = await Promise.all([
			loadView() as Promise<{ default: Component<Record<string, unknown>> }>,
			loadClient ? (loadClient() as Promise<{ createLabClient: () => DocsLabClient }>) : Promise.resolve(null)
		]);
		return { view: view.default, createClient: client ? client.createLabClient : null };
	})();
	shared.catch(() => (shared = null));
	return shared;
}
