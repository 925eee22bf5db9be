/** The code table the docs render at /errors/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from './codes';

describe('DIAGNOSTIC_CODES', () => {
	it('documents every code with a title and an explanation', () => {
		for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
			expect(code).toMatch(/^SC0[1-9]\d\d$/);
			expect(info.title.length).toBeGreaterThan(3);
			expect(info.explanation.length).toBeGreaterThan(20);
		}
	});

	it('has a case folder or test producing every code', () => {
		const dir = join(import.meta.dirname, 'cases');
		const expected = readdirSync(dir).map((d) => readFileSync(join(dir, d, 'expected.txt'), 'utf8')).join('\n');
		const tests = ['hostile.test.ts', 'conformance.test.ts'].map((f) => readFileSync(join(import.meta.dirname, f), 'utf8')).join('\n');
		const untested = Object.keys(DIAGNOSTIC_CODES).filter((c) => !expected.includes(`[${c}]`) && !tests.includes(`'${c}'`));
		expect(untested).toEqual([]);
	});
});
