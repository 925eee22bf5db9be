import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverCases, filterCases } from './cases';
import { realCacheKey, RealCache } from './cache';
import { findVersionDifference } from './versions';

const root = mkdtempSync(join(tmpdir(), 'lab-cases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function touch(path: string, text = ''): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
}

describe('discoverCases', () => {
	touch('conformance/cases/b-case.c');
	touch('conformance/cases/b-case.expected');
	touch('conformance/cases/a-evidence.c');
	touch('conformance/cases/cache-update-time.c');
	touch('conformance/cases/versions/3.0.19/b-case.expected');
	touch('content/examples/deep/SSL_new.c');
	touch('content/examples/notes.md');

	it('finds conformance cases and content examples, sorted by name', () => {
		const cases = discoverCases(root);
		expect(cases.map((c) => c.name)).toEqual(['a-evidence', 'b-case', 'cache-update-time', 'content/examples/deep/SSL_new']);
		expect(cases.map((c) => c.origin)).toEqual(['conformance', 'conformance', 'conformance', 'content']);
		expect(cases.map((c) => c.hasExpected)).toEqual([false, true, false, false]);
		expect(cases[3].expected).toBe(join(root, 'content/examples/deep/SSL_new.expected'));
	});

	it('keeps the cases whose name contains any comma-separated filter part', () => {
		const cases = discoverCases(root);
		expect(filterCases(cases, 'evidence,SSL_').map((c) => c.name)).toEqual(['a-evidence', 'content/examples/deep/SSL_new']);
		expect(filterCases(cases, undefined)).toHaveLength(4);
	});
});

describe('real-run cache', () => {
	const toolchain = { libssl: 'OpenSSL 3.0.19 27 Jan 2026', gcc: '12.2.0', valgrind: 'valgrind-3.19.0' };

	it('keys on the source, the prelude and every toolchain version', () => {
		const key = realCacheKey('int main(void){}', 'prelude', toolchain);
		expect(realCacheKey('int main(void){}', 'prelude', toolchain)).toBe(key);
		expect(realCacheKey('int main(void){ }', 'prelude', toolchain)).not.toBe(key);
		expect(realCacheKey('int main(void){}', 'prelude2', toolchain)).not.toBe(key);
		expect(realCacheKey('int main(void){}', 'prelude', { ...toolchain, libssl: 'OpenSSL 3.0.22' })).not.toBe(key);
	});

	it('returns what was stored and never stores a run that had a problem', () => {
		const cache = new RealCache(join(root, 'out'));
		cache.put('k1', { transcript: ['# new SSL_CTX#1'], seconds: 1 });
		cache.put('k2', { transcript: ['# oracle timeout after 120 s'], seconds: 120, problem: 'timeout' });
		expect(cache.get('k1')?.transcript).toEqual(['# new SSL_CTX#1']);
		expect(cache.get('k2')).toBeUndefined();
	});
});

describe('version differences', () => {
	it('match on both the case name and the libssl version', () => {
		const list = [{ case: 'x', libssl: '3.0.19', reason: 'r', transcript: 't' }];
		expect(findVersionDifference(list, 'x', '3.0.19')?.reason).toBe('r');
		expect(findVersionDifference(list, 'x', '3.0.22')).toBeUndefined();
		expect(findVersionDifference(list, 'y', '3.0.19')).toBeUndefined();
	});
});
