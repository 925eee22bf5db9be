import { expect, it } from 'vitest';
import { runCacheWorkload } from './bench-workload';

it('runCacheWorkload prints what bench/cache-workload.c prints (a cache of N holds N - 1, every insert of the second half evicts)', () => {
	const n = 64;
	const lines = runCacheWorkload({ n, rounds: 3 });
	expect(lines).toEqual([
		...[0, 1, 2].map((r) => `round ${r}: ${n - 1} found, ${n - 1} cached`),
		// first round: n adds evict once (at the n-th), the second half n times; later rounds 1 + n each
		`cache_full ${3 * (n + 1)}, left 0`
	]);
	expect(runCacheWorkload({ n, rounds: 3, record: 'full' })).toEqual(lines);
});
