/**
 * The simulated world: clock, per-type trace numbering, the error queue, the snippet line being
 * executed, the event log with synchronous listeners, and snapshots derived from the log.
 *
 * Recording modes: 'full' keeps every event, the reference ledger and an object registry (docs,
 * playground, tests); 'trace' keeps nothing and only tells listeners about object-created /
 * object-freed / fault (benchmarks, the CLI without --snapshots). Engine code must guard the
 * construction of any other event with `world.full`.
 */
import type { EngineEvent } from './events';
import type { ObjectType, WorldSnapshot } from './snapshot';
import type { RefCounted } from './objects/refcounted';
import type { OpaqueObject } from '../snippet/abi';
import { Replayer } from './replay';
import { mutableFields, viewOf } from './views';
import { SslCtx } from './objects/ctx';
import { Ssl } from './objects/ssl';
import { SslSession } from './objects/session';
import { describeEvent } from './describe';

export type RecordMode = 'full' | 'trace';

/** Last emitted view fields of a session (touchSession diffs against it in place). */
interface SessionPrev {
	version: number;
	idRef: Uint8Array;
	id: string;
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
}

export class World {
	now: number;
	readonly startNow: number;
	readonly full: boolean;
	readonly events: EngineEvent[] = [];
	/** Objects in creation order (full mode only). */
	readonly objects: RefCounted[] = [];
	readonly errors: QueuedError[] = [];
	/** Current snippet line (innermost library call); null outside calls. */
	line: number | null = null;
	ciphers: CipherRegistry | null = null;
	private readonly counters: Record<ObjectType, number> = { SSL_CTX: 0, SSL: 0, SSL_SESSION: 0 };
	private listeners: EventListener[] = [];
	private readonly replayer: Replayer;
	private readonly lastFields = new WeakMap<RefCounted, Record<string, unknown>>();
	/** Count of events seen (also in trace mode, where they are not stored). */
	private seen = 0;

	constructor(options: WorldOptions) {
		this.now = options.now;
		this.startNow = options.now;
		this.full = (options.record ?? 'full') === 'full';
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

	/** Index the next event will get (RefUnit.event). */
	get eventIndex(): number {
		return this.full ? this.events.length : this.seen;
	}

	emit(e: EngineEvent): void {
		const index = this.eventIndex;
		if (this.full) this.events.push(e);
		else this.seen++;
		const ls = this.listeners;
		for (let i = 0; i < ls.length; i++) ls[i](e, index);
	}

	/** Trace-level events reach listeners in every mode. */
	get wantsTrace(): boolean {
		return this.full || this.listeners.length > 0;
	}

	/** Register a new object (full mode) and remember its fields for later diffs. */
	register(o: RefCounted): void {
		if (!this.full) return;
		this.objects.push(o);
		const rec = mutableFields(o);
		if (o instanceof SslSession) (rec as { idRef?: Uint8Array }).idRef = o.fields.sessionId;
		this.lastFields.set(o, rec);
	}

	/** Emit field-changed for every view field of o that changed since the last touch (full mode). */
	touch(o: RefCounted): void {
		if (!this.full) return;
		if (o instanceof SslSession) return this.touchSession(o);
		const prev = this.lastFields.get(o);
		const next = mutableFields(o);
		for (const k in next) {
			const a = prev ? prev[k] : undefined;
			const b = next[k];
			if (a === b) continue;
			if (typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b)) continue;
			this.emit({ type: 'field-changed', line: this.line, key: o.key, field: k, value: b });
		}
		this.lastFields.set(o, next);
	}

	/**
	 * Sessions are touched on every cache operation: compare field by field against the previous
	 * values, updating them in place (no record or hex string per touch unless something changed).
	 */
	private touchSession(s: SslSession): void {
		const p = this.lastFields.get(s) as unknown as SessionPrev;
		const f = s.fields;
		const key = s.key;
		if (p.version !== f.sslVersion) this.changed(key, 'version', (p.version = f.sslVersion));
		if (p.idRef !== f.sessionId) {
			p.idRef = f.sessionId;
			const id = (mutableFields(s) as { id: string }).id;
			if (p.id !== id) this.changed(key, 'id', (p.id = id));
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
	/** The state after events [0, eventIndex). Full mode only. */
	snapshotAt(eventIndex: number): WorldSnapshot {
		if (!this.full) throw new Error('snapshots need record: "full"');
		return this.replayer.snapshotAt(eventIndex);
	}

	/** The current state computed directly from the live objects (tests compare it with replay). */
	liveSnapshot(): WorldSnapshot {
		const ctxs = [];
		const ssls = [];
		const sessions = [];
		for (const o of this.objects) {
			if (o instanceof SslCtx) ctxs.push(viewOf(o));
			else if (o instanceof Ssl) ssls.push(viewOf(o));
			else if (o instanceof SslSession) sessions.push(viewOf(o));
		}
		return { eventIndex: this.events.length, now: this.now, ctxs, ssls, sessions } as WorldSnapshot;
	}

	describe(e: EngineEvent): string {
		return describeEvent(e);
	}
}
