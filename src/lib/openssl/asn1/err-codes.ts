/**
 * OpenSSL 3.0 error codes: the library and reason numbers the simulation raises, their packing into
 * the `unsigned long` of the error queue, and the reason strings ERR_reason_error_string returns (err-strings.ts).
 * Numbers and strings were read off real OpenSSL 3.0.22 (public headers and ERR_reason_error_string
 * output), so transcripts that print them match.
 */
import { ASN1_REASON_STRINGS, COMMON_REASON_STRINGS, PEM_REASON_STRINGS, SSL_REASON_STRINGS } from './err-strings';

export const ERR_LIB_SYS = 2;
export const ERR_LIB_PEM = 9;
export const ERR_LIB_ASN1 = 13;
export const ERR_LIB_SSL = 20;
/** The provider library: a failed record decryption (resumption with a mismatched master key) queues one. */
export const ERR_LIB_PROV = 57;

/** Reasons shared by every library carry this flag (ERR_RFLAG_COMMON). */
const COMMON = 0x80000;
/** Fatal common reasons (ERR_R_FATAL). */
const FATAL = 0x40000 | COMMON;

export const ASN1_R = {
	BAD_OBJECT_HEADER: 102,
	EXPLICIT_LENGTH_MISMATCH: 119,
	EXPLICIT_TAG_NOT_CONSTRUCTED: 120,
	FIELD_MISSING: 121,
	HEADER_TOO_LONG: 123,
	MISSING_EOC: 137,
	SEQUENCE_LENGTH_MISMATCH: 148,
	SEQUENCE_NOT_CONSTRUCTED: 149,
	TOO_LONG: 155,
	UNEXPECTED_EOC: 159,
	WRONG_TAG: 168,
	TYPE_NOT_PRIMITIVE: 195,
	NESTED_TOO_DEEP: 201,
	ILLEGAL_PADDING: 221,
	TOO_LARGE: 223,
	TOO_SMALL: 224,
	ILLEGAL_NEGATIVE_VALUE: 226
} as const;

export const ERR_R_NESTED_ASN1_ERROR = 266 | COMMON;
/** "ASN1 lib": PEM's wrapper error when the DER inside a block does not decode or encode. */
export const ERR_R_ASN1_LIB = ERR_LIB_ASN1 | COMMON;
export const ERR_R_MALLOC_FAILURE = 256 | FATAL;
export const ERR_R_PASSED_NULL_PARAMETER = 258 | FATAL;

export const PEM_R_NO_START_LINE = 108;
export const PEM_R_BAD_END_LINE = 102;
export const PEM_R_BAD_BASE64_DECODE = 100;

export const SSL_R = {
	CERTIFICATE_VERIFY_FAILED: 134,
	CIPHER_CODE_WRONG_LENGTH: 137,
	NO_PROTOCOLS_AVAILABLE: 191,
	NO_SHARED_CIPHER: 193,
	NULL_SSL_CTX: 195,
	SSL_SESSION_VERSION_MISMATCH: 210,
	SSL_HANDSHAKE_FAILURE: 229,
	UNKNOWN_SSL_VERSION: 254,
	UNSUPPORTED_PROTOCOL: 258,
	UNSUPPORTED_SSL_VERSION: 259,
	WRONG_VERSION_NUMBER: 267,
	BAD_LENGTH: 271,
	ATTEMPT_TO_REUSE_SESSION_IN_DIFFERENT_CONTEXT: 272,
	SSL_SESSION_ID_CONTEXT_TOO_LONG: 273,
	UNINITIALIZED: 276,
	SESSION_ID_CONTEXT_UNINITIALIZED: 277,
	SSL_SESSION_ID_CALLBACK_FAILED: 301,
	SSL_SESSION_ID_CONFLICT: 302,
	SSL_SESSION_ID_HAS_BAD_LENGTH: 303,
	UNSAFE_LEGACY_RENEGOTIATION_DISABLED: 338,
	NO_RENEGOTIATION: 339,
	BAD_VALUE: 384,
	SHUTDOWN_WHILE_IN_INIT: 407,
	SSL_SESSION_ID_TOO_LONG: 408,
	INVALID_SESSION_ID: 999,
	SSLV3_ALERT_HANDSHAKE_FAILURE: 1040,
	TLSV1_ALERT_PROTOCOL_VERSION: 1070
} as const;

/** One queued error before packing. */
export interface ErrCode {
	readonly lib: number;
	readonly reason: number;
}

const LIB_OFFSET = 23;
const LIB_MASK = 0xff;
const REASON_MASK = 0x7fffff;
/** Bit 31 marks a system (errno) error; such codes keep the errno in the low bits. */
const SYSTEM_FLAG = 0x80000000;

/** ERR_PACK of OpenSSL 3.0 (the function code is no longer packed). Always a non-negative number < 2^31. */
export function errPack(lib: number, reason: number): number {
	return ((lib & LIB_MASK) * 2 ** LIB_OFFSET + (reason & REASON_MASK)) % 2 ** 31;
}

function isSystemError(e: number): boolean {
	return e >= SYSTEM_FLAG && e < 2 ** 32;
}

export function ERR_GET_LIB(e: number): number {
	if (isSystemError(e)) return ERR_LIB_SYS;
	return Math.floor(e / 2 ** LIB_OFFSET) & LIB_MASK;
}

export function ERR_GET_REASON(e: number): number {
	if (isSystemError(e)) return e - SYSTEM_FLAG;
	return e % 2 ** LIB_OFFSET & REASON_MASK;
}

const LIB_NAMES: Record<number, string> = {
	[ERR_LIB_SYS]: 'system library',
	[ERR_LIB_PEM]: 'PEM routines',
	[ERR_LIB_ASN1]: 'asn1 encoding routines',
	[ERR_LIB_SSL]: 'SSL routines',
	[ERR_LIB_PROV]: 'Provider routines'
};

/** The provider reasons a simulated handshake can queue (texts read off real 3.0). */
const PROV_REASON_STRINGS: Record<number, string> = {
	100: 'bad decrypt',
	102: 'cipher operation failed'
};

const BY_LIB: Record<number, Record<number, string>> = {
	[ERR_LIB_ASN1]: ASN1_REASON_STRINGS,
	[ERR_LIB_PEM]: PEM_REASON_STRINGS,
	[ERR_LIB_SSL]: SSL_REASON_STRINGS,
	[ERR_LIB_PROV]: PROV_REASON_STRINGS
};

/**
 * ERR_reason_error_string: the reason text, or null when the code is 0 or the reason is not one the
 * simulation knows. Reason 0 names the library, as real OpenSSL does.
 */
export function reasonString(e: number): string | null {
	if (e === 0 || isSystemError(e)) return null;
	const lib = ERR_GET_LIB(e);
	const reason = ERR_GET_REASON(e);
	if (reason === 0) return LIB_NAMES[lib] ?? null;
	if (reason & COMMON) return COMMON_REASON_STRINGS[reason] ?? null;
	return BY_LIB[lib]?.[reason] ?? null;
}

/** ERR_lib_error_string: the library's name, or null for a library the simulation does not know. */
export function libString(e: number): string | null {
	return LIB_NAMES[ERR_GET_LIB(e)] ?? null;
}

/**
 * ERR_error_string_n's text in a buffer of `len` bytes (without the NUL): "error:%08lX:LIB::REASON"
 * (3.0 packs no function name), unknown parts as lib(N) / reason(N); when it does not fit, the short
 * "err:%lx:%lx:0:%lx" form, cut to the buffer (both observed with real OpenSSL 3.0).
 */
export function errorString(e: number, len = 256): string {
	if (len <= 0) return '';
	const lib = ERR_GET_LIB(e);
	const reason = ERR_GET_REASON(e);
	const ls = libString(e) ?? `lib(${lib})`;
	const rs = reasonString(e) ?? `reason(${reason})`;
	const full = `error:${e.toString(16).toUpperCase().padStart(8, '0')}:${ls}::${rs}`.slice(0, len - 1);
	if (full.length < len - 1) return full;
	return `err:${e.toString(16)}:${lib.toString(16)}:0:${reason.toString(16)}`.slice(0, len - 1);
}
