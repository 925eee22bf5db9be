/**
 * ssl_update_cache (semantics.md 5.1) and the automatic flush at its end (3.7): the one place where a
 * handshake puts a session into its session_ctx's internal cache and announces it to new_session_cb.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import { cacheAdd, cacheFlush } from '../cache/ops';
import { callNewCb } from '../cache/callbacks';
import { releaseRef, takeRef } from '../ledger';
import {
	SSL_OP_NO_ANTI_REPLAY,
	SSL_OP_NO_TICKET,
	SSL_SESS_CACHE_CLIENT,
	SSL_SESS_CACHE_NO_AUTO_CLEAR,
	SSL_SESS_CACHE_NO_INTERNAL_STORE,
	SSL_SESS_CACHE_SERVER,
	SSL_VERIFY_PEER,
	TLS1_3_VERSION
} from './constants';

export function updateCache(w: World, ssl: Ssl, isServer: boolean, version: number): void {
	const sess = ssl.session;
	if (!sess || sess.fields.sessionId.length === 0 || sess.notResumable) return;
	if (isServer && sess.fields.sidCtx.length === 0 && ssl.verifyMode & SSL_VERIFY_PEER) return;
	const sctx = ssl.sessionCtx;
	const want = isServer ? SSL_SESS_CACHE_SERVER : SSL_SESS_CACHE_CLIENT;
	const mode = sctx.mode;
	const tls13 = version === TLS1_3_VERSION;
	if (mode & want && (!ssl.hit || tls13)) {
		// A TLS 1.3 server's tickets are stateless: it caches only when something will look them up.
		const store =
			!tls13 ||
			!isServer ||
			(ssl.maxEarlyData > 0 && !(ssl.options & SSL_OP_NO_ANTI_REPLAY)) ||
			sctx.removeCb !== null ||
			(ssl.options & SSL_OP_NO_TICKET) !== 0;
		if (!(mode & SSL_SESS_CACHE_NO_INTERNAL_STORE) && store) cacheAdd(w, sctx, sess, 'handshake: ssl_update_cache');
		if (sctx.newCb) {
			takeRef(w, sess, 'app', null, 'new_session_cb');
			if (callNewCb(w, sctx, ssl, sess) === 0) releaseRef(w, sess, 'app', null, 'new_session_cb returned 0');
		}
	}
	// 3.7: the counter is read as it is now; callers run this before or after its increment.
	if (!(mode & SSL_SESS_CACHE_NO_AUTO_CLEAR) && (mode & want) === want) {
		const counter = isServer ? sctx.stats.accept_good : sctx.stats.connect_good;
		if ((counter & 0xff) === 0xff) cacheFlush(w, sctx, w.now, 'automatic flush (ssl_update_cache)');
	}
}
