import { bareEnvironment } from '../src/lib/snippet/environment';
import { runChecked } from '../src/lib/snippet/runner-core';
import { INT, T, arr, assign, bin, call, decl, declS, es, fn, index, lit, local, program, ret, str } from '../src/lib/snippet/interp/test-ast';
const i = decl('i', INT, 0, lit(0));
const x = decl('x', T('long'), 1, lit(0, T('long')));
const a = decl('a', arr(T('unsigned char'), 32), 2);
const sp = { line: 3, col: 1, endLine: 3, endCol: 2, from: 0, to: 0 };
const loop = { kind: 'while', test: bin('<', local(i), lit(5_000_000)), span: sp, body: { kind: 'block', span: sp, body: [
  es(assign(local(x), bin('+', local(x), { kind: 'cast', implicit: true, conv: 'integral', operand: local(i), type: T('long'), span: sp, lvalue: false } as any, T('long')))),
  es(assign(index(local(a), lit(3, T('long')), T('unsigned char')), lit(7, T('unsigned char')))),
  es(assign(local(i), bin('+', local(i), lit(1)))),
] } } as any;
const main = fn('main', [], [i, x, a], [declS(i), declS(x), declS(a), loop, es(call('printf', [str('%ld\n'), local(x)])), ret(lit(0))]);
const t0 = performance.now();
const r = runChecked(program(main), bareEnvironment(1), { trace: false, fileName: 't.c' }, () => bareEnvironment(1));
const ms = performance.now() - t0;
console.log(r.summary.output, r.summary.stderr, r.summary.totalSteps, ms.toFixed(0), 'ms', (r.summary.totalSteps / ms / 1000).toFixed(1), 'M steps/s');
