/**
 * Per-connection handshake state, kept in `ssl.ext.hs` (the engine's opaque slot): where each side is
 * in its state machine, the transport, and what the later steps need from the earlier ones.
 */
import type { Ssl } from '../objects/ssl';
import { Pipe } from './messages';

export type Phase =
	| 'idle' // no handshake running (before the first one, or finished)
	| 'c-wait-sh' // client: ClientHello sent
	| 'c-wait-flight' // client: ServerHello processed, the rest of the server's flight follows
	| 'c-wait-fin' // client, TLS <= 1.2 full handshake: Finished sent, waiting for the server's
	| 's-wait-ch' // server: waiting for a ClientHello
	| 's-wait-fin' // server: flight sent, waiting for the client's Finished
	| 'failed';

export interface HsState {
	/** Messages for this SSL; `out` is the peer's inbound pipe (null before connect_pair / SSL_set_bio). */
	in: Pipe;
	out: Pipe | null;
	phase: Phase;
	/** The last operation stopped waiting for input (SSL_get_error → WANT_READ). */
	reading: boolean;
	/** The peer's close_notify arrived (SSL_get_error → ZERO_RETURN when nothing else applies). */
	closeNotify: boolean;
	/** SSL_set_connect_state / SSL_set_accept_state (or SSL_connect / SSL_accept) ran: OpenSSL's handshake_func. */
	roleSet: boolean;
	/** The pending client renegotiation asks for a new session (SSL_renegotiate) rather than resuming (HelloRequest). */
	renegNewSession: boolean;
	/** A TLS 1.3 handshake completed on this SSL since SSL_new / SSL_clear (survives SSL_set_connect_state). */
	usedTls13: boolean;
	/** A first handshake has completed on this SSL (later ones are renegotiations). */
	firstDone: boolean;
	/** The running handshake is a renegotiation. */
	renegotiating: boolean;
	/** Negotiated version of the running/last handshake. */
	version: number;
	resumed: boolean;
	/** Client: the server's flight carries its certificate (full handshake) — SSL_VERIFY_PEER checks it. */
	verifyCert: boolean;
	/** Client: the session offered in the ClientHello had a non-empty id (a miss counts if not resumed). */
	offeredWithId: boolean;
	/** Server: a stateless ticket will be issued in this TLS <= 1.2 handshake. */
	expectTicket: boolean;
	/** Server: TLS 1.3 tickets written in this connection. */
	ticketsSent: number;
	/** Server: it sent a HelloRequest (SSL_renegotiate on the server); the client's hello is welcome. */
	serverRequested: boolean;
	/** Server: SSL_new_session_ticket requests not written yet. */
	extraTickets: number;
	/** TLS 1.3 resumption master secret stand-in shared by both sides (PSK derivation per ticket). */
	resumptionSecret: Uint8Array;
	/** Client, TLS <= 1.2 resumption: the master secret the server resumed with (its Finished is keyed with it). */
	serverSecret: Uint8Array;
}

function freshState(): HsState {
	return {
			in: new Pipe(),
			out: null,
			phase: 'idle',
			reading: false,
			closeNotify: false,
			roleSet: false,
			renegNewSession: true,
			usedTls13: false,
			firstDone: false,
			renegotiating: false,
			version: 0,
			resumed: false,
			offeredWithId: false,
			verifyCert: false,
			expectTicket: false,
			ticketsSent: 0,
			extraTickets: 0,
			serverRequested: false,
			resumptionSecret: new Uint8Array(0),
			serverSecret: new Uint8Array(0)
	};
}

export function hsOf(ssl: Ssl): HsState {
	const ext = (ssl.ext ??= {});
	let hs = ext.hs as HsState | undefined;
	if (!hs) {
		hs = freshState();
		ext.hs = hs;
	}
	return hs;
}

/**
 * Back to "before the first handshake": the transport stays. SSL_set_connect_state keeps the
 * connection's history (keepHistory); SSL_clear forgets it.
 */
export function resetHs(ssl: Ssl, keepHistory: boolean): HsState {
	const old = hsOf(ssl);
	const hs = freshState();
	hs.in = old.in;
	hs.out = old.out;
	hs.roleSet = old.roleSet;
	if (keepHistory) hs.usedTls13 = old.usedTls13;
	(ssl.ext as Record<string, unknown>).hs = hs;
	return hs;
}

/** connect_pair's BIO pair: each side reads its own pipe and writes the other's. */
export function link(client: Ssl, server: Ssl): void {
	const c = hsOf(client);
	const s = hsOf(server);
	c.in = new Pipe();
	s.in = new Pipe();
	c.out = s.in;
	s.out = c.in;
}
