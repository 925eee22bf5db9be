/** Plain-English event descriptions and snapshot replay details. */
import { describe, expect, it } from 'vitest';
import { describeEvent } from './describe';
import type { EngineEvent } from './events';
import type { RefUnit } from './snapshot';
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
		expect(texts).toContain('SSL_SESSION#1 is evicted from the cache of SSL_CTX#1 (cache full)');
		expect(texts).toContain('SSL_CTX#1 calls on_remove (its remove_session_cb) with SSL_SESSION#1 while holding the cache lock');
		expect(texts).toContain("SSL_CTX#1's cache_full counter goes 0 → 1");
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

const app = (via: string): RefUnit => ({ kind: 'app', holder: null, via, line: 3 }) as RefUnit;
const cacheUnit: RefUnit = { kind: 'cache', holder: 'SSL_CTX#1', via: 'SSL_CTX_add_session', line: 4 } as RefUnit;
const sessionView = { key: 'SSL_SESSION#1', holders: [app('SSL_SESSION_new')] } as unknown;

// One row per event kind (and per field of field-changed): every sentence reads as plain English.
const TABLE: [string, Omit<EngineEvent, 'line'> & Record<string, unknown>, string][] = [
	['object-created', { type: 'object-created', key: 'SSL_SESSION#1', objType: 'SSL_SESSION', n: 1, via: 'SSL_SESSION_new', view: sessionView }, 'SSL_SESSION_new — creates SSL_SESSION#1 (refcount 1, held by the program)'],
	['object-freed', { type: 'object-freed', key: 'SSL#2', objType: 'SSL', n: 2, via: 'SSL_free' }, "SSL_free — SSL#2's count reached 0: it is destroyed"],
	['ref-taken', { type: 'ref-taken', key: 'SSL_SESSION#1', unit: cacheUnit, count: 2 }, 'SSL_CTX_add_session — the cache of SSL_CTX#1 takes a reference to SSL_SESSION#1 (refcount 1 → 2)'],
	['ref-released', { type: 'ref-released', key: 'SSL_SESSION#1', unit: app('SSL_SESSION_new'), by: { kind: 'app', holder: null, via: 'SSL_SESSION_free' }, count: 1 }, 'SSL_SESSION_free — the program releases a reference to SSL_SESSION#1 (refcount 2 → 1)'],
	['ref-moved', { type: 'ref-moved', key: 'SSL_SESSION#1', from: app('SSL_SESSION_new'), to: { kind: 'session', holder: 'SSL#2', via: 'SSL_set_session', line: 5 } }, "SSL_set_session — the reference of the program on SSL_SESSION#1 is handed to SSL#2's session slot"],
	['ownership-warning', { type: 'ownership-warning', key: 'SSL_SESSION#1', message: 'borrowed pointer released' }, 'warning: borrowed pointer released'],
	['cache-insert', { type: 'cache-insert', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#1', index: 0, list: true, hash: true }, 'SSL_SESSION#1 is added to the cache of SSL_CTX#1 (position 0 from the head)'],
	['cache-insert (lookup table)', { type: 'cache-insert', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#2', index: -1, list: false, hash: true }, "SSL_SESSION#2 enters the lookup table of SSL_CTX#1's cache"],
	['cache-insert (list)', { type: 'cache-insert', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#2', index: 1, list: true, hash: false }, 'SSL_SESSION#2 is placed at position 1 of the cache list of SSL_CTX#1'],
	['cache-remove remove', { type: 'cache-remove', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#1', reason: 'remove', list: true, hash: true }, 'SSL_SESSION#1 is removed from the cache of SSL_CTX#1'],
	['cache-remove flush', { type: 'cache-remove', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#1', reason: 'flush', list: true, hash: true }, 'SSL_SESSION#1 is flushed from the cache of SSL_CTX#1'],
	['cache-remove replace', { type: 'cache-remove', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#1', reason: 'replace', list: true, hash: true }, 'SSL_SESSION#1 is replaced in the cache of SSL_CTX#1 by another session with the same id'],
	['cache-remove resort', { type: 'cache-remove', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#1', reason: 'resort', list: true, hash: false }, 'SSL_SESSION#1 changes position in the cache of SSL_CTX#1'],
	['cache-remove corrupt', { type: 'cache-remove', ctx: 'SSL_CTX#1', session: 'SSL_SESSION#1', reason: 'corrupt', list: true, hash: false }, 'SSL_SESSION#1 silently drops out of the cache list of SSL_CTX#1'],
	['cache-flush start', { type: 'cache-flush', ctx: 'SSL_CTX#1', t: 0, phase: 'start', removed: 0 }, 'SSL_CTX#1: flush of every session begins (cache locked)'],
	['cache-flush end', { type: 'cache-flush', ctx: 'SSL_CTX#1', t: 0, phase: 'end', removed: 2 }, 'SSL_CTX#1: flush ends, 2 session(s) removed'],
	['callback-invoked', { type: 'callback-invoked', ctx: 'SSL_CTX#1', callback: 'new', name: 'on_new', ssl: 'SSL#2', session: 'SSL_SESSION#1', locked: false }, 'SSL_CTX#1 calls on_new (its new_session_cb) with SSL_SESSION#1'],
	['counter-incremented', { type: 'counter-incremented', ctx: 'SSL_CTX#1', counter: 'sess_hit', value: 1, delta: 1 }, "SSL_CTX#1's sess_hit counter goes 0 → 1"],
	['clock', { type: 'clock', now: 1700000010 }, 'the simulated clock reads 1700000010'],
	['error-queued', { type: 'error-queued', lib: 20, reason: 272, fn: 'd2i_SSL_SESSION' }, 'd2i_SSL_SESSION puts an error on the error queue (library 20, reason 272)'],
	['fault', { type: 'fault', kind: 'use-after-free', key: 'SSL_SESSION#1', message: 'read of a freed session' } as never, 'use-after-free on SSL_SESSION#1: read of a freed session'],
	['callbacks (one)', { type: 'field-changed', key: 'SSL_CTX#1', field: 'callbacks', value: { new: 'on_new', remove: null, get: null } }, 'SSL_CTX_sess_set_new_cb — SSL_CTX#1 will call on_new for each new session'],
	['callbacks (two)', { type: 'field-changed', key: 'SSL_CTX#1', field: 'callbacks', value: { new: 'on_new', remove: 'on_remove', get: null } }, 'SSL_CTX#1 will call on_new for each new session and on_remove whenever a session leaves its cache'],
	['callbacks (none)', { type: 'field-changed', key: 'SSL_CTX#1', field: 'callbacks', value: { new: null, remove: null, get: null } }, 'SSL_CTX#1 has no session callbacks now'],
	['mode', { type: 'field-changed', key: 'SSL_CTX#1', field: 'mode', value: 0x82 }, "SSL_CTX#1's session cache mode is now SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_AUTO_CLEAR"],
	['cache.sizeLimit', { type: 'field-changed', key: 'SSL_CTX#1', field: 'cache.sizeLimit', value: 2 }, "SSL_CTX#1's cache now holds at most 2 sessions"],
	['ctx timeout', { type: 'field-changed', key: 'SSL_CTX#1', field: 'timeout', value: 300 }, "SSL_CTX#1's default session timeout is now 300 s"],
	['session timeout', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'timeout', value: 10 }, "SSL_SESSION#1's timeout is now 10 s"],
	['version', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'version', value: 0x304 }, "SSL_SESSION#1's protocol version is now TLS 1.3"],
	['id', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'id', value: '0102' }, "SSL_SESSION#1's session id is now 0102 (2 bytes)"],
	['time', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'time', value: 1700000000 }, "SSL_SESSION#1's start time is now 1700000000"],
	['expiry', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'expiry', value: 1700000300 }, 'SSL_SESSION#1 now expires at 1700000300'],
	['expiry overflow', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'expiry', value: null }, 'SSL_SESSION#1 never expires now (time + timeout overflows)'],
	['resumable', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'resumable', value: true }, 'SSL_SESSION#1 can now be resumed'],
	['notResumable', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'notResumable', value: true }, 'SSL_SESSION#1 is marked not resumable'],
	['hasTicket', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'hasTicket', value: true }, 'SSL_SESSION#1 now carries a session ticket'],
	['owner', { type: 'field-changed', key: 'SSL_SESSION#1', field: 'owner', value: 'SSL_CTX#1' }, 'SSL_SESSION#1 now belongs to the cache of SSL_CTX#1'],
	['side', { type: 'field-changed', key: 'SSL#2', field: 'side', value: 'server' }, 'SSL#2 is now a server'],
	['ctx', { type: 'field-changed', key: 'SSL#2', field: 'ctx', value: 'SSL_CTX#3' }, 'SSL#2 now uses SSL_CTX#3 as its ctx'],
	['sessionCtx', { type: 'field-changed', key: 'SSL#2', field: 'sessionCtx', value: 'SSL_CTX#3' }, 'SSL#2 now uses SSL_CTX#3 as its session_ctx (the context whose cache it uses)'],
	['session', { type: 'field-changed', key: 'SSL#2', field: 'session', value: null }, "SSL#2's session slot is now empty"],
	['handshake', { type: 'field-changed', key: 'SSL#2', field: 'handshake', value: 'done' }, 'SSL#2 has completed its handshake'],
	['shutdown', { type: 'field-changed', key: 'SSL#2', field: 'shutdown', value: 1 }, "SSL#2's shutdown state: close_notify sent"],
	['reused', { type: 'field-changed', key: 'SSL#2', field: 'reused', value: true }, 'SSL#2 resumed a session (SSL_session_reused returns 1)']
];

describe('describeEvent reads every event kind as plain English', () => {
	it.each(TABLE)('%s', (_name, event, text) => {
		const out = describeEvent({ line: 3, ...event } as EngineEvent);
		expect(out).toBe(text);
		expect(out).not.toMatch(/[{}"]|undefined|\bnull\b|\[object/);
	});
});
