/** Type checking of statements and function bodies. */
import type { Block, CaseLabel, DeclStmt, Expr, ExprStmt, Stmt, SwitchStmt } from './ast';
import { condition, checkExpr } from './check-expr';
import { Scope, type Ctx } from './context';
import { assignConvert, rvalue, toInt } from './convert';
import { constantOf, declareVars } from './declare';
import type { SStmt } from './syntax';
import { isInt, promote, typeToString, wrapInt } from './types';

function withScope<T>(cx: Ctx, f: () => T): T {
	const saved = cx.scope;
	cx.scope = new Scope(saved);
	try {
		return f();
	} finally {
		cx.scope = saved;
	}
}

export function checkBlock(cx: Ctx, body: SStmt[], from: number, to: number, newScope = true): Block {
	const run = () => ({ kind: 'block' as const, body: body.map((s) => checkStmt(cx, s)).filter((s): s is Stmt => s !== null), span: cx.span(from, to) });
	return newScope ? withScope(cx, run) : run();
}

export function checkStmt(cx: Ctx, s: SStmt): Stmt | null {
	const span = cx.span(s.from, s.to);
	const fn = cx.fn!;
	switch (s.k) {
		case 'block':
			fn.blockDepth++;
			try {
				return checkBlock(cx, s.body, s.from, s.to);
			} finally {
				fn.blockDepth--;
			}
		case 'decl':
			return { kind: 'decl', decls: declareVars(cx, s, () => {}), span };
		case 'expr': {
			const e = checkExpr(cx, s.e);
			return e && { kind: 'expr', expr: e, span };
		}
		case 'empty':
			return { kind: 'empty', span };
		case 'if': {
			const test = condition(cx, s.c);
			const then = withScope(cx, () => checkStmt(cx, s.t));
			const els = s.f ? withScope(cx, () => checkStmt(cx, s.f!)) : null;
			return test && then ? { kind: 'if', test, then, else: els, span } : null;
		}
		case 'while': {
			const test = condition(cx, s.c);
			const body = loop(cx, () => checkStmt(cx, s.body));
			return test && body ? { kind: 'while', test, body, span } : null;
		}
		case 'do': {
			const body = loop(cx, () => checkStmt(cx, s.body));
			const test = condition(cx, s.c);
			return test && body ? { kind: 'do', body, test, span } : null;
		}
		case 'for':
			return withScope(cx, () => {
				let init: DeclStmt | ExprStmt | null = null;
				if (s.init?.k === 'decl') init = checkStmt(cx, s.init) as DeclStmt;
				else if (s.init) {
					const e = checkExpr(cx, s.init.e);
					if (e) init = { kind: 'expr', expr: e, span: e.span };
				}
				const test = s.c ? condition(cx, s.c) : null;
				const update = s.step ? checkExpr(cx, s.step) : null;
				const body = loop(cx, () => checkStmt(cx, s.body));
				if ((s.c && !test) || (s.step && !update) || !body) return null;
				return { kind: 'for', init, test, update, body, span };
			});
		case 'switch':
			return switchStmt(cx, s, span);
		case 'case': {
			cx.diags.report(fn.switches.length ? 'SC0210' : 'SC0415', fn.switches.length ? `'${s.value ? 'case' : 'default'}' label must be directly inside the braces of its switch` : `'${s.value ? 'case' : 'default'}' label not within a switch statement`, cx.span(s.from, s.value ? s.value.to : s.from + 7));
			return null;
		}
		case 'break':
			if (fn.loops === 0 && fn.switches.length === 0) cx.diags.report('SC0414', 'break statement not within loop or switch', span);
			return { kind: 'break', span };
		case 'continue':
			if (fn.loops === 0) cx.diags.report('SC0414', 'continue statement not within a loop', span);
			return { kind: 'continue', span };
		case 'return': {
			const rt = fn.returns;
			if (!s.e) {
				if (rt.kind !== 'void') cx.diags.report('SC0410', `'return' with no value in function '${fn.name}' returning '${typeToString(rt)}'`, span);
				return { kind: 'return', value: null, span };
			}
			const e = checkExpr(cx, s.e);
			if (!e) return null;
			if (rt.kind === 'void') {
				if (rvalue(e).type.kind !== 'void') cx.diags.report('SC0410', `'return' with a value in function '${fn.name}' returning void`, span);
				return { kind: 'return', value: null, span };
			}
			const v = assignConvert(cx, e, rt, `returning from '${fn.name}'`);
			return v && { kind: 'return', value: v, span };
		}
	}
	return null;
}

function loop<T>(cx: Ctx, f: () => T): T {
	cx.fn!.loops++;
	try {
		return withScope(cx, f);
	} finally {
		cx.fn!.loops--;
	}
}

function switchStmt(cx: Ctx, s: SStmt & { k: 'switch' }, span: SwitchStmt['span']): Stmt | null {
	const fn = cx.fn!;
	const t0 = checkExpr(cx, s.c);
	let test: Expr | null = null;
	if (t0) {
		const r = rvalue(t0);
		if (!isInt(r.type)) cx.diags.report('SC0418', `switch quantity is not an integer ('${typeToString(r.type)}')`, r.span);
		else test = toInt(r, promote(r.type));
	}
	if (s.body.k !== 'block') {
		cx.diags.report('SC0210', 'the body of a switch must be a { block }', cx.span(s.body.from, s.body.to));
		return null;
	}
	const state = { values: new Set<bigint>(), hasDefault: false };
	fn.switches.push(state);
	const savedLoops = fn.loops;
	try {
		return withScope(cx, () => {
			const body: Stmt[] = [];
			const cases: SwitchStmt['cases'] = [];
			for (const item of (s.body as SStmt & { k: 'block' }).body) {
				if (item.k !== 'case') {
					const st = checkStmt(cx, item);
					if (st) body.push(st);
					continue;
				}
				let value: bigint | null = null;
				const labelSpan = cx.span(item.from, item.value ? item.value.to + 1 : item.from + 8);
				if (item.value) {
					const v = constantOf(cx, item.value, 'case label', 'SC0415');
					if (v !== null && test && isInt(test.type)) {
						value = wrapInt(v, test.type);
						if (state.values.has(value)) cx.diags.report('SC0415', `duplicate case value ${value}`, labelSpan);
						state.values.add(value);
						cases.push({ value, index: body.length });
					}
				} else {
					if (state.hasDefault) cx.diags.report('SC0415', "multiple default labels in one switch", labelSpan);
					state.hasDefault = true;
					cases.push({ value: null, index: body.length });
				}
				body.push({ kind: 'case', value, span: labelSpan } satisfies CaseLabel);
				for (const inner of item.body) {
					const st = checkStmt(cx, inner);
					if (st) body.push(st);
				}
			}
			return test ? { kind: 'switch' as const, test, body, cases, span } : null;
		});
	} finally {
		fn.switches.pop();
		fn.loops = savedLoops;
	}
}

/** Can control reach the end of this statement? (Conservative: loops without a condition and exit/abort end flow.) */
export function fallsThrough(s: Stmt): boolean {
	switch (s.kind) {
		case 'return':
			return false;
		case 'block':
			return s.body.length === 0 || fallsThrough(s.body[s.body.length - 1]);
		case 'if':
			return !s.else || fallsThrough(s.then) || fallsThrough(s.else);
		case 'for':
			return s.test !== null || containsBreak(s.body);
		case 'while':
		case 'do':
			return !(s.test.kind === 'int' && s.test.value !== 0n) || containsBreak(s.body);
		case 'switch': {
			const last = s.body[s.body.length - 1];
			const hasDefault = s.cases.some((c) => c.value === null);
			return !hasDefault || !last || fallsThrough(last) || s.body.some(containsBreak);
		}
		case 'expr':
			return !(s.expr.kind === 'call' && s.expr.callee.kind === 'native' && (s.expr.callee.name === 'exit' || s.expr.callee.name === 'abort'));
		default:
			return true;
	}
}
function containsBreak(s: Stmt): boolean {
	switch (s.kind) {
		case 'break':
			return true;
		case 'block':
			return s.body.some(containsBreak);
		case 'if':
			return containsBreak(s.then) || (s.else !== null && containsBreak(s.else));
		default:
			return false; // breaks inside nested loops/switches belong to them
	}
}
