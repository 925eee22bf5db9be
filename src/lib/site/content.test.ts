import { describe, expect, it, vi } from 'vitest';
vi.mock('$app/paths', () => ({ base: '' }));
vi.mock('../embed/share-link', () => ({ encodeShareLink: () => 'x' }));
import { allNames, exampleNames, guideList, manList, parseFrontmatter, renderMan } from './content.server';
import { readFileSync } from 'node:fs';

const sections = ['SYNOPSIS', 'DESCRIPTION', 'RETURN VALUES', 'EXAMPLES', 'SEE ALSO', 'HISTORY'];

describe('docs content', () => {
	it('parseFrontmatter reads scalars and [lists]', () => {
		const { data, body } = parseFrontmatter('---\nnames: [A, B]\nsummary: "hi"\n---\nbody');
		expect(data).toEqual({ names: ['A', 'B'], summary: 'hi' });
		expect(body).toBe('body');
	});

	it('every man page has the man sections in order, a summary and at least one example', () => {
		for (const page of manList()) {
			const src = readFileSync(`content/man/${page.slug}.md`, 'utf8');
			const heads = [...src.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
			const expected = sections.filter((s) => heads.includes(s));
			expect(expected, page.slug).toEqual(sections);
			expect(heads.filter((h) => sections.includes(h)), page.slug).toEqual(sections);
			expect(page.summary, page.slug).not.toBe('');
			expect(src, page.slug).toMatch(/<!-- example: [\w-]+ -->/);
		}
	});

	it('every see-also entry names a documented function or a guide', () => {
		const names = new Set(allNames());
		const guides = new Set(guideList().map((g) => `guide:${g.slug}`));
		for (const page of manList()) for (const item of page.seeAlso) expect(names.has(item) || guides.has(item), `${page.slug}: ${item}`).toBe(true);
	});

	it('every example has a transcript, and every example is used by a page', () => {
		const pages = [...manList().map((p) => `content/man/${p.slug}.md`), ...guideList().map((g) => `content/guides/${g.slug}.md`)];
		const used = new Set(pages.flatMap((p) => [...readFileSync(p, 'utf8').matchAll(/<!-- example: ([\w-]+) -->/g)].map((m) => m[1])));
		for (const name of exampleNames()) {
			expect(used.has(name), name).toBe(true);
			expect(readFileSync(`content/examples/${name}.expected`, 'utf8'), name).not.toBe('');
		}
	});

	it('example transcripts never contain addresses or lines starting with ==', () => {
		for (const name of exampleNames()) {
			const out = readFileSync(`content/examples/${name}.expected`, 'utf8');
			expect(out, name).not.toMatch(/0x[0-9a-f]{8,}|^==/m);
		}
	});

	it('renders a man page into HTML with its example in place', async () => {
		const parts = await renderMan('SSL_SESSION_new');
		expect(parts?.some((p) => p.kind === 'example' && p.example.name === 'SSL_SESSION_new')).toBe(true);
		const html = parts?.filter((p) => p.kind === 'html').map((p) => (p.kind === 'html' ? p.html : '')).join('');
		expect(html).toContain('id="synopsis"');
		expect(html).toContain('href="/man/SSL_get_session/"');
	});
});
