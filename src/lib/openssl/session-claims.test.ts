/** More claims of 2.1, 2.3, 3.3, 3.6 and 4 on sessions and the cache. */
import { describe, expect, it } from 'vitest';
import { Harness } from './testing/harness';
import { mk } from './testing/programs';
import { sessionDup } from './session-ops';

describe('SSL_SESSION copies', () => {
	it('SSL_SESSION_dup copies every field (ticket, hostname, ALPN, master key, id context) but not refs or cache links', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const s = mk(h, 7, 0x304);
		const f = h.sess(s).fields;
		f.ticket = new Uint8Array([1, 2, 3]);
		f.ticketLifetimeHint = 99;
		h.call('SSL_SESSION_set1_hostname', s, h.buf('a.test'));
		h.call('SSL_SESSION_set1_alpn_selected', s, h.buf('h2'), 2);
		h.call('SSL_SESSION_set1_master_key', s, h.buf(new Uint8Array([9, 9])), 2);
		h.call('SSL_SESSION_set1_id_context', s, h.buf('ctx'), 3);
		h.call('SSL_CTX_add_session', c, s);
		const d = h.sess(h.call('SSL_SESSION_dup', s));
		expect(d.fields).toEqual(f);
		expect(d.fields.ticket).not.toBe(f.ticket);
		expect([d.refs, d.owner, d.prev, d.next]).toEqual([1, null, null, null]);
	});

	it('the handshake dup (ssl_session_dup with ticket 0) drops the ticket and its hint and clears not_resumable', () => {
		const h = new Harness();
		const s = mk(h, 7, 0x304);
		h.sess(s).fields.ticket = new Uint8Array([1]);
		h.sess(s).fields.ticketLifetimeHint = 5;
		h.sess(s).notResumable = true;
		const d = sessionDup(h.world, h.sess(s), { kind: 'internal', holder: null, via: 'handshake: ticket' }, { ticket: false });
		expect([d.fields.ticket, d.fields.ticketLifetimeHint, d.notResumable, d.resumable]).toEqual([null, 0, false, true]);
		expect(d.key).toBe('SSL_SESSION#2');
	});
});

describe('SSL_new and the cache', () => {
	it('SSL_new(NULL) returns NULL and queues SSL_R_NULL_SSL_CTX', () => {
		const h = new Harness();
		expect(h.call('SSL_new', null)).toBeNull();
		expect(h.world.errors.map((e) => e.reason)).toEqual([195]);
	});

	it('SSL_CTX_add_session of another object with the same key replaces it silently: no remove_cb, not marked', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		let calls = 0;
		h.call('SSL_CTX_sess_set_remove_cb', c, h.fn('cb', () => (calls++, null)));
		const a = mk(h, 1);
		const b = mk(h, 1);
		h.call('SSL_CTX_add_session', c, a);
		expect(h.n('SSL_CTX_add_session', c, b)).toBe(1);
		expect([calls, h.n('SSL_SESSION_is_resumable', a), h.n('SSL_CTX_sess_number', c)]).toEqual([0, 1, 1]);
		expect(h.sess(a).owner).toBeNull();
		expect(h.sess(a).holders.map((u) => u.kind)).toEqual(['app']);
	});

	it('a flush leaves sessions referenced elsewhere alive but non-resumable and out of every cache', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const a = mk(h, 1);
		h.call('SSL_CTX_add_session', c, a);
		h.call('SSL_CTX_flush_sessions', c, 0);
		expect([h.sess(a).freed, h.n('SSL_SESSION_is_resumable', a), h.sess(a).owner]).toEqual([false, 0, null]);
	});

	it('SSL_CTX_add_session still works with SSL_SESS_CACHE_OFF or NO_INTERNAL_STORE (the mode only steers the library)', () => {
		const h = new Harness();
		for (const mode of [0, 0x200]) {
			const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			h.call('SSL_CTX_set_session_cache_mode', c, mode);
			expect(h.n('SSL_CTX_add_session', c, mk(h, 1))).toBe(1);
			expect(h.n('SSL_CTX_sess_number', c)).toBe(1);
		}
	});

	it('an empty-id session at the tail stops eviction, so the cache grows past its limit', () => {
		const h = new Harness(1000);
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		h.call('SSL_CTX_sess_set_cache_size', c, 2);
		const e = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set_time', e, 1);
		h.call('SSL_CTX_add_session', c, e);
		for (const tag of [1, 2, 3]) h.call('SSL_CTX_add_session', c, mk(h, tag));
		expect([h.n('SSL_CTX_sess_number', c), h.n('SSL_CTX_sess_cache_full', c)]).toEqual([4, 0]);
	});
});
