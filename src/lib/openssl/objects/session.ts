/**
 * SSL_SESSION: the SessionFields contract plus what the library keeps beside it — reference count,
 * cache links (one pair of list links and one owner, which is why two caches corrupt each other, 9.7),
 * the not_resumable mark, the expiry key and ex_data.
 */
import type { CValue } from '../../snippet/abi';
import { freshSessionFields, type SessionFields } from '../session-fields';
import { RefCounted } from './refcounted';
import type { SslCtx } from './ctx';

/** Largest time_t (OpenSSL's TMAX for the overflow check of 3.1). */
const I64_MAX = (1n << 63n) - 1n;
function toI64(x: number): bigint {
	return x >= 2 ** 63 ? I64_MAX : BigInt(Math.trunc(x));
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
	timeoutOvf = false;
	/** The cache whose list links this session (weak back pointer; no reference). */
	owner: SslCtx | null = null;
	/** List links: prev is toward the head (later expiry), next toward the tail. */
	prev: SslSession | null = null;
	next: SslSession | null = null;
	/** Application ex_data slots; index 1 (the prelude's) answers the trace number. */
	exData: Map<number, CValue> | null = null;
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
		this.calcTimeout = time + timeout;
		// Doubles are exact below 2^53; beyond, decide the overflow in 64-bit integers (the
		// interpreter passes LONG_MAX as the double 2^63, which stands for 2^63 - 1).
		this.timeoutOvf = time > 0 && (this.calcTimeout < 2 ** 53 ? false : toI64(timeout) > I64_MAX - toI64(time));
	}

	/** Expired at t: strict `>` (3.1); overflowed sessions never expire. */
	expiredAt(t: number): boolean {
		return !this.timeoutOvf && t > this.calcTimeout;
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
	return a.calcTimeout - b.calcTimeout;
}

