/**
 * 'live' recording (world.ts): everything 'full' keeps except the stored event log, with a registry
 * that forgets old freed objects. Also: per-world state that used to sit in module variables
 * (BIO numbers, ex_data indexes, the handshake's random generator) starts afresh in every World.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CValue } from '../snippet/abi';
import type { EngineEvent } from './events';
import { Harness } from './testing/harness';
import { EngineFault } from './faults';
import { World, type RecordMode } from './world';
import { ctxNew } from './ctx-ops';
import { sslNew } from './ssl-ops';
import { sessionNew, sessionSetTime, sessionSetTimeout, sessionChanged } from './session-ops';
import { cacheAdd } from './cache/ops';
import { releaseRef } from './ledger';
import { TLS_SERVER_METHOD } from './objects/method';
import { MemBio } from './asn1/mem-bio';
import { randomBytes } from './handshake/random';
import type { WorldSnapshot } from './snapshot';

/** A Harness that also collects every event its listeners are told about. */
function lab(record: RecordMode, ghostLimit?: number): { h: Harness; heard: EngineEvent[]; snaps: WorldSnapshot[] } {
	const h = new Harness(1700000000, record, ghostLimit);
	const heard: EngineEvent[] = [];
	h.world.subscribe((e, i) => {
		expect(i).toBe(heard.length);
		heard.push(e);
	});
	return { h, heard, snaps: [] };
}

type Op =
	| { k: 'new'; tag: number; t: number; to: number }
	| { k: 'dup' | 'up' | 'free'; i: number }
	| { k: 'add' | 'remove'; c: number; i: number }
	| { k: 'flush'; c: number; t: number }
	| { k: 'time'; i: number; t: number }
	| { k: 'id'; i: number; tag: number }
	| { k: 'ssl'; c: number }
	| { k: 'set'; s: number; i: number }
	| { k: 'get1' | 'sslfree'; s: number }
	| { k: 'ex'; s: number; v: number };

const idx = fc.nat(7);
const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ k: fc.constant('new' as const), tag: fc.integer({ min: 1, max: 5 }), t: fc.integer({ min: 900, max: 1100 }), to: fc.integer({ min: 0, max: 300 }) }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constantFrom('dup' as const, 'up' as const), i: idx }) },
	{ weight: 3, arbitrary: fc.record({ k: fc.constant('free' as const), i: idx }) },
	{ weight: 4, arbitrary: fc.record({ k: fc.constant('add' as const), c: fc.nat(1), i: idx }) },
	{ weight: 2, arbitrary: fc.record({ k: fc.constant('remove' as const), c: fc.nat(1), i: idx }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('flush' as const), c: fc.nat(1), t: fc.integer({ min: 900, max: 1500 }) }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('time' as const), i: idx, t: fc.integer({ min: 900, max: 1200 }) }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('id' as const), i: idx, tag: fc.integer({ min: 1, max: 5 }) }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('ssl' as const), c: fc.nat(1) }) },
	{ weight: 2, arbitrary: fc.record({ k: fc.constant('set' as const), s: fc.nat(3), i: idx }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constantFrom('get1' as const, 'sslfree' as const), s: fc.nat(3) }) },
	{ weight: 1, arbitrary: fc.record({ k: fc.constant('ex' as const), s: fc.nat(3), v: fc.nat(9) }) }
);

/** Run ops (the same program in any mode); a live snapshot after every step. */
function play(l: ReturnType<typeof lab>, ops: Op[]): void {
	const { h } = l;
	const ptrs: CValue[] = [];
	const ssls: CValue[] = [];
	const P = (i: number) => (ptrs.length ? ptrs[i % ptrs.length] : null);
	const S = (i: number) => (ssls.length ? ssls[i % ssls.length] : null);
	h.run(() => {
		h.at(1);
		const ctxs = [h.call('SSL_CTX_new', h.call('TLS_server_method')), h.call('SSL_CTX_new', h.call('TLS_server_method'))];
		h.call('SSL_CTX_sess_set_cache_size', ctxs[0], 3);
		h.call('SSL_CTX_sess_set_remove_cb', ctxs[0], h.fn('on_remove', () => null));
		l.snaps.push(h.world.liveSnapshot());
		ops.forEach((op, step) => {
			h.at(step + 2);
			const C = ctxs[(op as { c?: number }).c ?? 0];
			switch (op.k) {
				case 'new': {
					const s = h.call('SSL_SESSION_new');
					h.call('SSL_SESSION_set1_id', s, h.buf(new Uint8Array(32).fill(op.tag)), 32);
					h.call('SSL_SESSION_set_time', s, op.t);
					h.call('SSL_SESSION_set_timeout', s, op.to);
					ptrs.push(s);
					break;
				}
				case 'dup':
					if (P(op.i)) ptrs.push(h.call('SSL_SESSION_dup', P(op.i)));
					break;
				case 'up':
					if (P(op.i)) h.call('SSL_SESSION_up_ref', P(op.i));
					break;
				case 'free':
					h.call('SSL_SESSION_free', P(op.i));
					break;
				case 'add':
					if (P(op.i)) h.call('SSL_CTX_add_session', C, P(op.i));
					break;
				case 'remove':
					h.call('SSL_CTX_remove_session', C, P(op.i));
					break;
				case 'flush':
					h.call('SSL_CTX_flush_sessions', C, op.t);
					break;
				case 'time':
					h.call('SSL_SESSION_set_time', P(op.i), op.t);
					break;
				case 'id':
					if (P(op.i)) h.call('SSL_SESSION_set1_id', P(op.i), h.buf(new Uint8Array(32).fill(op.tag)), 32);
					break;
				case 'ssl':
					ssls.push(h.call('SSL_new', C));
					break;
				case 'set':
					if (S(op.s)) h.call('SSL_set_session', S(op.s), P(op.i));
					break;
				case 'get1': {
					const p = S(op.s) ? h.call('SSL_get1_session', S(op.s)) : null;
					if (p) ptrs.push(p);
					break;
				}
				case 'sslfree':
					if (S(op.s)) h.call('SSL_free', S(op.s));
					break;
				case 'ex':
					if (S(op.s)) h.call('SSL_set_ex_data', S(op.s), 2, op.v);
					break;
			}
			l.snaps.push(h.world.liveSnapshot());
		});
	});
}

/** A full handshake, a resumption with SNI and a ticket, i2d/d2i through a BIO, ex_data and a ctrl. */
function handshakes(l: ReturnType<typeof lab>, proto: number): void {
	const { h } = l;
	h.run(() => {
		h.at(1);
		const sctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const cctx = h.call('SSL_CTX_new', h.call('TLS_client_method'));
		h.call('SSL_CTX_set_max_proto_version', cctx, proto);
		h.call('SSL_CTX_set_session_cache_mode', cctx, 3);
		h.call('SSL_CTX_set_mode', sctx, 0x10);
		h.call('SSL_CTX_set_ex_data', sctx, h.n('SSL_CTX_get_ex_new_index', 0, null, null, null, null), 7);
		h.call('SSL_CTX_sess_set_new_cb', cctx, h.fn('nw', () => 0));
		h.at(2);
		let c = h.call('SSL_new', cctx);
		let s = h.call('SSL_new', sctx);
		h.call('SSL_set_tlsext_host_name', c, h.buf('example.com'));
		expect(h.n('connect_pair', c, s)).toBe(1);
		l.snaps.push(h.world.liveSnapshot());
		h.at(3);
		const saved = h.call('SSL_get1_session', c);
		h.call('SSL_SESSION_get0_id_context', saved, null);
		h.call('SSL_SESSION_set1_hostname', saved, h.buf('example.com'));
		const bio = h.call('BIO_new', h.call('BIO_s_mem'));
		h.call('PEM_write_bio_SSL_SESSION', bio, saved);
		const back = h.call('PEM_read_bio_SSL_SESSION', bio, null, null, null);
		h.call('SSL_SESSION_free', back);
		h.call('BIO_free', bio);
		h.call('shutdown_pair', c, s);
		h.call('SSL_free', c);
		h.call('SSL_free', s);
		l.snaps.push(h.world.liveSnapshot());
		h.at(4);
		c = h.call('SSL_new', cctx);
		s = h.call('SSL_new', sctx);
		h.call('SSL_set_session', c, saved);
		expect(h.n('connect_pair', c, s)).toBe(1);
		expect(h.n('SSL_session_reused', c)).toBe(1);
		l.snaps.push(h.world.liveSnapshot());
		h.at(5);
		h.call('SSL_free', c);
		h.call('SSL_SESSION_free', saved);
		h.call('SSL_CTX_free', cctx);
		l.snaps.push(h.world.liveSnapshot());
	});
}

function expectSameRun(full: ReturnType<typeof lab>, live: ReturnType<typeof lab>): void {
	expect(live.h.text).toBe(full.h.text);
	expect(live.heard).toEqual(full.h.world.events);
	expect(live.h.world.events).toHaveLength(0);
	expect(live.h.world.eventIndex).toBe(full.h.world.eventIndex);
	expect(live.snaps).toEqual(full.snaps);
	expect(live.h.world.liveSnapshot()).toEqual(full.h.world.liveSnapshot());
	expect(live.h.world.liveSnapshot().eventIndex).toBe(live.heard.length);
}

describe("record: 'live'", () => {
	it("keeps the live state, transcript and events of 'full' (random programs)", () => {
		fc.assert(
			fc.property(fc.array(opArb, { maxLength: 50 }), (ops) => {
				const full = lab('full');
				const live = lab('live');
				play(full, ops);
				play(live, ops);
				expectSameRun(full, live);
			}),
			{ numRuns: 150 }
		);
	});

	for (const proto of [0x303, 0x304]) {
		it(`keeps the live state of 'full' through handshakes, SNI, PEM via a BIO and ex_data (max 0x${proto.toString(16)})`, () => {
			const full = lab('full');
			const live = lab('live');
			handshakes(full, proto);
			handshakes(live, proto);
			expect(full.h.fault).toBeNull();
			expectSameRun(full, live);
		});
	}

	it('stores no events: snapshotAt is refused, liveSnapshot counts every event emitted', () => {
		const { h, heard } = lab('live');
		h.call('SSL_SESSION_free', h.call('SSL_SESSION_new'));
		expect(h.world.events).toHaveLength(0);
		expect(heard.length).toBeGreaterThan(2);
		expect(h.world.liveSnapshot().eventIndex).toBe(heard.length);
		expect(() => h.world.snapshotAt(0)).toThrow(/snapshots need record: "full"/);
		expect(h.world.full).toBe(true);
		expect(h.world.keepEvents).toBe(false);
	});

	it('reports a fault exactly like full mode', () => {
		const run = (record: RecordMode) => {
			const h = new Harness(1700000000, record);
			h.run(() => {
				h.at(3);
				const s = h.call('SSL_SESSION_new');
				h.at(4);
				h.call('SSL_SESSION_free', s);
				h.at(5);
				h.call('SSL_SESSION_free', s);
			});
			return { text: h.text, fault: h.fault?.details };
		};
		expect(run('live')).toEqual(run('full'));
		expect(run('live').fault?.kind).toBe('double-free');
	});
});

describe("the 'live' registry", () => {
	/** bench/cache-workload.c in small: n sessions through a cache of `size`, each freed by the program. */
	function churn(w: World, n: number, size: number) {
		const ctx = ctxNew(w, TLS_SERVER_METHOD);
		const ssl = sslNew(w, ctx);
		ctx.cacheSize = size;
		const freedOrder: string[] = [];
		w.subscribe((e) => {
			if (e.type === 'object-freed') freedOrder.push(e.key);
		});
		for (let i = 0; i < n; i++) {
			const s = sessionNew(w);
			s.fields.sessionId = new Uint8Array(32).fill(0).map((_, j) => (j < 4 ? (i >> (8 * j)) & 0xff : 0));
			sessionChanged(w, s);
			sessionSetTime(w, s, 1700000000 + i);
			sessionSetTimeout(w, s, 300);
			cacheAdd(w, ctx, s);
			releaseRef(w, s, 'app', null, 'SSL_SESSION_free');
		}
		return { ctx, ssl, freedOrder };
	}

	it('stays bounded: live objects plus at most ghostLimit + max(ghostLimit, 256) freed ones, the most recent kept', () => {
		const limit = 100;
		const w = new World({ now: 1700000000, record: 'live', ghostLimit: limit });
		let peak = 0;
		w.subscribe(() => void (peak = Math.max(peak, w.objects.length)));
		const { ctx, freedOrder } = churn(w, 5000, 50);
		const alive = w.objects.filter((o) => !o.freed);
		const ghosts = w.objects.filter((o) => o.freed);
		expect(freedOrder.length).toBeGreaterThan(4900);
		expect(alive).toHaveLength(2 + ctx.hash.size);
		expect(ghosts.length).toBeGreaterThanOrEqual(limit);
		expect(ghosts.length).toBeLessThanOrEqual(limit + 256);
		expect(peak).toBeLessThanOrEqual(2 + 50 + limit + 256 + 1);
		// The most recently freed objects are among the ghosts kept, in creation order.
		const kept = new Set(ghosts.map((o) => o.key));
		for (const key of freedOrder.slice(-limit)) expect(kept.has(key), key).toBe(true);
		const ns = w.objects.filter((o) => o.cType === 'SSL_SESSION').map((o) => o.n);
		expect(ns).toEqual([...ns].sort((a, b) => a - b));
		// And the snapshot still shows every cache entry.
		const snap = w.liveSnapshot();
		const sessions = new Set(snap.sessions.map((s) => s.key));
		for (const key of snap.ctxs[0].cache.entries) expect(sessions.has(key), key).toBe(true);
	});

	it("equals 'full' mode's registry while fewer objects than ghostLimit were freed", () => {
		const full = new World({ now: 1700000000, record: 'full' });
		const live = new World({ now: 1700000000, record: 'live' });
		churn(full, 600, 20);
		churn(live, 600, 20);
		expect(live.objects.map((o) => o.key)).toEqual(full.objects.map((o) => o.key));
		expect(live.liveSnapshot()).toEqual(full.liveSnapshot());
	});

	it('keeps a freed object that a live one still points at (a session freed under its SSL)', () => {
		const h = new Harness(1700000000, 'live', 1);
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const ssl = h.call('SSL_new', ctx);
			const s = h.call('SSL_SESSION_new');
			h.call('SSL_set_session', ssl, s);
			h.call('SSL_SESSION_free', s);
			h.call('SSL_SESSION_free', s); // the SSL's reference: the session is destroyed under it
			for (let i = 0; i < 600; i++) h.call('SSL_SESSION_free', h.call('SSL_SESSION_new'));
		});
		const w = h.world;
		expect(w.objects.filter((o) => o.freed).length).toBeLessThanOrEqual(1 + 256 + 1);
		const snap = w.liveSnapshot();
		const keys = new Set([...snap.ctxs, ...snap.ssls, ...snap.sessions].map((v) => v.key));
		expect(snap.ssls[0].session).toBe('SSL_SESSION#1');
		expect(keys.has('SSL_SESSION#1')).toBe(true);
		expect(snap.sessions.find((v) => v.key === 'SSL_SESSION#1')?.freed).toBe(true);
	});
});

describe('per-world state', () => {
	const newBio = (h: Harness) => (h.call('BIO_new', h.call('BIO_s_mem')) as unknown as { object: MemBio }).object;

	it('numbers BIOs per World, whatever earlier worlds made', () => {
		const first = new Harness();
		for (let i = 0; i < 3; i++) newBio(first);
		const second = new Harness();
		expect(newBio(second).label).toBe('BIO#1');
		expect(newBio(second).label).toBe('BIO#2');
		expect(second.world.bioCount).toBe(2);
		const bio = second.call('BIO_new', second.call('BIO_s_mem'));
		second.run(() => {
			second.call('BIO_free', bio);
			second.call('BIO_free', bio);
		});
		expect(second.fault).toBeInstanceOf(EngineFault);
		expect(second.fault?.details.access).toMatch(/BIO#3/);
	});

	it('hands out ex_data indexes per World and class', () => {
		const a = new Harness();
		expect(a.n('SSL_get_ex_new_index', 0, null, null, null, null)).toBe(2);
		expect(a.n('SSL_get_ex_new_index', 0, null, null, null, null)).toBe(3);
		expect(a.n('SSL_CTX_get_ex_new_index', 0, null, null, null, null)).toBe(2);
		const b = new Harness();
		expect(b.n('SSL_get_ex_new_index', 0, null, null, null, null)).toBe(2);
		expect(a.world.exIndexes).toEqual({ SSL: 3, SSL_CTX: 2, SSL_SESSION: 1 });
	});

	it("keeps the handshake generator's state in plain fields: copying them continues the stream", () => {
		const a = new World({ now: 1 });
		randomBytes(a, 40);
		const b = new World({ now: 1 });
		b.sfc32 = { ...a.sfc32! };
		expect(randomBytes(b, 64)).toEqual(randomBytes(a, 64));
		// And a fresh world starts the same stream again.
		expect(randomBytes(new World({ now: 5 }), 8)).toEqual(randomBytes(new World({ now: 1 }), 8));
	});

	it('keeps ctrl settings, SNI names, ex_data and pointer storage on the objects', () => {
		const h = new Harness();
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const ssl = h.call('SSL_new', ctx);
		h.call('SSL_CTX_set_mode', ctx, 0x10);
		h.call('SSL_CTX_set_read_ahead', ctx, 1);
		h.call('SSL_CTX_ctrl', ctx, h.constant('SSL_CTRL_SET_MAX_CERT_LIST'), 4096, null);
		h.call('SSL_set_tlsext_host_name', ssl, h.buf('a.example'));
		h.call('SSL_set_ex_data', ssl, 0, 42);
		const s = h.call('SSL_SESSION_new');
		h.bytesAt(h.call('SSL_SESSION_get_id', s, null), 4); // reading fills the inline array
		h.call('SSL_SESSION_set1_hostname', s, h.buf('b.example'));
		const c = (ctx as unknown as { object: import('./objects/ctx').SslCtx }).object;
		expect([c.sslMode, c.readAhead, c.maxCertList]).toEqual([0x14, 1, 4096]);
		const o = (ssl as unknown as { object: import('./objects/ssl').Ssl }).object;
		expect(o.serverName).toBe('a.example');
		expect(o.exData?.get(0)).toBe(42);
		const m = h.sess(s).memory;
		expect(m?.inline.sessionId?.raw).toHaveLength(32);
		expect(m?.generations.hostname?.n).toBe(1);
	});
});
