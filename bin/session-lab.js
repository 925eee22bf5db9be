#!/usr/bin/env node
// session-lab CLI launcher. Works right after `npm install` with no build step:
// - fast path: bundle src/cli/main.ts with esbuild (tsx's own dependency) into
//   node_modules/.cache/session-lab/cli-<fingerprint>.mjs the first time the sources change, then
//   import the bundle (≈ 60 ms later starts instead of ≈ 400 ms through a TS loader);
// - fallback (no esbuild, unwritable cache, `conformance`, which runs more TypeScript): tsx's loader.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

/** Sizes and mtimes of every source the CLI can import: any change gives a new bundle. */
function fingerprint() {
	const h = createHash('sha1');
	const walk = (dir) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : 1));
		for (const e of entries) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.(ts|js|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) {
				const s = statSync(p);
				h.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
			}
		}
	};
	walk(join(root, 'src', 'lib'));
	walk(join(root, 'src', 'cli'));
	h.update(process.version);
	return h.digest('hex').slice(0, 16);
}

async function bundled() {
	const cacheDir = join(root, 'node_modules', '.cache', 'session-lab');
	const out = join(cacheDir, `cli-${fingerprint()}.mjs`);
	if (existsSync(out)) return out;
	const esbuild = await import('esbuild');
	mkdirSync(cacheDir, { recursive: true });
	const tmp = `${out}.${process.pid}.tmp`;
	await esbuild.build({
		entryPoints: [join(root, 'src', 'cli', 'main.ts')],
		outfile: tmp,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		tsconfig: join(root, 'tsconfig.json'),
		logLevel: 'silent',
		sourcemap: 'inline'
	});
	for (const f of readdirSync(cacheDir)) if (f.startsWith('cli-') && f.endsWith('.mjs') && join(cacheDir, f) !== out) rmSync(join(cacheDir, f), { force: true });
	renameSync(tmp, out);
	return out;
}

let main;
if (args[0] !== 'conformance' && !process.env.SESSION_LAB_NO_BUNDLE) {
	try {
		main = (await import(pathToFileURL(await bundled()).href)).main;
	} catch {
		main = undefined;
	}
}
if (!main) {
	const { register } = await import('tsx/esm/api');
	register();
	main = (await import('../src/cli/main.ts')).main;
}
process.exitCode = await main(args);
