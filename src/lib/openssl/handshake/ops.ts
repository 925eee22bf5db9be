/**
 * The handshake's uses of the engine, named after what OpenSSL does at that point. Every reference,
 * cache and counter change goes through the engine (ledger, events, faults); this file only chooses
 * holders and `via` texts so the graph can say why a session exists.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import type { SslCtx } from '../objects/ctx';
import type { SslSession } from '../objects/session';
import { sessionNew, sessionDup, sessionChanged } from '../session-ops';
import { installSession } from '../ssl-ops';
import { releaseRef, takeRef, moveRef } from '../ledger';
import { sessionTimeoutFor } from '../ctx-ops';
import { encodeSession } from '../asn1/session-der';
import { parseSessionDer, applySessionDer } from '../asn1/session-d2i';

const INTERNAL = { kind: 'internal' as const, holder: null };

/** ssl_get_new_session: a session for ssl's slot with the handshake defaults of 1.4, then installed. */
export function newSlotSession(w: World, ssl: Ssl, version: number, via: string): SslSession {
	const s = sessionNew(w, { kind: 'session', holder: ssl, via });
	const f = s.fields;
	f.sslVersion = version;
	f.timeout = sessionTimeoutFor(ssl.sessionCtx);
	f.time = w.now;
	f.sidCtx = ssl.sidCtx.slice();
	f.verifyResult = 0;
	f.maxFragmentLenMode = 0;
	sessionChanged(w, s);
	installSession(w, ssl, s, via);
	return s;
}

/** ssl_session_dup(ssl->session, 0) installed in the slot (the previous session loses the slot's ref). */
export function dupSlotSession(w: World, ssl: Ssl, via: string): SslSession {
	const src = ssl.session as SslSession;
	const s = sessionDup(w, src, { kind: 'session', holder: ssl, via }, { ticket: false });
	installSession(w, ssl, s, via);
	return s;
}

/** A reference the handshake holds for a while (lookup ref, decrypted ticket) becomes the slot's. */
export function installHeld(w: World, ssl: Ssl, s: SslSession, via: string): void {
	moveRef(w, s, INTERNAL, { kind: 'session', holder: ssl }, via);
	installSession(w, ssl, s, via);
}

export function takeInternal(w: World, s: SslSession, via: string): void {
	takeRef(w, s, 'internal', null, via);
}

export function releaseInternal(w: World, s: SslSession, via: string): void {
	releaseRef(w, s, 'internal', null, via);
}

/** Empty ssl's slot (TLS 1.3 server before PSK processing). */
export function dropSlot(w: World, ssl: Ssl, via: string): void {
	if (ssl.session) installSession(w, ssl, null, via);
}

export function der(s: SslSession): Uint8Array {
	return encodeSession(s.fields) ?? new Uint8Array(0);
}

/** d2i_SSL_SESSION into a new object held internally: `# new`, and `# free` right after on a bad field. */
export function decodeHeld(w: World, bytes: Uint8Array, via: string): SslSession | null {
	const p = parseSessionDer(bytes);
	if (!p.ok) return null;
	const s = sessionNew(w, { ...INTERNAL, via });
	const r = applySessionDer(p.parsed, s.fields, w.now);
	if (!r.ok) {
		releaseInternal(w, s, via);
		return null;
	}
	sessionChanged(w, s);
	return s;
}

export { sessionChanged };
export type { SslCtx };
