/** Section 9 claims beyond the danger-* transcripts: where the fault lands and the story it tells. */
import { describe, expect, it } from 'vitest';
import type { CValue } from '../snippet/abi';
import { Harness } from './testing/harness';
import { mk } from './testing/programs';
import type { Ssl } from './objects/ssl';
import type { SslCtx } from './objects/ctx';
import { sessionNew } from './session-ops';
import { installSession } from './ssl-ops';
import { announceNewSession } from './cache/callbacks';

const obj = <T>(p: CValue) => (p as unknown as { object: T }).object;

/** A connection whose handshake "completed" with session s, shut down unless `open`. */
function connected(h: Harness, ssl: CValue, s: CValue, open = false): void {
	h.call('SSL_set_session', ssl, s);
	obj<Ssl>(ssl).handshake = 'done';
	if (!open) obj<Ssl>(ssl).shutdown = 3;
}

describe('section 9', () => {
	it('SSL_SESSION_free on a pointer from SSL_get_session destroys the SSL\'s session; SSL_free then faults (9.1)', () => {
		const h = new Harness();
		h.run(() => {
			const c = h.at(1).call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
			const x = h.at(2).call('SSL_SESSION_new');
			connected(h.at(3), c, x);
			h.at(4).call('SSL_SESSION_free', x);
			const borrowed = h.at(9).call('SSL_get_session', c);
			h.at(12).call('SSL_SESSION_free', borrowed);
			h.print('freed\n');
			h.at(14).call('SSL_free', c);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# free SSL_SESSION#1\nfreed\n# free SSL#1\n# error at line 14\n');
		expect(h.fault?.kind).toBe('use-after-free');
		expect(h.fault?.details.story).toContain('the reference released at line 12 (SSL_SESSION_free) was borrowed from SSL_get_session at line 9; only SSL_get1_session hands you one'.replace('the', 'The'));
		const warn = h.world.events.find((e) => e.type === 'ownership-warning');
		expect(warn?.line).toBe(12);
	});

	it('freeing a borrowed pointer to a cached server session is silent until the next cache walk, and SSL_CTX_free stops with a fault instead of spinning (9.2)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.at(1).call('SSL_CTX_new', h.call('TLS_server_method'));
			const s = h.at(2).call('SSL_new', ctx);
			const x = mk(h.at(3), 1, 0x303);
			h.call('SSL_CTX_add_session', ctx, x);
			connected(h, s, x);
			h.call('SSL_SESSION_free', x);
			h.at(5).call('SSL_SESSION_free', h.call('SSL_get0_session', s));
			h.at(6).call('SSL_free', s);
			h.print(`number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.at(8).call('SSL_CTX_free', ctx);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# free SSL#1\n# free SSL_SESSION#1\nnumber=1\n# error at line 8\n');
		expect(h.fault?.details.freedLine).toBe(6);
	});

	it('SSL_has_matching_session_id on the id of a session freed while cached is a use-after-free (9.2 lookups)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const x = mk(h, 1, 0x304);
			h.call('SSL_CTX_add_session', ctx, x);
			h.call('SSL_SESSION_free', x);
			h.call('SSL_SESSION_free', x);
			const ssl = h.call('SSL_new', ctx);
			h.at(7).n('SSL_has_matching_session_id', ssl, h.buf(new Uint8Array(32).fill(1)), 32);
		});
		expect(h.fault?.kind).toBe('use-after-free');
		expect(h.text.endsWith('# error at line 7\n')).toBe(true);
	});

	it('one SSL_SESSION_free too many on a cached session faults at the next flush (9.3)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const a = mk(h, 1);
			h.call('SSL_CTX_add_session', ctx, a);
			h.at(3).call('SSL_SESSION_free', a);
			h.at(4).call('SSL_SESSION_free', a);
			h.at(5).call('SSL_CTX_flush_sessions', ctx, 0);
		});
		expect(h.text.split('\n').slice(-3)).toEqual(['# free SSL_SESSION#1', '# error at line 5', '']);
	});

	it('two frees of one SSL_get1_session reference destroy the session at the second and fault at SSL_free (9.4)', () => {
		const h = new Harness();
		h.run(() => {
			const c = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
			const x = h.call('SSL_SESSION_new');
			connected(h, c, x);
			h.call('SSL_SESSION_free', x);
			const s = h.at(5).call('SSL_get1_session', c);
			h.at(6).call('SSL_SESSION_free', s);
			h.at(7).call('SSL_SESSION_free', s);
			h.at(8).call('SSL_free', c);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# free SSL_SESSION#1\n# free SSL#1\n# error at line 8\n');
		expect(h.fault?.details.story).toMatch(/line 7/);
	});

	it('a new_session_cb that frees the session and returns 0 releases one reference too many (9.5)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const ssl = h.call('SSL_new', ctx);
			h.call('SSL_CTX_sess_set_new_cb', ctx, h.fn('on_new', ([, s]) => (h.call('SSL_SESSION_free', s), 0)));
			const w = h.world;
			const s = sessionNew(w, { kind: 'session', holder: obj<Ssl>(ssl), via: 'handshake' });
			installSession(w, obj<Ssl>(ssl), s, 'handshake');
			s.fields.sessionId = new Uint8Array(32).fill(9);
			h.call('SSL_CTX_add_session', ctx, { kind: 'obj', object: s });
			announceNewSession(w, obj<SslCtx>(ctx), obj<Ssl>(ssl), s);
			h.print(`refs ${s.refs}\n`);
			obj<Ssl>(ssl).shutdown = 3;
			h.call('SSL_free', ssl);
			h.print('cache still links it\n');
			h.at(20).call('SSL_CTX_flush_sessions', ctx, 0);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\nrefs 1\n# free SSL#1\n# free SSL_SESSION#1\ncache still links it\n# error at line 20\n');
		expect(h.world.events.some((e) => e.type === 'ownership-warning')).toBe(true);
	});

	it('using a borrowed pointer after SSL_free destroyed its session is a use-after-free at the getter (9.9)', () => {
		const h = new Harness();
		h.run(() => {
			const c = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
			const x = h.call('SSL_SESSION_new');
			connected(h, c, x);
			h.call('SSL_SESSION_free', x);
			const s0 = h.call('SSL_get0_session', c);
			h.at(5).call('SSL_free', c);
			h.at(6).n('SSL_SESSION_get_timeout', s0);
		});
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# free SSL#1\n# free SSL_SESSION#1\n# error at line 6\n');
		expect(h.fault?.details).toMatchObject({ kind: 'use-after-free', objectKey: 'SSL_SESSION#1', freedLine: 5 });
	});

	it('a forgotten SSL_SESSION_free leaves the object alive with the program as holder and no free line (9.11)', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const x = mk(h, 1);
		h.call('SSL_CTX_add_session', c, x);
		h.call('SSL_CTX_free', c);
		expect(h.text).not.toContain('# free SSL_SESSION#1');
		expect(h.sess(x).holders.map((u) => u.kind)).toEqual(['app']);
	});

	it('SSL_free of an already destroyed SSL is a double-free and SSL_CTX_up_ref(NULL) a null-dereference', () => {
		const h = new Harness();
		h.run(() => {
			const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const s = h.call('SSL_new', c);
			h.call('SSL_free', s);
			h.at(4).call('SSL_free', s);
		});
		expect(h.fault?.kind).toBe('double-free');
		const g = new Harness();
		g.run(() => g.at(2).call('SSL_CTX_up_ref', null));
		expect(g.fault?.kind).toBe('null-dereference');
	});
});

describe('9.7, tail case', () => {
	it('flushing a context whose tail session moved to another cache stops with a run-time limit instead of spinning', async () => {
		const { LimitExceeded } = await import('../snippet/faults');
		const h = new Harness(1000);
		const a = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const b = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const x = mk(h, 1);
		const y = mk(h, 2);
		h.call('SSL_SESSION_set_timeout', y, 900);
		h.call('SSL_CTX_add_session', a, x);
		h.call('SSL_CTX_add_session', a, y);
		expect(obj<SslCtx>(a).tail).toBe(h.sess(x));
		h.call('SSL_CTX_add_session', b, x);
		h.call('SSL_CTX_flush_sessions', a, 1100);
		expect(() => h.at(9).call('SSL_CTX_flush_sessions', a, 0)).toThrow(LimitExceeded);
		h.call('SSL_CTX_free', b);
		h.call('SSL_SESSION_free', x);
		h.call('SSL_SESSION_free', x);
		h.run(() => h.at(12).call('SSL_CTX_flush_sessions', a, 0));
		expect(h.fault?.kind).toBe('use-after-free');
	});
});
