/**
 * Data-driven front-end tests: each cases/<name>/input.c is compiled against the test library and its
 * diagnostics, formatted as a C compiler prints them, must equal cases/<name>/expected.txt (empty = clean).
 * UPDATE_CASES=1 rewrites the expected files (review the diff!).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { formatDiagnostic } from './diagnostics';
import { testLibrary } from './test-library';

const dir = join(import.meta.dirname, 'cases');
const library = testLibrary();

describe('compile on the case folders', () => {
	for (const name of readdirSync(dir).sort()) {
		it(`${name} gives the expected diagnostics`, () => {
			const source = readFileSync(join(dir, name, 'input.c'), 'utf8');
			const result = compile(source, 'input.c', library);
			const text = result.diagnostics.map((d) => formatDiagnostic(d, 'input.c')).join('\n');
			const expectedFile = join(dir, name, 'expected.txt');
			if (process.env.UPDATE_CASES || !existsSync(expectedFile)) writeFileSync(expectedFile, text ? text + '\n' : '');
			expect(text).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
			const errors = result.diagnostics.filter((d) => d.severity === 'error');
			if (name.startsWith('ok-') || name.startsWith('warn-')) expect(errors).toEqual([]);
			if (name.startsWith('ok-')) expect(result.diagnostics).toEqual([]);
			if (name.startsWith('reject-') || name.startsWith('syntax-')) expect(errors.length).toBeGreaterThan(0);
			if (name.startsWith('warn-')) expect(result.diagnostics.length).toBeGreaterThan(0);
			expect(result.program === undefined).toBe(errors.length > 0);
		});
	}
});
