/**
 * The graph model: what the reference graph draws for one StepView, as plain data (no DOM).
 * Ids follow the DOM contract: objects use their trace name ('SSL_SESSION#3'), variables 'var:NAME',
 * heap buffers their key ('heap#2'); two synthetic holders stand for references nobody names.
 */
import type { CtxView, SessionView, SslView } from '../../openssl/snapshot';
import type { BufferView, VariableView } from '../../snippet/step-view';

export type NodeKind = 'SSL_CTX' | 'SSL' | 'SSL_SESSION' | 'var' | 'buffer' | 'holder';

/**
 * owning: a counted reference the program holds; borrowed: a pointer without a count;
 * session: an SSL's session slot; cache: a context cache entry; ctx: SSL → its ctx / session_ctx;
 * dangling: any holder still pointing at a freed object.
 */
export type EdgeKind = 'owning' | 'borrowed' | 'session' | 'cache' | 'ctx' | 'dangling';

/** Holder for counted references the program holds but no variable names (a leak in the making). */
export const UNNAMED_APP = 'app:unnamed';
/** Holder for short-lived references the library holds inside a call. */
export const LIBRARY = 'lib:internal';

interface NodeBase {
	id: string;
	label: string;
	state: 'live' | 'freed';
	/** Reference count badge (objects only). */
	refcount: number | null;
	/** Stable ordering key inside its column. */
	order: number;
}

export interface CtxNode extends NodeBase {
	kind: 'SSL_CTX';
	data: CtxView;
}
export interface SslNode extends NodeBase {
	kind: 'SSL';
	data: SslView;
}
export interface SessionNode extends NodeBase {
	kind: 'SSL_SESSION';
	data: SessionView;
}
export interface VarNode extends NodeBase {
	kind: 'var';
	/** Frame the variable lives in: 'globals', 'main', or the function being run. */
	frame: string;
	/** Position of the frame in the call stack (0 = globals). */
	depth: number;
	data: VariableView;
}
export interface BufferNode extends NodeBase {
	kind: 'buffer';
	data: BufferView;
}
export interface HolderNode extends NodeBase {
	kind: 'holder';
	data: null;
}
export type GraphNode = CtxNode | SslNode | SessionNode | VarNode | BufferNode | HolderNode;

export interface GraphEdge {
	/** Unique id (the DOM's data-edge can repeat: an SSL holds two references to its ctx). */
	id: string;
	source: string;
	target: string;
	kind: EdgeKind;
	/** Counts one unit of the target's reference count. */
	counted: boolean;
	/** Which pointer this is: 'ctx', 'session-ctx', 'session', 'cache', 'app', 'internal', 'pointer'. */
	slot: string;
	/** The call that created the reference, the line and event index, when known. */
	via: string | null;
	line: number | null;
	event: number | null;
	/** A pointer the structure holds that has no reference count behind it (an over-release). */
	uncounted?: boolean;
}

/** One cache entry, for the row-per-entry list of a small cache. */
export interface CacheEntry {
	key: string;
	expiry: number | null;
	freed: boolean;
	/** Drawn as its own node. */
	shown: boolean;
}

/**
 * A context's cache in columnar form: a 20,480-entry cache costs two typed arrays per step rather
 * than 20,480 objects (the step update budget is 16 ms).
 */
export interface CacheSummary {
	ctx: string;
	/** Entry keys, head (latest expiry) to tail: the snapshot's own array, not a copy. */
	keys: readonly string[];
	/** Expiry of each entry; NaN = never expires. */
	expiry: Float64Array;
	/** 1 where the entry's session was already freed (a dangling entry). */
	freed: Uint8Array;
	/** Entries drawn as their own node: key → index in `keys`. */
	shown: Map<string, number>;
	number: number;
	sizeLimit: number;
	/** True when entries are folded into a strip instead of one node each. */
	aggregated: boolean;
}

export interface GraphModel {
	step: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
	caches: CacheSummary[];
}

export function cacheEntry(c: CacheSummary, i: number): CacheEntry {
	const e = c.expiry[i];
	return { key: c.keys[i], expiry: Number.isNaN(e) ? null : e, freed: c.freed[i] === 1, shown: c.shown.has(c.keys[i]) };
}
