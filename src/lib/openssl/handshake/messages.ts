/**
 * What travels between a client and a server SSL: plain records instead of TLS bytes. A flight is
 * the list of messages one handshake step writes; the receiving step reads a whole flight at once,
 * which is all the simulation needs to get the real step order (semantics.md 0.3).
 */

export type Msg =
	| ClientHello
	| ServerHello
	| { t: 'ServerDone' } // Certificate .. ServerHelloDone (TLS <= 1.2 full) or EE .. Finished (TLS 1.3)
	| { t: 'ClientFinished' } // ClientKeyExchange + ChangeCipherSpec + Finished
	| { t: 'ServerFinished' } // ChangeCipherSpec + Finished (TLS <= 1.2)
	| NewSessionTicket
	| { t: 'HelloRequest' } // a server asks for a renegotiation (TLS <= 1.2)
	| { t: 'Alert'; fatal: boolean; reason: AlertReason }
	| { t: 'CloseNotify' };

export type AlertReason = 'protocol_version' | 'handshake_failure' | 'illegal_parameter' | 'no_renegotiation' | 'unexpected_message' | 'bad_record_mac' | 'decrypt_error';

export interface ClientHello {
	t: 'ClientHello';
	/** The client's version range (supported_versions). */
	minVersion: number;
	maxVersion: number;
	/** legacy_session_id: a TLS <= 1.2 session's id, random 32 bytes (middlebox compatibility) or empty. */
	sessionId: Uint8Array;
	/** session_ticket extension: null = absent, empty = "no ticket yet", else the ticket. */
	ticket: Uint8Array | null;
	/** TLS 1.3 pre_shared_key identity (a ticket), or null. */
	psk: Uint8Array | null;
	/** The hash of the offered session's suite: the PSK binder's length depends on it. */
	pskHash: string;
	/**
	 * The offered session's resumption PSK (its master key): the binder is keyed with it, so the server's
	 * binder check succeeds only when its session holds the same key.
	 */
	pskKey: Uint8Array | null;
	renegotiation: boolean;
	/** server_name extension (SSL_set_tlsext_host_name), absent when undefined/null. */
	sni?: string | null;
}

export interface ServerHello {
	t: 'ServerHello';
	version: number;
	cipherId: number;
	/** TLS <= 1.2: the session id the client adopts (empty when none). */
	sessionId: Uint8Array;
	resumed: boolean;
	/** Secrets the client adopts on a full handshake (stand-in for the key exchange). */
	masterKey: Uint8Array;
	extendedMasterSecret: boolean;
	kexGroup: number;
	/** DER of the server certificate (full handshakes). */
	peer: Uint8Array | null;
}

export interface NewSessionTicket {
	t: 'NewSessionTicket';
	ticket: Uint8Array;
	lifetimeHint: number;
	ageAdd: number;
	nonce: Uint8Array;
	maxEarlyData: number;
	/** TLS 1.3 resumption PSK for this ticket (what both sides derive from the nonce). */
	psk: Uint8Array | null;
}

/** One direction of connect_pair's BIO pair. */
export class Pipe {
	private queue: Msg[] = [];
	push(...m: Msg[]): void {
		this.queue.push(...m);
	}
	/** Remove and return every pending message. */
	drain(): Msg[] {
		const q = this.queue;
		this.queue = [];
		return q;
	}
	shift(): Msg | undefined {
		return this.queue.shift();
	}
	peekAll(): readonly Msg[] {
		return this.queue;
	}
	get size(): number {
		return this.queue.length;
	}
	/** Put messages back at the front (a step that stopped half-way). */
	unshift(m: Msg[]): void {
		this.queue = [...m, ...this.queue];
	}
}
