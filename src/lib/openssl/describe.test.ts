/** Plain-English event descriptions and snapshot replay details. */
import { describe, expect, it } from 'vitest';
import { Harness } from './testing/harness';
import { mk } from './testing/programs';
import { World } from './world';
import { ctxNew } from './ctx-ops';
import { sessionNew } from './session-ops';
import { cacheAdd } from './cache/ops';
import { releaseRef } from './ledger';
import { TLS_SERVER_METHOD } from './objects/method';

describe('describeEvent', () => {
	it('describes SSL_get1_session as the program taking a reference, with the count change', () => {
		const h = new Harness();
		const s = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_method')));
		const x = h.call('SSL_SESSION_new');
		h.call('SSL_set_session', s, x);
		h.call('SSL_SESSION_free', x);
		const from = h.world.events.length;
		h.call('SSL_get1_session', s);
		const texts = h.world.events.slice(from).map((e) => h.world.describe(e));
		expect(texts).toContain('SSL_get1_session — the program now holds a reference to SSL_SESSION#1 (refcount 1 → 2)');
	});

	it('describes cache eviction, callbacks, counters and frees in order', () => {
		const h = new Harness();
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		h.call('SSL_CTX_sess_set_cache_size', c, 2);
		h.call('SSL_CTX_sess_set_remove_cb', c, h.fn('on_remove', () => null));
		for (const tag of [1, 2]) {
			const s = mk(h, tag);
			h.call('SSL_CTX_add_session', c, s);
			h.call('SSL_SESSION_free', s);
		}
		const texts = h.world.events.map((e) => h.world.describe(e));
		expect(texts).toContain('SSL_SESSION#1 is evicted from (cache full) the cache of SSL_CTX#1');
		expect(texts).toContain('SSL_CTX#1: remove_session_cb on_remove is called with SSL_SESSION#1 (cache lock held)');
		expect(texts).toContain('SSL_CTX#1: cache_full 0 → 1');
		expect(texts).toContain("eviction (cache full) — SSL_SESSION#1's count reached 0: it is destroyed");
	});

	it('describes a release of a borrowed pointer with the holder whose unit it consumed', () => {
		const h = new Harness();
		const s = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_method')));
		const x = h.call('SSL_SESSION_new');
		h.call('SSL_set_session', s, x);
		h.call('SSL_SESSION_free', x);
		const borrowed = h.at(8).call('SSL_get_session', s);
		h.at(9).call('SSL_SESSION_free', borrowed);
		const texts = h.world.events.map((e) => h.world.describe(e));
		expect(texts.some((t) => t.startsWith('warning: The reference released at line 9 (SSL_SESSION_free) was borrowed from SSL_get_session at line 8'))).toBe(true);
		expect(texts).toContain("SSL_SESSION_free — the program releases a reference to SSL_SESSION#1 (refcount 1 → 0) — but that unit belonged to SSL#1's session slot");
	});
});

describe('snapshots', () => {
	it('snapshotAt shows the cache list head to tail and the holders of each unit', () => {
		const h = new Harness(1000);
		const c = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const a = mk(h, 1);
		const b = mk(h, 2);
		h.call('SSL_SESSION_set_timeout', b, 10);
		h.call('SSL_CTX_add_session', c, a);
		h.call('SSL_CTX_add_session', c, b);
		const snap = h.world.snapshotAt(h.world.events.length);
		expect(snap.ctxs[0].cache).toEqual({ entries: ['SSL_SESSION#1', 'SSL_SESSION#2'], number: 2, sizeLimit: 20480 });
		expect(snap.sessions[1]).toMatchObject({ key: 'SSL_SESSION#2', refcount: 2, owner: 'SSL_CTX#1', expiry: 1010, timeout: 10 });
		expect(snap.sessions[1].holders.map((u) => [u.kind, u.holder, u.via])).toEqual([
			['app', null, 'SSL_SESSION_new'],
			['cache', 'SSL_CTX#1', 'SSL_CTX_add_session']
		]);
		expect(h.world.snapshotAt(0)).toEqual({ eventIndex: 0, now: 1000, ctxs: [], ssls: [], sessions: [] });
	});

	it('keeps a bounded number of checkpoints however long the log grows', () => {
		const w = new World({ now: 1, record: 'full', checkpointEvery: 4 });
		const ctx = ctxNew(w, TLS_SERVER_METHOD);
		for (let i = 0; i < 3000; i++) {
			const s = sessionNew(w);
			s.fields.sessionId = new Uint8Array([i & 0xff, i >> 8, 1]);
			cacheAdd(w, ctx, s);
			releaseRef(w, s, 'app', null, 'SSL_SESSION_free');
		}
		const snap = w.snapshotAt(w.events.length);
		expect(snap.ctxs[0].cache.number).toBe(3000);
		expect(snap).toEqual(w.liveSnapshot());
		expect(w.snapshotAt(w.events.length - 1).eventIndex).toBe(w.events.length - 1);
		expect((w as unknown as { replayer: { checkpointCount: number } }).replayer.checkpointCount).toBeLessThanOrEqual(257);
	});
});
