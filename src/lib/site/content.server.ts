/**
 * Loads every docs page, guide and example once (import.meta.glob, eager, raw
 * text) and renders the Markdown with mdsvex at prerender time. Nothing here
 * reaches the browser: pages receive plain HTML strings.
 */
import { compile } from 'mdsvex';
import { base } from '$app/paths';
import { highlightC, type LinkFor } from './highlight';
import { rehypeDocs } from './rehype-docs';
import { encodeShareLink } from '../embed/share-link';
import type { ExampleData, GuideMeta, ManMeta, NavData, NavLink, Part } from './content-types';
import functions from '../../../content/functions.json';

const manSources = import.meta.glob('/content/man/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const guideSources = import.meta.glob('/content/guides/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const exampleSources = import.meta.glob(['/content/examples/*.c', '/content/examples/*.expected'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Sidebar groups, in display order; each man page names one in its frontmatter. */
export const sectionOrder = [
	'Session objects',
	'Session fields',
	'Serialization',
	'Contexts and connections',
	'The session cache',
	'Callbacks',
	'Handshake and shutdown'
];

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');

/** Reads YAML-ish frontmatter: `key: value` and `key: [a, b]` lines only. */
export function parseFrontmatter(source: string): { data: Record<string, string | string[]>; body: string } {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
	if (!m) return { data: {}, body: source };
	const data: Record<string, string | string[]> = {};
	for (const line of m[1].split('\n')) {
		const kv = /^(\w[\w-]*):\s*(.*)$/.exec(line);
		if (!kv) continue;
		const value = kv[2].trim();
		data[kv[1]] = value.startsWith('[')
			? value
					.slice(1, -1)
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
			: value.replace(/^"(.*)"$/, '$1');
	}
	return { data, body: source.slice(m[0].length) };
}

const asList = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const asText = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : (v ?? ''));

const manPages: (ManMeta & { body: string })[] = Object.entries(manSources)
	.map(([path, source]) => {
		const { data, body } = parseFrontmatter(source);
		const names = asList(data.names);
		return {
			slug: fileName(path),
			names: names.length ? names : [fileName(path)],
			summary: asText(data.summary),
			seeAlso: asList(data.see_also),
			section: asText(data.section) || 'Contexts and connections',
			order: Number(asText(data.order) || 100),
			body
		};
	})
	.sort((a, b) => sectionOrder.indexOf(a.section) - sectionOrder.indexOf(b.section) || a.order - b.order || a.slug.localeCompare(b.slug));

const guides: (GuideMeta & { body: string })[] = Object.entries(guideSources)
	.map(([path, source]) => {
		const { data, body } = parseFrontmatter(source);
		return {
			slug: fileName(path),
			title: asText(data.title) || fileName(path),
			summary: asText(data.summary),
			order: Number(asText(data.order) || 100),
			body
		};
	})
	.sort((a, b) => a.order - b.order);

/** name → the page that documents it. */
const pageOfName = new Map<string, ManMeta>();
for (const page of manPages) for (const name of page.names) pageOfName.set(name, page);

export const manHref = (slug: string) => `${base}/man/${slug}/`;
export const guideHref = (slug: string) => `${base}/guides/${slug}/`;

/** Where a function name links to: its group page, at the name's anchor unless it is the page's own name. */
export function hrefForName(name: string): string | undefined {
	const page = pageOfName.get(name);
	if (!page) return undefined;
	return page.slug === name ? manHref(page.slug) : `${manHref(page.slug)}#${name}`;
}

function linkerFor(current: string | undefined): LinkFor {
	// Names documented on the current page link to their entry in its NAME section.
	return (name) => {
		const page = pageOfName.get(name);
		if (!page) return undefined;
		return page.slug === current ? `#${name}` : hrefForName(name);
	};
}

export const manList = (): ManMeta[] => manPages.map(({ body: _body, ...meta }) => meta);
export const guideList = (): GuideMeta[] => guides.map(({ body: _body, ...meta }) => meta);
export const allNames = (): string[] => [...pageOfName.keys()];
export const pageForName = (name: string): ManMeta | undefined => pageOfName.get(name);
export const libraryFunctions = (): string[] => functions.functions;

export function navData(): NavData {
	return {
		guides: guides.map((g) => ({ href: guideHref(g.slug), title: g.title })),
		sections: sectionOrder
			.map((title) => ({
				title,
				pages: manPages.filter((p) => p.section === title).map((p) => ({ href: manHref(p.slug), slug: p.slug, names: p.names }))
			}))
			.filter((s) => s.pages.length > 0)
	};
}

/** Reading order for previous/next: guides, then man pages in sidebar order. */
function readingOrder(): NavLink[] {
	return [
		...guides.map((g) => ({ href: guideHref(g.slug), title: g.title })),
		...manPages.map((p) => ({ href: manHref(p.slug), title: p.slug }))
	];
}

export function neighbours(href: string): { prev?: NavLink; next?: NavLink } {
	const order = readingOrder();
	const i = order.findIndex((l) => l.href === href);
	return { prev: order[i - 1], next: order[i + 1] };
}

export function example(name: string, current?: string): ExampleData {
	const code = exampleSources[`/content/examples/${name}.c`];
	const output = exampleSources[`/content/examples/${name}.expected`];
	if (code === undefined || output === undefined) throw new Error(`example ${name}: missing .c or .expected in content/examples/`);
	return {
		name,
		code,
		html: highlightC(code, linkerFor(current)),
		output,
		faulty: /^# error/m.test(output),
		shareLink: encodeShareLink({ source: code, step: null })
	};
}

export const exampleNames = (): string[] =>
	Object.keys(exampleSources)
		.filter((p) => p.endsWith('.c'))
		.map(fileName);

const exampleMarker = /<!--\s*example:\s*([\w-]+)\s*-->/g;

async function render(body: string, current: string | undefined): Promise<Part[]> {
	const linkFor = linkerFor(current);
	const out = await compile(body, {
		rehypePlugins: [rehypeDocs(linkFor, base)],
		highlight: {
			highlighter: (code: string, lang: string | null | undefined) =>
				`<pre class="code"><code class="language-${lang ?? 'text'}">${lang === 'c' ? highlightC(code, linkFor) : code.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code></pre>`
		}
	});
	const html = (out?.code ?? '').replace(/<script context="module">[\s\S]*?<\/script>/, '').trim();
	const parts: Part[] = [];
	let last = 0;
	for (const m of html.matchAll(exampleMarker)) {
		parts.push({ kind: 'html', html: html.slice(last, m.index) });
		parts.push({ kind: 'example', example: example(m[1], current) });
		last = (m.index ?? 0) + m[0].length;
	}
	parts.push({ kind: 'html', html: html.slice(last) });
	return parts.filter((p) => p.kind === 'example' || p.html.trim() !== '');
}

/** SEE ALSO from the frontmatter: function names (linked by rehypeDocs) and `guide:slug` entries. */
function seeAlsoMarkdown(items: string[]): string {
	return items
		.map((item) => {
			if (!item.startsWith('guide:')) return `\`${item}\``;
			const guide = guides.find((g) => g.slug === item.slice(6));
			if (!guide) throw new Error(`see_also: no guide ${item}`);
			return `[${guide.title}](/guides/${guide.slug}/)`; // rehypeDocs adds the base path
		})
		.join(', ');
}

const rendered = new Map<string, Promise<Part[]>>();

export function renderMan(slug: string): Promise<Part[]> | undefined {
	const page = manPages.find((p) => p.slug === slug);
	if (!page) return undefined;
	const key = `man:${slug}`;
	if (!rendered.has(key)) rendered.set(key, render(page.body.replace('<!-- see-also -->', seeAlsoMarkdown(page.seeAlso)), slug));
	return rendered.get(key);
}

export function renderGuide(slug: string): { meta: GuideMeta; parts: Promise<Part[]> } | undefined {
	const guide = guides.find((g) => g.slug === slug);
	if (!guide) return undefined;
	const key = `guide:${slug}`;
	if (!rendered.has(key)) rendered.set(key, render(guide.body, undefined));
	const { body: _body, ...meta } = guide;
	return { meta, parts: rendered.get(key)! };
}
