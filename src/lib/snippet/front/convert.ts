/** Implicit conversions: decay, usual arithmetic conversions, assignment/argument/return conversions, casts. */
import type { CastExpr, CType, Expr, FunctionType, PointerType } from './ast';
import type { Ctx } from './context';
import { constValue } from './const-eval';
import { isInt, isPointer, pointerTo, sameType, typeToString, unqualified } from './types';

export function cast(e: Expr, type: CType, conv: CastExpr['conv'], implicit = true): Expr {
	return { kind: 'cast', implicit, conv, operand: e, type, span: e.span, lvalue: false };
}

/** Array → pointer to first element, function → pointer to function (lvalue-to-rvalue is implicit). */
export function rvalue(e: Expr): Expr {
	if (e.type.kind === 'array') return cast(e, pointerTo(e.type.of), 'decay');
	if (e.type.kind === 'function') return cast(e, pointerTo(e.type), 'function');
	return e;
}

/** Integer conversion to `to` (no node when the representation is the same: size_t → unsigned long, const int → int). */
export function toInt(e: Expr, to: CType): Expr {
	if (e.type.kind === 'int' && to.kind === 'int' && e.type.size === to.size && e.type.signed === to.signed) return e;
	return cast(e, unqualified(to), 'integral');
}

export function isNullConstant(e: Expr): boolean {
	if (e.kind === 'null') return true;
	if (e.kind === 'cast' && e.type.kind === 'pointer' && e.type.to.kind === 'void' && !e.implicit) return isNullConstant(e.operand);
	return isInt(e.type) && constValue(e) === 0n && !hasSideEffects(e);
}
function hasSideEffects(e: Expr): boolean {
	return e.kind === 'call' || e.kind === 'assign' || e.kind === 'incDec';
}

export type PtrCompat = 'same' | 'qualifier' | 'nested' | 'sign' | 'void' | 'incompatible';

/** Can a `from` pointer be assigned to a `to` pointer? (C11 6.5.16.1 constraints, with gcc's warnings.) */
export function pointerCompat(to: PointerType, from: PointerType): PtrCompat {
	const a = to.to;
	const b = from.to;
	const dropsConst = b.const && !a.const;
	if (a.kind === 'void' || b.kind === 'void') {
		if (a.kind === 'function' || b.kind === 'function') return 'incompatible';
		return dropsConst ? 'qualifier' : 'void';
	}
	if (sameType(a, b)) return dropsConst ? 'qualifier' : 'same';
	if (a.kind === 'int' && b.kind === 'int' && a.size === b.size) return 'sign';
	// `unsigned char **` to `const unsigned char **`: gcc (before 14) warns, it runs the same.
	if (sameShape(a, b)) return 'nested';
	if (a.kind === 'function' && b.kind === 'function') return functionCompat(a, b);
	return 'incompatible';
}

/** Same type when every const is ignored, at every level. */
function sameShape(a: CType, b: CType): boolean {
	if (a.kind === 'pointer' && b.kind === 'pointer') return sameShape(a.to, b.to);
	return sameType(a, b, true);
}

/** Callback compatibility: same arity and return kind, each parameter assignable (const/sign differences warn). */
function functionCompat(a: FunctionType, b: FunctionType): PtrCompat {
	if (a.params.length !== b.params.length || a.variadic !== b.variadic) return 'incompatible';
	if ((a.returns.kind === 'void') !== (b.returns.kind === 'void')) return 'incompatible';
	let worst: PtrCompat = 'same';
	const pairs: [CType, CType][] = [[a.returns, b.returns], ...a.params.map((p, i): [CType, CType] => [p, b.params[i]])];
	for (const [x, y] of pairs) {
		if (sameType(x, y)) continue;
		if (isPointer(x) && isPointer(y)) {
			const c = pointerCompat(x, y);
			const back = pointerCompat(y, x);
			if (c === 'incompatible' && back === 'incompatible') return 'incompatible';
			worst = 'qualifier';
		} else if (isInt(x) && isInt(y) && x.size === y.size) worst = 'sign';
		else return 'incompatible';
	}
	return worst;
}

/**
 * Convert `e` (already checked, not yet decayed) as if by assignment to `target` (C11 6.5.16.1).
 * `what` names the context for messages: "initializing 'x'", "passing argument 2 of 'f'", "returning".
 */
export function assignConvert(cx: Ctx, e0: Expr, target: CType, what: string, argCode: 'SC0402' | 'SC0406' = 'SC0406'): Expr | null {
	const e = rvalue(e0);
	const t = unqualified(target);
	if (e.type.kind === 'void') {
		cx.diags.report('SC0416', `void value not ignored as it ought to be (${what})`, e.span);
		return null;
	}
	if (t.kind === 'int') {
		if (e.type.kind === 'int') return toInt(e, t);
		cx.diags.report(argCode, `${what} makes integer from pointer without a cast ('${typeToString(e.type)}' to '${typeToString(target)}')`, e.span);
		return null;
	}
	if (t.kind === 'pointer') {
		if (isNullConstant(e)) return e.type.kind === 'pointer' && sameType(e.type, t) ? e : cast(e, t, 'nullToPointer');
		if (e.type.kind === 'int') {
			cx.diags.report(argCode, `${what} makes pointer from integer without a cast ('${typeToString(e.type)}' to '${typeToString(target)}')`, e.span);
			return null;
		}
		if (e.type.kind === 'pointer') {
			const c = pointerCompat(t, e.type);
			if (c === 'incompatible') {
				cx.diags.report(argCode === 'SC0402' ? 'SC0402' : 'SC0419', `incompatible pointer types ${what}: expected '${typeToString(target)}' but got '${typeToString(e.type)}'`, e.span);
				return null;
			}
			if (c === 'qualifier') cx.diags.report('SC0420', `${what} discards 'const' qualifier from pointer target type ('${typeToString(e.type)}' to '${typeToString(target)}')`, e.span);
			if (c === 'nested') cx.diags.report('SC0420', `${what}: '${typeToString(e.type)}' converted to '${typeToString(target)}' (qualifiers differ below the first pointer; gcc warns)`, e.span);
			if (c === 'sign') cx.diags.report('SC0420', `pointer targets differ in signedness ${what} ('${typeToString(e.type)}' to '${typeToString(target)}')`, e.span);
			return c === 'same' && sameType(e.type, t) ? e : cast(e, t, 'pointer');
		}
	}
	cx.diags.report(argCode, `incompatible types ${what}: '${typeToString(target)}' from '${typeToString(e.type)}'`, e.span);
	return null;
}

/** An explicit cast `(T)e`. */
export function explicitCast(cx: Ctx, e0: Expr, t: CType, span: Expr['span']): Expr | null {
	const e = rvalue(e0);
	const mk = (conv: CastExpr['conv']): Expr => ({ kind: 'cast', implicit: false, conv, operand: e, type: t, span, lvalue: false });
	if (t.kind === 'void') return mk('toVoid');
	if (e.type.kind === 'void') {
		cx.diags.report('SC0416', 'void value cannot be converted', e.span);
		return null;
	}
	if (t.kind === 'int' && e.type.kind === 'int') return mk('integral');
	if (t.kind === 'int' && e.type.kind === 'pointer') return mk('pointerToInt');
	if (t.kind === 'pointer' && isNullConstant(e)) return mk('nullToPointer');
	if (t.kind === 'pointer' && e.type.kind === 'int') return mk('intToPointer');
	if (t.kind === 'pointer' && e.type.kind === 'pointer') {
		if ((t.to.kind === 'function') !== (e.type.to.kind === 'function') || (t.to.kind === 'function' && pointerCompat(t, e.type) === 'incompatible')) {
			cx.diags.report('SC0206', 'casts between function and data pointers are not part of Snippet C', span);
			return null;
		}
		return mk('pointer');
	}
	cx.diags.report('SC0406', `cannot cast '${typeToString(e.type)}' to '${typeToString(t)}'`, span);
	return null;
}
