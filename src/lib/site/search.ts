/**
 * Search: instant matches on function names (from the sidebar data already in
 * the page) plus Pagefind full-text results, whose script is loaded only when
 * the reader first types.
 */
import { base } from '$app/paths';

export interface Hit {
	href: string;
	title: string;
	excerpt?: string;
}

/** Function names containing every word of the query, exact and prefix matches first. */
export function matchNames(query: string, entries: { name: string; href: string }[], limit = 8): Hit[] {
	const q = query.trim().toLowerCase();
	if (!q) return [];
	const words = q.split(/\s+/);
	const score = (name: string) => {
		const n = name.toLowerCase();
		if (n === q) return 0;
		if (n.startsWith(q)) return 1;
		return 2;
	};
	return entries
		.filter((e) => words.every((w) => e.name.toLowerCase().includes(w)))
		.sort((a, b) => score(a.name) - score(b.name) || a.name.length - b.name.length)
		.slice(0, limit)
		.map((e) => ({ href: e.href, title: e.name }));
}

interface PagefindResult {
	data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind | null> | null = null;

function loadPagefind(): Promise<Pagefind | null> {
	pagefind ??= (async () => {
		try {
			const url = `${base}/pagefind/pagefind.js`;
			const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
			await mod.options({ baseUrl: `${base}/` });
			return mod;
		} catch {
			return null; // dev server or a build without the index: names only
		}
	})();
	return pagefind;
}

export async function fullText(query: string, limit = 6): Promise<Hit[]> {
	const pf = await loadPagefind();
	if (!pf || !query.trim()) return [];
	const found = await pf.search(query);
	if (!found) return [];
	const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
	return data.map((d) => ({ href: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt }));
}
