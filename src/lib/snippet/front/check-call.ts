/** Calls: the callee is a name (snippet function or library function); arguments converted to the parameters. */
import type { Expr, FunctionType, Span } from './ast';
import { checkExpr, err } from './check-expr';
import type { Ctx } from './context';
import { assignConvert, rvalue, toInt } from './convert';
import { checkCallExtras } from './printf';
import type { SExpr } from './syntax';
import { INT, isInt, LONG, promote, typeToString, UINT } from './types';
import { constValue } from './const-eval';

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
	// The call passes 32-bit variadic integers as gcc fills their 64-bit slots; -Wformat-style warnings
	// speak about the promoted C types.
	const passed = args.map((a, i) => (i >= n && isInt(a.type) ? variadicSlot(a, i) : a));
	const result: Expr = { kind: 'call', callee: { kind, name, span: calleeSpan }, signature: sig, args: passed, type: sig.returns, span, lvalue: false };
	checkCallExtras(cx, name, argsIn, args);
	return result;
}

/**
 * A variadic integer argument as gcc -O0 on x86-64 passes it (our reference, like the right-to-left
 * evaluation): promoted, and a 32-bit one fills a 64-bit slot whose upper half a `%ld`/`%lu`/`%zu`
 * conversion reads too. The first six arguments travel in registers, written with 32-bit moves, and
 * later ones are pushed from a register the same way: the upper half is zero. Only an integer constant
 * on the stack is pushed as a sign-extended 32-bit immediate. So `printf("%ld", -1)` prints 4294967295,
 * and `%d`, `%u`, `%x`, `%c` (which read 32 bits or fewer) are unaffected.
 */
function variadicSlot(p: Expr, index: number): Expr {
	if (p.type.kind !== 'int' || p.type.size !== 4) return p;
	if (index >= 6 && isPushableConstant(p)) return toInt(toInt(p, INT), LONG);
	return toInt(p, UINT);
}

/** An integer constant expression gcc can push as an immediate (a division by zero in it is not one). */
function isPushableConstant(p: Expr): boolean {
	try {
		return constValue(p) !== null;
	} catch {
		return false;
	}
}
