/** Calls: the callee is a name (snippet function or library function); arguments converted to the parameters. */
import type { Expr, FunctionType, Span } from './ast';
import { checkExpr, err } from './check-expr';
import type { Ctx } from './context';
import { assignConvert, rvalue, toInt } from './convert';
import { checkCallExtras } from './printf';
import type { SExpr } from './syntax';
import { isInt, promote, typeToString } from './types';

export function call(cx: Ctx, s: SExpr & { k: 'call' }, span: Span): Expr | null {
	if (s.callee.k !== 'ident') return err(cx, 'SC0409', 'called object is not a function name (function pointers are not part of Snippet C)', cx.span(s.callee.from, s.callee.to));
	const name = s.callee.name;
	const calleeSpan = cx.span(s.callee.from, s.callee.to);
	const entry = cx.scope.lookup(name);
	let sig: FunctionType | null;
	let kind: 'function' | 'native' = 'function';
	if (entry?.kind === 'var') return err(cx, 'SC0409', `called object '${name}' is not a function (it is a variable of type '${typeToString(entry.decl.type)}')`, calleeSpan);
	if (entry?.kind === 'function') sig = entry.type;
	else {
		sig = cx.nativeType(name);
		kind = 'native';
		if (!sig) {
			if (cx.library.constants.has(name) || name === 'NULL') return err(cx, 'SC0409', `called object '${name}' is not a function`, calleeSpan);
			if (cx.broken.has(name)) return null;
			if (cx.definedLater.has(name)) return err(cx, 'SC0302', `function '${name}' is called before it is declared (define it above, or add a prototype)`, calleeSpan);
			return err(cx, 'SC0302', `unknown function '${name}'`, calleeSpan);
		}
		cx.natives.set(name, sig);
	}
	if (cx.fn) {
		if (!cx.calls.has(cx.fn.name)) cx.calls.set(cx.fn.name, new Set());
		cx.calls.get(cx.fn.name)!.add(name);
	}
	const raw: (Expr | null)[] = s.args.map((a) => checkExpr(cx, a));
	if (raw.some((a) => !a)) return null;
	const argsIn = raw as Expr[];
	const n = sig.params.length;
	if (!sig.unprototyped && (argsIn.length < n || (argsIn.length > n && !sig.variadic))) {
		return err(cx, 'SC0401', `too ${argsIn.length < n ? 'few' : 'many'} arguments to function '${name}' (expected ${sig.variadic ? 'at least ' : ''}${n}, have ${argsIn.length})`, span);
	}
	const args: Expr[] = [];
	for (let i = 0; i < argsIn.length; i++) {
		if (i < n) {
			const a = assignConvert(cx, argsIn[i], sig.params[i], `passing argument ${i + 1} of '${name}'`, 'SC0402');
			if (!a) return null;
			args.push(a);
		} else {
			const a = rvalue(argsIn[i]);
			if (a.type.kind === 'void') return err(cx, 'SC0416', `void value passed as argument ${i + 1} of '${name}'`, a.span);
			args.push(isInt(a.type) ? toInt(a, promote(a.type)) : a);
		}
	}
	const result: Expr = { kind: 'call', callee: { kind, name, span: calleeSpan }, signature: sig, args, type: sig.returns, span, lvalue: false };
	checkCallExtras(cx, name, argsIn, args);
	return result;
}
