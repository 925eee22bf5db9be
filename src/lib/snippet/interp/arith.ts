/**
 * Integer operators specialised per C type at compile time, so the hot path of `i + 1` on an int is
 * one closure doing `(a + b) | 0`. Operands arrive already converted by the checker.
 */
import type { CValue, ScalarType } from '../abi';
import { RuntimeTrap } from '../faults';
import { INT_INFO, bit64, mul64, wrapFor } from '../values';

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
	const lo = signed ? -TWO53 : 0;
	switch (op) {
		case '+':
			return (a, b) => {
				const r = a + b;
				return r >= lo && r <= TWO53 ? r : w(r);
			};
		case '-':
			return (a, b) => {
				const r = a - b;
				return r >= lo && r <= TWO53 ? r : w(r);
			};
		case '*':
			return (a, b) => mul64(a, b, w);
		case '/':
			return (a, b) => (divCheck(b), w(Math.trunc(a / b)));
		case '%':
			return (a, b) => (divCheck(b), w(a % b));
		default:
			return (a, b) => w(bit64(op, a, b, signed));
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
