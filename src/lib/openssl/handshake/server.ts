/**
 * The server's side of the state machine (semantics.md 7.0, server table): ClientHello processing
 * with session lookup / ticket decryption, the server session, NewSessionTickets, handshake end.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import type { SslSession } from '../objects/session';
import { incStat } from '../cache/callbacks';
import { removeEntry } from '../cache/ops';
import type { ClientHello, Msg } from './messages';
import type { HsState } from './state';
import { decodeHeld, dropSlot, installHeld, newSlotSession, releaseInternal, sessionChanged } from './ops';
import { noVersionEnabled, serverChoice } from './versions';
import { receivedServerName } from './sni';
import { randomBytes } from './random';
import { checkCandidate12, checkCandidate13, lookupSessInCache } from './lookup';
import { issueStatelessTicket, openTicket } from './tickets';
import { serverTicket13, statefulTickets, antiReplay, wireLifetimeHint } from './server-tickets';
import { updateCache } from './update-cache';
import { receiveFatal, sendFatal } from './fatal';
import { sameBytes } from '../ssl-ops';
import { serverCertDer } from './cert';
import {
	CIPHER_TLS12,
	CIPHER_TLS13,
	KEX_GROUP,
	R,
	SECRET_LEN,
	SSL_OP_ALLOW_CLIENT_RENEGOTIATION,
	SSL_OP_NO_TICKET,
	SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION,
	SSL_SESS_CACHE_SERVER,
	SSL_SESS_FLAG_EXTMS,
	SSL_VERIFY_PEER,
	suiteHash,
	TLS1_2_VERSION,
	TLS1_3_VERSION
} from './constants';

const EMPTY = new Uint8Array(0);
/** ECDHE-ECDSA-AES256-SHA: what TLS 1.0/1.1 would pick (those handshakes fail later anyway). */
const CIPHER_LEGACY = 0xc00a;

export function serverStart(w: World, ssl: Ssl, hs: HsState): void {
	w.errors.length = 0; // as for the client: a starting handshake clears the error queue
	if (noVersionEnabled(ssl)) {
		// Observed: "no protocols available", accept not counted, SSL_version unchanged.
		w.pushError(20 /* ERR_LIB_SSL */, R.NO_PROTOCOLS_AVAILABLE, 'tls_setup_handshake');
		hs.phase = 'failed';
		ssl.handshake = 'failed';
		w.touch(ssl);
		return;
	}
	incStat(w, ssl.sessionCtx, 'accept');
	ssl.handshake = 'in-init';
	ssl.hit = false;
	w.touch(ssl);
	hs.resumed = false;
	hs.ticketsSent = 0;
	hs.phase = 's-wait-ch';
}

function onClientHello(w: World, ssl: Ssl, hs: HsState, ch: ClientHello): void {
	if (ch.sni) receivedServerName(ssl, ch.sni);
	// final_server_name: `accept` was counted on session_ctx; it belongs to ssl->ctx.
	if (!hs.renegotiating && ssl.ctx !== ssl.sessionCtx) {
		incStat(w, ssl.sessionCtx, 'accept', -1);
		incStat(w, ssl.ctx, 'accept');
	}
	const v = serverChoice({ lo: ch.minVersion, hi: ch.maxVersion }, ssl);
	if (v === 0) {
		ssl.version = Math.min(ch.maxVersion, TLS1_2_VERSION);
		w.touch(ssl);
		sendFatal(w, ssl, hs, R.UNSUPPORTED_PROTOCOL, 'protocol_version', 'tls_early_post_process_client_hello');
		return;
	}
	hs.version = v;
	ssl.version = v;
	ssl.methodVersion = v;
	w.touch(ssl);
	hs.ticketsSent = 0;
	if (v === TLS1_3_VERSION) hello13(w, ssl, hs, ch);
	else hello12(w, ssl, hs, ch, v);
}

function hello12(w: World, ssl: Ssl, hs: HsState, ch: ClientHello, v: number): void {
	const sctx = ssl.sessionCtx;
	let cand: SslSession | null = null;
	let fromCache = false;
	hs.expectTicket = false;
	const ticketsOk = !(ssl.options & SSL_OP_NO_TICKET) && ch.ticket !== null;
	if (hs.renegotiating && ssl.options & SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) {
		// No lookup and no ticket look-ahead: a new session with a random id, and no ticket (observed).
	} else if (ticketsOk && ch.ticket && ch.ticket.length > 0) {
		const der = openTicket(w, sctx, ch.ticket);
		cand = der ? decodeHeld(w, der, 'handshake: ticket decryption') : null;
		if (cand && ch.sessionId.length > 0) {
			cand.fields.sessionId = ch.sessionId.slice();
			sessionChanged(w, cand);
		}
		if (!cand) hs.expectTicket = true;
	} else {
		if (ticketsOk) hs.expectTicket = true;
		if (ch.sessionId.length > 0) {
			cand = lookupSessInCache(w, ssl, ch.sessionId);
			fromCache = true;
		}
	}
	if (cand) {
		const verdict = checkCandidate12(w, ssl, cand, fromCache);
		if (verdict !== 'ok') {
			releaseInternal(w, cand, 'handshake: session not resumable here');
			cand = null;
			if (!fromCache) hs.expectTicket = true;
			if (verdict === 'fatal') {
				sendFatal(w, ssl, hs, R.SESSION_ID_CONTEXT_UNINITIALIZED, 'handshake_failure', 'ssl_get_prev_session');
				return;
			}
		}
	}
	if (cand) {
		installHeld(w, ssl, cand, 'handshake: resumed session');
		incStat(w, sctx, 'hits');
		hs.resumed = true;
		ssl.hit = true;
		w.touch(ssl);
		hs.out?.push(
			// tls_construct_server_hello: the resumed session's own id (for a ticket, the client's id).
			{ t: 'ServerHello', version: v, cipherId: cand.fields.cipherId, sessionId: cand.fields.sessionId.slice(), resumed: true, masterKey: cand.fields.masterKey.slice(), extendedMasterSecret: true, kexGroup: KEX_GROUP, peer: null }
		);
		if (hs.expectTicket) {
			// Resumed by id while the client sent an empty ticket extension: the server still issues a
			// ticket (for the resumed session, before its ChangeCipherSpec); the lifetime hint of a
			// TLS <= 1.2 ticket issued in a resumption is 0 (create_ticket_prequel).
			const ticket = issueStatelessTicket(w, sctx, cand);
			hs.out?.push({ t: 'NewSessionTicket', ticket, lifetimeHint: 0, ageAdd: 0, nonce: EMPTY, maxEarlyData: 0, psk: null });
		}
		hs.out?.push({ t: 'ServerFinished' });
		hs.phase = 's-wait-fin';
		return;
	}
	const s = newSlotSession(w, ssl, v, 'handshake: server session');
	const f = s.fields;
	f.cipherId = v === TLS1_2_VERSION ? CIPHER_TLS12 : CIPHER_LEGACY;
	f.sessionId = hs.expectTicket ? EMPTY : randomBytes(w, 32);
	f.masterKey = randomBytes(w, SECRET_LEN);
	f.flags |= SSL_SESS_FLAG_EXTMS;
	f.kexGroup = KEX_GROUP;
	// tls_construct_server_hello: no session id unless ssl->ctx caches server sessions.
	if (!(ssl.ctx.mode & SSL_SESS_CACHE_SERVER)) f.sessionId = EMPTY;
	sessionChanged(w, s);
	if (v < TLS1_2_VERSION) {
		// Real 3.0 at the default security level finds no signature algorithm for TLS 1.0/1.1.
		sendFatal(w, ssl, hs, R.NO_SUITABLE_SIGNATURE_ALGORITHM, 'handshake_failure', 'tls_choose_sigalg');
		return;
	}
	hs.out?.push(
		{ t: 'ServerHello', version: v, cipherId: f.cipherId, sessionId: f.sessionId.slice(), resumed: false, masterKey: f.masterKey.slice(), extendedMasterSecret: true, kexGroup: KEX_GROUP, peer: serverCertDer() },
		{ t: 'ServerDone' }
	);
	hs.phase = 's-wait-fin';
}

function hello13(w: World, ssl: Ssl, hs: HsState, ch: ClientHello): void {
	const sctx = ssl.sessionCtx;
	let cand: SslSession | null = null;
	// Unlike TLS 1.2 (new session first, then the old one goes), a TLS 1.3 server lets go of a session
	// set with SSL_set_session before anything else (observed, with or without a PSK).
	dropSlot(w, ssl, 'handshake: TLS 1.3 server drops its previous session');
	if (ch.psk) {
		if (statefulTickets(ssl)) {
			if (ch.psk.length === 32) {
				cand = lookupSessInCache(w, ssl, ch.psk);
				if (cand && antiReplay(ssl) && !removeEntry(w, sctx, cand, 'remove', 'handshake: single-use ticket (anti-replay)')) {
					releaseInternal(w, cand, 'handshake: ticket already used');
					cand = null;
				}
			}
		} else {
			const der = openTicket(w, sctx, ch.psk);
			if (der) cand = decodeHeld(w, der, 'handshake: ticket decryption');
		}
		// tls_parse_ctos_psk, in its order: a session whose suite hash differs from the negotiated
		// suite's is skipped silently; then the binder (its length follows the client's session, its
		// key is the session's master key); ssl_get_prev_session's checks come after.
		if (cand && suiteHash(cand.fields.cipherId) !== suiteHash(CIPHER_TLS13)) {
			releaseInternal(w, cand, 'handshake: ticket suite does not fit the negotiated one');
			cand = null;
		}
		if (cand && suiteHash(cand.fields.cipherId) !== ch.pskHash) {
			// The client computed its binder with another hash: the binder has the wrong length (observed).
			releaseInternal(w, cand, 'handshake: PSK binder does not fit');
			sendFatal(w, ssl, hs, R.BAD_EXTENSION, 'illegal_parameter', 'tls_parse_ctos_psk');
			return;
		}
		if (cand && !sameBytes(cand.fields.masterKey, ch.pskKey ?? EMPTY)) {
			// The client keyed its binder with its own session's PSK; this session holds another one
			// (a get_session_cb that returned a different session, an altered master key).
			releaseInternal(w, cand, 'handshake: PSK binder does not verify');
			sendFatal(w, ssl, hs, R.BINDER_DOES_NOT_VERIFY, 'decrypt_error', 'tls_psk_do_binder');
			return;
		}
		if (cand && checkCandidate13(w, ssl, cand) !== 'ok') {
			releaseInternal(w, cand, 'handshake: ticket not usable');
			cand = null;
		}
	}
	const secret = randomBytes(w, SECRET_LEN);
	hs.resumptionSecret = secret;
	if (cand) {
		installHeld(w, ssl, cand, 'handshake: resumed session');
		if (ssl.verifyMode & SSL_VERIFY_PEER && ssl.sidCtx.length === 0) {
			// Observed: the resumed session is already the SSL's, so the fatal alert removes it
			// (remove_session_cb) before it is released.
			sendFatal(w, ssl, hs, R.SESSION_ID_CONTEXT_UNINITIALIZED, 'handshake_failure', 'tls_parse_ctos_psk');
			dropSlot(w, ssl, 'handshake: failed resumption');
			return;
		}
		incStat(w, sctx, 'hits');
		hs.resumed = true;
		ssl.hit = true;
		w.touch(ssl);
	} else {
		const s = newSlotSession(w, ssl, TLS1_3_VERSION, 'handshake: server session');
		s.fields.cipherId = CIPHER_TLS13;
		s.fields.masterKey = secret.slice();
		s.fields.kexGroup = KEX_GROUP;
		sessionChanged(w, s);
	}
	hs.out?.push(
		{ t: 'ServerHello', version: TLS1_3_VERSION, cipherId: CIPHER_TLS13, sessionId: EMPTY, resumed: cand !== null, masterKey: secret.slice(), extendedMasterSecret: false, kexGroup: KEX_GROUP, peer: cand ? null : serverCertDer() },
		{ t: 'ServerDone' }
	);
	hs.phase = 's-wait-fin';
}

function finishState(w: World, ssl: Ssl, hs: HsState): void {
	hs.phase = 'idle';
	hs.firstDone = true;
	hs.renegotiating = false;
	ssl.renegotiatePending = false;
	ssl.handshake = 'done';
	w.touch(ssl);
}

function serverEnd(w: World, ssl: Ssl, hs: HsState): void {
	if (hs.version === TLS1_3_VERSION) {
		incStat(w, ssl.ctx, 'accept_good');
		finishState(w, ssl, hs);
		const n = hs.resumed ? Math.min(ssl.numTickets, 1) : ssl.numTickets;
		for (let i = 0; i < n; i++) serverTicket13(w, ssl, hs);
		return;
	}
	const s = ssl.session as SslSession;
	if (!hs.resumed) {
		if (hs.expectTicket) {
			const ticket = issueStatelessTicket(w, ssl.sessionCtx, s);
			hs.out?.push({ t: 'NewSessionTicket', ticket, lifetimeHint: wireLifetimeHint(s.fields.timeout), ageAdd: 0, nonce: EMPTY, maxEarlyData: 0, psk: null });
		}
		hs.out?.push({ t: 'ServerFinished' });
	}
	updateCache(w, ssl, true, hs.version);
	incStat(w, ssl.ctx, 'accept_good');
	finishState(w, ssl, hs);
}

/** One inbound message while the server's handshake runs. */
export function serverInInit(w: World, ssl: Ssl, hs: HsState, m: Msg): void {
	if (m.t === 'Alert') {
		if (m.fatal) receiveFatal(w, ssl, hs, m.reason);
		return;
	}
	if (hs.phase === 's-wait-ch' && m.t === 'ClientHello') onClientHello(w, ssl, hs, m);
	else if (hs.phase === 's-wait-fin' && m.t === 'ClientFinished') serverEnd(w, ssl, hs);
}

/** A ClientHello after the handshake: a client-initiated renegotiation (TLS <= 1.2). */
export function serverRenegotiation(w: World, ssl: Ssl, hs: HsState, ch: ClientHello): void {
	if (hs.version === TLS1_3_VERSION) {
		sendFatal(w, ssl, hs, R.NO_RENEGOTIATION, 'handshake_failure', 'ssl3_read_bytes');
		return;
	}
	// Observed (3.0.22): the hello that answers the server's own HelloRequest counts twice.
	incStat(w, ssl.ctx, 'accept_renegotiate', hs.serverRequested ? 2 : 1);
	if (!(ssl.options & SSL_OP_ALLOW_CLIENT_RENEGOTIATION) && !hs.serverRequested) {
		hs.out?.push({ t: 'Alert', fatal: false, reason: 'no_renegotiation' });
		return;
	}
	hs.serverRequested = false;
	hs.renegotiating = true;
	hs.resumed = false;
	ssl.hit = false;
	ssl.handshake = 'in-init';
	w.touch(ssl);
	onClientHello(w, ssl, hs, ch);
}
