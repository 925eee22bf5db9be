/** Expressions → closures `(frame) => CValue`. */
import type { CValue, NativeFunction } from '../abi';
import type { AssignExpr, CallExpr, CastExpr, CType, Expr, IncDecExpr } from '../front/ast';
import { scalarOf } from '../ctypes';
import { RuntimeTrap } from '../faults';
import type { Machine } from '../machine';
import { int64Value, wrapFor } from '../values';
import { arithEv, arithFn, compareNum, type ArithOp, type Ev } from './arith';
import { accessor, compileLvalue, withLine, type LvalueCx } from './lvalues';
import { ptrAdd, ptrCmp, ptrDiff, ptrEq, truthy } from './pointers';

export interface ExprCx extends LvalueCx {
	natives: ReadonlyMap<string, NativeFunction>;
	constants: ReadonlyMap<string, { readonly value: CValue }>;
}

const isPtrType = (t: CType) => t.kind === 'pointer' || t.kind === 'array' || t.kind === 'function';

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
function convertTo(t: CType): (v: number) => number {
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
					return (f) => w(-o(f) - 1);
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
				return ptrAdd(pv, i(f) * size);
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
				return x === 0 ? null : x;
			};
		}
		case 'toVoid': {
			const v = compileExpr(cx, o);
			return (f) => (v(f), 0);
		}
	}
}

function compileIncDec(cx: ExprCx, e: IncDecExpr): Ev {
	const lv = compileLvalue(cx, e.operand);
	const isPtr = isPtrType(e.operand.type);
	const delta = e.op === '++' ? 1 : -1;
	let step: (v: CValue) => CValue;
	if (isPtr) {
		const d = delta * e.elemSize;
		step = (v) => ptrAdd(v, d);
	} else {
		const st = scalarOf(e.operand.type)!;
		if (st === 'int') step = (v) => ((v as number) + delta) | 0;
		else {
			const w = wrapFor(st);
			step = (v) => w((v as number) + delta);
		}
	}
	const { load, store, addr } = lv;
	if (!addr) {
		return e.prefix
			? (f) => {
					const n = step(load(f));
					store(f, n);
					return n;
				}
			: (f) => {
					const o = load(f);
					store(f, step(o));
					return o;
				};
	}
	const accessorFor = compileLvalueAccess(cx, e.operand);
	return (f) => {
		const p = addr(f);
		const o = accessorFor.loadAt(p, e.span.line);
		const n = step(o);
		accessorFor.storeAt(p, n, e.span.line);
		return e.prefix ? n : o;
	};
}

/** Load/store at an already computed address, attributing faults to `line`. */
function compileLvalueAccess(cx: ExprCx, target: Expr) {
	const acc = accessorOf(cx, target.type);
	return {
		loadAt: (p: CValue, line: number) => {
			try {
				return acc.loadAt(p);
			} catch (err) {
				throw withLine(err, line);
			}
		},
		storeAt: (p: CValue, v: CValue, line: number) => {
			try {
				acc.storeAt(p, v);
			} catch (err) {
				throw withLine(err, line);
			}
		}
	};
}

function accessorOf(cx: ExprCx, t: CType) {
	return accessor(cx.m, t);
}

function compileAssign(cx: ExprCx, e: AssignExpr): Ev {
	const lv = compileLvalue(cx, e.target);
	const val = compileExpr(cx, e.value);
	const line = e.span.line;
	if (e.op === '=') {
		const { store } = lv;
		return (f) => {
			const v = val(f);
			store(f, v);
			return v;
		};
	}
	// Compound: (computeType)target op value, converted back to the target's type.
	let combine: (old: CValue, v: CValue) => CValue;
	if (e.elemSize !== null) {
		const size = e.op === '-=' ? -e.elemSize : e.elemSize;
		combine = (old, v) => ptrAdd(old, (v as number) * size);
	} else {
		const ct = scalarOf(e.computeType)!;
		const tt = scalarOf(e.target.type)!;
		const op = e.op.slice(0, -1) as ArithOp;
		const fn = arithFn(op, ct, line);
		const toC = ct === tt ? (x: number) => x : wrapFor(ct);
		const toT = ct === tt ? (x: number) => x : wrapFor(tt);
		combine = (old, v) => toT(fn(toC(old as number), v as number));
	}
	if (!lv.addr) {
		const { load, store } = lv;
		return (f) => {
			const v = val(f);
			const n = combine(load(f), v);
			store(f, n);
			return n;
		};
	}
	const addr = lv.addr;
	const acc = compileLvalueAccess(cx, e.target);
	return (f) => {
		const v = val(f);
		const p = addr(f);
		const n = combine(acc.loadAt(p, line), v);
		acc.storeAt(p, n, line);
		return n;
	};
}

function compileCall(cx: ExprCx, e: CallExpr): Ev {
	const m: Machine = cx.m;
	const args = e.args.map((a) => compileExpr(cx, a));
	const n = args.length;
	const line = e.callee.span.line;
	const evalArgs = argEvaluator(args);
	if (e.callee.kind === 'native') {
		const name = e.callee.name;
		const nf = cx.natives.get(name);
		if (!nf) throw new Error(`library function ${name} is not available`);
		const conv = convertTo(e.type);
		const isInt = scalarOf(e.type) !== null;
		const isVoid = e.type.kind === 'void';
		return (f) => {
			const a = evalArgs(f);
			m.line = line;
			let r: CValue;
			try {
				r = nf.call(m, a);
			} catch (err) {
				throw withLine(err, line);
			}
			m.line = line;
			if (isVoid) return 0;
			if (isInt) return conv(typeof r === 'number' ? r : r === null ? 0 : 1);
			return r === undefined ? null : r;
		};
	}
	const name = e.callee.name;
	let invoke: ((args: CValue[]) => CValue) | null = null;
	return (f) => {
		const a = evalArgs(f);
		if (invoke === null) {
			const inv = m.invokers.get(name);
			if (!inv) throw new RuntimeTrap(`call of ${name}, which is declared but never defined`, line);
			invoke = inv.invoke;
		}
		const saved = m.line;
		m.line = line;
		const r = invoke(a);
		m.line = saved;
		return r;
	};
}

/** Call arguments, evaluated right to left as gcc x86-64 does; small arities avoid a loop and a holey array. */
function argEvaluator(args: Ev[]): (f: CValue[]) => CValue[] {
	const [a0, a1, a2, a3] = args;
	switch (args.length) {
		case 0:
			return () => [];
		case 1:
			return (f) => [a0(f)];
		case 2:
			return (f) => {
				const x1 = a1(f);
				return [a0(f), x1];
			};
		case 3:
			return (f) => {
				const x2 = a2(f);
				const x1 = a1(f);
				return [a0(f), x1, x2];
			};
		case 4:
			return (f) => {
				const x3 = a3(f);
				const x2 = a2(f);
				const x1 = a1(f);
				return [a0(f), x1, x2, x3];
			};
		default:
			return (f) => {
				const a: CValue[] = new Array(args.length);
				for (let i = args.length - 1; i >= 0; i--) a[i] = args[i](f);
				return a;
			};
	}
}
