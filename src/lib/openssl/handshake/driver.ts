/**
 * The connection API on top of the two state machines: SSL_do_handshake, SSL_read_ex, SSL_shutdown,
 * SSL_get_error, SSL_renegotiate(_pending), SSL_new_session_ticket. A call consumes inbound messages
 * and writes outbound ones until it needs input, like real OpenSSL over a BIO pair, so that every
 * event lands in the call (and the pumping round) where it happens for real.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import type { Msg } from './messages';
import { hsOf, resetHs, type HsState, type Phase } from './state';
import { clientInInit, clientStart, clientTicket13 } from './client';
import { serverInInit, serverRenegotiation, serverStart } from './server';
import { serverTicket13 } from './server-tickets';
import { receiveFatal } from './fatal';
import { incStat } from '../cache/callbacks';
import { sslClearPrefix } from '../ssl-ops';
import {
	R,
	SSL_ERROR_NONE,
	SSL_ERROR_SSL,
	SSL_ERROR_SYSCALL,
	SSL_ERROR_WANT_READ,
	SSL_ERROR_ZERO_RETURN,
	SSL_RECEIVED_SHUTDOWN,
	SSL_SENT_SHUTDOWN,
	SSL_OP_NO_RENEGOTIATION,
	TLS1_3_VERSION
} from './constants';

const ERR_LIB_SSL = 20;
const ERR_LIB_SYS = 2;

type Outcome = 'done' | 'want' | 'error';

/** The phase as it is now (message handlers change it behind the compiler's narrowing). */
const phase = (hs: HsState): Phase => hs.phase;

/** A message that arrives when no handshake is running. Returns true when reading must stop (close_notify). */
function postHandshake(w: World, ssl: Ssl, hs: HsState, m: Msg): boolean {
	switch (m.t) {
		case 'NewSessionTicket':
			if (ssl.side === 'client' && hs.version === TLS1_3_VERSION) clientTicket13(w, ssl, m);
			return false;
		case 'ClientHello':
			if (ssl.side === 'server') serverRenegotiation(w, ssl, hs, m);
			return false;
		case 'HelloRequest':
			if (ssl.side === 'client' && !(ssl.options & SSL_OP_NO_RENEGOTIATION)) {
				ssl.renegotiatePending = true;
				hs.renegNewSession = false;
			}
			return false;
		case 'Alert':
			if (m.fatal) receiveFatal(w, ssl, hs, m.reason);
			return m.fatal;
		case 'CloseNotify':
			ssl.shutdown |= SSL_RECEIVED_SHUTDOWN;
			hs.closeNotify = true;
			w.touch(ssl);
			return true;
		default:
			return false;
	}
}

/**
 * Run ssl's state machine. 'handshake' mode stops as soon as a handshake completes (SSL_do_handshake);
 * 'read' mode goes on processing post-handshake messages until the input is exhausted (SSL_read_ex).
 */
function advance(w: World, ssl: Ssl, hs: HsState, mode: 'handshake' | 'read'): Outcome {
	for (;;) {
		if (hs.phase === 'failed') return 'error';
		if (hs.phase === 'idle') {
			if (!hs.firstDone && ssl.renegotiatePending && (ssl.side === 'client' || ssl.side === 'server')) {
				// state_machine begins a handshake from "before" with ERR_clear_error and SSL_clear, which
				// refuses while SSL_renegotiate is pending (set on a fresh or SSL_set_*_state'd SSL): the
				// handshake fails at once, nothing counted, and does so again at every attempt.
				w.errors.length = 0;
				sslClearPrefix(w, ssl, 'SSL_do_handshake (state machine start)');
				return 'error';
			}
			if (ssl.side === 'client' && (!hs.firstDone || ssl.renegotiatePending)) {
				clientStart(w, ssl, hs);
				continue;
			}
			if (ssl.side === 'server' && !hs.firstDone) {
				serverStart(w, ssl, hs);
				continue;
			}
			if (ssl.side === 'server' && hs.extraTickets > 0) {
				writeExtraTickets(w, ssl, hs);
				if (mode === 'handshake') return 'done';
				continue;
			}
			if (mode === 'handshake') {
				if (ssl.side === 'server') requestRenegotiation(w, ssl, hs);
				return 'done';
			}
			const m = hs.in.shift();
			if (!m) return 'want';
			if (postHandshake(w, ssl, hs, m)) return phase(hs) === 'failed' ? 'error' : 'done';
			continue;
		}
		const m = hs.in.shift();
		if (!m) return 'want';
		if (ssl.side === 'client') clientInInit(w, ssl, hs, m);
		else serverInInit(w, ssl, hs, m);
		if (phase(hs) === 'idle' && mode === 'handshake') return 'done';
	}
}

/** SSL_new_session_ticket's tickets: written at the next SSL_do_handshake (or read), then out of init. */
function writeExtraTickets(w: World, ssl: Ssl, hs: HsState): void {
	while (hs.extraTickets > 0) {
		hs.extraTickets--;
		serverTicket13(w, ssl, hs);
	}
	ssl.handshake = 'done';
	w.touch(ssl);
}

/** SSL_renegotiate on a TLS <= 1.2 server: a HelloRequest at its next SSL_do_handshake (counted as a renegotiation). */
function requestRenegotiation(w: World, ssl: Ssl, hs: HsState): void {
	if (ssl.renegotiatePending && !hs.serverRequested && hs.version !== TLS1_3_VERSION) {
		hs.serverRequested = true;
		incStat(w, ssl.ctx, 'accept_renegotiate');
		hs.out?.push({ t: 'HelloRequest' });
	}
}

function begin(ssl: Ssl): HsState {
	const hs = hsOf(ssl);
	hs.reading = false;
	return hs;
}

export function doHandshake(w: World, ssl: Ssl): number {
	const hs = begin(ssl);
	if (!hs.roleSet || ssl.side === 'unset') {
		w.pushError(ERR_LIB_SSL, R.CONNECTION_TYPE_NOT_SET, 'SSL_do_handshake');
		return -1;
	}
	const r = advance(w, ssl, hs, 'handshake');
	if (r === 'done') return 1;
	if (r === 'want') hs.reading = true;
	return -1;
}

/** SSL_read_ex: no application data ever flows, so it returns 0 after processing what arrived. */
export function readEx(w: World, ssl: Ssl): number {
	const hs = begin(ssl);
	if (!hs.roleSet || ssl.side === 'unset') {
		w.pushError(ERR_LIB_SSL, R.UNINITIALIZED, 'SSL_read_ex');
		return 0;
	}
	if (hs.phase === 'failed') return 0;
	if (ssl.shutdown & SSL_RECEIVED_SHUTDOWN && hs.phase === 'idle') {
		// After close_notify: TLS <= 1.2 reports ZERO_RETURN; 3.0's TLS 1.3 record layer waits for more (observed).
		hs.reading = hs.version === TLS1_3_VERSION;
		return 0;
	}
	const r = advance(w, ssl, hs, 'read');
	if (r === 'want') hs.reading = true;
	return 0;
}

export function shutdown(w: World, ssl: Ssl): number {
	const hs = begin(ssl);
	if (!hs.roleSet || ssl.side === 'unset') {
		w.pushError(ERR_LIB_SSL, R.UNINITIALIZED, 'SSL_shutdown');
		return -1;
	}
	if (ssl.handshake !== 'done') {
		w.pushError(ERR_LIB_SSL, R.SHUTDOWN_WHILE_IN_INIT, 'SSL_shutdown');
		return -1;
	}
	if (ssl.quietShutdown) {
		ssl.shutdown = SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN;
		w.touch(ssl);
		return 1;
	}
	if (!(ssl.shutdown & SSL_SENT_SHUTDOWN)) {
		ssl.shutdown |= SSL_SENT_SHUTDOWN;
		w.touch(ssl);
		hs.out?.push({ t: 'CloseNotify' });
		return ssl.shutdown & SSL_RECEIVED_SHUTDOWN ? 1 : 0;
	}
	while (!(ssl.shutdown & SSL_RECEIVED_SHUTDOWN)) {
		const m = hs.in.shift();
		if (!m) {
			hs.reading = true;
			return -1;
		}
		postHandshake(w, ssl, hs, m);
		if (hs.phase === 'failed') return -1;
	}
	return 1;
}

export function getError(w: World, ssl: Ssl, ret: number): number {
	if (ret > 0) return SSL_ERROR_NONE;
	const e = w.errors[0];
	if (e) return e.lib === ERR_LIB_SYS ? SSL_ERROR_SYSCALL : SSL_ERROR_SSL;
	const hs = hsOf(ssl);
	if (hs.reading) return SSL_ERROR_WANT_READ;
	if (ssl.shutdown & SSL_RECEIVED_SHUTDOWN && hs.closeNotify) return SSL_ERROR_ZERO_RETURN;
	return SSL_ERROR_SYSCALL;
}

export function renegotiate(w: World, ssl: Ssl): number {
	// can_renegotiate: SSL_IS_TLS13 reads the method, which is version-flexible (TLS_ANY) until a
	// handshake picks TLS 1.3 — a fresh SSL accepts the request (and then cannot start a handshake).
	if (ssl.methodVersion === TLS1_3_VERSION) {
		w.pushError(ERR_LIB_SSL, R.WRONG_SSL_VERSION, 'can_renegotiate');
		return 0;
	}
	if (ssl.options & SSL_OP_NO_RENEGOTIATION) {
		w.pushError(ERR_LIB_SSL, R.NO_RENEGOTIATION, 'can_renegotiate');
		return 0;
	}
	ssl.renegotiatePending = true;
	hsOf(ssl).renegNewSession = true;
	w.touch(ssl);
	return 1;
}

export function renegotiatePending(ssl: Ssl): number {
	return ssl.renegotiatePending ? 1 : 0;
}

/** SSL_new_session_ticket: the server goes back "in init" until the ticket is written (observed: SSL_shutdown then fails). */
export function newSessionTicket(w: World, ssl: Ssl): number {
	const hs = hsOf(ssl);
	if (ssl.side !== 'server' || hs.version !== TLS1_3_VERSION || !hs.firstDone || hs.phase !== 'idle') return 0;
	hs.extraTickets++;
	ssl.handshake = 'in-init';
	w.touch(ssl);
	return 1;
}

/** SSL_set_connect_state / SSL_set_accept_state. */
export function setRole(w: World, ssl: Ssl, side: 'client' | 'server'): void {
	resetHs(ssl, true).roleSet = true;
	ssl.side = side;
	ssl.shutdown = 0;
	ssl.handshake = 'before';
	w.touch(ssl);
}
