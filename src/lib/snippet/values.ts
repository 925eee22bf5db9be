/**
 * C integer semantics on JS numbers: every scalar type wraps to its width after each operation.
 * 64-bit types are exact while |value| < 2^53 (all snippets in practice); beyond that the wrap is
 * computed with BigInt from exact operands, then rounded back to a number.
 */
import type { ScalarType } from './abi';

export interface IntInfo {
	readonly bits: 8 | 16 | 32 | 64;
	readonly signed: boolean;
}

export const INT_INFO: Record<ScalarType, IntInfo> = {
	char: { bits: 8, signed: true },
	uchar: { bits: 8, signed: false },
	uint8_t: { bits: 8, signed: false },
	short: { bits: 16, signed: true },
	ushort: { bits: 16, signed: false },
	int: { bits: 32, signed: true },
	uint: { bits: 32, signed: false },
	uint32_t: { bits: 32, signed: false },
	long: { bits: 64, signed: true },
	time_t: { bits: 64, signed: true },
	ulong: { bits: 64, signed: false },
	size_t: { bits: 64, signed: false },
	uint64_t: { bits: 64, signed: false }
};

const TWO53 = 2 ** 53;

/** A function that wraps an exact-or-approximate JS number to the given C type. */
export type Wrap = (v: number) => number;

/**
 * Doubles cannot hold LONG_MAX / ULONG_MAX: they round to 2^63 / 2^64. Those two values are kept as
 * sentinels meaning "the maximum" (printf prints them exactly) instead of wrapping to LONG_MIN / 0.
 */
export const LONG_MAX_SENTINEL = 2 ** 63;
export const ULONG_MAX_SENTINEL = 2 ** 64;

function wrap64(signed: boolean): Wrap {
	return (v) => {
		if (v >= -TWO53 && v <= TWO53 && (signed || v >= 0)) return Math.trunc(v);
		if (!Number.isFinite(v)) return 0;
		if (v === (signed ? LONG_MAX_SENTINEL : ULONG_MAX_SENTINEL)) return v;
		const b = BigInt(Math.trunc(v));
		return Number(signed ? BigInt.asIntN(64, b) : BigInt.asUintN(64, b));
	};
}

export function wrapFor(t: ScalarType): Wrap {
	const { bits, signed } = INT_INFO[t];
	switch (bits) {
		case 8:
			return signed ? (v) => (v << 24) >> 24 : (v) => v & 0xff;
		case 16:
			return signed ? (v) => (v << 16) >> 16 : (v) => v & 0xffff;
		case 32:
			return signed ? (v) => v | 0 : (v) => v >>> 0;
		default:
			return wrap64(signed);
	}
}

/** Usual arithmetic conversions, reduced to what matters for wrapping: the common type of a binary op. */
export function commonType(a: ScalarType, b: ScalarType): ScalarType {
	const pa = promote(a);
	const pb = promote(b);
	if (pa === pb) return pa;
	const ia = INT_INFO[pa];
	const ib = INT_INFO[pb];
	if (ia.bits !== ib.bits) return ia.bits > ib.bits ? pa : pb;
	return ia.signed ? pb : pa; // same width: the unsigned one wins
}

/** Integer promotion: everything narrower than int becomes int. */
export function promote(t: ScalarType): ScalarType {
	const i = INT_INFO[t];
	if (i.bits < 32) return 'int';
	if (t === 'uint32_t') return 'uint';
	if (t === 'time_t') return 'long';
	if (t === 'size_t' || t === 'uint64_t') return 'ulong';
	return t;
}

/** Exact 64-bit multiply when the double product would lose bits. */
export function mul64(a: number, b: number, w: Wrap): number {
	const p = a * b;
	if (p >= -TWO53 && p <= TWO53) return w(p);
	return w(Number(BigInt.asIntN(64, BigInt(a) * BigInt(b))));
}

/** Bit operations on 64-bit values go through BigInt when either operand exceeds 32 bits. */
export function bit64(op: '&' | '|' | '^' | '<<' | '>>', a: number, b: number, signed: boolean): number {
	const small = (x: number) => x >= -0x80000000 && x <= 0x7fffffff;
	if (op !== '<<' && op !== '>>' && small(a) && small(b)) {
		return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
	}
	if (op === '>>' && a >= 0 && b < 64) return Math.floor(a / 2 ** b);
	if (op === '<<' && b < 64) {
		const r = a * 2 ** b;
		if (r >= -TWO53 && r <= TWO53) return signed || r >= 0 ? r : Number(BigInt.asUintN(64, BigInt(r)));
	}
	const A = BigInt(a);
	const B = BigInt(b);
	let r: bigint;
	switch (op) {
		case '&':
			r = A & B;
			break;
		case '|':
			r = A | B;
			break;
		case '^':
			r = A ^ B;
			break;
		case '<<':
			r = A << (B & 63n);
			break;
		default:
			r = A >> (B & 63n);
	}
	return Number(signed ? BigInt.asIntN(64, r) : BigInt.asUintN(64, r));
}

/** A 64-bit constant (exact bigint) as the interpreter's number, wrapping first so the sign is right. */
export function int64Value(v: bigint, signed: boolean): number {
	return Number(signed ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v));
}

/** Decimal text of a value viewed as an unsigned 64-bit integer (for %lu of a negative number). */
export function toUnsigned64String(v: number): string {
	if (v >= 0) return v >= 2 ** 64 ? '18446744073709551615' : BigInt(Math.trunc(v)).toString();
	return BigInt.asUintN(64, BigInt(Math.trunc(v))).toString();
}
