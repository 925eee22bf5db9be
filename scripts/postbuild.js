// Runs after `vite build`: indexes the static site for search (Pagefind).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('site')) {
	execFileSync('npx', ['pagefind', '--site', 'site', '--output-subdir', 'pagefind'], { stdio: 'inherit' });
}
