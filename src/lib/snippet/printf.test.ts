import { describe, expect, it } from 'vitest';
import { formatPrintf } from './printf';
import type { CValue } from './abi';

const host = { readCString: (p: CValue, max = Infinity) => (p as unknown as { s: string }).s.slice(0, max), addressOf: () => 0x55550000 };
const s = (x: string) => ({ s: x }) as unknown as CValue;
const f = (fmt: string, ...args: CValue[]) => formatPrintf(fmt, args, host);

describe('formatPrintf', () => {
	it.each([
		['%d', [42], '42'],
		['%i', [-7], '-7'],
		['%5d|', [42], '   42|'],
		['%-5d|', [42], '42   |'],
		['%05d', [-42], '-0042'],
		['%+d', [5], '+5'],
		['% d', [5], ' 5'],
		['%.3d', [7], '007'],
		['%u', [-1], '4294967295'],
		['%lu', [-1], '18446744073709551615'],
		['%ld', [-1234567890123], '-1234567890123'],
		['%lld', [9007199254740991], '9007199254740991'],
		['%zu', [32], '32'],
		['%x', [255], 'ff'],
		['%X', [255], 'FF'],
		['%02x', [10], '0a'],
		['%#x', [255], '0xff'],
		['%lx', [0x1234567890], '1234567890'],
		['%x', [-1], 'ffffffff'],
		['%c', [65], 'A'],
		['%%', [], '%'],
		['%hhu', [257], '1'],
		['%ld', [2 ** 63], '9223372036854775807'],
		['%lu', [2 ** 64], '18446744073709551615'],
		['%llu', [-1234567890123], '18446742839141661493'],
		['%ld', [2n ** 63n - 2001n], '9223372036854773807']
	] as unknown as [string, CValue[], string][])('formats %s', (fmt, args, out) => {
		expect(f(fmt, ...args)).toBe(out);
	});

	it('prints (nil) for a NULL %p like glibc', () => {
		expect(f('%p', null)).toBe('(nil)');
	});

	it('prints strings with width and precision', () => {
		expect(f('[%s|%5s|%-5s|%.2s]', s('ab'), s('ab'), s('ab'), s('abc'))).toBe('[ab|   ab|ab   |ab]');
	});

	it('prints (null) for a NULL %s like glibc', () => {
		expect(f('%s', null)).toBe('(null)');
	});

	it('takes width from * arguments', () => {
		expect(f('%*d', 4, 7)).toBe('   7');
	});
});
