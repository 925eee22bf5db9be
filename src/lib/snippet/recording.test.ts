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
	return runChecked(program(main), env, { trace: false, fileName: 't.c', record: true });
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

import { runProgram } from './runner';

describe('Recording over a loop', () => {
	const src = `#include <stdio.h>
int main(void) {
    int i;
    int sum = 0;
    for (i = 0; i < 100; i++)
        sum += i;
    printf("%d\\n", sum);
    return 0;
}
`;
	it('gives the same view whether reached in a batch or directly', () => {
		const a = runProgram(src, { now: 1, record: true }).recording!;
		const b = runProgram(src, { now: 1, record: true }).recording!;
		a.view(100);
		expect(a.view(120)).toEqual(b.view(120));
	});

	it('shows the loop variables after each step', () => {
		const r = runProgram(src, { now: 1, record: true });
		const total = r.summary.totalSteps;
		// sum's declaration, the for init, 101 tests, 100 bodies, printf, return, end of main.
		expect(total).toBe(1 + 1 + 101 + 100 + 1 + 1 + 1);
		const v = r.recording!.view(total - 1);
		expect(v.output).toBe('4950\n');
		// step 5 is the second `sum += i` (i = 1); the pause after it comes after the update i++.
		const v5 = r.recording!.view(5);
		expect(v5.span.line).toBe(6);
		const frame = v5.frames.find((f) => f.fn === 'main')!;
		expect(frame.vars.map((x) => `${x.name}=${x.display}`)).toEqual(['i=2', 'sum=1']);
	});
});

describe('Recording of a run stopped by a limit', () => {
	const endless = `#include <stdio.h>
int main(void) {
    long n = 0;
    for (;;)
        n++;
    return 0;
}
`;
	it('shows the last step where the run stopped, and every step before it', () => {
		const r = runProgram(endless, { now: 1, record: true, maxSteps: 5000 });
		expect(r.summary.exit).toBe('limit');
		const rec = r.recording!;
		const last = rec.view(rec.total - 1);
		expect(last.span.line).toBeGreaterThanOrEqual(4);
		expect(rec.view(rec.total - 2).frames.find((f) => f.fn === 'main')).toBeDefined();
		expect(rec.view(100).step).toBe(100);
	});
});
