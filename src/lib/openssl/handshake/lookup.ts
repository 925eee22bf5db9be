/**
 * Server-side session lookup (semantics.md 3.9): lookup_sess_in_cache with get_session_cb's copy
 * contract, and the checks ssl_get_prev_session applies to a candidate. Every candidate returned here
 * carries one internal reference that the caller either installs in the slot or releases.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import type { SslSession } from '../objects/session';
import { cacheAdd, cacheFind, removeEntry } from '../cache/ops';
import { callGetCb, incStat } from '../cache/callbacks';
import { moveRef } from '../ledger';
import { releaseInternal, takeInternal } from './ops';
import { SSL_SESS_CACHE_NO_INTERNAL_LOOKUP, SSL_SESS_CACHE_NO_INTERNAL_STORE, SSL_VERIFY_PEER, SSL_SESS_FLAG_EXTMS, TLS1_3_VERSION } from './constants';
import { sameBytes } from '../ssl-ops';

/** lookup_sess_in_cache(ssl, id): internal cache, then get_session_cb. Keyed by the negotiated version. */
export function lookupSessInCache(w: World, ssl: Ssl, id: Uint8Array): SslSession | null {
	const sctx = ssl.sessionCtx;
	let r: SslSession | null = null;
	if (!(sctx.mode & SSL_SESS_CACHE_NO_INTERNAL_LOOKUP)) {
		r = cacheFind(w, sctx, ssl.version, id, 'handshake: server session lookup');
		if (r) takeInternal(w, r, 'handshake: server session lookup');
		else incStat(w, sctx, 'misses');
	}
	if (r === null && sctx.getCb) {
		const copy = { value: 1 };
		r = callGetCb(w, sctx, ssl, id, copy);
		if (r !== null) {
			const handedOver = copy.value === 0;
			if (handedOver) moveRef(w, r, { kind: 'app', holder: null }, { kind: 'internal', holder: null }, 'get_session_cb (*copy = 0)');
			if (r.notResumable) {
				if (handedOver) releaseInternal(w, r, 'handshake: get_session_cb result is not resumable');
				return null;
			}
			incStat(w, sctx, 'cb_hits');
			if (!handedOver) takeInternal(w, r, 'get_session_cb (*copy = 1)');
			if (!(sctx.mode & SSL_SESS_CACHE_NO_INTERNAL_STORE)) cacheAdd(w, sctx, r, 'handshake: store get_session_cb result');
		}
	}
	return r;
}

export type Verdict = 'ok' | 'drop' | 'fatal';

/**
 * ssl_get_prev_session's checks (TLS <= 1.2), in order. An expired candidate counts a timeout and,
 * if it came from the cache, is removed from it (remove_session_cb).
 */
export function checkCandidate12(w: World, ssl: Ssl, c: SslSession, fromCache: boolean): Verdict {
	if (c.fields.sslVersion !== ssl.version) return 'drop';
	if (!sameBytes(c.fields.sidCtx, ssl.sidCtx)) return 'drop';
	if (ssl.verifyMode & SSL_VERIFY_PEER && ssl.sidCtx.length === 0) return 'fatal';
	if (c.expiredAt(w.now)) {
		incStat(w, ssl.sessionCtx, 'timeouts');
		if (fromCache) removeEntry(w, ssl.sessionCtx, c, 'remove', 'handshake: expired session found by the server');
		return 'drop';
	}
	// Every simulated client sends the extended-master-secret extension.
	if (!(c.fields.flags & SSL_SESS_FLAG_EXTMS)) return 'drop';
	return 'ok';
}

/** ssl_get_prev_session's checks on a TLS 1.3 PSK candidate (after the binder): version, id context, expiry (timeouts). */
export function checkCandidate13(w: World, ssl: Ssl, c: SslSession): Verdict {
	if (c.fields.sslVersion !== TLS1_3_VERSION) return 'drop';
	if (!sameBytes(c.fields.sidCtx, ssl.sidCtx)) return 'drop';
	if (c.expiredAt(w.now)) {
		incStat(w, ssl.sessionCtx, 'timeouts');
		return 'drop';
	}
	return 'ok';
}
