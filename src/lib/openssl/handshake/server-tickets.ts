/**
 * TLS 1.3 NewSessionTicket on the server (semantics.md 7.0, "write NewSessionTicket"): a session per
 * ticket after the first, a fresh id and time, the resumption PSK, the encode copy of a stateless
 * ticket, then ssl_update_cache. Stateful tickets (SSL_OP_NO_TICKET, or early data with anti-replay)
 * are the session id itself and are found again through the cache.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import type { SslSession } from '../objects/session';
import type { HsState } from './state';
import { dupSlotSession, sessionChanged } from './ops';
import { randomBytes, randomUint32 } from './random';
import { sha256 } from './sha256';
import { issueStatelessTicket } from './tickets';
import { updateCache } from './update-cache';
import { SECRET_LEN, SSL_OP_NO_ANTI_REPLAY, SSL_OP_NO_TICKET, TLS1_3_VERSION } from './constants';

/** TLS 1.3 caps a ticket's lifetime hint at one week. */
const MAX_TICKET_LIFETIME = 604800;

/**
 * The ticket_lifetime_hint field of NewSessionTicket is a uint32: the server writes its session timeout
 * (a long) cast to uint32_t, so a negative SSL_CTX_set_timeout arrives as 2^32 - n.
 */
export function wireLifetimeHint(timeout: number): number {
	if (timeout >= 2 ** 63) return 0xffffffff; // LONG_MAX (the interpreter's 2^63)
	return Number(BigInt.asUintN(32, BigInt(Math.trunc(timeout))));
}

export function antiReplay(ssl: Ssl): boolean {
	return ssl.maxEarlyData > 0 && !(ssl.options & SSL_OP_NO_ANTI_REPLAY);
}

export function statefulTickets(ssl: Ssl): boolean {
	return (ssl.options & SSL_OP_NO_TICKET) !== 0 || antiReplay(ssl);
}

/** The resumption PSK of one ticket: both sides derive it from the connection's secret and the nonce. */
function ticketPsk(secret: Uint8Array, nonce: Uint8Array): Uint8Array {
	const input = new Uint8Array(secret.length + nonce.length + 1);
	input.set(secret);
	input.set(nonce, secret.length);
	const a = sha256(input);
	input[input.length - 1] = 1;
	const b = sha256(input);
	const out = new Uint8Array(SECRET_LEN);
	out.set(a);
	out.set(b.subarray(0, SECRET_LEN - 32), 32);
	return out;
}

/** tls_construct_new_session_ticket (TLS 1.3): one ticket, with its session and cache update. */
export function serverTicket13(w: World, ssl: Ssl, hs: HsState): void {
	if (hs.ticketsSent > 0 || hs.resumed) dupSlotSession(w, ssl, 'handshake: a new session for another ticket');
	const s = ssl.session as SslSession;
	const f = s.fields;
	const nonce = new Uint8Array(8);
	new DataView(nonce.buffer).setUint32(4, hs.ticketsSent);
	f.sessionId = randomBytes(w, 32);
	f.time = w.now;
	f.ticketAgeAdd = randomUint32(w);
	f.masterKey = ticketPsk(hs.resumptionSecret, nonce);
	f.maxEarlyData = ssl.maxEarlyData;
	sessionChanged(w, s);
	const ticket = statefulTickets(ssl) ? f.sessionId.slice() : issueStatelessTicket(w, ssl.sessionCtx, s);
	updateCache(w, ssl, true, TLS1_3_VERSION);
	hs.out?.push({
		t: 'NewSessionTicket',
		ticket,
		lifetimeHint: wireLifetimeHint(Math.min(f.timeout, MAX_TICKET_LIFETIME)),
		ageAdd: f.ticketAgeAdd,
		nonce,
		maxEarlyData: f.maxEarlyData,
		psk: f.masterKey.slice()
	});
	hs.ticketsSent++;
}

