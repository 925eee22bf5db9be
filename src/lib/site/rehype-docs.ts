/**
 * Build-time rewrite of a compiled page (a hast tree from mdsvex): links every
 * known function name in prose and inline code to its man page, and gives
 * h2/h3 headings ids and visible anchors.
 */
import type { LinkFor } from './highlight';

interface HastText {
	type: 'text';
	value: string;
}
interface HastElement {
	type: 'element';
	tagName: string;
	properties?: Record<string, unknown>;
	children: HastNode[];
}
type HastNode = HastText | HastElement | { type: 'raw' | 'comment' | 'root'; children?: HastNode[]; value?: string };

export function headingId(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9_]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function textOf(node: HastNode): string {
	if (node.type === 'text') return (node as HastText).value;
	return ((node as HastElement).children ?? []).map(textOf).join('');
}

function link(href: string, children: HastNode[]): HastElement {
	return { type: 'element', tagName: 'a', properties: { href }, children };
}

const namePattern = /\b(?:SSL|SSL_CTX|SSL_SESSION|TLS|d2i|i2d|PEM|BIO|ERR|OPENSSL)_\w+\b/g;

function linkText(node: HastText, linkFor: LinkFor): HastNode[] {
	const out: HastNode[] = [];
	let last = 0;
	for (const m of node.value.matchAll(namePattern)) {
		const href = linkFor(m[0]);
		if (!href) continue;
		const at = m.index ?? 0;
		if (at > last) out.push({ type: 'text', value: node.value.slice(last, at) });
		out.push(link(href, [{ type: 'text', value: m[0] }]));
		last = at + m[0].length;
	}
	if (last === 0) return [node];
	if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
	return out;
}

function walk(node: HastElement, linkFor: LinkFor, seen: Set<string>, base: string): void {
	const next: HastNode[] = [];
	for (const child of node.children) {
		if (child.type === 'text') {
			next.push(...linkText(child as HastText, linkFor));
			continue;
		}
		if (child.type !== 'element') {
			next.push(child);
			continue;
		}
		const el = child as HastElement;
		if (el.tagName === 'a' || el.tagName === 'pre') {
			// Site-absolute links in the Markdown ("/guides/bugs/") get the deployment's base path.
			const href = el.properties?.href;
			if (el.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
				el.properties = { ...el.properties, href: base + href };
			}
			next.push(el);
		} else if (el.tagName === 'h2' || el.tagName === 'h3') {
			let id = headingId(textOf(el));
			while (seen.has(id)) id += '-x';
			seen.add(id);
			el.properties = { ...el.properties, id };
			el.children.push({ type: 'text', value: ' ' });
			el.children.push({
				type: 'element',
				tagName: 'a',
				properties: { className: ['anchor'], href: `#${id}`, ariaLabel: `Link to this section` },
				children: [{ type: 'text', value: '#' }]
			});
			next.push(el);
		} else if (el.tagName === 'code') {
			const name = textOf(el).replace(/\(\)$/, '');
			const href = linkFor(name);
			next.push(href ? link(href, [el]) : el);
		} else {
			walk(el, linkFor, seen, base);
			next.push(el);
		}
	}
	node.children = next;
}

/** A rehype plugin (unified attacher) for mdsvex's `rehypePlugins`. */
export function rehypeDocs(linkFor: LinkFor, base = '') {
	return () => (tree: HastElement) => {
		walk(tree, linkFor, new Set(), base);
	};
}
