/** Version ranges under SSL_OP_NO_TLSv1* (real OpenSSL 3.0: conformance/cases/engine-no-tls-*.c). */
import { describe, expect, it } from 'vitest';
import { Lab } from './testing';
import { noVersionEnabled, rangeOf, serverChoice } from './versions';

const NO_1_2 = 2 ** 27;
const NO_1_3 = 2 ** 29;
const NO_ALL = 2 ** 26 + 2 ** 27 + 2 ** 28 + 2 ** 29;

describe('protocol version ranges', () => {
	it('a client with SSL_OP_NO_TLSv1_3 offers TLS 1.0-1.2; with only SSL_OP_NO_TLSv1_2 the lowest block TLS 1.0-1.1', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		c.options = NO_1_3;
		expect(rangeOf(c)).toEqual({ lo: 0x301, hi: 0x303 });
		c.options = NO_1_2;
		expect(rangeOf(c)).toEqual({ lo: 0x301, hi: 0x302 });
	});

	it('a server with SSL_OP_NO_TLSv1_2 still picks TLS 1.3, and TLS 1.1 for a client capped at 1.2', () => {
		const lab = new Lab();
		const s = lab.ssl(lab.serverCtx());
		s.options = NO_1_2;
		expect(serverChoice({ lo: 0x301, hi: 0x304 }, s)).toBe(0x304);
		expect(serverChoice({ lo: 0x301, hi: 0x303 }, s)).toBe(0x302);
	});

	it('options that disable every version, or crossed bounds, leave no version (no protocols available)', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		expect(noVersionEnabled(c)).toBe(false);
		c.options = NO_ALL;
		expect(noVersionEnabled(c)).toBe(true);
		c.options = 0;
		c.minProto = 0x304;
		c.maxProto = 0x303;
		expect(noVersionEnabled(c)).toBe(true);
	});
});
