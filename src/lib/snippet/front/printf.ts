/**
 * Call warnings, like gcc's: printf/fprintf format strings checked against argument types (-Wformat), and
 * arguments whose evaluation order matters (two arguments both calling functions, one of them with effects).
 */
import type { CType, Expr } from './ast';
import type { Ctx } from './context';
import { isInt, isPointer, promote, typeToString } from './types';

/** Library functions that only read state: calling them in two arguments of one call is order-independent. */
const READER = /(_get|get0|get1|_is_|_has_|session_reused|_number$|_sess_(connect|accept|hits|cb_hits|misses|timeouts|cache_full)|_version$|_pending$|^ERR_GET_|^ERR_reason_error_string$|^ERR_peek|^SSL_CIPHER_find$|^str(len|cmp)$|^memcmp$|^time$|^TLS_(client_|server_)?method$|^BIO_s_mem$)/;

export function checkCallExtras(cx: Ctx, name: string, raw: Expr[], args: Expr[]): void {
	orderDependence(cx, name, raw);
	if (name === 'printf' || name === 'fprintf') {
		const fi = name === 'printf' ? 0 : 1;
		const fmt = raw[fi];
		if (fmt && fmt.kind === 'string') checkFormat(cx, name, fmt, args.slice(fi + 1));
	}
}

function orderDependence(cx: Ctx, name: string, args: Expr[]): void {
	const calls = args.map((a) => callsIn(cx, a));
	const withCalls = calls.filter((c) => c.any).length;
	const effectful = calls.findIndex((c) => c.effect);
	if (withCalls >= 2 && effectful >= 0) {
		cx.diags.report('SC0502', `the arguments of '${name}' call functions in an unspecified order (gcc evaluates them right to left); argument ${effectful + 1} changes state that another argument reads — store it in a variable first`, args[effectful].span);
	}
}

function callsIn(cx: Ctx, e: Expr): { any: boolean; effect: boolean } {
	let any = false;
	let effect = false;
	const stack: Expr[] = [e];
	while (stack.length) {
		const x = stack.pop()!;
		if (x.kind === 'call') {
			any = true;
			// A library call on a NULL object does nothing (OpenSSL checks), so it cannot race with the others.
			const onNull = x.callee.kind === 'native' && x.args[0] !== undefined && isNullArg(x.args[0]);
			if (x.callee.kind === 'native' ? !READER.test(x.callee.name) && !onNull : functionHasEffects(cx, x.callee.name, new Set())) effect = true;
		}
		for (const v of Object.values(x)) {
			if (v && typeof v === 'object' && 'kind' in v && 'span' in v && 'type' in v) stack.push(v as Expr);
			if (Array.isArray(v)) for (const a of v) if (a && typeof a === 'object' && 'kind' in a && 'type' in a) stack.push(a as Expr);
		}
	}
	return { any, effect };
}

function isNullArg(e: Expr): boolean {
	while (e.kind === 'cast' && e.implicit) e = e.operand;
	return e.kind === 'null';
}

/** A snippet function has effects if it calls (transitively) a library function that is not a reader. */
function functionHasEffects(cx: Ctx, name: string, seen: Set<string>): boolean {
	if (seen.has(name)) return false;
	seen.add(name);
	const callees = cx.calls.get(name);
	if (!callees) return false;
	for (const c of callees) {
		if (cx.scope.lookup(c)?.kind === 'function' || cx.functions.has(c)) {
			if (functionHasEffects(cx, c, seen)) return true;
		} else if (!READER.test(c)) return true;
	}
	return false;
}

type Want = 'int' | 'long' | 'llong' | 'size' | 'string' | 'pointer' | 'char';

function checkFormat(cx: Ctx, name: string, fmt: Expr & { kind: 'string' }, args: Expr[]): void {
	const text = new TextDecoder().decode(fmt.bytes);
	const re = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+)?)?(hh|h|ll|l|z|j|t|L)?(.?)/g;
	let ai = 0;
	const warn = (msg: string, at: Expr = fmt) => cx.diags.report('SC0501', msg, at.span);
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const [, , width, prec, len = '', conv] = m;
		const spec = m[0];
		if (conv === '%' && spec === '%%') continue;
		const star = (w?: string) => {
			if (w !== '*') return;
			const a = args[ai++];
			if (a && !(isInt(a.type) && promote(a.type).size === 4)) warn(`field width '*' expects an 'int' argument, but argument has type '${typeToString(a.type)}'`, a);
		};
		star(width);
		star(prec);
		let want: Want;
		if ('diouxX'.includes(conv) && conv) want = len === 'l' ? 'long' : len === 'll' ? 'llong' : len === 'z' ? 'size' : len === '' || len === 'h' || len === 'hh' ? 'int' : 'long';
		else if (conv === 'c' && !len) want = 'char';
		else if (conv === 's' && !len) want = 'string';
		else if (conv === 'p' && !len) want = 'pointer';
		else {
			warn(conv ? `conversion '${spec}' is not supported by Snippet C's printf (use %d %i %u %x %c %s %p with h/l/ll/z)` : `spurious trailing '%' in format`);
			return;
		}
		const a = args[ai++];
		if (!a) {
			warn(`format '${spec}' expects a matching argument, but ${name} has too few arguments`);
			return;
		}
		const problem = mismatch(want, a.type, 'ouxX'.includes(conv));
		if (problem) warn(`format '${spec}' expects argument of type '${problem}', but argument ${ai + (name === 'fprintf' ? 2 : 1)} has type '${typeToString(a.type)}'`, a);
	}
	if (ai < args.length) warn(`too many arguments for format (${args.length - ai} unused)`, args[ai]);
}

/** The expected type when `t` does not fit the conversion, else null. */
function mismatch(want: Want, t: CType, unsigned: boolean): string | null {
	const u = unsigned ? 'unsigned ' : '';
	switch (want) {
		case 'int':
		case 'char':
			return isInt(t) && t.size <= 4 ? null : `${u}int`;
		case 'long':
			return isInt(t) && t.size === 8 && t.rank === 4 ? null : `${u}long`;
		case 'llong':
			return isInt(t) && t.size === 8 && t.rank === 5 ? null : `${u}long long`;
		case 'size':
			return isInt(t) && t.size === 8 && t.rank === 4 ? null : 'size_t';
		case 'string':
			return isPointer(t) && t.to.kind === 'int' && t.to.size === 1 ? null : 'char *';
		case 'pointer':
			return isPointer(t) ? null : 'void *';
	}
}
