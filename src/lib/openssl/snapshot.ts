/**
 * Contract: the plain-data view of the simulated world at one point of a run. Produced by the engine
 * (world → snapshot, derived from the event log with checkpoints + replay), consumed by the graph
 * model, the screen-reader table and the memory report. JSON-serializable (crosses the worker boundary).
 */

export type ObjectType = 'SSL_CTX' | 'SSL' | 'SSL_SESSION';
/** Trace name of an object, exactly as `session-lab run --trace` prints it: 'SSL_SESSION#3'. */
export type ObjectKey = string;

/** What holds one unit of an object's reference count. */
export type HolderKind =
	| 'app' // the program owns it (SSL_SESSION_new, get1, up_ref, d2i, new_session_cb returning 1, ...)
	| 'session' // an SSL's session slot (ssl->session)
	| 'cache' // a context's internal cache entry
	| 'ctx' // an SSL's reference to its ctx (ssl->ctx)
	| 'session-ctx' // an SSL's reference to its session_ctx
	| 'internal'; // a short-lived library reference (lookup, around a callback)

export interface RefUnit {
	kind: HolderKind;
	/** Holder object for session/cache/ctx/session-ctx ('SSL#2', 'SSL_CTX#1'); null for app/internal. */
	holder: ObjectKey | null;
	/** The API call that created this unit, e.g. 'SSL_get1_session', 'SSL_CTX_add_session', 'handshake'. */
	via: string;
	/** Snippet line of that call, if known. */
	line: number | null;
	/** Event index at which the unit was taken. */
	event: number;
}

interface ObjectViewBase {
	key: ObjectKey;
	n: number;
	refcount: number;
	/** Destroyed (count reached 0). Freed objects appear while anything still points at them. */
	freed: boolean;
	/** Who holds each counted reference (refcount === holders.length for a consistent object). */
	holders: RefUnit[];
	createdLine: number | null;
	freedLine: number | null;
}

export interface SessionView extends ObjectViewBase {
	type: 'SSL_SESSION';
	version: number;
	/** Session id as lowercase hex ('' when empty). */
	id: string;
	time: number;
	timeout: number;
	/** time + timeout, or null when it overflows (never expires). */
	expiry: number | null;
	resumable: boolean;
	notResumable: boolean;
	hasTicket: boolean;
	/** The cache it is linked into, if any. */
	owner: ObjectKey | null;
}

export interface SslView extends ObjectViewBase {
	type: 'SSL';
	side: 'client' | 'server' | 'unset';
	ctx: ObjectKey;
	sessionCtx: ObjectKey;
	session: ObjectKey | null;
	handshake: 'before' | 'in-init' | 'done' | 'failed';
	shutdown: number;
	reused: boolean;
}

export interface CacheView {
	/** Head (latest expiry) to tail (earliest expiry), as OpenSSL's list keeps it. */
	entries: ObjectKey[];
	/** Hash entries (SSL_CTX_sess_number); can differ from entries.length after corruption. */
	number: number;
	sizeLimit: number;
}

export interface CtxView extends ObjectViewBase {
	type: 'SSL_CTX';
	mode: number;
	timeout: number;
	cache: CacheView;
	stats: Record<string, number>;
	callbacks: { new: string | null; remove: string | null; get: string | null };
}

export interface WorldSnapshot {
	/** Number of events applied (the snapshot is the state after events [0, eventIndex)). */
	eventIndex: number;
	now: number;
	ctxs: CtxView[];
	ssls: SslView[];
	sessions: SessionView[];
}
