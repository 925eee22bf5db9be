/**
 * The state of an SSL_SESSION that serialization (i2d/d2i/PEM/print) and the getters/setters see
 * (semantics.md 1.4 and 8.2). Plain data: the session object (objects/session.ts) holds one of these
 * plus its reference count, cache links and ex_data.
 */
export interface SessionFields {
	/** Protocol version: 0 for a fresh session, 0x0303 (TLS 1.2), 0x0304 (TLS 1.3). Part of the cache key. */
	sslVersion: number;
	/** Cipher suite id, low 16 bits (0x1301 ...); 0 = none. OpenSSL's `cipher` pointer (SSL_SESSION_get0_cipher). */
	cipherId: number;
	/**
	 * OpenSSL's separate `cipher_id` (low 16 bits; absent = 0): set by d2i and by a client resuming
	 * (ServerHello), never by SSL_SESSION_set_cipher. i2d and print fall back to it when the cipher
	 * pointer is NULL, so `SSL_SESSION_set_cipher(s, NULL)` on a decoded session still shows its suite.
	 */
	keptCipherId?: number;
	/** Session id, 0..32 bytes. Part of the cache key. */
	sessionId: Uint8Array;
	/** Session id context, 0..32 bytes. */
	sidCtx: Uint8Array;
	/** Master key (TLS 1.2) or resumption PSK (TLS 1.3), 0..512 bytes. */
	masterKey: Uint8Array;
	/** Creation time, seconds. */
	time: number;
	/** Lifetime, seconds. */
	timeout: number;
	/** Peer certificate, DER, or null. */
	peer: Uint8Array | null;
	verifyResult: number;
	hostname: string | null;
	pskIdentityHint: string | null;
	pskIdentity: string | null;
	ticketLifetimeHint: number;
	ticket: Uint8Array | null;
	compressMeth: number;
	srpUsername: string | null;
	/** 0x1 = extended master secret. */
	flags: number;
	ticketAgeAdd: number;
	maxEarlyData: number;
	alpnSelected: Uint8Array | null;
	maxFragmentLenMode: number;
	ticketAppdata: Uint8Array | null;
	kexGroup: number;
}

/**
 * One shared empty byte array for the empty id, id context and key of fresh sessions: byte fields are
 * always replaced, never written in place, so sharing is safe and saves three allocations per session
 * (the benchmark creates 650,000 of them).
 */
const EMPTY = new Uint8Array(0);

/** The fields of SSL_SESSION_new() at time `now` (semantics.md 1.4). */
export function freshSessionFields(now: number): SessionFields {
	return {
		sslVersion: 0,
		cipherId: 0,
		sessionId: EMPTY,
		sidCtx: EMPTY,
		masterKey: EMPTY,
		time: now,
		timeout: 304,
		peer: null,
		verifyResult: 1,
		hostname: null,
		pskIdentityHint: null,
		pskIdentity: null,
		ticketLifetimeHint: 0,
		ticket: null,
		compressMeth: 0,
		srpUsername: null,
		flags: 0,
		ticketAgeAdd: 0,
		maxEarlyData: 0,
		alpnSelected: null,
		maxFragmentLenMode: 255,
		ticketAppdata: null,
		kexGroup: 0
	};
}

/** A deep copy (SSL_SESSION_dup copies every field). */
export function copySessionFields(f: SessionFields): SessionFields {
	const bytes = (b: Uint8Array | null) => (b === null ? null : b.slice());
	return {
		...f,
		sessionId: f.sessionId.slice(),
		sidCtx: f.sidCtx.slice(),
		masterKey: f.masterKey.slice(),
		peer: bytes(f.peer),
		ticket: bytes(f.ticket),
		alpnSelected: bytes(f.alpnSelected),
		ticketAppdata: bytes(f.ticketAppdata)
	};
}
