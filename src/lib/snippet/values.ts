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
 * 64-bit values: a number while |v| ≤ 2^53 (the fast, common case), otherwise an exact bigint
 * (canonical: equal values always have the same representation, so === works). Values cross the
 * library boundary as numbers (abi.ts); a double 2^63 / 2^64 coming back from the library means
 * LONG_MAX / ULONG_MAX (what those constants round to).
 */
const TWO53N = 2n ** 53n;
export function canon64(b: bigint, signed: boolean): number {
	const x = signed ? BigInt.asIntN(64, b) : BigInt.asUintN(64, b);
	return (x >= -TWO53N && x <= TWO53N ? Number(x) : x) as unknown as number;
}

/** BigInt of an interpreter integer (number or bigint). */
export const big = (v: number): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** A 64-bit interpreter value as the library sees it (a number, rounded if huge). */
export const toLibNumber = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);

function wrap64(signed: boolean): Wrap {
	return (v) => {
		if (typeof v === 'number') {
			if (v >= -TWO53 && v <= TWO53 && (signed || v >= 0)) return Math.trunc(v);
			if (!Number.isFinite(v)) return 0;
			if (v === 2 ** 63 && signed) return canon64(2n ** 63n - 1n, true);
			if (v === 2 ** 64 && !signed) return canon64(2n ** 64n - 1n, false);
			return canon64(BigInt(Math.trunc(v)), signed);
		}
		return canon64(v as unknown as bigint, signed);
	};
}

/** Narrow wraps must also accept a bigint (a cast from a huge 64-bit value). */
const narrow = (f: Wrap): Wrap => (v) => (typeof v === 'bigint' ? f(Number(BigInt.asIntN(32, v))) : f(v));

export function wrapFor(t: ScalarType): Wrap {
	const { bits, signed } = INT_INFO[t];
	switch (bits) {
		case 8:
			return narrow(signed ? (v) => (v << 24) >> 24 : (v) => v & 0xff);
		case 16:
			return narrow(signed ? (v) => (v << 16) >> 16 : (v) => v & 0xffff);
		case 32:
			return narrow(signed ? (v) => v | 0 : (v) => v >>> 0);
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

/** 64-bit multiply: exact (bigint) when the double product would lose bits. */
export function mul64(a: number, b: number, signed: boolean): number {
	if (typeof a === 'number' && typeof b === 'number') {
		const p = a * b;
		if (p >= -TWO53 && p <= TWO53 && (signed || p >= 0)) return p;
	}
	return canon64(big(a) * big(b), signed);
}

/** Bit operations and shifts on 64-bit values (bigint unless both operands are small numbers). */
export function bit64(op: '&' | '|' | '^' | '<<' | '>>', a: number, b: number, signed: boolean): number {
	if (typeof a === 'number' && typeof b === 'number') {
		const small = (x: number) => x >= -0x80000000 && x <= 0x7fffffff;
		if (op !== '<<' && op !== '>>' && small(a) && small(b)) return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
		if (op === '>>' && a >= 0 && b < 64) return Math.floor(a / 2 ** b);
		if (op === '<<' && b < 64 && a >= 0) {
			const r = a * 2 ** b;
			if (r <= TWO53) return r;
		}
	}
	let A = big(a);
	if (!signed) A = BigInt.asUintN(64, A);
	const B = big(b);
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
	return canon64(r, signed);
}

/** A 64-bit constant (exact bigint) in the interpreter's canonical form. */
export function int64Value(v: bigint, signed: boolean): number {
	return canon64(v, signed);
}

/** Decimal text of a value viewed as an unsigned 64-bit integer (for %lu of a negative number). */
export function toUnsigned64String(v: number): string {
	if (typeof v === 'number' && v >= 2 ** 64) return '18446744073709551615';
	return BigInt.asUintN(64, big(typeof v === 'number' ? Math.trunc(v) : v)).toString();
}
