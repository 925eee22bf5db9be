import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from './runner';
import type { Environment } from './environment';

const programs = ['conformance/cases', 'content/examples'].flatMap((dir) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.c'))
		.sort()
		.map((f) => ({ name: `${dir}/${f}`, source: readFileSync(join(dir, f), 'utf8') }))
);

describe('world snapshots while stepping', () => {
	it.each(programs)('$name: reusing the views of unchanged objects gives the snapshots built afresh', ({ source }) => {
		const now = 1_764_000_000;
		const reused = runProgram(source, { now, record: true, fileName: 'case.c' }).recording;
		const fresh = runProgram(source, { now, record: true, fileName: 'case.c' }).recording;
		if (!reused || !fresh) return;
		const env = (fresh as unknown as { env: Environment }).env;
		const live = env.liveSnapshot!.bind(env);
		env.liveSnapshot = () => live(false);
		const steps = Math.min(reused.total, 400);
		for (let k = 0; k < steps; k++) expect(reused.view(k).world, `step ${k}`).toEqual(fresh.view(k).world);
	});
});
