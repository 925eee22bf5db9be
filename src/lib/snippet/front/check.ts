/** Checks a whole translation unit: globals, prototypes, function definitions, main. */
import type { CheckedProgram, FunctionDef, FunctionType, ParamDecl, Span } from './ast';
import { checkBlock, fallsThrough } from './check-stmt';
import { Scope, type Ctx } from './context';
import { buildType, declareVars } from './declare';
import { resolveSpecifiers } from './specifiers';
import type { SDeclarator, SFunction, STop } from './syntax';
import { sameType, typeToString } from './types';

export function checkProgram(cx: Ctx, tops: STop[], fileName: string, includes: string[], macros: Map<string, bigint>): CheckedProgram | undefined {
	const prototypes = new Map<string, Span>();
	const declareFunction = (d: SDeclarator, t: FunctionType, isStatic: boolean, defining = false): boolean => {
		const span = cx.span(d.nameFrom, d.nameTo);
		void isStatic;
		const prev = cx.globalScope.names.get(d.name);
		if (prev?.kind === 'var') {
			cx.diags.report('SC0304', `'${d.name}' redeclared as a different kind of symbol`, span);
			return false;
		}
		if (prev?.kind === 'function') {
			if (!sameType(prev.type, t) && !(prev.type.unprototyped || t.unprototyped)) {
				cx.diags.report('SC0307', `conflicting types for '${d.name}': '${typeToString(t)}' after '${typeToString(prev.type)}'`, span);
				return false;
			}
			if (defining && prev.defined) {
				cx.diags.report('SC0304', `redefinition of '${d.name}'`, span);
				return false;
			}
			if (defining) cx.globalScope.names.set(d.name, { ...prev, type: t, defined: true });
			return true;
		}
		const native = cx.nativeType(d.name);
		if (native) {
			if (defining) {
				cx.diags.report('SC0307', `'${d.name}' is a library function and cannot be redefined`, span);
				return false;
			}
			if (!sameType(native, t)) cx.diags.report('SC0307', `conflicting types for library function '${d.name}': '${typeToString(t)}', the library has '${typeToString(native)}'`, span);
			return false; // a redundant prototype of a library function: calls still go to the library
		}
		if (cx.library.constants.has(d.name) || d.name === 'NULL') {
			cx.diags.report('SC0304', `'${d.name}' is a library constant`, span);
			return false;
		}
		cx.globalScope.names.set(d.name, { kind: 'function', name: d.name, type: t, defined: defining, span });
		if (!defining) prototypes.set(d.name, span);
		return true;
	};

	for (const top of tops) if (top.k === 'function') cx.definedLater.add(top.declarator.name);
	for (const top of tops) {
		if (cx.diags.full) break;
		if (top.k === 'decl') {
			declareVars(cx, top, (d, t, s) => declareFunction(d, t, s));
			continue;
		}
		cx.definedLater.delete(top.declarator.name);
		const errors = cx.diags.errorCount;
		defineFunction(cx, top, declareFunction);
		if (!cx.functions.has(top.declarator.name) && cx.diags.errorCount > errors) cx.broken.add(top.declarator.name);
	}

	for (const [name, span] of prototypes) {
		const e = cx.globalScope.names.get(name);
		const used = [...cx.calls.values()].some((s) => s.has(name));
		if (e?.kind === 'function' && !e.defined && used) cx.diags.report('SC0306', `'${name}' is declared and used but never defined`, span);
	}
	const main = cx.functions.get('main');
	if (!main && cx.diags.errorCount === 0) cx.diags.report('SC0305', "no 'int main(void)' function", cx.span(0, 0));
	if (cx.diags.errorCount > 0 || !main) return undefined;
	return { fileName, source: cx.src, includes, macros, globals: cx.globals, functions: cx.functions, natives: cx.natives, main };
}

function defineFunction(cx: Ctx, f: SFunction, declare: (d: SDeclarator, t: FunctionType, isStatic: boolean, defining: boolean) => boolean): void {
	const d = f.declarator;
	const nameSpan = cx.span(d.nameFrom, d.nameTo);
	const spec = resolveSpecifiers(f.spec, cx.diags, true);
	if (!spec.type) return;
	const last = d.derivations[d.derivations.length - 1];
	if (!last || last.k !== 'function') {
		cx.diags.report('SC0101', `expected '(' after '${d.name}' in function definition`, nameSpan);
		return;
	}
	const type = buildType(cx, spec.type, d.derivations, 'var');
	if (!type || type.kind !== 'function') return;
	if (d.name === 'main') {
		const ok = type.returns.kind === 'int' && type.returns.name === 'int' && type.params.length === 0;
		if (!ok) cx.diags.report('SC0417', `'main' must be 'int main(void)', not '${typeToString(type)}'`, nameSpan);
	}
	if (!declare(d, type, spec.isStatic, true)) return;
	const unnamed = last.params.findIndex((p) => p.name === null);
	if (unnamed >= 0) {
		const p = last.params[unnamed];
		cx.diags.report('SC0212', `parameter ${unnamed + 1} of '${d.name}' has no name`, cx.span(p.from, p.to));
		return;
	}
	const fnScope = new Scope(cx.globalScope);
	cx.scope = fnScope;
	cx.fn = { name: d.name, returns: type.returns, locals: [], loops: 0, switches: [], switchDepth: [], blockDepth: 0 };
	const params: ParamDecl[] = [];
	last.params.forEach((p, i) => {
		const span = cx.span(p.nameFrom, p.nameTo);
		if (fnScope.names.has(p.name!)) {
			cx.diags.report('SC0304', `redefinition of parameter '${p.name}'`, span);
			return;
		}
		const decl: ParamDecl = { kind: 'var', name: p.name!, type: type.params[i], storage: 'auto', isStatic: false, slot: cx.fn!.locals.length, init: null, isParam: true, span };
		cx.fn!.locals.push(decl);
		params.push(decl);
		fnScope.names.set(p.name!, { kind: 'var', decl });
	});
	const body = checkBlock(cx, f.body.body, f.body.from, f.body.to, false);
	const def: FunctionDef = { kind: 'function', name: d.name, type, isStatic: spec.isStatic, params, body, locals: cx.fn.locals, span: cx.span(f.from, f.to), nameSpan };
	if (type.returns.kind !== 'void' && d.name !== 'main' && fallsThrough(body)) {
		cx.diags.report('SC0422', `control reaches the end of non-void function '${d.name}' without a return`, cx.span(f.body.to - 1, f.body.to));
	}
	cx.functions.set(d.name, def);
	cx.fn = null;
	cx.scope = cx.globalScope;
}
