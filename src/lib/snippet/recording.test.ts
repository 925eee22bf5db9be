import { describe, expect, it } from 'vitest';
import { bareEnvironment } from './environment';
import { runChecked } from './runner-core';
import { INT, assign, bin, call, decl, declS, es, fn, lit, local, program, ret, str } from './interp/test-ast';

function recorded() {
	const x = decl('x', INT, 0, lit(1), false, 2);
	const main = fn('main', [], [x], [
		declS(x),
		es(call('printf', [str('a\n')], INT, true, 3), 3),
		es(assign(local(x), bin('+', local(x), lit(41))), 4),
		es(call('printf', [str('%d\n'), local(x)], INT, true, 5), 5),
		ret(lit(0), 6)
	]);
	const env = bareEnvironment(1);
	return runChecked(program(main), env, { trace: false, fileName: 't.c', record: true }, () => bareEnvironment(1));
}

describe('Recording', () => {
	it('counts one step per statement plus the end of main', () => {
		const { summary } = recorded();
		expect(summary.totalSteps).toBe(6);
	});

	it('view(k) shows statement k as just run, with the frames after it', () => {
		const { recording } = recorded();
		const v = recording!.view(2);
		expect(v.span.line).toBe(4);
		expect(v.output).toBe('a\n');
		const main = v.frames.find((f) => f.fn === 'main')!;
		expect(main.vars.find((x) => x.name === 'x')!.display).toBe('42');
	});

	it('the last step has the whole output and no frames but globals', () => {
		const { recording } = recorded();
		const v = recording!.view(5);
		expect(v.output).toBe('a\n42\n');
		expect(v.frames.map((f) => f.fn)).toEqual(['globals']);
	});
});
