import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from './runner';

/** Every program the project proves against real OpenSSL: conformance cases and docs examples. */
function programs(): { name: string; source: string }[] {
	const out: { name: string; source: string }[] = [];
	for (const dir of ['conformance/cases', 'content/examples']) {
		for (const f of readdirSync(dir).filter((f) => f.endsWith('.c')).sort()) out.push({ name: `${dir}/${f}`, source: readFileSync(join(dir, f), 'utf8') });
	}
	return out;
}

/** Steps to compare: all of a short run, else a spread including both ends. */
function sample(total: number): number[] {
	if (total <= 300) return Array.from({ length: total }, (_, i) => i);
	const s = new Set<number>([0, 1, total - 2, total - 1]);
	for (let i = 0; i < 40; i++) s.add(Math.floor((i * 7919) % total));
	return [...s].sort((a, b) => a - b);
}

describe('time travel from checkpoints', () => {
	it.each(programs())('$name: resuming from checkpoints every 3 steps gives the views of a run resumed only from its start', ({ source }) => {
		const now = 1_764_000_000;
		const dense = runProgram(source, { now, record: true, trace: true, checkpointEvery: 3, fileName: 'case.c' });
		const plain = runProgram(source, { now, record: true, trace: true, checkpointEvery: 1e12, fileName: 'case.c' });
		expect(dense.summary).toEqual(plain.summary);
		if (!dense.recording || !plain.recording) return;
		const total = dense.summary.totalSteps;
		// Backwards first, so every view comes from a fresh restore.
		for (const k of sample(total).reverse()) expect(dense.recording.view(k), `step ${k}`).toEqual(plain.recording.view(k));
	});
});
