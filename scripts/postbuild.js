// Runs after `vite build`: builds the custom element module and indexes the site for search.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('site')) throw new Error('postbuild: site/ does not exist; did vite build run?');
execFileSync('npx', ['vite', 'build', '--config', 'vite.element.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
execFileSync('npx', ['pagefind', '--site', 'site', '--output-subdir', 'pagefind', '--silent'], { stdio: 'inherit' });
