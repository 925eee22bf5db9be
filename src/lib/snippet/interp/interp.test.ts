import { describe, expect, it } from 'vitest';
import { bareEnvironment } from '../environment';
import { runChecked } from '../runner-core';
import type { CheckedProgram } from '../front/ast';
import { INT, T, arr, assign, bin, call, decl, declS, es, fn, index, lit, local, program, ptr, ret, str, VOIDP } from './test-ast';

function run(p: CheckedProgram) {
	const env = bareEnvironment(1_700_000_000);
	return runChecked(p, env, { trace: true, fileName: 't.c' }).summary;
}

describe('the closure interpreter (hand-built ASTs)', () => {
	it('wraps int arithmetic at 32 bits', () => {
		const x = decl('x', INT, 0, lit(2147483647));
		const main = fn('main', [], [x], [declS(x), es(assign(local(x), bin('+', local(x), lit(1)))), es(call('printf', [str('%d\n'), local(x)])), ret(lit(0))]);
		expect(run(program(main)).output).toBe('-2147483648\n');
	});

	it('evaluates call arguments right to left', () => {
		const p = decl('tag', ptr(T('char')), 0, null, true);
		const next = fn('next', [p], [], [es(call('printf', [str('eval %s\n'), local(p)])), ret(lit(1))]);
		const main = fn('main', [], [], [es(call('printf', [str('%d %d\n'), call('next', [str('first')], INT, false), call('next', [str('second')], INT, false)])), ret(lit(0))]);
		expect(run(program(main, next)).output).toBe('eval second\neval first\n1 1\n');
	});

	it('recurses', () => {
		const n = decl('n', INT, 0, null, true);
		const fact = fn('fact', [n], [], [
			{ kind: 'if', test: bin('<', local(n), lit(2)), then: ret(lit(1)), else: null, span: { line: 2, col: 1, endLine: 2, endCol: 2, from: 0, to: 0 } },
			ret(bin('*', local(n), call('fact', [bin('-', local(n), lit(1))], INT, false)))
		]);
		const main = fn('main', [], [], [es(call('printf', [str('%d\n'), call('fact', [lit(10)], INT, false)])), ret(lit(0))]);
		expect(run(program(main, fact)).output).toBe('3628800\n');
	});

	it('reports an out-of-bounds array write at its line', () => {
		const a = decl('a', arr(T('char'), 4), 0);
		const main = fn('main', [], [a], [declS(a), es(assign(index(local(a), lit(4, T('long')), T('char'), 7), lit(1, T('char'))), 7), ret(lit(0))]);
		const s = run(program(main));
		expect(s.status).toBe(1);
		expect(s.output).toBe('# error: out-of-bounds at line 7\n');
		expect(s.fault?.kind).toBe('out-of-bounds');
	});

	it('reports a double free of a malloc buffer with both lines', () => {
		const b = decl('b', VOIDP, 0, call('malloc', [lit(16, T('size_t'))], VOIDP, true, 2), false, 2);
		const main = fn('main', [], [b], [declS(b), es(call('free', [local(b)], { kind: 'void', const: false }, true, 3), 3), es(call('free', [local(b)], { kind: 'void', const: false }, true, 4), 4), ret(lit(0))]);
		const s = run(program(main));
		expect(s.fault).toMatchObject({ kind: 'double-free', line: 4, allocatedLine: 2, freedLine: 3 });
	});

	it('reports division by zero as a run-time error, not an exception', () => {
		const main = fn('main', [], [], [es(call('printf', [str('%d\n'), bin('/', lit(1), lit(0), INT, 5)]), 5), ret(lit(0))]);
		const s = run(program(main));
		expect(s.status).toBe(1);
		expect(s.stderr).toContain('division by zero');
	});

	it('reports a heap buffer never freed as a leak', () => {
		const b = decl('b', VOIDP, 0, call('malloc', [lit(8, T('size_t'))], VOIDP, true, 2), false, 2);
		const main = fn('main', [], [b], [declS(b), ret(lit(0))]);
		const s = run(program(main));
		expect(s.status).toBe(0);
		expect(s.leaks.map((l) => l.object)).toEqual(['heap#1']);
	});
});
