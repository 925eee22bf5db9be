/** Claims of semantics 3–5 and 8.1 about sessions in the cache, one API sentence each. */
import { describe, expect, it } from 'vitest';
import type { CValue } from '../../snippet/abi';
import { Harness } from '../testing/harness';
import { mk } from '../testing/programs';
import type { Ssl } from '../objects/ssl';
import type { SslCtx } from '../objects/ctx';
import { sessionNew } from '../session-ops';
import { installSession } from '../ssl-ops';
import { announceNewSession } from './callbacks';

const obj = <T>(p: CValue) => (p as unknown as { object: T }).object;

describe('SSL_SESSION and the cache', () => {
	it('SSL_SESSION_dup copies not_resumable and gets its own number at ex_data index 1; the copy is in no cache', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const x = mk(h, 1);
		h.call('SSL_CTX_add_session', c, x);
		h.call('SSL_SESSION_set_ex_data', x, 2, 77);
		const d = h.call('SSL_SESSION_dup', x);
		expect([h.num(x), h.num(d)]).toEqual([1, 2]);
		expect(h.call('SSL_SESSION_get_ex_data', d, 2)).toBe(77);
		expect(h.sess(d).owner).toBeNull();
		expect(h.n('SSL_SESSION_is_resumable', d)).toBe(1);
	});

	it('SSL_CTX_add_session with SSL_SESS_CACHE_UPDATE_TIME sets the time to now on every add, re-add included, and re-sorts', () => {
		const h = new Harness(5000);
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		h.call('SSL_CTX_set_session_cache_mode', c, 0x402);
		const a = mk(h, 1);
		const b = mk(h, 2);
		h.call('SSL_SESSION_set_time', a, 100);
		h.call('SSL_CTX_add_session', c, a);
		expect(h.n('SSL_SESSION_get_time', a)).toBe(5000);
		h.call('SSL_CTX_add_session', c, b);
		h.world.advance(10);
		expect(h.n('SSL_CTX_add_session', c, a)).toBe(0);
		expect(h.n('SSL_SESSION_get_time', a)).toBe(5010);
		expect(obj<SslCtx>(c).head).toBe(h.sess(a));
	});

	it('a session whose time + timeout overflows time_t never expires and sorts at the head', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const a = mk(h, 1);
		const b = mk(h, 2);
		h.call('SSL_SESSION_set_time', a, 1000);
		h.call('SSL_SESSION_set_timeout', a, 2 ** 63);
		h.call('SSL_SESSION_set_time', b, 2 ** 62);
		h.call('SSL_SESSION_set_timeout', b, 2 ** 61);
		h.call('SSL_CTX_add_session', c, a);
		h.call('SSL_CTX_add_session', c, b);
		expect(obj<SslCtx>(c).head).toBe(h.sess(a));
		h.call('SSL_CTX_flush_sessions', c, 2 ** 63);
		expect(h.n('SSL_CTX_sess_number', c)).toBe(1);
	});

	it('SSL_SESSION_set_time on a cached session fails with 0 while its cache is locked by a flush', () => {
		const h = new Harness(1000);
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const a = mk(h, 1);
		const b = mk(h, 2);
		h.call('SSL_SESSION_set_time', b, 2000);
		h.call('SSL_CTX_add_session', c, a);
		h.call('SSL_CTX_add_session', c, b);
		const got: number[] = [];
		h.call('SSL_CTX_sess_set_remove_cb', c, h.fn('cb', () => (got.push(h.n('SSL_SESSION_set_time', b, 5)), null)));
		h.call('SSL_CTX_flush_sessions', c, h.world.now + 400);
		expect(got).toEqual([0]);
	});

	it('new_session_cb gets a reference for the application, released when it returns 0 and kept when it returns 1', () => {
		for (const ret of [0, 1]) {
			const h = new Harness();
			const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const ssl = h.call('SSL_new', c);
			h.call('SSL_CTX_sess_set_new_cb', c, h.fn('on_new', () => ret));
			const s = sessionNew(h.world, { kind: 'session', holder: obj<Ssl>(ssl), via: 'handshake' });
			installSession(h.world, obj<Ssl>(ssl), s, 'handshake');
			expect(announceNewSession(h.world, obj<SslCtx>(c), obj<Ssl>(ssl), s)).toBe(ret);
			expect(s.holders.map((u) => u.kind)).toEqual(ret ? ['session', 'app'] : ['session']);
		}
	});

	it('SSL_SESSION_get0_ticket writes the length even without a ticket pointer, and ex_data index 1 is the trace number', () => {
		const h = new Harness();
		const s = h.call('SSL_SESSION_new');
		h.sess(s).fields.ticket = new Uint8Array([1, 2, 3]);
		const len = h.buf(8);
		h.call('SSL_SESSION_get0_ticket', s, null, len);
		expect(h.loadScalar(len, 'size_t')).toBe(3);
		expect(h.n('SSL_SESSION_has_ticket', s)).toBe(1);
		expect(h.n('SSL_SESSION_is_resumable', s)).toBe(1);
		expect(h.num(s)).toBe(1);
	});

	it('SSL_SESSION_set1_ticket_appdata and set1_alpn_selected copy, and NULL or length 0 clears', () => {
		const h = new Harness();
		const s = h.call('SSL_SESSION_new');
		const pp = h.buf(8);
		const len = h.buf(8);
		expect(h.n('SSL_SESSION_set1_ticket_appdata', s, h.buf('abcd'), 4)).toBe(1);
		expect(h.n('SSL_SESSION_get0_ticket_appdata', s, pp, len)).toBe(1);
		expect(h.readBytes(h.loadPointer(pp), h.loadScalar(len, 'size_t'))).toEqual(new TextEncoder().encode('abcd'));
		h.call('SSL_SESSION_set1_alpn_selected', s, h.buf('h2'), 2);
		h.call('SSL_SESSION_get0_alpn_selected', s, pp, len);
		expect(h.loadScalar(len, 'size_t')).toBe(2);
		h.call('SSL_SESSION_set1_alpn_selected', s, null, 5);
		h.call('SSL_SESSION_get0_alpn_selected', s, pp, len);
		expect([h.loadPointer(pp), h.loadScalar(len, 'size_t')]).toEqual([null, 0]);
	});
});
