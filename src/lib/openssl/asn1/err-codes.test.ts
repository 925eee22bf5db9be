import { describe, expect, it } from 'vitest';
import { ERR_GET_LIB, ERR_GET_REASON, errPack, reasonString } from './err-codes';

describe('ERR codes (OpenSSL 3.0 packing)', () => {
	it('packs lib into bits 23..30 and the reason into the low 23 bits, as real OpenSSL prints them', () => {
		expect(errPack(13, 102)).toBe(109052006);
		expect(errPack(13, 0x8010a)).toBe(109576458);
		expect(errPack(20, 254)).toBe(167772414);
		expect(errPack(9, 108)).toBe(75497580);
	});

	it('ERR_GET_LIB and ERR_GET_REASON undo the packing, keeping the common-reason flag', () => {
		const e = errPack(13, 0x8010a);
		expect(ERR_GET_LIB(e)).toBe(13);
		expect(ERR_GET_REASON(e)).toBe(524554);
		expect([ERR_GET_LIB(0), ERR_GET_REASON(0)]).toEqual([0, 0]);
	});

	it('ERR_reason_error_string returns the strings of the conformance transcripts', () => {
		expect(reasonString(errPack(13, 155))).toBe('too long');
		expect(reasonString(errPack(13, 121))).toBe('field missing');
		expect(reasonString(errPack(13, 221))).toBe('illegal padding');
		expect(reasonString(errPack(13, 0x8010a))).toBe('nested asn1 error');
		expect(reasonString(errPack(20, 254))).toBe('unknown ssl version');
		expect(reasonString(errPack(20, 259))).toBe('unsupported ssl version');
		expect(reasonString(errPack(20, 137))).toBe('cipher code wrong length');
		expect(reasonString(errPack(9, 108))).toBe('no start line');
	});

	it('ERR_reason_error_string returns NULL for 0 and for reasons it does not know, and the library name for reason 0', () => {
		expect(reasonString(0)).toBeNull();
		expect(reasonString(errPack(20, 5000))).toBeNull();
		expect(reasonString(errPack(20, 0))).toBe('SSL routines');
	});
});
