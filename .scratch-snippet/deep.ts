import { bareEnvironment } from '../src/lib/snippet/environment';
import { runChecked } from '../src/lib/snippet/runner-core';
import { INT, bin, call, decl, es, fn, lit, local, program, ret, str } from '../src/lib/snippet/interp/test-ast';
const n = decl('n', INT, 0, null, true);
const sp = { line: 2, col: 1, endLine: 2, endCol: 2, from: 0, to: 0 };
const f = fn('f', [n], [], [
  { kind: 'if', test: bin('<', local(n), lit(1)), then: ret(lit(0)), else: null, span: sp } as any,
  ret(bin('+', lit(1), call('f', [bin('-', local(n), lit(1))], INT, false)))
]);
for (const d of [1000, 5000, 9000, 20000]) {
  const main = fn('main', [], [], [es(call('printf', [str('%d\n'), call('f', [lit(d)], INT, false)])), ret(lit(0))]);
  const r = runChecked(program(main, f), bareEnvironment(1), { trace: false, fileName: 't.c' }, () => bareEnvironment(1));
  console.log(d, JSON.stringify(r.summary.output), r.summary.stderr.slice(0, 100));
}
