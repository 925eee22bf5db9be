/** Type checking of expressions: SExpr (syntax) → Expr (typed AST, conversions explicit). */
import type { AssignExpr, BinaryExpr, CType, Expr, IntType, Span } from './ast';
import { assignConvert, cast, explicitCast, isNullConstant, pointerCompat, rvalue, toInt } from './convert';
import type { Ctx } from './context';
import { resolveTypeName } from './declare';
import { decodeEscapes, parseCharLiteral, parseIntLiteral } from './literals';
import { call } from './check-call';
import type { SExpr } from './syntax';
import { commonType, INT, isInt, isPointer, isScalar, LONG, pointerTo, promote, SIZE_T, sizeOf, typeToString, VOID_PTR } from './types';
import { intType } from './types';

const CHAR_ARRAY = (n: number): CType => ({ kind: 'array', of: intType('char'), length: n, const: false });

export function checkExpr(cx: Ctx, s: SExpr): Expr | null {
	const span = cx.span(s.from, s.to);
	switch (s.k) {
		case 'num': {
			const r = parseIntLiteral(s.text);
			if (!r.ok) return err(cx, r.code, r.message, span);
			return { kind: 'int', value: r.value.value, origin: 'literal', text: s.text, type: r.value.type, span, lvalue: false };
		}
		case 'char': {
			const r = parseCharLiteral(s.text);
			if (!r.ok) return err(cx, r.code, r.message, span);
			return { kind: 'int', value: r.value, origin: 'char', text: s.text, type: INT, span, lvalue: false };
		}
		case 'str': {
			const bytes: number[] = [];
			for (const p of s.parts) {
				if (/^[LuU]/.test(p.text)) return err(cx, 'SC0105', 'wide string literals are not part of Snippet C', span);
				const r = decodeEscapes(p.text.slice(1, -1));
				if (!r.ok) return err(cx, r.code, r.message, cx.span(p.from, p.to));
				bytes.push(...r.value);
			}
			return { kind: 'string', bytes: Uint8Array.from(bytes), type: CHAR_ARRAY(bytes.length + 1), span, lvalue: true };
		}
		case 'ident':
			return ident(cx, s.name, span);
		case 'unary':
			return unary(cx, s, span);
		case 'postfix': {
			const e = checkExpr(cx, s.e);
			return e && incDec(cx, s.op, false, e, span);
		}
		case 'binary':
			return binary(cx, s.op, s.l, s.r, span);
		case 'assign':
			return assign(cx, s.op, s.l, s.r, span);
		case 'cond':
			return conditional(cx, s.c, s.t, s.f, span);
		case 'call':
			return call(cx, s, span);
		case 'index': {
			const a = checkExpr(cx, s.e);
			const i = checkExpr(cx, s.i);
			if (!a || !i) return null;
			let base = rvalue(a);
			let index = rvalue(i);
			if (isInt(base.type) && isPointer(index.type)) [base, index] = [index, base];
			if (!isPointer(base.type) || !isInt(index.type)) return err(cx, 'SC0407', `subscripted value is neither an array nor a pointer ('${typeToString(a.type)}')`, span);
			const size = sizeOf(base.type.to);
			if (size === null) return err(cx, 'SC0408', `cannot index a pointer to incomplete type '${typeToString(base.type.to)}'`, span);
			return { kind: 'index', base, index: toInt(index, LONG), elemSize: size, type: base.type.to, span, lvalue: true };
		}
		case 'cast': {
			const t = resolveTypeName(cx, s.type);
			const e = checkExpr(cx, s.e);
			if (!t || !e) return null;
			if (t.kind === 'array' || t.kind === 'function' || t.kind === 'opaque') return err(cx, 'SC0406', `cannot cast to '${typeToString(t)}'`, span);
			return explicitCast(cx, e, t, span);
		}
		case 'sizeofType': {
			const t = resolveTypeName(cx, s.type);
			return t && sizeofResult(cx, t, span, cx.src.slice(s.from, s.to));
		}
		case 'sizeofExpr': {
			const e = checkExpr(cx, s.e);
			return e && sizeofResult(cx, e.type, span, cx.src.slice(s.from, s.to));
		}
	}
}

export function err(cx: Ctx, code: Parameters<Ctx['diags']['report']>[0], message: string, span: Span): null {
	cx.diags.report(code, message, span);
	return null;
}

function sizeofResult(cx: Ctx, t: CType, span: Span, text: string): Expr | null {
	const n = t.kind === 'function' ? null : sizeOf(t);
	if (n === null) return err(cx, 'SC0408', `invalid application of 'sizeof' to incomplete type '${typeToString(t)}'`, span);
	return { kind: 'int', value: BigInt(n), origin: 'sizeof', text, type: SIZE_T, span, lvalue: false };
}

export function ident(cx: Ctx, name: string, span: Span): Expr | null {
	const entry = cx.scope.lookup(name);
	if (entry?.kind === 'var') {
		const d = entry.decl;
		const ref = d.storage === 'auto' ? { kind: 'local' as const, slot: d.slot, decl: d } : { kind: 'global' as const, index: d.slot, decl: d };
		return { kind: 'ident', name, ref, type: d.type, span, lvalue: true };
	}
	if (entry?.kind === 'function') return { kind: 'ident', name, ref: { kind: 'function', name }, type: entry.type, span, lvalue: false };
	if (name === 'NULL') return { kind: 'null', type: VOID_PTR, span, lvalue: false };
	const nt = cx.nativeType(name);
	if (nt) {
		cx.natives.set(name, nt);
		return { kind: 'ident', name, ref: { kind: 'native', name }, type: nt, span, lvalue: false };
	}
	const c = cx.library.constants.get(name);
	if (c) {
		const t = constantType(cx, c.type);
		if (t) return { kind: 'ident', name, ref: { kind: 'constant', name }, type: t, span, lvalue: false };
	}
	return err(cx, 'SC0301', `'${name}' undeclared`, span);
}

const constantTypes = new Map<string, CType | null>();
function constantType(cx: Ctx, text: string): CType | null {
	if (!constantTypes.has(text)) constantTypes.set(text, resolveTypeName(cx, null, text));
	return constantTypes.get(text)!;
}

function scalarOperand(cx: Ctx, e: Expr, what: string): Expr | null {
	const r = rvalue(e);
	if (!isScalar(r.type)) return err(cx, r.type.kind === 'void' ? 'SC0416' : 'SC0418', `${what} must be an integer or a pointer, not '${typeToString(r.type)}'`, e.span);
	return r;
}
export function condition(cx: Ctx, s: SExpr, what = 'condition'): Expr | null {
	const e = checkExpr(cx, s);
	return e && scalarOperand(cx, e, `the ${what}`);
}

function unary(cx: Ctx, s: SExpr & { k: 'unary' }, span: Span): Expr | null {
	const e = checkExpr(cx, s.e);
	if (!e) return null;
	switch (s.op) {
		case '++':
		case '--':
			return incDec(cx, s.op, true, e, span);
		case '&': {
			if (e.kind === 'ident' && (e.ref.kind === 'function' || e.ref.kind === 'native')) return { kind: 'addrOf', operand: e, type: pointerTo(e.type), span, lvalue: false };
			if (!e.lvalue) return err(cx, 'SC0405', "lvalue required as unary '&' operand", span);
			return { kind: 'addrOf', operand: e, type: pointerTo(e.type), span, lvalue: false };
		}
		case '*': {
			const p = rvalue(e);
			if (!isPointer(p.type)) return err(cx, 'SC0408', `invalid type argument of unary '*' (have '${typeToString(p.type)}')`, span);
			const to = p.type.to;
			if (to.kind === 'void') return err(cx, 'SC0408', "dereferencing 'void *' pointer", span);
			if (to.kind === 'opaque') return err(cx, 'SC0408', `dereferencing pointer to incomplete type '${to.name}' (OpenSSL objects are opaque)`, span);
			if (to.kind === 'function') return err(cx, 'SC0206', 'function pointers are not part of Snippet C', span);
			return { kind: 'deref', operand: p, type: to, span, lvalue: true };
		}
		case '!': {
			const o = scalarOperand(cx, e, "the operand of '!'");
			return o && { kind: 'unary', op: '!', operand: o, type: INT, span, lvalue: false };
		}
		default: {
			const o = rvalue(e);
			if (!isInt(o.type)) return err(cx, 'SC0408', `wrong type argument to unary '${s.op}' ('${typeToString(o.type)}')`, span);
			const t = promote(o.type);
			return { kind: 'unary', op: s.op, operand: toInt(o, t), type: t, span, lvalue: false };
		}
	}
}

function modifiable(cx: Ctx, e: Expr, what: string): boolean {
	if (!e.lvalue) err(cx, 'SC0405', `lvalue required as ${what}`, e.span);
	else if (e.kind === 'string' || inStringLiteral(e)) err(cx, 'SC0403', `string literals cannot be modified (${what})`, e.span);
	else if (e.type.kind === 'array') err(cx, 'SC0403', `assignment to expression with array type '${typeToString(e.type)}'`, e.span);
	else if (e.type.const) err(cx, 'SC0403', `${what} of ${e.kind === 'ident' ? `read-only variable '${e.name}'` : 'read-only location'}`, e.span);
	else return true;
	return false;
}

/** `"abc"[0]`, `*"abc"`, `*("abc" + 1)`: an element of a string literal (read-only storage). */
function inStringLiteral(e: Expr): boolean {
	let p: Expr | null = e.kind === 'index' ? e.base : e.kind === 'deref' ? e.operand : null;
	while (p && (p.kind === 'ptrArith' || (p.kind === 'cast' && p.implicit))) p = p.kind === 'ptrArith' ? p.pointer : p.operand;
	return p?.kind === 'string';
}

function incDec(cx: Ctx, op: '++' | '--', prefix: boolean, e: Expr, span: Span): Expr | null {
	const what = `${prefix ? '' : 'postfix '}${op === '++' ? 'increment' : 'decrement'} operand`;
	if (!modifiable(cx, e, what)) return null;
	let elemSize = 1;
	if (isPointer(e.type)) {
		const n = sizeOf(e.type.to);
		if (n === null && e.type.to.kind !== 'void') return err(cx, 'SC0407', `arithmetic on a pointer to incomplete type '${typeToString(e.type.to)}'`, span);
		elemSize = n ?? 1;
	} else if (!isInt(e.type)) return err(cx, 'SC0408', `wrong type argument to ${what}`, span);
	return { kind: 'incDec', op, prefix, operand: e, elemSize, type: e.type, span, lvalue: false };
}

function elemSizeFor(cx: Ctx, p: CType, span: Span): number | null {
	if (!isPointer(p)) return null;
	if (p.to.kind === 'void') return 1; // gcc extension (pointer arithmetic on void * counts bytes)
	const n = sizeOf(p.to);
	if (n === null) err(cx, 'SC0407', `arithmetic on a pointer to incomplete type '${typeToString(p.to)}'`, span);
	return n;
}

function arith(op: BinaryExpr['op'], l: Expr, r: Expr, span: Span): Expr {
	const t = commonType(l.type as IntType, r.type as IntType);
	const cmp = ['<', '<=', '>', '>=', '==', '!='].includes(op);
	return { kind: 'binary', op, left: toInt(l, t), right: toInt(r, t), operandType: t, type: cmp ? INT : t, span, lvalue: false };
}

export function binaryTyped(cx: Ctx, op: string, l: Expr, r: Expr, span: Span): Expr | null {
	if (op === ',') return { kind: 'comma', left: l, right: rvalue(r), type: rvalue(r).type, span, lvalue: false };
	if (op === '&&' || op === '||') {
		const a = scalarOperand(cx, l, `the left operand of '${op}'`);
		const b = scalarOperand(cx, r, `the right operand of '${op}'`);
		return a && b && { kind: 'logical', op, left: a, right: b, type: INT, span, lvalue: false };
	}
	const a = rvalue(l);
	const b = rvalue(r);
	const bop = op as BinaryExpr['op'];
	const bad = () => err(cx, 'SC0407', `invalid operands to binary ${op} (have '${typeToString(a.type)}' and '${typeToString(b.type)}')`, span);
	if (a.type.kind === 'void' || b.type.kind === 'void') return err(cx, 'SC0416', 'void value not ignored as it ought to be', span);
	if (isInt(a.type) && isInt(b.type)) {
		if (op === '<<' || op === '>>') {
			const t = promote(a.type);
			return { kind: 'binary', op: bop, left: toInt(a, t), right: toInt(b, promote(b.type)), operandType: t, type: t, span, lvalue: false };
		}
		return arith(bop, a, b, span);
	}
	if (op === '+' || op === '-') {
		if (isPointer(a.type) && isInt(b.type)) {
			const n = elemSizeFor(cx, a.type, span);
			return n === null ? null : { kind: 'ptrArith', op, pointer: a, index: toInt(b, LONG), elemSize: n, type: a.type, span, lvalue: false };
		}
		if (op === '+' && isInt(a.type) && isPointer(b.type)) {
			const n = elemSizeFor(cx, b.type, span);
			return n === null ? null : { kind: 'ptrArith', op, pointer: b, index: toInt(a, LONG), elemSize: n, type: b.type, span, lvalue: false };
		}
		if (op === '-' && isPointer(a.type) && isPointer(b.type)) {
			const c = pointerCompat(a.type, b.type);
			if (c !== 'same' && c !== 'qualifier') return bad();
			const n = elemSizeFor(cx, a.type, span);
			return n === null ? null : { kind: 'ptrDiff', left: a, right: b, elemSize: n, type: LONG, span, lvalue: false };
		}
		return bad();
	}
	if (['<', '<=', '>', '>=', '==', '!='].includes(op)) {
		const eq = op === '==' || op === '!=';
		if (isPointer(a.type) && isNullConstant(b)) return cmpPtr(bop, a, cast(b, a.type, 'nullToPointer'), a.type, span);
		if (isPointer(b.type) && isNullConstant(a)) return cmpPtr(bop, cast(a, b.type, 'nullToPointer'), b, b.type, span);
		if (isPointer(a.type) && isPointer(b.type)) {
			const c = pointerCompat(a.type, b.type);
			if (c === 'incompatible' || (!eq && c === 'void')) {
				cx.diags.report('SC0419', `comparison of distinct pointer types ('${typeToString(a.type)}' and '${typeToString(b.type)}')`, span);
				return null;
			}
			return cmpPtr(bop, a, b.type.kind === a.type.kind && c === 'same' ? b : cast(b, a.type, 'pointer'), a.type, span);
		}
		if ((isPointer(a.type) && isInt(b.type)) || (isInt(a.type) && isPointer(b.type))) {
			return err(cx, 'SC0407', `comparison between pointer and integer ('${typeToString(a.type)}' and '${typeToString(b.type)}')`, span);
		}
	}
	return bad();
}

function cmpPtr(op: BinaryExpr['op'], l: Expr, r: Expr, t: CType, span: Span): Expr {
	return { kind: 'binary', op, left: l, right: r, operandType: t, type: INT, span, lvalue: false };
}

/** Binary operators; `a + b + c + …` chains are checked iteratively down the left spine. */
function binary(cx: Ctx, op: string, ls: SExpr, rs: SExpr, span: Span): Expr | null {
	const spine: { op: string; r: SExpr; from: number; to: number }[] = [{ op, r: rs, from: 0, to: 0 }];
	let left = ls;
	while (left.k === 'binary' && !(left as { paren?: boolean }).paren) {
		spine.push({ op: left.op, r: left.r, from: left.from, to: left.to });
		left = left.l;
	}
	let acc = checkExpr(cx, left);
	for (let i = spine.length - 1; i >= 0; i--) {
		const r = checkExpr(cx, spine[i].r);
		if (!acc || !r) return null;
		const sp = i === 0 ? span : cx.span(spine[i].from, spine[i].to);
		acc = binaryTyped(cx, spine[i].op, acc, r, sp);
	}
	return acc;
}

function conditional(cx: Ctx, cs: SExpr, ts: SExpr, fs: SExpr, span: Span): Expr | null {
	const c = condition(cx, cs);
	const t0 = checkExpr(cx, ts);
	const f0 = checkExpr(cx, fs);
	if (!c || !t0 || !f0) return null;
	const t = rvalue(t0);
	const f = rvalue(f0);
	const mk = (a: Expr, b: Expr, type: CType): Expr => ({ kind: 'cond', test: c, then: a, else: b, type, span, lvalue: false });
	if (isInt(t.type) && isInt(f.type)) {
		const ty = commonType(t.type, f.type);
		return mk(toInt(t, ty), toInt(f, ty), ty);
	}
	if (t.type.kind === 'void' && f.type.kind === 'void') return mk(t, f, t.type);
	if (isPointer(t.type) && isNullConstant(f)) return mk(t, cast(f, t.type, 'nullToPointer'), t.type);
	if (isPointer(f.type) && isNullConstant(t)) return mk(cast(t, f.type, 'nullToPointer'), f, f.type);
	if (isPointer(t.type) && isPointer(f.type)) {
		const c2 = pointerCompat(t.type, f.type);
		if (c2 === 'incompatible') return err(cx, 'SC0419', `pointer type mismatch in conditional expression ('${typeToString(t.type)}' and '${typeToString(f.type)}')`, span);
		if (c2 === 'void') {
			const vt = t.type.to.kind === 'void' ? t.type : f.type;
			return mk(cast(t, vt, 'pointer'), cast(f, vt, 'pointer'), vt);
		}
		// Result gets the union of qualifiers of the pointees.
		const to = { ...t.type.to, const: t.type.to.const || f.type.to.const } as CType;
		const rt = pointerTo(to);
		return mk(cast(t, rt, 'pointer'), cast(f, rt, 'pointer'), rt);
	}
	return err(cx, 'SC0407', `type mismatch in conditional expression ('${typeToString(t.type)}' and '${typeToString(f.type)}')`, span);
}

function assign(cx: Ctx, op: string, ls: SExpr, rs: SExpr, span: Span): Expr | null {
	const target = checkExpr(cx, ls);
	const value0 = checkExpr(cx, rs);
	if (!target || !value0) return null;
	if (!modifiable(cx, target, 'left operand of assignment')) return null;
	const aop = op as AssignExpr['op'];
	if (op === '=') {
		const v = assignConvert(cx, value0, target.type, target.kind === 'ident' ? `assigning to '${target.name}'` : 'in assignment');
		return v && { kind: 'assign', op: aop, target, value: v, computeType: target.type, elemSize: null, type: target.type, span, lvalue: false };
	}
	const value = rvalue(value0);
	const bop = op.slice(0, -1);
	if (isPointer(target.type) && (bop === '+' || bop === '-') && isInt(value.type)) {
		const n = elemSizeFor(cx, target.type, span);
		return n === null ? null : { kind: 'assign', op: aop, target, value: toInt(value, LONG), computeType: target.type, elemSize: n, type: target.type, span, lvalue: false };
	}
	if (!isInt(target.type) || !isInt(value.type)) return err(cx, 'SC0407', `invalid operands to ${op} (have '${typeToString(target.type)}' and '${typeToString(value.type)}')`, span);
	const computeType = bop === '<<' || bop === '>>' ? promote(target.type) : commonType(target.type, value.type);
	const v = bop === '<<' || bop === '>>' ? toInt(value, promote(value.type)) : toInt(value, computeType);
	return { kind: 'assign', op: aop, target, value: v, computeType, elemSize: null, type: target.type, span, lvalue: false };
}
