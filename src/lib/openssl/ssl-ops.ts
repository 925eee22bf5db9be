/** SSL lifecycle and session slot (2.2–2.4): new/free/clear, set_session, the bad-session rule. */
import type { World } from './world';
import type { SslCtx } from './objects/ctx';
import { Ssl, TLS1_3_VERSION } from './objects/ssl';
import type { SslSession } from './objects/session';
import { assertAlive, emitCreated, emitFreed, initialUnit, markFreed, registerDestroyer, releaseRef, takeRef } from './ledger';
import { removeEntry } from './cache/ops';
import { sslView } from './views';
import { SSL_SENT_SHUTDOWN } from './constants';
import { ERR_LIB_SSL, ERR_R_INTERNAL_ERROR } from './constants';

/** Hooks other engine parts add (handshake state cleanup). Called after `# free SSL#n`, before the session is released. */
export const sslFreeHooks: ((w: World, ssl: Ssl) => void)[] = [];
/** Called by SSL_clear after the bad-session step, to reset per-connection state. */
export const sslClearHooks: ((w: World, ssl: Ssl) => void)[] = [];

export function sslNew(w: World, ctx: SslCtx, via = 'SSL_new'): Ssl {
	if (ctx.freed) assertAlive(w, ctx, `${via} reads the context`);
	const ssl = new Ssl(w.nextNumber('SSL'), ctx, w.line);
	takeRef(w, ctx, 'ctx', ssl, via);
	takeRef(w, ctx, 'session-ctx', ssl, via);
	if (w.full) ssl.holders = [initialUnit(w, 'app', null, via)];
	emitCreated(w, ssl, via, () => sslView(ssl));
	return ssl;
}

/** ssl_clear_bad_session: removes a completed, not-shut-down connection's session from session_ctx's cache. */
export function badSessionCheck(w: World, ssl: Ssl, via: string): boolean {
	const s = ssl.session;
	if (s === null || ssl.shutdown & SSL_SENT_SHUTDOWN || ssl.handshake !== 'done') return false;
	removeEntry(w, ssl.sessionCtx, s, 'remove', `${via} (bad session: no shutdown)`);
	return true;
}

/** Put `sess` in the slot (taking a ref) and release the previous one. */
export function setSessionSlot(w: World, ssl: Ssl, sess: SslSession | null, via: string): void {
	if (sess) takeRef(w, sess, 'session', ssl, via);
	const prev = ssl.session;
	ssl.session = sess;
	w.touch(ssl);
	if (prev) releaseRef(w, prev, 'session', ssl, via);
}

/** Hand an existing unit to the slot (handshake: fresh session, lookup ref) and release the previous one. */
export function installSession(w: World, ssl: Ssl, sess: SslSession | null, via: string): void {
	const prev = ssl.session;
	ssl.session = sess;
	w.touch(ssl);
	if (prev) releaseRef(w, prev, 'session', ssl, via);
}

/** Back to the context's (version-flexible) method: SSL_version() reads TLS 1.3 again. */
export function resetMethod(w: World, ssl: Ssl): void {
	if (ssl.methodVersion === null && ssl.method === ssl.ctx.method) return;
	ssl.method = ssl.ctx.method;
	ssl.methodVersion = null;
	ssl.version = TLS1_3_VERSION;
	w.touch(ssl);
}

/** SSL_set_session (2.2). */
export function sslSetSession(w: World, ssl: Ssl, sess: SslSession | null, via = 'SSL_set_session'): number {
	badSessionCheck(w, ssl, via);
	resetMethod(w, ssl);
	if (sess) {
		if (sess.freed) assertAlive(w, sess, `${via} reads the session`);
		ssl.verifyResult = sess.fields.verifyResult;
	}
	setSessionSlot(w, ssl, sess, via);
	return 1;
}

/**
 * The part of SSL_clear (2.3) that runs before its renegotiation check: the bad-session rule, then
 * hit and shutdown reset. Returns 0 (ERR_R_INTERNAL_ERROR queued) while SSL_renegotiate is pending:
 * real SSL_clear stops there, keeping the connection's method and state machine.
 */
export function sslClearPrefix(w: World, ssl: Ssl, via = 'SSL_clear'): number {
	if (badSessionCheck(w, ssl, via)) {
		const s = ssl.session as SslSession;
		ssl.session = null;
		w.touch(ssl);
		releaseRef(w, s, 'session', ssl, via);
	}
	ssl.hit = false;
	ssl.shutdown = 0;
	w.touch(ssl);
	if (ssl.renegotiatePending) {
		w.pushError(ERR_LIB_SSL, ERR_R_INTERNAL_ERROR, 'SSL_clear');
		return 0;
	}
	return 1;
}

/** SSL_clear (2.3). */
export function sslClear(w: World, ssl: Ssl, via = 'SSL_clear'): number {
	if (!sslClearPrefix(w, ssl, via)) return 0;
	for (const h of sslClearHooks) h(w, ssl);
	ssl.handshake = 'before';
	resetMethod(w, ssl);
	w.touch(ssl);
	return 1;
}

/** SSL_set_SSL_CTX (2.3): moves only ssl->ctx. */
export function sslSetSslCtx(w: World, ssl: Ssl, ctx: SslCtx | null, via = 'SSL_set_SSL_CTX'): SslCtx {
	const target = ctx ?? ssl.sessionCtx;
	if (target === ssl.ctx) return target;
	if (target.freed) assertAlive(w, target, `${via} reads the context`);
	const old = ssl.ctx;
	if (sameBytes(ssl.sidCtx, old.sidCtx)) ssl.sidCtx = target.sidCtx.slice();
	takeRef(w, target, 'ctx', ssl, via);
	ssl.ctx = target;
	w.touch(ssl);
	releaseRef(w, old, 'ctx', ssl, via);
	return target;
}

/** SSL_copy_session_id (2.2). */
export function sslCopySessionId(w: World, to: Ssl, from: Ssl, via = 'SSL_copy_session_id'): number {
	if (from.freed) assertAlive(w, from, `${via} reads the source SSL`);
	sslSetSession(w, to, from.session, via);
	if (to.method !== from.method || to.methodVersion !== from.methodVersion) {
		to.method = from.method;
		to.methodVersion = from.methodVersion;
		to.version = from.methodVersion ?? TLS1_3_VERSION;
		w.touch(to);
	}
	to.sidCtx = from.sidCtx.slice();
	return 1;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

registerDestroyer('SSL', (w, o, via) => {
	const ssl = o as Ssl;
	// `# free SSL#n` comes first, then the session, session_ctx and ctx are released (0.1).
	emitFreed(w, ssl, via);
	markFreed(w, ssl, via);
	for (const h of sslFreeHooks) h(w, ssl);
	const s = ssl.session;
	if (s !== null) {
		badSessionCheck(w, ssl, via);
		ssl.session = null;
		w.touch(ssl);
		releaseRef(w, s, 'session', ssl, `${via} (its session)`);
	}
	releaseRef(w, ssl.sessionCtx, 'session-ctx', ssl, `${via} (its session_ctx)`);
	releaseRef(w, ssl.ctx, 'ctx', ssl, `${via} (its ctx)`);
});
