/**
 * The client's side of the state machine (semantics.md 7.0, client table): ClientHello, ServerHello,
 * NewSessionTicket, handshake end. Each function runs at the step where real OpenSSL does the same.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import type { SslSession } from '../objects/session';
import { incStat } from '../cache/callbacks';
import { removeEntry } from '../cache/ops';
import { assertAlive } from '../ledger';
import { sessionDup } from '../session-ops';
import { installSession, sameBytes } from '../ssl-ops';
import type { Msg, NewSessionTicket, ServerHello } from './messages';
import type { HsState } from './state';
import { dupSlotSession, newSlotSession, sessionChanged } from './ops';
import { inRange, noVersionEnabled, rangeOf } from './versions';
import { ownServerName } from './sni';
import { randomBytes } from './random';
import { sha256 } from './sha256';
import { updateCache } from './update-cache';
import { receiveFatal, sendFatal } from './fatal';
import { ERR_LIB_PROV } from '../asn1/err-codes';
import {
	R,
	SSL_OP_NO_TICKET,
	SSL_SESS_CACHE_CLIENT,
	SSL_SESS_FLAG_EXTMS,
	SSL_VERIFY_PEER,
	suiteHash,
	TLS1_2_VERSION,
	TLS1_3_VERSION,
	VERIFY_SELF_SIGNED
} from './constants';

const EMPTY = new Uint8Array(0);
const ERR_LIB_SSL = 20;
/** The AEAD failure the provider queues before the record layer's bad_record_mac. */
const PROV_R_CIPHER_OPERATION_FAILED = 102;
/** ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED: 257 | ERR_R_FATAL. */
const ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED = 257 | 0xc0000;

/**
 * tls_construct_ctos_psk: a TLS 1.3 client does not offer a ticket older than its lifetime hint,
 * measured in whole seconds from the session's time as an unsigned 32-bit age, minus one (so a time in the
 * future counts as ancient).
 */
function ticketTooOld(w: World, s: SslSession): boolean {
	let age = Math.trunc(w.now - s.fields.time) >>> 0;
	// The client rounds its age estimate down by a second so it never exceeds the server's.
	if (age > 0) age--;
	return s.fields.ticketLifetimeHint < age;
}

/** Start a handshake (or a renegotiation): counters, the session to offer, the ClientHello. */
export function clientStart(w: World, ssl: Ssl, hs: HsState): void {
	const reneg = hs.firstDone;
	// The state machine clears the thread's error queue whenever it starts a handshake (observed:
	// errors left by earlier calls do not make the next connect_pair fail).
	w.errors.length = 0;
	hs.renegotiating = reneg;
	hs.resumed = false;
	if (!reneg && noVersionEnabled(ssl)) {
		// Observed: nothing is counted or created; the SSL stays in init with "no protocols available".
		w.pushError(ERR_LIB_SSL, R.NO_PROTOCOLS_AVAILABLE, 'ssl_set_client_hello_version');
		hs.phase = 'failed';
		ssl.handshake = 'failed';
		w.touch(ssl);
		return;
	}
	incStat(w, ssl.sessionCtx, reneg ? 'connect_renegotiate' : 'connect');
	ssl.handshake = 'in-init';
	if (!reneg && hs.usedTls13 && ssl.methodVersion === TLS1_3_VERSION) {
		// A second handshake on an SSL that finished a TLS 1.3 one, with neither SSL_clear nor
		// SSL_set_session in between: real 3.0 refuses to build the ClientHello (observed; an SSL that
		// only got the TLS 1.3 method through SSL_copy_session_id connects fine).
		w.pushError(ERR_LIB_SSL, ERR_R_SHOULD_NOT_HAVE_BEEN_CALLED, 'tls_construct_client_hello');
		hs.phase = 'failed';
		ssl.handshake = 'failed';
		w.touch(ssl);
		return;
	}
	ssl.hit = false;
	const range = rangeOf(ssl);
	ssl.version = range.hi;
	w.touch(ssl);
	// SSL_renegotiate asks for a new session (empty id, no ticket); a HelloRequest's renegotiation resumes.
	const fresh = reneg && hs.renegNewSession;
	let sess = ssl.session;
	if (sess) assertAlive(w, sess, 'the ClientHello reads the SSL session');
	// tls_construct_client_hello: a missing, non-resumable or out-of-range session is replaced by a new
	// one whether or not a new session was asked for (SSL_renegotiate only stops the offering).
	if (!sess || !sess.resumable || !inRange(sess.fields.sslVersion, range)) {
		sess = newSlotSession(w, ssl, range.hi, 'handshake: ClientHello placeholder');
	}
	const s = sess as SslSession;
	hs.offeredWithId = s.fields.sessionId.length > 0;
	const offering = !fresh && s.resumable;
	const v = s.fields.sslVersion;
	const ticket = s.fields.ticket && s.fields.ticket.length > 0 ? s.fields.ticket : null;
	let sessionId: Uint8Array = EMPTY;
	if (!fresh) {
		if (offering && v <= TLS1_2_VERSION) sessionId = s.fields.sessionId.slice();
		else if (range.hi >= TLS1_3_VERSION) sessionId = randomBytes(w, 32); // middlebox compatibility
	}
	let ticketExt: Uint8Array | null = null;
	if (!(ssl.options & SSL_OP_NO_TICKET)) ticketExt = offering && v <= TLS1_2_VERSION && ticket ? ticket.slice() : EMPTY;
	hs.out?.push({
		t: 'ClientHello',
		minVersion: range.lo,
		maxVersion: range.hi,
		sessionId,
		ticket: ticketExt,
		psk: offering && v === TLS1_3_VERSION && ticket && !ticketTooOld(w, s) ? ticket.slice() : null,
		pskHash: suiteHash(s.fields.cipherId),
		pskKey: offering && v === TLS1_3_VERSION ? s.fields.masterKey.slice() : null,
		renegotiation: reneg,
		sni: ownServerName(ssl)
	});
	hs.phase = 'c-wait-sh';
}

function onServerHello(w: World, ssl: Ssl, hs: HsState, sh: ServerHello): void {
	const v = sh.version;
	hs.version = v;
	ssl.version = v;
	ssl.methodVersion = v;
	w.touch(ssl);
	// TLS <= 1.2: the client resumes when the ServerHello echoes its session's (non-empty) id, whatever
	// the server did; TLS 1.3: when the server accepted the PSK.
	const own = (ssl.session as SslSession).fields.sessionId;
	const hit = v <= TLS1_2_VERSION ? sh.sessionId.length > 0 && sameBytes(sh.sessionId, own) : sh.resumed;
	if (!hit) {
		if (hs.offeredWithId) {
			incStat(w, ssl.sessionCtx, 'misses');
			newSlotSession(w, ssl, v, 'handshake: new session (the server did not resume)');
		}
		const s = ssl.session as SslSession;
		const f = s.fields;
		f.sslVersion = v;
		if (sh.resumed) {
			// The server resumed a session the client did not offer (a get_session_cb that returned
			// another session, an emptied id): the client takes the ServerHello's version and id and then
			// expects a certificate, but the server's ChangeCipherSpec comes (unexpected message).
			if (f.cipherId !== 0) f.keptCipherId = f.cipherId;
			f.sessionId = sh.sessionId.slice();
			sessionChanged(w, s);
			hs.resumed = false;
			hs.phase = 'c-wait-flight';
			return;
		}
		// set_client_ciphersuite: a session that already has a cipher keeps its id as cipher_id.
		if (f.cipherId !== 0) f.keptCipherId = f.cipherId;
		f.cipherId = sh.cipherId;
		f.kexGroup = sh.kexGroup;
		f.peer = sh.peer ? sh.peer.slice() : null;
		f.verifyResult = VERIFY_SELF_SIGNED;
		f.masterKey = sh.masterKey.slice();
		if (v <= TLS1_2_VERSION) {
			f.sessionId = sh.sessionId.slice();
			if (sh.extendedMasterSecret) f.flags |= SSL_SESS_FLAG_EXTMS;
		}
		sessionChanged(w, s);
		ssl.verifyResult = VERIFY_SELF_SIGNED;
		hs.resumed = false;
	} else {
		const s = ssl.session as SslSession;
		hs.resumed = true;
		ssl.hit = true;
		w.touch(ssl);
		// The client's own checks on a session the server resumed (observed in this order of precedence).
		let reason = 0;
		if (!sameBytes(s.fields.sidCtx, ssl.sidCtx)) reason = R.ATTEMPT_TO_REUSE_SESSION_IN_DIFFERENT_CONTEXT;
		else if (s.fields.sslVersion !== v) reason = R.SSL_SESSION_VERSION_MISMATCH;
		else {
			// set_client_ciphersuite runs after those two checks and records cipher_id before its own.
			if (s.fields.cipherId !== 0) s.fields.keptCipherId = s.fields.cipherId;
			if (v <= TLS1_2_VERSION && s.fields.cipherId !== sh.cipherId) reason = R.OLD_SESSION_CIPHER_NOT_RETURNED;
		}
		if (reason) {
			sendFatal(w, ssl, hs, reason, 'illegal_parameter', 'tls_process_server_hello');
			return;
		}
		hs.serverSecret = sh.masterKey.slice();
	}
	if (v === TLS1_3_VERSION) hs.resumptionSecret = sh.masterKey.slice();
	hs.verifyCert = sh.peer !== null;
	hs.phase = 'c-wait-flight';
}

/** Handshake end (7.0 client table, last row). */
function clientEnd(w: World, ssl: Ssl, hs: HsState): void {
	const sctx = ssl.sessionCtx;
	if (hs.version <= TLS1_2_VERSION) {
		updateCache(w, ssl, false, hs.version);
		if (hs.resumed) incStat(w, sctx, 'hits');
		incStat(w, sctx, 'connect_good');
	} else {
		// Single-use tickets: the session just used leaves the client cache (and is marked) — before
		// hits / connect_good are counted (a remove_cb sees the old counters: sweep-tls13-client-remove-counters).
		if (sctx.mode & SSL_SESS_CACHE_CLIENT && ssl.session) removeEntry(w, sctx, ssl.session, 'remove', 'handshake: TLS 1.3 client end (single use)');
		if (hs.resumed) incStat(w, sctx, 'hits');
		incStat(w, sctx, 'connect_good');
	}
	hs.phase = 'idle';
	hs.firstDone = true;
	if (hs.version === TLS1_3_VERSION) hs.usedTls13 = true;
	hs.renegotiating = false;
	ssl.renegotiatePending = false;
	ssl.handshake = 'done';
	w.touch(ssl);
}

/** TLS <= 1.2 NewSessionTicket during the handshake. */
function onTicket12(w: World, ssl: Ssl, nst: NewSessionTicket): void {
	const sctx = ssl.sessionCtx;
	let s = ssl.session as SslSession;
	if (s.fields.sessionId.length > 0) {
		const old = s;
		s = sessionDup(w, old, { kind: 'session', holder: ssl, via: 'handshake: NewSessionTicket replaces a session with an id' }, { ticket: false });
		if (sctx.mode & SSL_SESS_CACHE_CLIENT) removeEntry(w, sctx, old, 'remove', 'handshake: NewSessionTicket replaces a cached session');
		installSession(w, ssl, s, 'handshake: NewSessionTicket');
	}
	storeTicket(w, s, nst);
}

function storeTicket(w: World, s: SslSession, nst: NewSessionTicket): void {
	const f = s.fields;
	f.ticket = nst.ticket.slice();
	f.ticketLifetimeHint = nst.lifetimeHint;
	f.time = w.now;
	f.sessionId = sha256(nst.ticket);
	if (nst.psk) {
		f.ticketAgeAdd = nst.ageAdd;
		f.maxEarlyData = nst.maxEarlyData;
		f.masterKey = nst.psk.slice();
	}
	sessionChanged(w, s);
}

/** TLS 1.3 NewSessionTicket (after the handshake): a new session per ticket, then the client cache. */
export function clientTicket13(w: World, ssl: Ssl, nst: NewSessionTicket): void {
	const s = dupSlotSession(w, ssl, 'handshake: NewSessionTicket (TLS 1.3)');
	storeTicket(w, s, nst);
	updateCache(w, ssl, false, TLS1_3_VERSION);
}

/** One inbound message while the client's handshake runs. */
export function clientInInit(w: World, ssl: Ssl, hs: HsState, m: Msg): void {
	if (m.t === 'Alert') {
		if (m.fatal) receiveFatal(w, ssl, hs, m.reason);
		else if (m.reason === 'no_renegotiation' && hs.renegotiating)
			sendFatal(w, ssl, hs, R.NO_RENEGOTIATION, 'handshake_failure', 'ssl3_read_bytes');
		return;
	}
	if (hs.phase === 'c-wait-sh') {
		if (m.t === 'ServerHello') onServerHello(w, ssl, hs, m);
		return;
	}
	if (hs.phase === 'c-wait-flight') {
		if (m.t === 'ServerDone') {
			if (hs.verifyCert && ssl.verifyMode & SSL_VERIFY_PEER) {
				// The throwaway certificate is self-signed: a verifying client rejects it.
				sendFatal(w, ssl, hs, R.CERTIFICATE_VERIFY_FAILED, 'handshake_failure', 'tls_post_process_server_certificate');
				return;
			}
			hs.out?.push({ t: 'ClientFinished' });
			if (hs.version === TLS1_3_VERSION) clientEnd(w, ssl, hs);
			else hs.phase = 'c-wait-fin';
		} else if (m.t === 'NewSessionTicket') {
			// A resumption in which the server issues a new ticket (before its ChangeCipherSpec).
			if (!hs.resumed) sendFatal(w, ssl, hs, R.UNEXPECTED_MESSAGE, 'unexpected_message', 'ossl_statem_client_read_transition');
			else onTicket12(w, ssl, m);
		} else if (m.t === 'ServerFinished') {
			if (!hs.resumed) {
				// A full handshake on the client's side, but the server resumed and sent its CCS.
				sendFatal(w, ssl, hs, R.UNEXPECTED_MESSAGE, 'unexpected_message', 'ossl_statem_client_read_transition');
				return;
			}
			if (!sameBytes((ssl.session as SslSession).fields.masterKey, hs.serverSecret)) {
				// The server resumed with its own master secret: the client's keys (from its session's
				// master key) cannot decrypt the server's Finished.
				w.pushError(ERR_LIB_PROV, PROV_R_CIPHER_OPERATION_FAILED, 'gcm_cipher_internal');
				sendFatal(w, ssl, hs, R.DECRYPTION_FAILED_OR_BAD_RECORD_MAC, 'bad_record_mac', 'ssl3_get_record');
				return;
			}
			hs.out?.push({ t: 'ClientFinished' });
			clientEnd(w, ssl, hs);
		}
		return;
	}
	if (hs.phase === 'c-wait-fin') {
		if (m.t === 'NewSessionTicket') onTicket12(w, ssl, m);
		else if (m.t === 'ServerFinished') clientEnd(w, ssl, hs);
	}
}
