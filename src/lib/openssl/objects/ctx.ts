/** SSL_CTX: configuration copied into SSLs at SSL_new, the internal session cache, callbacks, stats. */
import type { CValue } from '../../snippet/abi';
import { RefCounted } from './refcounted';
import { METHOD_DEFAULT_TIMEOUT, type SslMethod } from './method';
import type { SslSession } from './session';
import type { Ssl } from './ssl';
import { SessionHash } from '../cache/hash';

/** A program callback as the engine sees it: a name (for the graph) and a TS function. */
export interface EngineCallback<F> {
	/** The C function's name, e.g. 'on_new'. */
	name: string;
	/** The C pointer the program passed (so SSL_CTX_sess_get_*_cb can return it). */
	pointer: CValue;
	invoke: F;
}
export type NewSessionCb = EngineCallback<(ssl: Ssl, sess: SslSession) => number>;
export type RemoveSessionCb = EngineCallback<(ctx: SslCtx, sess: SslSession) => void>;
/** `copy` is the library's `int copy` (1 on entry); the callback may set copy.value = 0. */
export type GetSessionCb = EngineCallback<(ssl: Ssl, id: Uint8Array, copy: { value: number }) => SslSession | null>;

/** The mode bit a fresh SSL_CTX has (OpenSSL 3.0 sets it by default). */
export const SSL_MODE_AUTO_RETRY = 0x4;

export const STAT_NAMES = [
	'connect',
	'connect_good',
	'connect_renegotiate',
	'accept',
	'accept_good',
	'accept_renegotiate',
	'hits',
	'cb_hits',
	'misses',
	'timeouts',
	'cache_full'
] as const;
export type StatName = (typeof STAT_NAMES)[number];

/** What a corrupting unlink (9.7) left behind in this context. */
export interface CtxCorruption {
	/** The pointer written into this context's own structure: a session, or null when it points into the ctx itself. */
	clobber: SslSession | null;
	/** The session whose unlink did it, for the story. */
	culprit: SslSession;
	line: number | null;
}

export class SslCtx extends RefCounted {
	get cType(): 'SSL_CTX' {
		return 'SSL_CTX';
	}
	mode = 0x2;
	cacheSize = 20480;
	timeout = METHOD_DEFAULT_TIMEOUT;
	options = 0;
	minProto = 0;
	maxProto = 0;
	numTickets = 2;
	maxEarlyData = 0;
	verifyMode = 0;
	sidCtx: Uint8Array = new Uint8Array(0);
	/** The int mode given to SSL_CTX_set_quiet_shutdown (getters return it as given). */
	quietShutdown = 0;
	newCb: NewSessionCb | null = null;
	removeCb: RemoveSessionCb | null = null;
	getCb: GetSessionCb | null = null;
	stats: Record<StatName, number> = {
		connect: 0,
		connect_good: 0,
		connect_renegotiate: 0,
		accept: 0,
		accept_good: 0,
		accept_renegotiate: 0,
		hits: 0,
		cb_hits: 0,
		misses: 0,
		timeouts: 0,
		cache_full: 0
	};
	/** Hash part of the cache (lhash model, cache/hash.ts). */
	hash = new SessionHash();
	/** Number of sessions in the list part. */
	listLength = 0;
	/** List part: head = latest expiry, tail = earliest. */
	head: SslSession | null = null;
	tail: SslSession | null = null;
	/** Write-lock depth of the cache lock (held during flush/eviction callbacks). */
	locked = 0;
	corruption: CtxCorruption | null = null;
	/**
	 * 9.7 when the session was this list's tail: OpenSSL's tail pointer still names it although it now
	 * lives in another context's list; the next flush from the tail would never finish.
	 */
	staleTail: SslSession | null = null;
	/** SSL_CTX_set_mode flags (SSL_MODE_*, not the cache mode above); only SSL_CTX_ctrl reads them. */
	sslMode = SSL_MODE_AUTO_RETRY;
	/** SSL_CTX_set_read_ahead / SSL_CTX_set_max_cert_list values (stored and answered, nothing else). */
	readAhead = 0;
	maxCertList = 100 * 1024;
	/** Opaque state for other engine parts (handshake: ticket keys ...). */
	ext: Record<string, unknown> | null = null;

	constructor(
		n: number,
		readonly method: SslMethod,
		line: number | null
	) {
		super(n, 'SSL_CTX', line);
	}
}
