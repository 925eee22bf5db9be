/** Protocol constants the handshake uses (values from OpenSSL 3.0's public headers). */
// Public constants are defined once, in ../constants.ts; this file adds what only the handshake uses.
import { findCipher } from '../asn1/ciphers';
export {
	TLS1_VERSION,
	TLS1_1_VERSION,
	TLS1_2_VERSION,
	TLS1_3_VERSION,
	SSL_OP_NO_TICKET,
	SSL_OP_ALLOW_CLIENT_RENEGOTIATION,
	SSL_SESS_CACHE_CLIENT,
	SSL_SESS_CACHE_SERVER,
	SSL_SESS_CACHE_NO_AUTO_CLEAR,
	SSL_SESS_CACHE_NO_INTERNAL_LOOKUP,
	SSL_SESS_CACHE_NO_INTERNAL_STORE,
	SSL_VERIFY_PEER,
	SSL_SENT_SHUTDOWN,
	SSL_RECEIVED_SHUTDOWN,
	SSL_ERROR_NONE,
	SSL_ERROR_SSL,
	SSL_ERROR_WANT_READ,
	SSL_ERROR_WANT_WRITE,
	SSL_ERROR_SYSCALL,
	SSL_ERROR_ZERO_RETURN
} from '../constants';

export const SSL_OP_NO_ANTI_REPLAY = 0x1000000; // SSL_OP_BIT(24)
export const SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION = 0x10000; // SSL_OP_BIT(16)
export const SSL_OP_NO_RENEGOTIATION = 0x40000000; // SSL_OP_BIT(30)
export const X509_V_OK = 0;





/** The suites real OpenSSL 3.0 negotiates between two default contexts with the oracle's P-256 cert. */
export const CIPHER_TLS12 = 0xc02c; // ECDHE-ECDSA-AES256-GCM-SHA384
export const CIPHER_TLS13 = 0x1302; // TLS_AES_256_GCM_SHA384
/** x25519 */
export const KEX_GROUP = 29;
/** X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: what the client records for the throwaway certificate. */
export const VERIFY_SELF_SIGNED = 18;
/** SSL_SESSION flag: extended master secret. */
export const SSL_SESS_FLAG_EXTMS = 0x1;
/** Length of a TLS 1.3 resumption PSK with SHA-384 and of a TLS 1.2 master secret. */
export const SECRET_LEN = 48;

/** SSL_R_* reasons raised here (ssl/sslerr.h of 3.0). */
export const R = {
	NO_PROTOCOLS_AVAILABLE: 191,
	BAD_EXTENSION: 110,
	NO_SUITABLE_SIGNATURE_ALGORITHM: 118,
	CERTIFICATE_VERIFY_FAILED: 134,
	CONNECTION_TYPE_NOT_SET: 144,
	OLD_SESSION_CIPHER_NOT_RETURNED: 197,
	SSL_SESSION_VERSION_MISMATCH: 210,
	UNSUPPORTED_PROTOCOL: 258,
	WRONG_SSL_VERSION: 266,
	ATTEMPT_TO_REUSE_SESSION_IN_DIFFERENT_CONTEXT: 272,
	UNINITIALIZED: 276,
	SESSION_ID_CONTEXT_UNINITIALIZED: 277,
	NO_RENEGOTIATION: 339,
	UNEXPECTED_MESSAGE: 244,
	BINDER_DOES_NOT_VERIFY: 253,
	DECRYPTION_FAILED_OR_BAD_RECORD_MAC: 281,
	SHUTDOWN_WHILE_IN_INIT: 407,
	SSLV3_ALERT_HANDSHAKE_FAILURE: 1040,
	TLSV1_ALERT_PROTOCOL_VERSION: 1070
} as const;

/** The hash behind a suite (TLS 1.3 resumption requires the same one). */
export function suiteHash(cipherId: number): string {
	switch (cipherId) {
		case 0x1301:
		case 0x1303:
		case 0x1304:
		case 0x1305:
			return 'sha256';
		case 0x1302:
			return 'sha384';
		default:
			return legacySuiteHash(cipherId);
	}
}

/**
 * ssl_md(cipher->algorithm2) for a TLS <= 1.2 suite, which a TLS 1.3 server compares with the
 * negotiated suite's hash before it checks a PSK's binder: SHA-384 for the *-SHA384 suites, SHA-256
 * for the other TLS 1.2 suites, MD5+SHA-1 for the SSLv3 / TLS 1.0 ones.
 */
function legacySuiteHash(cipherId: number): string {
	const c = findCipher(cipherId);
	if (!c) return 'other';
	if (c.version !== 'TLSv1.2') return 'md5-sha1';
	return c.name.endsWith('SHA384') ? 'sha384' : 'sha256';
}
