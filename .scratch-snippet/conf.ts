// Quick in-process conformance diff (scratch, not part of the project).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { runProgram } from '../src/lib/snippet/runner';
const dir = '/work/shared/conformance';
const only = process.argv[2];
let pass = 0, fail = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.c')).sort()) {
  if (only && !f.includes(only)) continue;
  const exp = join(f.replace(/\.c$/, '.expected'));
  if (!existsSync(exp)) continue;
  const want = readFileSync(exp, 'utf8').replace(/\n+$/, '');
  let got = '';
  let r;
  try {
    const src0 = readFileSync(`${dir}/${f}`, 'utf8');
    const src = process.env.STRIP ? src0.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')) : src0;
    r = runProgram(src, { now: 1764000000, trace: true, fileName: f, maxMillis: 20000 });
    got = r.stdoutBytes.replace(/# error: [a-z-]+ at line/g, '# error at line').replace(/\n+$/, '');
  } catch (e) { got = 'THROW ' + (e as Error).stack; }
  if (got === want) { pass++; continue; }
  fail++;
  const a = want.split('\n'), b = got.split('\n');
  let i = 0; while (i < a.length && a[i] === b[i]) i++;
  console.log(`FAIL ${f} (status ${r?.summary.status}) first diff at line ${i + 1}:\n  want: ${a.slice(i, i + 3).join(' | ')}\n  got:  ${b.slice(i, i + 3).join(' | ')}`);
  if (r?.summary.stderr && process.env.V) console.log(r.summary.stderr.slice(0, 600));
}
function join(f: string) { return `${dir}/${f}`; }
console.log(`${pass} passed, ${fail} failed`);
