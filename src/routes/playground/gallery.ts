/**
 * The playground's example gallery: every docs example (content/examples/NAME.c) with the one-line
 * summary from its opening comment. Built at prerender time, so the page ships names and summaries,
 * not the programs (those load on demand when picked).
 */
export interface GalleryEntry {
	name: string;
	summary: string;
	/** Demonstrates a memory error on purpose (summary starts with "BUG:"). */
	faulty: boolean;
	/** 'guide' for the guides' walk-throughs, else 'function' (named after the function it shows). */
	kind: 'guide' | 'function';
}

/** The first comment of a program, on one line, or ''. */
export function summaryOf(source: string): string {
	const m = /^\s*\/\*([\s\S]*?)\*\//.exec(source);
	if (!m) return '';
	return m[1]
		.split('\n')
		.map((l) => l.replace(/^\s*\*?\s?/, '').trim())
		.filter(Boolean)
		.join(' ');
}

export function galleryEntries(files: Record<string, string>): GalleryEntry[] {
	return Object.entries(files)
		.map(([path, source]) => {
			const name = path.replace(/^.*\//, '').replace(/\.c$/, '');
			const summary = summaryOf(source);
			return { name, summary, faulty: /^BUG\b/.test(summary), kind: name.startsWith('guide-') ? 'guide' : 'function' } as GalleryEntry;
		})
		.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'guide' ? -1 : 1));
}
