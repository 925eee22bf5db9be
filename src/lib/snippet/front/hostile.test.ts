/** Hostile input never throws and always ends in a located diagnostic, quickly. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, MAX_SOURCE_BYTES } from './compile';
import { testLibrary } from './test-library';

const library = testLibrary();

function timed(source: string) {
	const t0 = performance.now();
	const r = compile(source, 'h.c', library);
	return { ...r, ms: performance.now() - t0 };
}

function codes(source: string): string[] {
	return timed(source).diagnostics.map((d) => d.code);
}

describe('compile on hostile input', () => {
	it('rejects a megabyte of source at once with SC0901', () => {
		const r = timed('int x;\n'.repeat(150_000) + 'int main(void) { return 0; }');
		expect(r.diagnostics.map((d) => d.code)).toEqual(['SC0901']);
		expect(r.diagnostics[0].span.line).toBe(1);
		expect(r.ms).toBeLessThan(100);
	});

	it('compiles a source just under the size limit in a few seconds', () => {
		const body = 'static int f%(int a) { int b = a * 2 + 1; if (b > 3) b -= 1; return b; }\n';
		let src = '';
		for (let i = 0; src.length < MAX_SOURCE_BYTES - 200; i++) src += body.replace('%', String(i));
		src += 'int main(void) { return f0(1); }\n';
		const r = timed(src);
		expect(r.diagnostics).toEqual([]);
		expect(r.ms).toBeLessThan(8000);
	});

	it('reports 10,000 nested parentheses as SC0902', () => {
		expect(codes(`int main(void) { return ${'('.repeat(10_000)}1${')'.repeat(10_000)}; }`)).toEqual(['SC0902']);
	});

	it('reports 10,000 nested blocks as SC0902', () => {
		expect(codes(`int main(void) ${'{'.repeat(10_000)}${'}'.repeat(10_000)}`)).toEqual(['SC0902']);
	});

	it('reports unbalanced braces with a location', () => {
		const r = timed('int main(void) {\n  if (1) {\n    return 0;\n}\n');
		expect(r.diagnostics[0]).toMatchObject({ code: 'SC0101', severity: 'error' });
		expect(r.diagnostics[0].message).toContain("expected '}'");
	});

	it('reports 10,000 unary operators and long operator chains as SC0902', () => {
		expect(codes(`int main(void) { return ${'-'.repeat(10_000)}1; }`)).toEqual(['SC0902']);
		expect(codes(`int main(void) { return ${Array(50_000).fill('1').join('+')}; }`)).toEqual(['SC0902']);
		expect(codes(`int main(void) { int x; return ${'x = '.repeat(5000)}1; }`)).toEqual(['SC0902']);
		expect(codes(`int main(void) { int x = 0; ${'if (x) x++; else '.repeat(3000)}x--; return 0; }`)).toEqual(['SC0902']);
	});

	it('reports binary garbage as stray characters, capped at 100 errors', () => {
		const garbage = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
		const r = timed(garbage);
		expect(r.diagnostics.length).toBeGreaterThan(0);
		expect(r.diagnostics.length).toBeLessThanOrEqual(101);
		expect(r.diagnostics.every((d) => d.span.line >= 1 && d.span.col >= 1)).toBe(true);
	});

	it('handles tens of thousands of declarations, capped at 16,384 variables', () => {
		const many = Array.from({ length: 12_000 }, (_, i) => `int v${i} = ${i};`).join('\n');
		expect(codes(`int main(void) { ${many} return 0; }`)).toEqual([]);
		const tooMany = 'int a' + Array.from({ length: 17_000 }, (_, i) => `${i}`).join(', a') + ';\nint main(void) { return 0; }';
		expect(codes(tooMany)).toEqual(['SC0904']);
	});

	it('bounds pointer depth in declarations and casts', () => {
		const stars = '*'.repeat(40);
		expect(codes(`int main(void) { int ${stars}p; return (int)(long)(int ${stars})0; }`)).toEqual(['SC0902', 'SC0902']);
		expect(codes(`int main(void) { int ${'*'.repeat(5000)}p; return 0; }`)).toEqual(['SC0902']);
	});

	it('stops collecting warnings after 200 diagnostics', () => {
		const calls = Array.from({ length: 2000 }, () => 'printf("%s", 1);').join('\n');
		const r = timed(`#include <stdio.h>\nint main(void) {\n${calls}\nreturn 0; }`);
		expect(r.diagnostics.length).toBe(200);
		expect(r.program).toBeDefined();
	});

	it('does not loop on self-referential macros', () => {
		expect(codes('#define A B\n#define B A\nint main(void) { return 0; }')).toEqual(['SC0112', 'SC0112']);
	});

	it('never throws on random printable or binary input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const r = compile(s, 'f.c', library);
				return r.diagnostics.every((d) => d.span.line >= 1) && (r.program !== undefined || r.diagnostics.some((d) => d.severity === 'error'));
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws on C-like token soup', () => {
		const tok = fc.constantFrom('int', 'main', '(', ')', '{', '}', ';', 'x', '=', '1', '+', '*', '&', '[', ']', 'return', 'if', 'else', 'for', 'while', 'switch', 'case', ':', 'SSL', 'sizeof', ',', '"s"', "'c'", 'static', 'const', 'unsigned', 'char', '#define', '\n', '?', '-', '->', '.', 'void', 'NULL', 'printf', 'struct');
		fc.assert(
			fc.property(fc.array(tok, { maxLength: 80 }), (toks) => {
				const r = compile(`int main(void) { ${toks.join(' ')} }`, 'f.c', library);
				return r.program !== undefined || r.diagnostics.some((d) => d.severity === 'error');
			}),
			{ numRuns: 300 }
		);
	});

	it('never hits an internal error on randomly edited real programs', () => {
		const base = readFileSync(join(import.meta.dirname, 'cases/ok-every-construct/input.c'), 'utf8');
		const edit = fc.record({ at: fc.nat(base.length), del: fc.nat(12), ins: fc.string({ maxLength: 6 }) });
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
				let src = base;
				for (const e of edits) src = src.slice(0, e.at) + e.ins + src.slice(e.at + e.del);
				const r = compile(src, 'e.c', library);
				const internal = r.diagnostics.find((d) => d.message.startsWith('internal compiler error'));
				if (internal) throw new Error(`${internal.message}\n--- source ---\n${src}`);
				return r.program !== undefined || r.diagnostics.some((d) => d.severity === 'error');
			}),
			{ numRuns: 400 }
		);
	});
});
