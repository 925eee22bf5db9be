/** Assignment, compound assignment and ++/-- (integers wrap to the target type; pointers move by elemSize). */
import type { CValue } from '../abi';
import type { AssignExpr, CType, Expr, IncDecExpr } from '../front/ast';
import { scalarOf } from '../ctypes';
import { wrapFor } from '../values';
import { arithFn, type ArithOp, type Ev } from './arith';
import { compileExpr, isPtrType, type ExprCx } from './compile-expr';
import { accessor, compileLvalue, withLine } from './lvalues';
import { ptrAdd } from './pointers';

export function compileIncDec(cx: ExprCx, e: IncDecExpr): Ev {
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
			const add = arithFn('+', st, e.span.line);
			step = (v) => add(v as number, delta);
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

export function compileAssign(cx: ExprCx, e: AssignExpr): Ev {
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
		combine = (old, v) => ptrAdd(old, Number(v) * size);
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

