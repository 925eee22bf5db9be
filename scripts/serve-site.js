// Serves the built site/ exactly as a static host would (files only: no SvelteKit, no rewrites), so
// browser tests see what gets deployed, including site/session-lab-example.js and site/pagefind/,
// which `vite preview` does not serve (it serves .svelte-kit/output).
//   node scripts/serve-site.js [--port 4173] [--host 127.0.0.1] [--dir site]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', '4173'));
const host = arg('host', '127.0.0.1');
const root = resolve(arg('dir', 'site'));

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.c': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** The file for a URL path, or null: directories map to their index.html, never outside root. */
function fileFor(pathname) {
	let rel;
	try {
		rel = normalize(decodeURIComponent(pathname));
	} catch {
		return null;
	}
	const path = join(root, rel);
	if (!path.startsWith(root)) return null;
	for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			/* try the next form */
		}
	}
	return null;
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	// A directory without its trailing slash: redirect, as static hosts do, so relative URLs work.
	const file = fileFor(url.pathname);
	if (file && file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
		res.writeHead(308, { location: `${url.pathname}/${url.search}` });
		res.end();
		return;
	}
	const found = file ?? fileFor('/404.html');
	res.writeHead(file ? 200 : 404, {
		'content-type': types[extname(found ?? '')] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		// As GitHub Pages and most static hosts do: lets other origins load the custom element module.
		'access-control-allow-origin': '*'
	});
	if (found && req.method !== 'HEAD') createReadStream(found).pipe(res);
	else res.end();
}).listen(port, host, () => console.log(`serving ${root} on http://${host}:${port}/`));
