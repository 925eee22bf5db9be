/**
 * INTEGER contents to the C integer types of SSL_SESSION_ASN1, with OpenSSL 3.0's checks: padding,
 * sign and range (reasons observed on 3.0.22). Empty contents read as 0, as OpenSSL does.
 */
import { ASN1_R } from './err-codes';

export type IntKind = 'int32' | 'uint32' | 'int64' | 'uint64';

const U64_MAX = 2n ** 64n - 1n;

/** The value, or the ASN1 reason code of the rejection. */
export function readInteger(c: Uint8Array, kind: IntKind): { value: number } | { reason: number } {
	if (c.length === 0) return { value: 0 };
	if (c.length > 1 && ((c[0] === 0 && c[1] < 0x80) || (c[0] === 0xff && c[1] >= 0x80))) return { reason: ASN1_R.ILLEGAL_PADDING };
	let v = 0n;
	for (const b of c) v = (v << 8n) | BigInt(b);
	const negative = (c[0] & 0x80) !== 0;
	if (negative) v -= 1n << BigInt(8 * c.length);
	const magnitude = negative ? -v : v;
	if (magnitude > U64_MAX) return { reason: ASN1_R.TOO_LARGE };
	switch (kind) {
		case 'uint32':
			if (negative) return { reason: ASN1_R.ILLEGAL_NEGATIVE_VALUE };
			if (v > 0xffffffffn) return { reason: ASN1_R.TOO_LARGE };
			return { value: Number(v) };
		case 'uint64':
			if (negative) return { reason: ASN1_R.ILLEGAL_NEGATIVE_VALUE };
			return { value: Number(v) };
		case 'int32':
			if (negative && magnitude > 2n ** 31n) return { reason: ASN1_R.TOO_SMALL };
			if (!negative && v > 2n ** 31n - 1n) return { reason: ASN1_R.TOO_LARGE };
			return { value: Number(v) };
		case 'int64':
			if (!negative && v > 2n ** 63n - 1n) return { reason: ASN1_R.TOO_LARGE };
			// A negative magnitude beyond 2^63 wraps instead of failing (observed on 3.0.22).
			return { value: Number(BigInt.asIntN(64, v)) };
	}
}
