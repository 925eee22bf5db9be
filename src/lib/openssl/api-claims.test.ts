/** Claims of semantics sections 1, 2 and 6 (contexts, connections) that no single transcript pins down. */
import { describe, expect, it } from 'vitest';
import type { CValue } from '../snippet/abi';
import { Harness } from './testing/harness';
import { mk, removePrinter } from './testing/programs';
import type { Ssl } from './objects/ssl';
import type { SslCtx } from './objects/ctx';
import { sessionTimeoutFor } from './ctx-ops';

const obj = <T>(p: CValue) => (p as unknown as { object: T }).object;

/** A server SSL that "completed a handshake" with session s (what handshake/ would leave behind). */
function connected(h: Harness, ssl: CValue, s: CValue): void {
	const x = obj<Ssl>(ssl);
	h.call('SSL_set_session', ssl, s);
	x.handshake = 'done';
	h.world.touch(x);
}

describe('SSL_CTX', () => {
	it('SSL_CTX_new gives every context mode SERVER, cache size 20480, timeout 7200 and 2 tickets, client methods included', () => {
		const h = new Harness();
		for (const m of ['TLS_method', 'TLS_client_method', 'TLS_server_method']) {
			const c = h.call('SSL_CTX_new', h.call(m));
			expect([h.n('SSL_CTX_get_session_cache_mode', c), h.n('SSL_CTX_sess_get_cache_size', c), h.n('SSL_CTX_get_timeout', c), h.n('SSL_CTX_get_num_tickets', c)]).toEqual([2, 20480, 7200, 2]);
		}
		expect(h.call('SSL_CTX_new', null)).toBeNull();
	});

	it('SSL_CTX_set_session_cache_mode stores the whole word and returns the previous one', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_method'));
		expect(h.n('SSL_CTX_set_session_cache_mode', c, 0x783)).toBe(2);
		expect(h.n('SSL_CTX_get_session_cache_mode', c)).toBe(0x783);
	});

	it('SSL_CTX_set_timeout returns the previous value and 0 means the method default for new sessions', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_method'));
		expect(h.n('SSL_CTX_set_timeout', c, 0)).toBe(7200);
		expect(h.n('SSL_CTX_get_timeout', c)).toBe(0);
		expect(sessionTimeoutFor(obj<SslCtx>(c))).toBe(7200);
		expect(h.n('SSL_get_default_timeout', h.call('SSL_new', c))).toBe(7200);
	});

	it('SSL_CTX_set_session_id_context rejects more than 32 bytes and reaches an SSL only at SSL_new', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_method'));
		const before = h.call('SSL_new', c);
		expect(h.n('SSL_CTX_set_session_id_context', c, h.buf(33), 33)).toBe(0);
		expect(h.world.errors.pop()?.reason).toBe(273);
		expect(h.n('SSL_CTX_set_session_id_context', c, h.buf('abc'), 3)).toBe(1);
		const after = h.call('SSL_new', c);
		expect(obj<Ssl>(before).sidCtx.length).toBe(0);
		expect(new TextDecoder().decode(obj<Ssl>(after).sidCtx)).toBe('abc');
	});

	it('SSL_CTX_free while an SSL uses the context only drops the application reference; the SSL frees it later', () => {
		const h = new Harness();
		h.run(() => {
			const c = h.call('SSL_CTX_new', h.call('TLS_method'));
			const s = h.call('SSL_new', c);
			h.call('SSL_CTX_free', c);
			h.print('-- SSL_free\n');
			h.call('SSL_free', s);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n-- SSL_free\n# free SSL#1\n# free SSL_CTX#1\n');
	});

	it('SSL_CTX_sess_* statistics read 0 on NULL and count on the context', () => {
		const h = new Harness();
		for (const n of ['number', 'connect', 'connect_good', 'connect_renegotiate', 'accept', 'accept_good', 'accept_renegotiate', 'hits', 'cb_hits', 'misses', 'timeouts', 'cache_full'])
			expect(h.n(`SSL_CTX_sess_${n}`, null)).toBe(0);
	});

	it('SSL_CTX_set_min_proto_version accepts 0 and TLS versions and refuses others', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_method'));
		expect(h.n('SSL_CTX_set_min_proto_version', c, 0x303)).toBe(1);
		expect(h.n('SSL_CTX_set_max_proto_version', c, 0)).toBe(1);
		expect(h.n('SSL_CTX_set_max_proto_version', c, 0x999)).toBe(0);
		expect(h.n('SSL_CTX_set_options', c, 0x4000)).toBe(0x4000);
		expect(h.n('SSL_CTX_set_options', c, 0x100)).toBe(0x4100);
	});
});

describe('SSL', () => {
	it('SSL_new takes two references on its context (ctx and session_ctx) and SSL_free releases session, session_ctx, then ctx', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const s = h.call('SSL_new', c);
		expect(obj<SslCtx>(c).holders.map((u) => u.kind)).toEqual(['app', 'ctx', 'session-ctx']);
		const x = h.call('SSL_SESSION_new');
		h.call('SSL_set_session', s, x);
		h.call('SSL_SESSION_free', x);
		h.call('SSL_CTX_free', c);
		const from = h.world.events.length;
		h.call('SSL_free', s);
		const seq = h.world.events.slice(from).filter((e) => e.type === 'object-freed' || e.type === 'ref-released').map((e) => (e.type === 'object-freed' ? `free ${e.key}` : `release ${e.key} by ${e.by.kind}`));
		expect(seq).toEqual(['release SSL#1 by app', 'free SSL#1', 'release SSL_SESSION#1 by session', 'free SSL_SESSION#1', 'release SSL_CTX#1 by session-ctx', 'release SSL_CTX#1 by ctx', 'free SSL_CTX#1']);
	});

	it('SSL_get_session returns a borrowed pointer and SSL_get1_session one the program owns (NULL on a fresh SSL)', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_method'));
		const s = h.call('SSL_new', c);
		expect(h.call('SSL_get1_session', s)).toBeNull();
		const x = h.call('SSL_SESSION_new');
		h.call('SSL_set_session', s, x);
		expect(h.sess(x).refs).toBe(2);
		h.call('SSL_get_session', s);
		h.call('SSL_get0_session', s);
		expect(h.sess(x).refs).toBe(2);
		h.call('SSL_get1_session', s);
		expect(h.sess(x).holders.map((u) => `${u.kind}:${u.via}`)).toEqual(['app:SSL_SESSION_new', 'session:SSL_set_session', 'app:SSL_get1_session']);
	});

	it('SSL_set_session takes a reference on the new session before releasing the previous one, and NULL just drops it', () => {
		const h = new Harness();
		h.run(() => {
			const s = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_method')));
			const a = h.call('SSL_SESSION_new');
			h.call('SSL_set_session', s, a);
			h.call('SSL_SESSION_free', a);
			const b = h.call('SSL_SESSION_new');
			h.print(`set b -> ${h.n('SSL_set_session', s, b)}\n`);
			h.print(`set NULL -> ${h.n('SSL_set_session', s, null)}\n`);
			h.call('SSL_SESSION_free', b);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# new SSL_SESSION#2\n# free SSL_SESSION#1\nset b -> 1\nset NULL -> 1\n# free SSL_SESSION#2\n');
	});

	it('SSL_set_SSL_CTX moves only ssl->ctx, keeps session_ctx, and NULL means session_ctx', () => {
		const h = new Harness();
		const a = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const b = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const s = h.call('SSL_new', a);
		expect(obj<SslCtx>(h.call('SSL_set_SSL_CTX', s, b))).toBe(obj(b));
		expect(obj<SslCtx>(h.call('SSL_get_SSL_CTX', s))).toBe(obj(b));
		expect(obj<Ssl>(s).sessionCtx).toBe(obj(a));
		expect(obj<SslCtx>(a).refs).toBe(2);
		expect(obj<SslCtx>(b).refs).toBe(2);
		expect(obj<SslCtx>(h.call('SSL_set_SSL_CTX', s, null))).toBe(obj(a));
		expect(obj<SslCtx>(b).refs).toBe(1);
	});

	it('SSL_has_matching_session_id uses the SSL version, so a fresh SSL does not find a TLS 1.2 session; len > 32 gives 0', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const s12 = mk(h, 1, 0x303);
		const s13 = mk(h, 2, 0x304);
		h.call('SSL_CTX_add_session', c, s12);
		h.call('SSL_CTX_add_session', c, s13);
		const ssl = h.call('SSL_new', c);
		expect(h.n('SSL_version', ssl)).toBe(0x304);
		expect(h.n('SSL_has_matching_session_id', ssl, h.buf(new Uint8Array(32).fill(1)), 32)).toBe(0);
		expect(h.n('SSL_has_matching_session_id', ssl, h.buf(new Uint8Array(32).fill(2)), 32)).toBe(1);
		expect(h.n('SSL_has_matching_session_id', ssl, h.buf(new Uint8Array(40).fill(2)), 33)).toBe(0);
		expect(h.n('SSL_CTX_sess_hits', c) + h.n('SSL_CTX_sess_misses', c)).toBe(0);
	});

	it('SSL_copy_session_id shares the session (one more reference), the id context and the version', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const from = h.call('SSL_new', c);
		const to = h.call('SSL_new', c);
		const x = mk(h, 1, 0x303);
		h.call('SSL_set_session', from, x);
		h.call('SSL_set_session_id_context', from, h.buf('ctx'), 3);
		obj<Ssl>(from).methodVersion = 0x303;
		obj<Ssl>(from).version = 0x303;
		expect(h.n('SSL_copy_session_id', to, from)).toBe(1);
		expect(h.sess(h.call('SSL_get_session', to))).toBe(h.sess(x));
		expect(h.sess(x).refs).toBe(3);
		expect(h.n('SSL_version', to)).toBe(0x303);
		expect(obj<Ssl>(to).sidCtx.length).toBe(3);
	});

	it('SSL_free of a completed, not shut down connection removes its session from session_ctx (remove_cb, non-resumable)', () => {
		const h = new Harness();
		h.run(() => {
			const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			h.call('SSL_CTX_sess_set_remove_cb', c, removePrinter(h, (n, r) => `[remove_cb] #${n} resumable=${r}\n`));
			const ssl = h.call('SSL_new', c);
			const x = mk(h, 1, 0x303);
			h.call('SSL_CTX_add_session', c, x);
			connected(h, ssl, x);
			h.call('SSL_free', ssl);
			h.print(`number=${h.n('SSL_CTX_sess_number', c)} resumable=${h.n('SSL_SESSION_is_resumable', x)}\n`);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# free SSL#1\n[remove_cb] #1 resumable=0\nnumber=0 resumable=0\n');
	});

	it('the bad-session rule spares a connection that sent close_notify but not one that only received it', () => {
		for (const [shutdown, removed] of [
			[1, 0],
			[3, 0],
			[2, 1],
			[0, 1]
		]) {
			const h = new Harness();
			const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const ssl = h.call('SSL_new', c);
			const x = mk(h, 1, 0x303);
			h.call('SSL_CTX_add_session', c, x);
			connected(h, ssl, x);
			h.call('SSL_set_shutdown', ssl, shutdown);
			h.call('SSL_free', ssl);
			expect(1 - h.n('SSL_CTX_sess_number', c)).toBe(removed);
		}
	});

	it('SSL_clear drops a bad session (removed, released, NULL) but keeps a good one, and returns 0 with a renegotiation pending', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const ssl = h.call('SSL_new', c);
		const x = mk(h, 1, 0x303);
		connected(h, ssl, x);
		expect(h.n('SSL_clear', ssl)).toBe(1);
		expect(h.call('SSL_get_session', ssl)).toBeNull();
		expect(h.n('SSL_SESSION_is_resumable', x)).toBe(0);
		const y = mk(h, 2, 0x303);
		connected(h, ssl, y);
		h.call('SSL_set_shutdown', ssl, 1);
		expect(h.n('SSL_clear', ssl)).toBe(1);
		expect(h.sess(h.call('SSL_get_session', ssl))).toBe(h.sess(y));
		expect(h.n('SSL_session_reused', ssl)).toBe(0);
		expect(h.n('SSL_get_shutdown', ssl)).toBe(0);
		obj<Ssl>(ssl).renegotiatePending = true;
		expect(h.n('SSL_clear', ssl)).toBe(0);
	});

	it('SSL_set_session on a completed connection first removes the current session from the cache', () => {
		const h = new Harness();
		h.run(() => {
			const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			h.call('SSL_CTX_sess_set_remove_cb', c, removePrinter(h, (n) => `[remove_cb] #${n}\n`));
			const ssl = h.call('SSL_new', c);
			const x = mk(h, 1, 0x303);
			h.call('SSL_CTX_add_session', c, x);
			h.call('SSL_SESSION_free', x);
			connected(h, ssl, x);
			const y = h.call('SSL_SESSION_new');
			h.call('SSL_set_session', ssl, y);
			h.print('set done\n');
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# new SSL_SESSION#2\n[remove_cb] #1\n# free SSL_SESSION#1\nset done\n');
	});
});
