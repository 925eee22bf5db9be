/** SNI as sessions see it (real OpenSSL 3.0: conformance/cases/engine-sni*.c). */
import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness';

describe('server name indication', () => {
	it('SSL_set_tlsext_host_name refuses "" with 319, and SSL_get_servername answers the own name, NULL for another type', () => {
		const h = new Harness();
		const c = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
		expect(h.n('SSL_set_tlsext_host_name', c, h.buf('\0'))).toBe(0);
		expect(h.n('ERR_GET_REASON', h.n('ERR_get_error'))).toBe(319);
		expect(h.n('SSL_set_tlsext_host_name', c, h.buf('a.example\0'))).toBe(1);
		expect(h.readCString(h.call('SSL_get_servername', c, 0))).toBe('a.example');
		expect(h.call('SSL_get_servername', c, 1)).toBeNull();
	});

	it('after a handshake the server reports the received name but no session stores it', () => {
		const h = new Harness();
		const s = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_server_method')));
		const c = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
		h.call('SSL_set_tlsext_host_name', c, h.buf('example.com\0'));
		expect(h.call('SSL_get_servername', s, 0)).toBeNull();
		expect(h.n('connect_pair', c, s)).toBe(1);
		expect(h.readCString(h.call('SSL_get_servername', s, 0))).toBe('example.com');
		expect(h.call('SSL_SESSION_get0_hostname', h.call('SSL_get_session', s))).toBeNull();
		expect(h.call('SSL_SESSION_get0_hostname', h.call('SSL_get_session', c))).toBeNull();
	});
});
