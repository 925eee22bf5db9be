/** Declarators → types, variable declarations and initializers (locals and globals). */
import type { CType, Expr, FunctionType, Initializer, VarDecl } from './ast';
import type { Ctx } from './context';
import { MAX_NAMES } from './context';
import { assignConvert, rvalue } from './convert';
import { constValue, DivisionByZero } from './const-eval';
import { checkExpr } from './check-expr';
import { ExprParser, ParseError } from './expr-parse';
import { tokenize } from './lexer';
import { resolveSpecifiers } from './specifiers';
import type { Derivation, SDecl, SDeclarator, SExpr, SInit, SParam, STypeName } from './syntax';
import { isInt, pointerTo, sizeOf, typeToString } from './types';

export const MAX_OBJECT_BYTES = 16 * 1024 * 1024;
/** `int ******…*p` — types are walked recursively, so their depth is bounded like everything else. */
export const MAX_DERIVATIONS = 32;

function firstFrom(ds: Derivation[]): number {
	return Math.min(...ds.map((d) => d.from));
}

/** Evaluate an integer constant expression (array sizes, case labels). Reports and returns null if not constant. */
export function constantOf(cx: Ctx, s: SExpr, what: string, code: 'SC0404' | 'SC0415'): bigint | null {
	const e = checkExpr(cx, s);
	if (!e) return null;
	if (!isInt(e.type)) {
		cx.diags.report(code, `${what} must be an integer constant`, e.span);
		return null;
	}
	try {
		const v = constValue(e);
		if (v === null) cx.diags.report(code, `${what} is not an integer constant expression`, e.span);
		return v;
	} catch (x) {
		if (!(x instanceof DivisionByZero)) throw x;
		cx.diags.report('SC0421', `division by zero in ${what}`, e.span);
		return null;
	}
}

/** Apply declarator derivations to a base type. `param` adjusts arrays/functions to pointers. */
export function buildType(cx: Ctx, base: CType, derivations: Derivation[], context: 'var' | 'param' | 'typename'): CType | null {
	let t = base;
	if (derivations.length > MAX_DERIVATIONS) {
		cx.diags.report('SC0902', `declarator has more than ${MAX_DERIVATIONS} levels of pointers, arrays and functions`, cx.span(firstFrom(derivations), firstFrom(derivations) + 1));
		return null;
	}
	for (const d of derivations) {
		if (d.k === 'pointer') t = pointerTo(t, d.isConst);
		else if (d.k === 'array') {
			if (t.kind === 'array') {
				cx.diags.report('SC0212', 'arrays of arrays are not part of Snippet C', cx.span(d.from, d.to));
				return null;
			}
			if (t.kind === 'void' || t.kind === 'opaque' || t.kind === 'function') {
				cx.diags.report('SC0211', `array of '${typeToString(t)}' is not allowed (incomplete element type)`, cx.span(d.from, d.to));
				return null;
			}
			let length: number | null = null;
			if (d.size) {
				const v = constantOf(cx, d.size, 'array size', 'SC0404');
				if (v === null) return null;
				const bytes = v * BigInt(sizeOf(t) ?? 1);
				if (v <= 0n || bytes > BigInt(MAX_OBJECT_BYTES)) {
					cx.diags.report('SC0411', v <= 0n ? `array size must be positive (got ${v})` : `array of ${bytes} bytes is larger than the 16 MiB limit`, cx.span(d.size.from, d.size.to));
					return null;
				}
				length = Number(v);
			}
			t = { kind: 'array', of: t, length, const: false };
		} else {
			if (t.kind === 'array' || t.kind === 'function') {
				cx.diags.report('SC0211', `function cannot return '${typeToString(t)}'`, cx.span(d.from, d.to));
				return null;
			}
			if (d.variadic && context !== 'typename' && !cx.allowVariadic) {
				cx.diags.report('SC0205', 'variadic functions (`...`) cannot be defined in Snippet C', cx.span(d.from, d.to));
				return null;
			}
			const params: CType[] = [];
			for (const p of d.params) {
				const pt = paramType(cx, p);
				if (!pt) return null;
				params.push(pt);
			}
			t = { kind: 'function', returns: t, params, variadic: d.variadic, unprototyped: !d.voidList && d.params.length === 0, const: false } satisfies FunctionType;
		}
	}
	if (t.kind === 'function' && context !== 'var') {
		if (context === 'param' && cx.allowVariadic) return pointerTo(t);
		cx.diags.report('SC0206', 'function pointer types are not part of Snippet C', cx.span(0, 0));
		return null;
	}
	return t;
}

export function paramType(cx: Ctx, p: SParam): CType | null {
	const spec = resolveSpecifiers(p.spec, cx.diags, false);
	if (!spec.type) return null;
	const t = buildType(cx, spec.type, p.derivations, 'param');
	if (!t) return null;
	if (t.kind === 'array') return pointerTo(t.of);
	if (t.kind === 'void' || t.kind === 'opaque') {
		cx.diags.report('SC0211', `parameter cannot have type '${typeToString(t)}'`, cx.span(p.from, p.to));
		return null;
	}
	return t;
}

/** A type name (cast / sizeof) or a type written as text (library constant types such as 'FILE *'). */
export function resolveTypeName(cx: Ctx, s: STypeName | null, text?: string): CType | null {
	if (!s) {
		try {
			const toks = tokenize(`(${text}) 0`, 0, (text?.length ?? 0) + 4);
			const e = new ExprParser(toks, 0).parseAll();
			if (e.k !== 'cast') return null;
			const quiet = { ...cx, diags: cx.quiet };
			return resolveTypeName(quiet, e.type);
		} catch (x) {
			if (x instanceof ParseError) return null;
			throw x;
		}
	}
	const spec = resolveSpecifiers(s.spec, cx.diags, false);
	if (!spec.type) return null;
	const derivs: Derivation[] = [...s.pointers.map((p) => ({ k: 'pointer' as const, isConst: p.isConst, from: p.from, to: p.to })), ...[...s.arrays].reverse().map((a) => ({ k: 'array' as const, size: a, from: a.from, to: a.to }))];
	return buildType(cx, spec.type, derivs, 'typename');
}

function newVar(cx: Ctx, d: SDeclarator, type: CType, storage: VarDecl['storage'], isStatic: boolean): VarDecl | null {
	if (++cx.names > MAX_NAMES) {
		if (cx.names === MAX_NAMES + 1) cx.diags.report('SC0904', `more than ${MAX_NAMES} declarations`, cx.span(d.nameFrom, d.nameTo));
		return null;
	}
	const existing = cx.scope.names.get(d.name);
	if (existing) {
		cx.diags.report('SC0304', `redefinition of '${d.name}'`, cx.span(d.nameFrom, d.nameTo));
		return null;
	}
	if (type.kind === 'void' || type.kind === 'opaque') {
		cx.diags.report('SC0211', `variable '${d.name}' declared with incomplete type '${typeToString(type)}'`, cx.span(d.nameFrom, d.nameTo));
		return null;
	}
	const decl: VarDecl = { kind: 'var', name: d.name, type, storage, isStatic, slot: -1, init: null, isParam: false, span: cx.span(d.nameFrom, d.nameTo) };
	if (storage === 'auto') {
		decl.slot = cx.fn!.locals.length;
		cx.fn!.locals.push(decl);
	} else {
		decl.slot = cx.globals.length;
		cx.globals.push(decl);
	}
	return decl;
}

/** Check a declaration statement (local when cx.fn is set, else file scope). Returns the declared variables. */
export function declareVars(cx: Ctx, s: SDecl, declareFunction: (d: SDeclarator, t: FunctionType, isStatic: boolean) => void): VarDecl[] {
	const local = cx.fn !== null;
	const spec = resolveSpecifiers(s.spec, cx.diags, true);
	if (!spec.type) return [];
	const out: VarDecl[] = [];
	for (const d of s.declarators) {
		let t = buildType(cx, spec.type, d.derivations, 'var');
		if (!t) continue;
		if (t.kind === 'function') {
			if (local) {
				cx.diags.report('SC0212', 'function prototypes must be at file scope', cx.span(d.nameFrom, d.nameTo));
				continue;
			}
			if (d.init) cx.diags.report('SC0406', `function '${d.name}' is initialized like a variable`, cx.span(d.from, d.to));
			else declareFunction(d, t, spec.isStatic);
			continue;
		}
		const storage: VarDecl['storage'] = !local ? 'global' : spec.isStatic ? 'static' : 'auto';
		// `x[] = {…}` / `x[] = "…"`: the initializer sizes the array.
		if (t.kind === 'array' && t.length === null) {
			const n = d.init?.k === 'list' ? d.init.items.length : d.init?.k === 'expr' && d.init.e.k === 'str' ? stringLength(cx, d.init.e) : null;
			if (n === null || n === 0) {
				cx.diags.report('SC0411', `array size missing in '${d.name}'`, cx.span(d.nameFrom, d.nameTo));
				continue;
			}
			t = { ...t, length: n };
		}
		// The variable is in scope in its own initializer (as in C), so declare first.
		const v = newVar(cx, d, t, storage, spec.isStatic);
		if (!v) continue;
		cx.scope.names.set(d.name, { kind: 'var', decl: v });
		if (d.init) {
			const init = initializer(cx, d.init, t, d.name);
			if (init && storage !== 'auto' && !isConstantInit(init)) {
				cx.diags.report('SC0413', `initializer element for '${d.name}' is not constant`, init.span);
			} else v.init = init;
		}
		out.push(v);
	}
	return out;
}

function stringLength(cx: Ctx, s: SExpr): number | null {
	const e = checkExpr({ ...cx, diags: cx.quiet }, s);
	return e?.kind === 'string' ? e.bytes.length + 1 : null;
}

function initializer(cx: Ctx, s: SInit, t: CType, name: string): Initializer | null {
	const span = cx.span(s.from, s.to);
	if (t.kind === 'array') {
		if (s.k === 'expr') {
			const e = checkExpr(cx, s.e);
			if (!e) return null;
			if (e.kind === 'string' && t.of.kind === 'int' && t.of.size === 1) {
				if (e.bytes.length > (t.length ?? 0)) {
					cx.diags.report('SC0412', `initializer-string for '${name}' is too long (${e.bytes.length} characters for ${t.length})`, span);
					return null;
				}
				return { kind: 'expr', expr: e, span };
			}
			cx.diags.report('SC0412', `array '${name}' must be initialized with a braced list${t.of.kind === 'int' && t.of.size === 1 ? ' or a string literal' : ''}`, span);
			return null;
		}
		if (s.items.length > (t.length ?? 0)) {
			cx.diags.report('SC0412', `excess elements in array initializer of '${name}' (${s.items.length} for ${t.length})`, cx.span(s.items[t.length ?? 0].from, s.to));
			return null;
		}
		const items: Initializer[] = [];
		for (const it of s.items) {
			const r = initializer(cx, it, t.of, name);
			if (!r) return null;
			items.push(r);
		}
		return { kind: 'list', items, span };
	}
	if (s.k === 'list') {
		if (s.items.length !== 1 || s.items[0].k !== 'expr') {
			cx.diags.report('SC0412', `braced initializer for scalar '${name}' must hold exactly one expression`, span);
			return null;
		}
		const one = initializer(cx, s.items[0], t, name);
		return one && { kind: 'list', items: [one], span };
	}
	const e = checkExpr(cx, s.e);
	const v = e && assignConvert(cx, e, t, `initializing '${name}'`);
	return v && { kind: 'expr', expr: v, span };
}

function isConstantInit(i: Initializer): boolean {
	if (i.kind === 'list') return i.items.every(isConstantInit);
	return isConstantExpr(i.expr);
}
function isConstantExpr(e: Expr): boolean {
	if (e.kind === 'string' || e.kind === 'null') return true;
	if (e.kind === 'cast' && (e.conv === 'decay' || e.conv === 'function' || e.conv === 'nullToPointer' || e.conv === 'pointer')) return isAddressConstant(e.operand) || isConstantExpr(e.operand);
	if (e.kind === 'addrOf') return isAddressConstant(e.operand);
	try {
		return isInt(e.type) && constValue(e) !== null;
	} catch {
		return false;
	}
}
function isAddressConstant(e: Expr): boolean {
	if (e.kind === 'string') return true;
	if (e.kind === 'ident') return e.ref.kind === 'global' || e.ref.kind === 'function' || e.ref.kind === 'native';
	if (e.kind === 'index') return isAddressConstant(rvalueBase(e.base)) && isConstantExpr(e.index);
	return false;
}
function rvalueBase(e: Expr): Expr {
	return e.kind === 'cast' && e.conv === 'decay' ? e.operand : e;
}
void rvalue;
