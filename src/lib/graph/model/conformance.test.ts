/**
 * The badge invariant over real runs: every conformance case is recorded by the snippet runner and
 * checkRun (check.ts) is applied to its steps — every step of short runs, an even sample of up to
 * 60 steps (always including the last) of long ones, so the suite stays fast.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../snippet/runner';
import { checkRun } from './check';
import type { StepView } from '../../snippet/step-view';

const dir = join(process.cwd(), 'conformance/cases');
const cases = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.c')).sort() : [];
const SAMPLE = 60;

function* sampled(total: number, view: (k: number) => StepView) {
	const stride = Math.max(1, Math.ceil(total / SAMPLE));
	for (let k = 0; k < total; k += stride) yield view(k);
	if ((total - 1) % stride !== 0) yield view(total - 1);
}

describe.skipIf(cases.length === 0)('checkRun over the conformance cases', () => {
	for (const file of cases) {
		it(`every sampled step of ${file} has badges equal to its counted edges`, () => {
			const { summary, recording } = runProgram(readFileSync(join(dir, file), 'utf8'), { now: 1700000000, trace: true, fileName: file, record: true });
			if (!recording || summary.totalSteps === 0) return;
			expect(checkRun(sampled(summary.totalSteps, (k) => recording.view(k)))).toEqual([]);
		});
	}
});
