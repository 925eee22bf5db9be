import { describe, expect, it } from 'vitest';
import { commonType, wrapFor, bit64, mul64 } from './values';

describe('C integer semantics', () => {
	it.each([
		['char', 200, -56],
		['uchar', -1, 255],
		['short', 40000, -25536],
		['ushort', -1, 65535],
		['int', 2 ** 31, -(2 ** 31)],
		['uint', -1, 4294967295],
		['long', 2 ** 63 + 2048, -(2n ** 63n) + 2048n],
		['long', 2 ** 63, 2n ** 63n - 1n], // a double 2^63 from the library means LONG_MAX
		['ulong', -1, 2n ** 64n - 1n], // exact beyond 2^53: a bigint
		['long', 2 ** 40, 2 ** 40] // a number while it fits in 2^53
	] as const)('wraps %s: %d → %d', (t, v, want) => {
		expect(wrapFor(t)(v) as unknown).toBe(want);
	});

	it('applies the usual arithmetic conversions', () => {
		expect(commonType('int', 'uint')).toBe('uint');
		expect(commonType('char', 'short')).toBe('int');
		expect(commonType('uint', 'long')).toBe('long');
		expect(commonType('long', 'size_t')).toBe('ulong');
	});

	it('multiplies 64-bit values exactly past 2^53', () => {
		expect(mul64(3037000499, 3037000499, true)).toBe(3037000499n * 3037000499n);
	});

	it('shifts and masks 64-bit values', () => {
		expect(bit64('<<', 1, 40, true)).toBe(2 ** 40);
		expect(bit64('>>', 2 ** 40, 8, true)).toBe(2 ** 32);
		expect(bit64('&', 2 ** 40 + 5, 0xff, true)).toBe(5);
	});
});
