/**
 * The engine's event log: every observable change is one of these, in the order it happens.
 * The trace lines (`# new SSL_SESSION#3`), the snapshots (replay.ts) and the plain-English
 * explanations (describe.ts) are all derived from them.
 */
import type { HolderKind, ObjectKey, ObjectType, RefUnit, CtxView, SslView, SessionView } from './snapshot';
import type { EngineFaultKind } from './faults';

export type ObjectView = CtxView | SslView | SessionView;

/** Why a session left (part of) a cache. */
export type CacheRemoveReason =
	| 'remove' // SSL_CTX_remove_session (or an internal remove: bad session, expiry, single use)
	| 'evict' // cache full (3.5)
	| 'flush' // SSL_CTX_flush_sessions, auto-flush, SSL_CTX_free
	| 'replace' // another object with the same key was added (3.3)
	| 'resort' // list position changes (re-add, set_time/set_timeout); followed by a cache-insert
	| 'corrupt'; // the list lost the entry through a corrupting unlink (9.7)

interface Base {
	/** Snippet line of the library call that caused it (innermost), null outside any call. */
	line: number | null;
}

export type EngineEvent =
	| (Base & { type: 'object-created'; key: ObjectKey; objType: ObjectType; n: number; via: string; view: ObjectView })
	| (Base & { type: 'object-freed'; key: ObjectKey; objType: ObjectType; n: number; via: string })
	| (Base & { type: 'ref-taken'; key: ObjectKey; unit: RefUnit; count: number })
	| (Base & {
			type: 'ref-released';
			key: ObjectKey;
			/** The unit removed from the ledger (may belong to another holder after a misuse). */
			unit: RefUnit;
			/** Who released it and through which call. */
			by: { kind: HolderKind; holder: ObjectKey | null; via: string };
			count: number;
	  })
	| (Base & { type: 'ref-moved'; key: ObjectKey; from: RefUnit; to: RefUnit })
	| (Base & { type: 'ownership-warning'; key: ObjectKey; message: string })
	| (Base & { type: 'field-changed'; key: ObjectKey; field: string; value: unknown })
	| (Base & { type: 'cache-insert'; ctx: ObjectKey; session: ObjectKey; index: number; list: boolean; hash: boolean })
	| (Base & {
			type: 'cache-remove';
			ctx: ObjectKey;
			session: ObjectKey;
			reason: CacheRemoveReason;
			list: boolean;
			hash: boolean;
	  })
	| (Base & { type: 'cache-flush'; ctx: ObjectKey; t: number; phase: 'start' | 'end'; removed: number })
	| (Base & {
			type: 'callback-invoked';
			ctx: ObjectKey;
			callback: 'new' | 'remove' | 'get';
			name: string | null;
			ssl: ObjectKey | null;
			session: ObjectKey | null;
			/** The lock of `ctx` is held during the callback (flush/eviction). */
			locked: boolean;
	  })
	| (Base & { type: 'counter-incremented'; ctx: ObjectKey; counter: string; value: number; delta: number })
	| (Base & { type: 'clock'; now: number })
	| (Base & { type: 'error-queued'; lib: number; reason: number; fn: string })
	| (Base & { type: 'fault'; kind: EngineFaultKind; key: ObjectKey | null; message: string });

export type EventType = EngineEvent['type'];
export type EventOf<T extends EventType> = Extract<EngineEvent, { type: T }>;
