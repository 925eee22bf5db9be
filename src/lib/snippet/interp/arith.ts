/**
 * Integer operators specialised per C type at compile time, so the hot path of `i + 1` on an int is
 * one closure doing `(a + b) | 0`. Operands arrive already converted by the checker.
 */
import type { CValue, ScalarType } from '../abi';
import { RuntimeTrap } from '../faults';
import { INT_INFO, big, bit64, canon64, mul64, wrapFor } from '../values';

const TWO53 = 2 ** 53;

export type Ev = (f: CValue[]) => CValue;
type N = (f: CValue[]) => number;

export type ArithOp = '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '&' | '^' | '|';

/** Apply op to two numbers of type t (used by compound assignment too). */
export function arithFn(op: ArithOp, t: ScalarType, line: number): (a: number, b: number) => number {
	const { bits, signed } = INT_INFO[t];
	const w = wrapFor(t);
	const divCheck = (b: number) => {
		if (b === 0) throw new RuntimeTrap(`division by zero (${op === '/' ? 'x / 0' : 'x % 0'})`, line);
	};
	if (bits <= 32) {
		const wr = bits === 32 ? (signed ? (v: number) => v | 0 : (v: number) => v >>> 0) : w;
		switch (op) {
			case '+':
				return (a, b) => wr(a + b);
			case '-':
				return (a, b) => wr(a - b);
			case '*':
				return (a, b) => wr(Math.imul(a, b));
			case '/':
				return (a, b) => (divCheck(b), wr(Math.trunc(a / b)));
			case '%':
				return (a, b) => (divCheck(b), wr(a % b));
			case '<<':
				return (a, b) => wr(a << (b & 31));
			case '>>':
				return signed ? (a, b) => a >> (b & 31) : (a, b) => a >>> (b & 31);
			case '&':
				return (a, b) => wr(a & b);
			case '|':
				return (a, b) => wr(a | b);
			case '^':
				return (a, b) => wr(a ^ b);
		}
	}
	// 64-bit: numbers while the result stays within ±2^53, exact bigints beyond (values.ts canon64).
	const lo = signed ? -TWO53 : 0;
	const isNum = (a: number, b: number) => typeof a === 'number' && typeof b === 'number';
	switch (op) {
		case '+':
			return (a, b) => {
				if (isNum(a, b)) {
					const r = a + b;
					if (r >= lo && r <= TWO53) return r;
				}
				return canon64(big(a) + big(b), signed);
			};
		case '-':
			return (a, b) => {
				if (isNum(a, b)) {
					const r = a - b;
					if (r >= lo && r <= TWO53) return r;
				}
				return canon64(big(a) - big(b), signed);
			};
		case '*':
			return (a, b) => mul64(a, b, signed);
		case '/':
			return (a, b) => {
				divCheck(b);
				if (isNum(a, b)) return w(Math.trunc(a / b));
				const [A, B] = signed ? [big(a), big(b)] : [BigInt.asUintN(64, big(a)), BigInt.asUintN(64, big(b))];
				return canon64(A / B, signed);
			};
		case '%':
			return (a, b) => {
				divCheck(b);
				if (isNum(a, b)) return w(a % b);
				const [A, B] = signed ? [big(a), big(b)] : [BigInt.asUintN(64, big(a)), BigInt.asUintN(64, big(b))];
				return canon64(A % B, signed);
			};
		default:
			return (a, b) => bit64(op, a, b, signed);
	}
}

/** A compiled binary arithmetic expression: left evaluated first, then right. */
export function arithEv(op: ArithOp, t: ScalarType, l: Ev, r: Ev, line: number): Ev {
	const L = l as N;
	const R = r as N;
	const { bits, signed } = INT_INFO[t];
	if (bits === 32 && signed) {
		switch (op) {
			case '+':
				return (f) => (L(f) + R(f)) | 0;
			case '-':
				return (f) => (L(f) - R(f)) | 0;
			case '*':
				return (f) => Math.imul(L(f), R(f));
			case '&':
				return (f) => L(f) & R(f);
			case '|':
				return (f) => L(f) | R(f);
			case '^':
				return (f) => L(f) ^ R(f);
			case '<<':
				return (f) => L(f) << (R(f) & 31);
			case '>>':
				return (f) => L(f) >> (R(f) & 31);
		}
	}
	const fn = arithFn(op, t, line);
	return (f) => {
		const a = L(f);
		return fn(a, R(f));
	};
}

export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export function compareNum(op: CmpOp, l: Ev, r: Ev): Ev {
	const L = l as N;
	const R = r as N;
	switch (op) {
		case '<':
			return (f) => (L(f) < R(f) ? 1 : 0);
		case '<=':
			return (f) => (L(f) <= R(f) ? 1 : 0);
		case '>':
			return (f) => (L(f) > R(f) ? 1 : 0);
		case '>=':
			return (f) => (L(f) >= R(f) ? 1 : 0);
		case '==':
			return (f) => (L(f) === R(f) ? 1 : 0);
		case '!=':
			return (f) => (L(f) !== R(f) ? 1 : 0);
	}
}
