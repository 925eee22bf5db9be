/**
 * The simulated world: clock, per-type trace numbering, the error queue, the snippet line being
 * executed, the event log with synchronous listeners, and snapshots derived from the log.
 *
 * Recording modes: 'full' keeps every event, the reference ledger and an object registry (docs,
 * playground, tests); 'live' does all of that except storing the events (listeners still get every
 * one, `eventIndex` counts them, liveSnapshot() works, snapshotAt() does not) and lets the registry
 * forget old freed objects, so very long runs stay in bounded memory; 'trace' keeps nothing and
 * only tells listeners about object-created / object-freed / fault (benchmarks, the CLI without
 * --snapshots). Engine code must guard the construction of any other event with `world.full`
 * (true in 'full' and 'live').
 *
 * Every piece of mutable engine state is reachable from the World (and the BindingTable) through
 * plain properties — no side tables keyed by objects, no module-level variables — so a generic
 * object-graph walk can checkpoint and restore it.
 */
import type { EngineEvent } from './events';
import type { ObjectType, WorldSnapshot } from './snapshot';
import type { RefCounted } from './objects/refcounted';
import type { OpaqueObject } from '../snippet/abi';
import { Replayer } from './replay';
import { hexText, mutableFields, viewOf } from './views';
import { SslCtx } from './objects/ctx';
import { Ssl } from './objects/ssl';
import { SslSession } from './objects/session';
import { describeEvent } from './describe';

export type RecordMode = 'full' | 'live' | 'trace';

/** State of handshake/random.ts's sfc32 generator: plain numbers, so copying the fields restores the stream. */
export interface Sfc32State {
	a: number;
	b: number;
	c: number;
	d: number;
}

/**
 * Last emitted view fields of a session (touchSession diffs against it in place). The id is kept as
 * the array it was read from (ids are replaced, never edited), not as hex text: a 'live' world keeps
 * one of these beside every cached session.
 */
interface SessionPrev {
	version: number;
	idRef: Uint8Array;
	time: number;
	timeout: number;
	expiry: number | null;
	resumable: boolean;
	notResumable: boolean;
	hasTicket: boolean;
	owner: string | null;
}
export type EventListener = (e: EngineEvent, index: number) => void;

export interface QueuedError {
	lib: number;
	reason: number;
	fn: string;
	line: number | null;
}

/** SSL_CIPHER objects are asn1's (cipher table); the engine stores cipher ids and asks this registry. */
export interface CipherRegistry {
	/** The SSL_CIPHER object for a 16-bit id, or null if unknown. */
	byId(id: number): OpaqueObject | null;
	/** The 16-bit id of an SSL_CIPHER object, or null if it is not one. */
	idOf(obj: OpaqueObject): number | null;
}

export interface WorldOptions {
	now: number;
	record?: RecordMode;
	/** Checkpoint spacing for snapshots (events). */
	checkpointEvery?: number;
	/** 'live' recording: freed objects the registry keeps (the most recent ones); default 1000. */
	ghostLimit?: number;
}

/** Freed objects a 'live' world keeps in its registry by default. */
export const DEFAULT_GHOST_LIMIT = 1000;

export class World {
	now: number;
	readonly startNow: number;
	/** Ledger, registry, field diffs and every event built ('full' and 'live'). */
	readonly full: boolean;
	/** Events are stored in `events` ('full' only); snapshotAt() replays them. */
	readonly keepEvents: boolean;
	readonly events: EngineEvent[] = [];
	/**
	 * Objects in creation order ('full' and 'live'). 'live' drops freed objects from it, keeping at
	 * least the `ghostLimit` most recently freed (at most ghostLimit + max(ghostLimit, 256)) and any
	 * that a live object still points at (an SSL's session or context, a cache list entry).
	 */
	readonly objects: RefCounted[] = [];
	readonly ghostLimit: number;
	readonly errors: QueuedError[] = [];
	/** Current snippet line (innermost library call); null outside calls. */
	line: number | null = null;
	ciphers: CipherRegistry | null = null;
	/** handshake/random.ts's generator (ids, secrets, ticket keys); created on first use. */
	sfc32: Sfc32State | null = null;
	/** Memory BIOs made so far (their BIO#n labels, asn1/mem-bio.ts). */
	bioCount = 0;
	/** ex_data indexes handed out per class by *_get_ex_new_index (the prelude took 1 of each). */
	readonly exIndexes = { SSL: 1, SSL_CTX: 1, SSL_SESSION: 1 };
	private readonly counters: Record<ObjectType, number> = { SSL_CTX: 0, SSL: 0, SSL_SESSION: 0 };
	private listeners: EventListener[] = [];
	private readonly replayer: Replayer;
	/** Count of events emitted (stored or not): the index of the next one. */
	private seen = 0;
	/** 'live': objects freed since the registry was last pruned, oldest first. */
	private recentlyFreed: RefCounted[] = [];

	constructor(options: WorldOptions) {
		this.now = options.now;
		this.startNow = options.now;
		const record = options.record ?? 'full';
		this.full = record !== 'trace';
		this.keepEvents = record === 'full';
		this.ghostLimit = Math.max(0, Math.floor(options.ghostLimit ?? DEFAULT_GHOST_LIMIT));
		this.replayer = new Replayer(this.events, options.now, options.checkpointEvery ?? 128);
	}

	// ---- clock -------------------------------------------------------------------------------
	advance(seconds: number): void {
		this.setNow(this.now + seconds);
	}
	setNow(t: number): void {
		this.now = t;
		if (this.full || this.listeners.length) this.emit({ type: 'clock', line: this.line, now: t });
	}

	// ---- deterministic randomness (session ids, ticket keys): xorshift32 seeded from the start time
	private rng = 0;
	randomBytes(n: number): Uint8Array {
		if (this.rng === 0) this.rng = (Math.floor(this.startNow) ^ 0x9e3779b9) >>> 0 || 1;
		const out = new Uint8Array(n);
		let x = this.rng;
		for (let i = 0; i < n; i++) {
			x ^= x << 13;
			x >>>= 0;
			x ^= x >>> 17;
			x ^= x << 5;
			x >>>= 0;
			out[i] = x & 0xff;
		}
		this.rng = x;
		return out;
	}

	// ---- numbering ---------------------------------------------------------------------------
	/** Next trace number of a type (every object the library creates counts, internal ones too). */
	nextNumber(type: ObjectType): number {
		return ++this.counters[type];
	}
	count(type: ObjectType): number {
		return this.counters[type];
	}

	// ---- error queue (asn1 exposes it as ERR_*) ------------------------------------------------
	pushError(lib: number, reason: number, fn: string): void {
		this.errors.push({ lib, reason, fn, line: this.line });
		if (this.full) this.emit({ type: 'error-queued', line: this.line, lib, reason, fn });
	}

	// ---- line attribution --------------------------------------------------------------------
	/** Run fn with `line` as the current snippet line, restoring the previous one after (callbacks nest). */
	atLine<T>(line: number | null, fn: () => T): T {
		const saved = this.line;
		this.line = line;
		try {
			return fn();
		} finally {
			this.line = saved;
		}
	}

	// ---- events ------------------------------------------------------------------------------
	/** Subscribe synchronously; returns the unsubscribe function. */
	subscribe(listener: EventListener): () => void {
		this.listeners.push(listener);
		return () => {
			this.listeners = this.listeners.filter((l) => l !== listener);
		};
	}

	/** Index the next event will get (RefUnit.event); counts events that were not stored too. */
	get eventIndex(): number {
		return this.seen;
	}

	emit(e: EngineEvent): void {
		const index = this.seen++;
		if (this.keepEvents) this.events.push(e);
		const ls = this.listeners;
		for (let i = 0; i < ls.length; i++) ls[i](e, index);
	}

	/** Trace-level events reach listeners in every mode. */
	get wantsTrace(): boolean {
		return this.full || this.listeners.length > 0;
	}

	/** Register a new object ('full' and 'live') and remember its fields for later diffs. */
	register(o: RefCounted): void {
		if (!this.full) return;
		this.objects.push(o);
		o.lastFields = o instanceof SslSession ? (sessionPrev(o) as unknown as Record<string, unknown>) : mutableFields(o);
	}

	/** An object was destroyed (ledger markFreed). 'live' prunes the registry now and then. */
	noteFreed(o: RefCounted): void {
		if (this.keepEvents || !this.full) return;
		this.recentlyFreed.push(o);
		// Pruning walks the whole registry, so do it once per ghostLimit frees (at least 256): amortised O(1).
		if (this.recentlyFreed.length >= this.ghostLimit + Math.max(this.ghostLimit, 256)) this.pruneGhosts();
	}

	/** Drop freed objects from the registry except the ghostLimit most recent and those still pointed at. */
	private pruneGhosts(): void {
		const freed = this.recentlyFreed;
		const recent = freed.slice(freed.length - this.ghostLimit);
		const keep = new Set<RefCounted>(recent);
		const objs = this.objects;
		for (let i = 0; i < objs.length; i++) {
			const o = objs[i];
			if (o.freed) {
				// Still linked into a cache list: the context's view names it.
				if (o instanceof SslSession && o.owner !== null) keep.add(o);
			} else if (o instanceof Ssl) {
				// A live connection's view names its session and contexts even after a wrong free.
				keep.add(o.ctx);
				keep.add(o.sessionCtx);
				if (o.session) keep.add(o.session);
			}
		}
		let k = 0;
		for (let i = 0; i < objs.length; i++) {
			const o = objs[i];
			if (!o.freed || keep.has(o)) objs[k++] = o;
		}
		objs.length = k;
		this.recentlyFreed = recent;
	}

	/** Emit field-changed for every view field of o that changed since the last touch (full mode). */
	touch(o: RefCounted): void {
		if (!this.full) return;
		if (o instanceof SslSession) return this.touchSession(o);
		const prev = o.lastFields;
		const next = mutableFields(o);
		for (const k in next) {
			const a = prev ? prev[k] : undefined;
			const b = next[k];
			if (a === b) continue;
			if (typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b)) continue;
			this.emit({ type: 'field-changed', line: this.line, key: o.key, field: k, value: b });
		}
		o.lastFields = next;
	}

	/**
	 * Sessions are touched on every cache operation: compare field by field against the previous
	 * values, updating them in place (no record or hex string per touch unless something changed).
	 */
	private touchSession(s: SslSession): void {
		const p = s.lastFields as unknown as SessionPrev;
		const f = s.fields;
		const key = s.key;
		if (p.version !== f.sslVersion) this.changed(key, 'version', (p.version = f.sslVersion));
		if (p.idRef !== f.sessionId) {
			const old = p.idRef;
			p.idRef = f.sessionId;
			if (!sameBytes(old, f.sessionId)) this.changed(key, 'id', hexText(f.sessionId));
		}
		if (p.time !== f.time) this.changed(key, 'time', (p.time = f.time));
		if (p.timeout !== f.timeout) this.changed(key, 'timeout', (p.timeout = f.timeout));
		const expiry = s.timeoutOvf ? null : s.calcTimeout;
		if (p.expiry !== expiry) this.changed(key, 'expiry', (p.expiry = expiry));
		const resumable = s.resumable;
		if (p.resumable !== resumable) this.changed(key, 'resumable', (p.resumable = resumable));
		if (p.notResumable !== s.notResumable) this.changed(key, 'notResumable', (p.notResumable = s.notResumable));
		const hasTicket = f.ticket !== null && f.ticket.length > 0;
		if (p.hasTicket !== hasTicket) this.changed(key, 'hasTicket', (p.hasTicket = hasTicket));
		const owner = s.owner ? s.owner.key : null;
		if (p.owner !== owner) this.changed(key, 'owner', (p.owner = owner));
	}

	private changed(key: string, field: string, value: unknown): void {
		this.emit({ type: 'field-changed', line: this.line, key, field, value });
	}

	// ---- snapshots ---------------------------------------------------------------------------
	/** The state after events [0, eventIndex). Needs the stored events ('full'). */
	snapshotAt(eventIndex: number): WorldSnapshot {
		if (!this.keepEvents) throw new Error('snapshots need record: "full" (the stored event log)');
		return this.replayer.snapshotAt(eventIndex);
	}

	/**
	 * The current state computed directly from the live objects (tests compare it with replay).
	 * In 'live' recording it lists only the freed objects the registry still keeps.
	 */
	liveSnapshot(): WorldSnapshot {
		const ctxs = [];
		const ssls = [];
		const sessions = [];
		for (const o of this.objects) {
			if (o instanceof SslCtx) ctxs.push(viewOf(o));
			else if (o instanceof Ssl) ssls.push(viewOf(o));
			else if (o instanceof SslSession) sessions.push(viewOf(o));
		}
		return { eventIndex: this.seen, now: this.now, ctxs, ssls, sessions } as WorldSnapshot;
	}

	describe(e: EngineEvent): string {
		return describeEvent(e);
	}
}

/** A session's view fields as touchSession compares them (one literal: a fixed shape, no extra property store). */
function sessionPrev(s: SslSession): SessionPrev {
	const f = s.fields;
	return {
		version: f.sslVersion,
		idRef: f.sessionId,
		time: f.time,
		timeout: f.timeout,
		expiry: s.timeoutOvf ? null : s.calcTimeout,
		resumable: s.resumable,
		notResumable: s.notResumable,
		hasTicket: f.ticket !== null && f.ticket.length > 0,
		owner: s.owner ? s.owner.key : null
	};
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
