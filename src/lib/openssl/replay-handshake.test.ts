/** Replay consistency with the handshake engine's events: snapshotAt(end) equals the live objects. */
import { describe, expect, it } from 'vitest';
import { Harness } from './testing/harness';

describe('replay across handshakes', () => {
	for (const proto of [0x303, 0x304]) {
		it(`snapshotAt equals the live state after a full handshake and a resumption (max version 0x${proto.toString(16)})`, () => {
			const h = new Harness();
			const sctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const cctx = h.call('SSL_CTX_new', h.call('TLS_client_method'));
			h.call('SSL_CTX_set_max_proto_version', cctx, proto);
			h.call('SSL_CTX_set_session_cache_mode', cctx, 3);
			h.call('SSL_CTX_sess_set_remove_cb', sctx, h.fn('rm', () => null));
			h.call('SSL_CTX_sess_set_new_cb', cctx, h.fn('nw', () => 0));
			const marks: number[] = [];
			let c = h.call('SSL_new', cctx);
			let s = h.call('SSL_new', sctx);
			expect(h.n('connect_pair', c, s)).toBe(1);
			marks.push(h.world.events.length);
			const live1 = h.world.liveSnapshot();
			const saved = h.call('SSL_get1_session', c);
			h.call('shutdown_pair', c, s);
			h.call('SSL_free', c);
			h.call('SSL_free', s);
			c = h.call('SSL_new', cctx);
			s = h.call('SSL_new', sctx);
			h.call('SSL_set_session', c, saved);
			expect(h.n('connect_pair', c, s)).toBe(1);
			expect(h.n('SSL_session_reused', c)).toBe(1);
			h.call('SSL_free', c);
			h.call('SSL_free', s);
			h.call('SSL_SESSION_free', saved);
			h.call('SSL_CTX_free', sctx);
			h.call('SSL_CTX_free', cctx);
			expect(h.world.snapshotAt(marks[0])).toEqual(live1);
			expect(h.world.snapshotAt(h.world.events.length)).toEqual(h.world.liveSnapshot());
			for (const o of h.world.objects) if (!o.freed) expect(o.refs, o.key).toBe(o.holders.length);
		});
	}
});
