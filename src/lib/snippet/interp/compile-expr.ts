/** Expressions → closures `(frame) => CValue`. */
import type { CValue, NativeFunction } from '../abi';
import type { CastExpr, CType, Expr } from '../front/ast';
import { scalarOf } from '../ctypes';
import { int64Value, wrapFor } from '../values';
import { arithEv, compareNum, type Ev } from './arith';
import { compileLvalue, type LvalueCx } from './lvalues';
import { compileAssign, compileIncDec } from './compile-assign';
import { compileCall } from './compile-call';
import { ptrAdd, ptrCmp, ptrDiff, ptrEq, truthy } from './pointers';

export interface ExprCx extends LvalueCx {
	natives: ReadonlyMap<string, NativeFunction>;
	constants: ReadonlyMap<string, { readonly value: CValue }>;
	/**
	 * Time-travel checkpoints (see compile-stmt.ts): while a call-site statement is compiled, its
	 * top-level call records the statement id in the callee's CallRecord (`site`); the statement's
	 * resume variant compiles that call as "resume the callee from its checkpointed frame".
	 */
	site?: { call: Expr; id: number } | null;
	resumeCall?: Expr | null;
}

export const isPtrType = (t: CType) => t.kind === 'pointer' || t.kind === 'array' || t.kind === 'function';

/** An exact constant of type t as the interpreter's number (64-bit: wrapped exactly, then rounded). */
function constValue(v: bigint, t: CType): number {
	if (t.kind === 'int' && t.size === 8) return int64Value(v, t.signed);
	const st = scalarOf(t);
	return st ? wrapFor(st)(Number(v)) : Number(v);
}

/** Every value of integer type `from` is representable in `to` (widening): no wrap needed. */
function lossless(from: CType, to: CType): boolean {
	if (from.kind !== 'int' || to.kind !== 'int') return false;
	if (from.signed === to.signed) return to.size >= from.size;
	return !from.signed && to.signed && to.size > from.size;
}

/** Convert a value to an integer type (wrap) — identity for non-integers. */
export function convertTo(t: CType): (v: number) => number {
	const st = scalarOf(t);
	return st ? wrapFor(st) : (v) => v;
}

export function compileExpr(cx: ExprCx, e: Expr): Ev {
	const m = cx.m;
	switch (e.kind) {
		case 'int': {
			const v = constValue(e.value, e.type);
			return () => v;
		}
		case 'null':
			return () => null;
		case 'string': {
			const p = cx.literal(e.bytes);
			return () => p;
		}
		case 'ident': {
			const ref = e.ref;
			switch (ref.kind) {
				case 'local':
				case 'global':
					return compileLvalue(cx, e).load;
				case 'function':
				case 'native': {
					const p: CValue = { kind: 'fn', name: ref.name };
					return () => p;
				}
				case 'constant': {
					const c = cx.constants.get(ref.name);
					if (!c) throw new Error(`unknown library constant ${ref.name}`);
					const v = c.value;
					return () => v;
				}
				case 'macro': {
					const v = constValue(ref.value, e.type);
					return () => v;
				}
			}
			break;
		}
		case 'unary': {
			const o = compileExpr(cx, e.operand) as (f: CValue[]) => number;
			const w = convertTo(e.type);
			switch (e.op) {
				case '+':
					return o;
				case '-':
					return (f) => w(-o(f));
				case '~':
					// ~x = -x - 1; bigint-safe for huge 64-bit values.
					return (f) => {
						const v = o(f);
						return typeof v === 'bigint' ? w(~(v as bigint) as unknown as number) : w(-v - 1);
					};
				case '!': {
					const g = compileExpr(cx, e.operand);
					return (f) => (truthy(g(f)) ? 0 : 1);
				}
			}
			break;
		}
		case 'deref':
		case 'index':
			return compileLvalue(cx, e).load;
		case 'addrOf': {
			const o = e.operand;
			if (o.kind === 'ident' && (o.ref.kind === 'function' || o.ref.kind === 'native')) {
				const p: CValue = { kind: 'fn', name: o.ref.name };
				return () => p;
			}
			if (o.kind === 'deref') return compileExpr(cx, o.operand);
			const lv = compileLvalue(cx, o);
			if (!lv.addr) throw new Error(`address of a register variable ${o.kind}`);
			return lv.addr;
		}
		case 'incDec':
			return compileIncDec(cx, e);
		case 'binary': {
			const l = compileExpr(cx, e.left);
			const r = compileExpr(cx, e.right);
			const line = e.span.line;
			switch (e.op) {
				case '<':
				case '<=':
				case '>':
				case '>=':
				case '==':
				case '!=':
					if (isPtrType(e.operandType) || isPtrType(e.left.type) || isPtrType(e.right.type)) return comparePtr(e.op, l, r);
					return compareNum(e.op, l, r);
				default: {
					const st = scalarOf(e.type);
					if (!st) throw new Error(`arithmetic on ${e.type.kind}`);
					return arithEv(e.op, st, l, r, line);
				}
			}
		}
		case 'ptrArith': {
			const p = compileExpr(cx, e.pointer);
			const i = compileExpr(cx, e.index) as (f: CValue[]) => number;
			const size = e.op === '-' ? -e.elemSize : e.elemSize;
			return (f) => {
				const pv = p(f);
				return ptrAdd(pv, Number(i(f)) * size);
			};
		}
		case 'ptrDiff': {
			const l = compileExpr(cx, e.left);
			const r = compileExpr(cx, e.right);
			const line = e.span.line;
			return (f) => {
				const a = l(f);
				return ptrDiff(a, r(f), e.elemSize, line);
			};
		}
		case 'logical': {
			const l = compileExpr(cx, e.left);
			const r = compileExpr(cx, e.right);
			return e.op === '&&' ? (f) => (truthy(l(f)) && truthy(r(f)) ? 1 : 0) : (f) => (truthy(l(f)) || truthy(r(f)) ? 1 : 0);
		}
		case 'cond': {
			const t = compileExpr(cx, e.test);
			const a = compileExpr(cx, e.then);
			const b = compileExpr(cx, e.else);
			return (f) => (truthy(t(f)) ? a(f) : b(f));
		}
		case 'assign':
			return compileAssign(cx, e);
		case 'call':
			return compileCall(cx, e);
		case 'cast':
			return compileCast(cx, e);
		case 'comma': {
			const l = compileExpr(cx, e.left);
			const r = compileExpr(cx, e.right);
			return (f) => (l(f), r(f));
		}
	}
	void m;
	throw new Error(`cannot compile expression ${(e as Expr).kind}`);
}

function comparePtr(op: '<' | '<=' | '>' | '>=' | '==' | '!=', l: Ev, r: Ev): Ev {
	switch (op) {
		case '==':
			return (f) => (ptrEq(l(f), r(f)) ? 1 : 0);
		case '!=':
			return (f) => (ptrEq(l(f), r(f)) ? 0 : 1);
		case '<':
			return (f) => (ptrCmp(l(f), r(f)) < 0 ? 1 : 0);
		case '<=':
			return (f) => (ptrCmp(l(f), r(f)) <= 0 ? 1 : 0);
		case '>':
			return (f) => (ptrCmp(l(f), r(f)) > 0 ? 1 : 0);
		case '>=':
			return (f) => (ptrCmp(l(f), r(f)) >= 0 ? 1 : 0);
	}
}

function compileCast(cx: ExprCx, e: CastExpr): Ev {
	const o = e.operand;
	switch (e.conv) {
		case 'integral': {
			const v = compileExpr(cx, o) as (f: CValue[]) => number;
			const st = scalarOf(e.type);
			const sf = scalarOf(o.type);
			if (!st || st === sf || lossless(o.type, e.type)) return v;
			const w = wrapFor(st);
			return (f) => w(v(f));
		}
		case 'decay': {
			const lv = compileLvalue(cx, o);
			return lv.addr ?? lv.load;
		}
		case 'function': {
			if (o.kind === 'ident') {
				const p: CValue = { kind: 'fn', name: o.name };
				return () => p;
			}
			return compileExpr(cx, o);
		}
		case 'nullToPointer': {
			const v = compileExpr(cx, o);
			return (f) => (v(f), null);
		}
		case 'pointer':
			return compileExpr(cx, o);
		case 'pointerToInt': {
			const v = compileExpr(cx, o);
			const w = convertTo(e.type);
			const m = cx.m;
			return (f) => {
				const p = v(f);
				return w(typeof p === 'number' ? p : p === null ? 0 : m.addressOf(p));
			};
		}
		case 'intToPointer': {
			const v = compileExpr(cx, o);
			return (f) => {
				const x = v(f);
				return x === 0 ? null : Number(x);
			};
		}
		case 'toVoid': {
			const v = compileExpr(cx, o);
			return (f) => (v(f), 0);
		}
	}
}

