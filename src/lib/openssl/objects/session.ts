/**
 * SSL_SESSION: the SessionFields contract plus what the library keeps beside it — reference count,
 * cache links (one pair of list links and one owner, which is why two caches corrupt each other, 9.7),
 * the not_resumable mark, the expiry key and the storage behind pointers the program got (ex_data: RefCounted).
 */
import type { OpaqueObject } from '../../snippet/abi';
import { freshSessionFields, type SessionFields } from '../session-fields';
import { RefCounted } from './refcounted';
import type { SslCtx } from './ctx';

/** Largest time_t (OpenSSL's TMAX for the overflow check of 3.1). */
const I64_MAX = (1n << 63n) - 1n;
const I64_MIN = -(1n << 63n);
/** A long as the engine holds it (a double; the interpreter passes LONG_MAX as 2^63) → exact int64. */
function toI64(x: number): bigint {
	if (x >= 2 ** 63) return I64_MAX;
	if (x <= -(2 ** 63)) return I64_MIN;
	return BigInt(Math.trunc(x));
}
/** Beyond this, time + timeout is not certainly exact in a double: decide in 64-bit integers. */
const SAFE = 2 ** 52;

/** A heap buffer of the session that its setter replaces (and frees) as a whole. */
export type HeapField = 'hostname' | 'alpnSelected' | 'ticket' | 'ticketAppdata';

/**
 * The storage behind interior pointers, as OpenSSL lays it out: the inline 32-byte arrays (session id,
 * id context) with memcpy semantics, a generation per heap buffer (a pointer from before a replacement
 * dangles), the buffer value last lent to the program with a count of rewrites behind the setters'
 * back (d2i into the session), and the X509 object SSL_SESSION_get0_peer lends out. Pointer readers
 * keep only numbers and the session: everything they compare against lives here.
 */
export interface SessionMemory {
	inline: Partial<Record<'sessionId' | 'sidCtx', { raw: Uint8Array; last: Uint8Array }>>;
	generations: Partial<Record<HeapField, { n: number; line: number | null; via: string }>>;
	lent: Partial<Record<HeapField, { value: string | Uint8Array | null; rewrites: number }>>;
	peer: (OpaqueObject & { der: Uint8Array }) | null;
}

export class SslSession extends RefCounted {
	/** On the prototype, not in every instance (hundreds of thousands of sessions in cache-heavy runs). */
	get cType(): 'SSL_SESSION' {
		return 'SSL_SESSION';
	}
	fields: SessionFields;
	notResumable = false;
	/** calc_timeout = time + timeout, unless it overflows time_t (then the session never expires). */
	calcTimeout = 0;
	/**
	 * calc_timeout exactly, for ordering and expiry: the same number as calcTimeout unless the 64-bit
	 * value is not exact in a double (then a bigint; JS compares the two kinds exactly).
	 */
	calcKey: number | bigint = 0;
	timeoutOvf = false;
	/** The cache whose list links this session (weak back pointer; no reference). */
	owner: SslCtx | null = null;
	/** List links: prev is toward the head (later expiry), next toward the tail. */
	prev: SslSession | null = null;
	next: SslSession | null = null;
	/** What pointers handed to the program depend on (bindings/interior.ts); null until a getter hands one out. */
	memory: SessionMemory | null = null;
	/** Opaque per-session state for other engine parts (handshake: PSK/ticket internals). */
	ext: Record<string, unknown> | null = null;

	constructor(n: number, now: number, line: number | null) {
		super(n, 'SSL_SESSION', line);
		this.fields = freshSessionFields(now);
		this.recalc();
	}

	/** ssl_session_calculate_timeout: recompute the expiry key after time/timeout changed. */
	recalc(): void {
		const { time, timeout } = this.fields;
		if (time >= 0 && time < SAFE && timeout > -SAFE && timeout < SAFE) {
			// The usual case: no overflow possible, exact in a double.
			this.calcTimeout = this.calcKey = time + timeout;
			this.timeoutOvf = false;
			return;
		}
		// CALCULATE_TIMEOUT of ssl/ssl_sess.c in 64-bit arithmetic: overflow = (uint64)TMAX - (uint64)time;
		// if timeout > (time_t)overflow the session is "overflowed" (never expires, sorts after every
		// other) and calc_timeout = timeout - overflow; else calc_timeout = time + timeout. A negative
		// time makes (time_t)overflow negative, so such a session counts as overflowed too.
		const t = toI64(time);
		const o = toI64(timeout);
		const overflow = BigInt.asIntN(64, BigInt.asUintN(64, I64_MAX) - BigInt.asUintN(64, t));
		this.timeoutOvf = o > overflow;
		const key = BigInt.asIntN(64, this.timeoutOvf ? o - overflow : t + o);
		this.calcTimeout = Number(key);
		this.calcKey = key >= -SAFE && key <= SAFE ? Number(key) : key;
	}

	/** Expired at t: strict `>` (3.1); overflowed sessions never expire. */
	expiredAt(t: number): boolean {
		if (this.timeoutOvf) return false;
		return (t >= 2 ** 63 ? I64_MAX : t) > this.calcKey;
	}

	/** SSL_SESSION_is_resumable. */
	get resumable(): boolean {
		const ticket = this.fields.ticket;
		return !this.notResumable && (this.fields.sessionId.length > 0 || (ticket !== null && ticket.length > 0));
	}
}

/** Compare expiry keys: overflowed sessions are later than any non-overflowed one. */
export function compareExpiry(a: SslSession, b: SslSession): number {
	if (a.timeoutOvf !== b.timeoutOvf) return a.timeoutOvf ? 1 : -1;
	return a.calcKey < b.calcKey ? -1 : a.calcKey > b.calcKey ? 1 : 0;
}

