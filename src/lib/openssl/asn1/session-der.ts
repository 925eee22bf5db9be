/**
 * i2d side of the SSL_SESSION DER encoding (semantics.md 8.2): field order, EXPLICIT context tags,
 * the "always" fields (session id context, key-exchange group) and the zero/NULL omission rules.
 */
import type { SessionFields } from '../session-fields';
import { concat, derInteger, derOctets, latin1Bytes, tlv } from './der-writer';

/** Version of the SSL_SESSION_ASN1 structure; the decoder rejects anything else. */
export const SESSION_ASN1_VERSION = 1;

const explicit = (n: number, inner: Uint8Array) => tlv(0xa0 + n, inner);

/** Normalize to the C field widths the encoder reads (uint32 fields wrap, int32 fields sign-wrap). */
const u32 = (v: number) => v >>> 0;
const i32 = (v: number) => v | 0;
/**
 * 64-bit fields held in JS numbers: values past the C type's range can only come from rounding
 * (2^64 - 1 reads back as 2^64), so they are clamped to the largest value the C field can hold.
 */
const i64 = (v: number): number | bigint => (v >= 2 ** 63 ? 2n ** 63n - 1n : Math.trunc(v));
const u64 = (v: number): number | bigint => (v >= 2 ** 64 ? 2n ** 64n - 1n : Math.trunc(v));

/**
 * The DER of a session, or null when i2d_SSL_SESSION would return 0 (no cipher). Byte-identical to
 * OpenSSL 3.0 for the same fields.
 */
export function encodeSession(f: SessionFields): Uint8Array | null {
	// i2d: the cipher pointer's id, else the kept cipher_id; neither → 0.
	const suite = (f.cipherId !== 0 ? f.cipherId : (f.keptCipherId ?? 0)) & 0xffff;
	if (suite === 0) return null;
	const parts: Uint8Array[] = [
		derInteger(SESSION_ASN1_VERSION),
		derInteger(i32(f.sslVersion)),
		derOctets(Uint8Array.of((suite >> 8) & 0xff, suite & 0xff)),
		derOctets(f.sessionId),
		derOctets(f.masterKey)
	];
	const optional = (n: number, present: boolean, inner: () => Uint8Array) => {
		if (present) parts.push(explicit(n, inner()));
	};
	const str = (s: string | null) => derOctets(latin1Bytes(s ?? ''));
	optional(1, f.time !== 0, () => derInteger(i64(f.time)));
	optional(2, f.timeout !== 0, () => derInteger(i64(f.timeout)));
	if (f.peer !== null) parts.push(explicit(3, f.peer));
	optional(4, true, () => derOctets(f.sidCtx));
	optional(5, i32(f.verifyResult) !== 0, () => derInteger(i32(f.verifyResult)));
	optional(6, f.hostname !== null, () => str(f.hostname));
	optional(7, f.pskIdentityHint !== null, () => str(f.pskIdentityHint));
	optional(8, f.pskIdentity !== null, () => str(f.pskIdentity));
	optional(9, f.ticketLifetimeHint > 0, () => derInteger(u64(f.ticketLifetimeHint)));
	optional(10, f.ticket !== null, () => derOctets(f.ticket ?? new Uint8Array(0)));
	optional(11, f.compressMeth !== 0, () => derOctets(Uint8Array.of(f.compressMeth & 0xff)));
	optional(12, f.srpUsername !== null, () => str(f.srpUsername));
	optional(13, u32(f.flags) !== 0, () => derInteger(u32(f.flags)));
	optional(14, u32(f.ticketAgeAdd) !== 0, () => derInteger(u32(f.ticketAgeAdd)));
	optional(15, u32(f.maxEarlyData) !== 0, () => derInteger(u32(f.maxEarlyData)));
	optional(16, f.alpnSelected !== null, () => derOctets(f.alpnSelected ?? new Uint8Array(0)));
	optional(17, (f.maxFragmentLenMode & 0xff) !== 0, () => derInteger(f.maxFragmentLenMode & 0xff));
	optional(18, f.ticketAppdata !== null, () => derOctets(f.ticketAppdata ?? new Uint8Array(0)));
	optional(19, true, () => derInteger(u32(f.kexGroup)));
	return tlv(0x30, concat(parts));
}
