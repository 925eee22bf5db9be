/** SSL_get_version / SSL_get_current_cipher / SSL_get_cipher (engine-current-cipher-version.c, real OpenSSL 3.0). */
import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness';

function pair(h: Harness, maxVersion: number) {
	const sctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
	const cctx = h.call('SSL_CTX_new', h.call('TLS_client_method'));
	h.call('SSL_CTX_set_max_proto_version', cctx, maxVersion);
	return { c: h.call('SSL_new', cctx), s: h.call('SSL_new', sctx) };
}

describe('connection getters', () => {
	it('SSL_get_version says TLSv1.3 and SSL_get_cipher "(NONE)" before any handshake', () => {
		const h = new Harness();
		const { c } = pair(h, 0x0303);
		expect(h.readCString(h.call('SSL_get_version', c))).toBe('TLSv1.3');
		expect(h.call('SSL_get_current_cipher', c)).toBeNull();
		expect(h.readCString(h.call('SSL_get_cipher', c))).toBe('(NONE)');
	});

	it('after a TLS 1.2 handshake SSL_get_current_cipher is the session cipher, and set_cipher(NULL) on the session clears it', () => {
		const h = new Harness();
		const { c, s } = pair(h, 0x0303);
		expect(h.n('connect_pair', c, s)).toBe(1);
		expect(h.readCString(h.call('SSL_get_version', s))).toBe('TLSv1.2');
		expect(h.readCString(h.call('SSL_get_cipher_name', c))).toBe('ECDHE-ECDSA-AES256-GCM-SHA384');
		expect(h.call('SSL_get_current_cipher', c)).toEqual(h.call('SSL_SESSION_get0_cipher', h.call('SSL_get_session', c)));
		h.call('SSL_SESSION_set_cipher', h.call('SSL_get_session', c), null);
		expect(h.call('SSL_get_current_cipher', c)).toBeNull();
	});
});
