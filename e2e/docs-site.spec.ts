/**
 * Checks on the built site/ directory itself (no browser): one page per
 * function of the spec's Library list, and no broken internal links.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const site = 'site';
const base = process.env.BASE_PATH ?? '';
const functions: string[] = JSON.parse(readFileSync('content/functions.json', 'utf8')).functions;
const documented = functions.filter((f) => /^(SSL_|d2i_SSL_SESSION$|i2d_SSL_SESSION$|PEM_\w*SSL_SESSION)/.test(f));

test('every SSL_/SSL_CTX_/SSL_SESSION_/d2i/i2d/PEM session function of the Library list has /man/NAME/', () => {
	expect(documented.length).toBeGreaterThan(90);
	const missing = documented.filter((name) => !existsSync(join(site, 'man', name, 'index.html')));
	expect(missing).toEqual([]);
});

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		if (statSync(path).isDirectory()) return entry === '_app' || entry === 'pagefind' ? [] : htmlFiles(path);
		return entry.endsWith('.html') ? [path] : [];
	});
}

/** The file a site URL path resolves to, or null. */
function resolve(path: string): string | null {
	let p = decodeURIComponent(path);
	if (base && p.startsWith(base)) p = p.slice(base.length);
	const candidates = p.endsWith('/') ? [join(site, p, 'index.html')] : [join(site, p), join(site, p + '.html'), join(site, p, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!idsCache.has(file)) {
		const html = readFileSync(file, 'utf8');
		idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
	}
	return idsCache.get(file)!;
}

test('no broken internal links (pages and #anchors) anywhere in site/', () => {
	const files = htmlFiles(site);
	expect(files.length).toBeGreaterThan(100);
	const broken: string[] = [];
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		for (const m of html.matchAll(/\shref="([^"]+)"/g)) {
			const href = m[1].replace(/&amp;/g, '&');
			if (/^(https?:|mailto:|data:)/.test(href) || href.startsWith('//')) continue;
			if (/\/(_app|pagefind)\//.test(href) || href.endsWith('.svg') || href.endsWith('.js') || href.endsWith('.css')) continue;
			const [path, hash] = href.split('#');
			const target = path === '' ? file : path.startsWith('/') ? resolve(path) : resolve(join(file.slice(site.length).replace(/[^/]*$/, ''), path));
			if (!target) broken.push(`${file}: ${href}`);
			// A fragment with "=" carries data (playground/embed share links), not an element id.
			else if (hash && !hash.includes('=') && !idsOf(target).has(hash)) broken.push(`${file}: ${href} (no #${hash})`);
		}
	}
	expect(broken).toEqual([]);
});
