/**
 * d2i side of the SSL_SESSION DER encoding (semantics.md 8.4). Two stages, as in OpenSSL:
 *  1. parseSessionDer: the ASN.1 template decode. Failing here allocates nothing (no `# new`).
 *  2. applySessionDer: the semantic checks and the copy into the session object, in table order.
 *     Failing here happens after the session was allocated (`# new` + `# free`), and a reused
 *     session keeps whatever was already copied.
 * Neither stage throws on malformed input.
 */
import type { SessionFields } from '../session-fields';
import { asn1Errors, atEoc, DecodeFailure, fail, readHeader, readStringValue, skipValue, type Header } from './ber-reader';
import { readInteger, type IntKind } from './ber-integer';
import { findCipher } from './ciphers';
import { ASN1_R, ERR_LIB_SSL, SSL_R, type ErrCode } from './err-codes';
import { latin1String } from './der-writer';
import { SESSION_ASN1_VERSION } from './session-der';

/** The SSL_SESSION_ASN1 values as decoded, before any semantic check. */
export interface ParsedSession {
	version: number;
	sslVersion: number;
	cipher: Uint8Array;
	sessionId: Uint8Array;
	masterKey: Uint8Array;
	time?: number;
	timeout?: number;
	peer?: Uint8Array;
	sidCtx?: Uint8Array;
	verifyResult?: number;
	hostname?: Uint8Array;
	pskIdentityHint?: Uint8Array;
	pskIdentity?: Uint8Array;
	ticketLifetimeHint?: number;
	ticket?: Uint8Array;
	compId?: Uint8Array;
	srpUsername?: Uint8Array;
	flags?: number;
	ticketAgeAdd?: number;
	maxEarlyData?: number;
	alpnSelected?: Uint8Array;
	maxFragmentLenMode?: number;
	ticketAppdata?: Uint8Array;
	kexGroup?: number;
}

type ValueType = IntKind | 'octets' | 'cert';

interface FieldSpec {
	readonly key: keyof ParsedSession | null;
	readonly type: ValueType;
	/** Context tag number of an optional field; undefined for the mandatory universal fields. */
	readonly ctx?: number;
	readonly implicit?: boolean;
}

/** Field order of SSL_SESSION_ASN1 (semantics.md 8.2). */
const FIELDS: readonly FieldSpec[] = [
	{ key: 'version', type: 'uint32' },
	{ key: 'sslVersion', type: 'int32' },
	{ key: 'cipher', type: 'octets' },
	{ key: 'sessionId', type: 'octets' },
	{ key: 'masterKey', type: 'octets' },
	{ key: null, type: 'octets', ctx: 0, implicit: true }, // key_arg: read and dropped
	{ key: 'time', type: 'int64', ctx: 1 },
	{ key: 'timeout', type: 'int64', ctx: 2 },
	{ key: 'peer', type: 'cert', ctx: 3 },
	{ key: 'sidCtx', type: 'octets', ctx: 4 },
	{ key: 'verifyResult', type: 'int32', ctx: 5 },
	{ key: 'hostname', type: 'octets', ctx: 6 },
	{ key: 'pskIdentityHint', type: 'octets', ctx: 7 },
	{ key: 'pskIdentity', type: 'octets', ctx: 8 },
	{ key: 'ticketLifetimeHint', type: 'uint64', ctx: 9 },
	{ key: 'ticket', type: 'octets', ctx: 10 },
	{ key: 'compId', type: 'octets', ctx: 11 },
	{ key: 'srpUsername', type: 'octets', ctx: 12 },
	{ key: 'flags', type: 'uint64', ctx: 13 },
	{ key: 'ticketAgeAdd', type: 'uint32', ctx: 14 },
	{ key: 'maxEarlyData', type: 'uint32', ctx: 15 },
	{ key: 'alpnSelected', type: 'octets', ctx: 16 },
	{ key: 'maxFragmentLenMode', type: 'uint32', ctx: 17 },
	{ key: 'ticketAppdata', type: 'octets', ctx: 18 },
	{ key: 'kexGroup', type: 'uint32', ctx: 19 }
];

const UNIVERSAL_TAG: Record<ValueType, number> = { int32: 2, uint32: 2, int64: 2, uint64: 2, octets: 4, cert: 16 };

export type ParseResult = { ok: true; parsed: ParsedSession; consumed: number } | { ok: false; errors: ErrCode[] };

/** Stage 1: the ASN.1 decode of one SEQUENCE at the start of `der` (trailing bytes are not read). */
export function parseSessionDer(der: Uint8Array): ParseResult {
	try {
		return parseSequence(der);
	} catch (e) {
		if (e instanceof DecodeFailure) return { ok: false, errors: e.errors };
		throw e;
	}
}

function parseSequence(buf: Uint8Array): ParseResult {
	const end = buf.length;
	const h = readHeader(buf, 0, end, 0);
	if (h.cls !== 0 || h.tag !== 16) fail(ASN1_R.WRONG_TAG, 1);
	if (!h.constructed) fail(ASN1_R.SEQUENCE_NOT_CONSTRUCTED, 0);
	const definite = h.length !== null;
	const stop = definite ? h.contentStart + (h.length as number) : end;
	const out: Record<string, unknown> = {};
	let p = h.contentStart;
	let closed = false; // indefinite form: end-of-contents seen
	for (let i = 0; i < FIELDS.length; i++) {
		const spec = FIELDS[i];
		if (!closed) {
			if (atEoc(buf, p, stop)) {
				if (definite) fail(ASN1_R.UNEXPECTED_EOC, 0);
				p += 2;
				closed = true;
			} else if (!definite && p >= stop) fail(ASN1_R.MISSING_EOC, 0);
		}
		if (closed || p >= stop) {
			if (spec.ctx === undefined) fail(ASN1_R.FIELD_MISSING, 0);
			continue;
		}
		// OpenSSL treats the last template as mandatory once there is data left for it.
		p = parseField(buf, p, stop, spec, i === FIELDS.length - 1, out);
	}
	if (!closed) {
		if (definite) {
			if (p < stop) fail(ASN1_R.SEQUENCE_LENGTH_MISMATCH, 0);
		} else if (atEoc(buf, p, stop)) {
			p += 2;
		} else {
			fail(p >= stop ? ASN1_R.MISSING_EOC : ASN1_R.SEQUENCE_LENGTH_MISMATCH, 0);
		}
	}
	return { ok: true, parsed: out as unknown as ParsedSession, consumed: definite ? stop : p };
}

/**
 * One template of the SEQUENCE; returns the offset after it (unchanged if an optional field is
 * absent). Problems in the header of a universal or IMPLICIT field unwind one level more than
 * problems in an EXPLICIT wrapper, because OpenSSL decodes the former through a nested item.
 */
function parseField(buf: Uint8Array, p: number, stop: number, spec: FieldSpec, last: boolean, out: Record<string, unknown>): number {
	if (spec.ctx === undefined) {
		const h = readHeader(buf, p, stop, 1);
		if (h.cls !== 0 || h.tag !== UNIVERSAL_TAG[spec.type]) fail(ASN1_R.WRONG_TAG, 2);
		const v = readValue(buf, h, stop, spec.type, 1);
		out[spec.key as string] = v.value;
		return v.next;
	}
	if (spec.implicit) {
		const h = readHeader(buf, p, stop, 1);
		if (h.cls !== 0x80 || h.tag !== spec.ctx) return p;
		return readStringValue(buf, h, stop, 1).next;
	}
	const h = readHeader(buf, p, stop, 0);
	if (h.cls !== 0x80 || h.tag !== spec.ctx) {
		if (last) fail(ASN1_R.WRONG_TAG, 1);
		return p; // optional and absent
	}
	if (!h.constructed) throw new DecodeFailure(asn1Errors(ASN1_R.EXPLICIT_TAG_NOT_CONSTRUCTED, 0));
	const innerEnd = h.length === null ? stop : h.contentStart + h.length;
	if (h.length === 0) fail(ASN1_R.TOO_SMALL, 2);
	const ih = readHeader(buf, h.contentStart, innerEnd, 2);
	if (ih.cls !== 0 || ih.tag !== UNIVERSAL_TAG[spec.type]) fail(ASN1_R.WRONG_TAG, 3);
	const v = readValue(buf, ih, innerEnd, spec.type, 2);
	if (spec.key !== null) out[spec.key] = v.value;
	if (h.length !== null) {
		if (v.next !== innerEnd) throw new DecodeFailure(asn1Errors(ASN1_R.EXPLICIT_LENGTH_MISMATCH, 0));
		return innerEnd;
	}
	if (atEoc(buf, v.next, stop)) return v.next + 2;
	if (v.next >= stop) fail(ASN1_R.MISSING_EOC, 0);
	throw new DecodeFailure(asn1Errors(ASN1_R.EXPLICIT_LENGTH_MISMATCH, 0));
}

function readValue(buf: Uint8Array, h: Header, end: number, type: ValueType, depth: number): { value: number | Uint8Array; next: number } {
	if (type === 'octets') {
		const v = readStringValue(buf, h, end, depth);
		return { value: v.bytes, next: v.next };
	}
	if (type === 'cert') {
		// The certificate is kept as its encoding; its inner structure is not checked (NOTES/asn1.md).
		if (!h.constructed) fail(ASN1_R.SEQUENCE_NOT_CONSTRUCTED, depth);
		const next = skipValue(buf, h, end, depth);
		return { value: buf.slice(h.start, next), next };
	}
	if (h.constructed) fail(ASN1_R.TYPE_NOT_PRIMITIVE, depth);
	const stop = h.contentStart + (h.length ?? 0);
	const r = readInteger(buf.subarray(h.contentStart, stop), type);
	if ('reason' in r) fail(r.reason, depth);
	return { value: r.value, next: stop };
}

export type ApplyResult = { ok: true } | { ok: false; errors: ErrCode[] };

const MAX_ID = 32;
const MAX_MASTER_KEY = 512;

/** C string copy of an OCTET STRING: stops at the first NUL byte. */
function cString(b: Uint8Array | undefined): string | null {
	if (b === undefined) return null;
	const nul = b.indexOf(0);
	return latin1String(nul < 0 ? b : b.subarray(0, nul));
}

const sslError = (reason: number): ApplyResult => ({ ok: false, errors: [{ lib: ERR_LIB_SSL, reason }] });
const silentFailure: ApplyResult = { ok: false, errors: [] };

/**
 * Stage 2: check the decoded values and copy them into `target` (a new session's fields, or the
 * fields of the session *a being reused). On failure `target` keeps what was copied so far.
 */
export function applySessionDer(as: ParsedSession, target: SessionFields, now: number): ApplyResult {
	if (as.version !== SESSION_ASN1_VERSION) return sslError(SSL_R.UNKNOWN_SSL_VERSION);
	const major = as.sslVersion >> 8;
	if (major !== 0x03 && major !== 0xfe && as.sslVersion !== 0x0100) return sslError(SSL_R.UNSUPPORTED_SSL_VERSION);
	target.sslVersion = as.sslVersion;
	if (as.cipher.length !== 2) return sslError(SSL_R.CIPHER_CODE_WRONG_LENGTH);
	const id = (as.cipher[0] << 8) | as.cipher[1];
	if (findCipher(id) === null) return silentFailure;
	target.cipherId = id;
	target.keptCipherId = id;
	if (as.sessionId.length > MAX_ID) return silentFailure;
	target.sessionId = as.sessionId.slice();
	if (as.masterKey.length > MAX_MASTER_KEY) return silentFailure;
	target.masterKey = as.masterKey.slice();
	target.time = as.time ? as.time : now;
	target.timeout = as.timeout ? as.timeout : 3;
	target.peer = as.peer ? as.peer.slice() : null;
	const sidCtx = as.sidCtx ?? new Uint8Array(0);
	if (sidCtx.length > MAX_ID) return silentFailure;
	target.sidCtx = sidCtx.slice();
	target.verifyResult = as.verifyResult ?? 0;
	target.hostname = cString(as.hostname);
	target.pskIdentityHint = cString(as.pskIdentityHint);
	target.pskIdentity = cString(as.pskIdentity);
	target.ticketLifetimeHint = as.ticketLifetimeHint ?? 0;
	target.ticket = as.ticket ? as.ticket.slice() : null;
	if (as.compId !== undefined) {
		if (as.compId.length !== 1) return sslError(SSL_R.BAD_LENGTH);
		target.compressMeth = as.compId[0];
	} else {
		target.compressMeth = 0;
	}
	target.srpUsername = cString(as.srpUsername);
	target.flags = Number(BigInt.asUintN(32, BigInt(as.flags ?? 0)));
	target.ticketAgeAdd = as.ticketAgeAdd ?? 0;
	target.maxEarlyData = as.maxEarlyData ?? 0;
	target.alpnSelected = as.alpnSelected ? as.alpnSelected.slice() : null;
	target.maxFragmentLenMode = (as.maxFragmentLenMode ?? 0) & 0xff;
	target.ticketAppdata = as.ticketAppdata ? as.ticketAppdata.slice() : null;
	target.kexGroup = as.kexGroup ?? 0;
	return { ok: true };
}
