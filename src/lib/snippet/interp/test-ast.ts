/** A tiny hand-built AST kit for interpreter tests that must not depend on the front end. */
import type { CType, CheckedProgram, Expr, FunctionDef, FunctionType, IntName, Span, Stmt, VarDecl } from '../front/ast';

export const sp = (line = 1): Span => ({ line, col: 1, endLine: line, endCol: 2, from: 0, to: 0 });

const INTS: Record<string, [1 | 2 | 4 | 8, boolean, number]> = {
	char: [1, true, 1],
	'unsigned char': [1, false, 1],
	int: [4, true, 3],
	'unsigned int': [4, false, 3],
	long: [8, true, 4],
	'unsigned long': [8, false, 4],
	size_t: [8, false, 4]
};
export const T = (name: IntName): CType => {
	const [size, signed, rank] = INTS[name];
	return { kind: 'int', name, size, signed, rank, const: false };
};
export const INT = T('int');
export const ptr = (to: CType): CType => ({ kind: 'pointer', to, const: false });
export const arr = (of: CType, length: number): CType => ({ kind: 'array', of, length, const: false });
export const VOIDP = ptr({ kind: 'void', const: false });

export const lit = (v: number, type = INT, line = 1): Expr => ({ kind: 'int', value: BigInt(v), origin: 'literal', text: String(v), type, span: sp(line), lvalue: false });
export const str = (s: string, line = 1): Expr => ({
	kind: 'cast',
	implicit: true,
	conv: 'decay',
	type: ptr(T('char')),
	span: sp(line),
	lvalue: false,
	operand: { kind: 'string', bytes: new TextEncoder().encode(s), type: arr(T('char'), s.length + 1), span: sp(line), lvalue: true }
});
export function local(d: VarDecl, line = 1): Expr {
	return { kind: 'ident', name: d.name, ref: { kind: 'local', slot: d.slot, decl: d }, type: d.type, span: sp(line), lvalue: true };
}
export function decl(name: string, type: CType, slot: number, init: Expr | null = null, isParam = false, line = 1): VarDecl {
	return { kind: 'var', name, type, storage: 'auto', isStatic: false, slot, init: init ? { kind: 'expr', expr: init, span: sp(line) } : null, isParam, span: sp(line) };
}
export const bin = (op: '+' | '-' | '*' | '/' | '%' | '<' | '==' | '>', l: Expr, r: Expr, type = INT, line = 1): Expr => ({
	kind: 'binary',
	op,
	left: l,
	right: r,
	operandType: l.type,
	type: ['<', '==', '>'].includes(op) ? INT : type,
	span: sp(line),
	lvalue: false
});
export const assign = (target: Expr, value: Expr, line = 1): Expr => ({ kind: 'assign', op: '=', target, value, computeType: target.type, elemSize: null, type: target.type, span: sp(line), lvalue: false });
export const index = (base: Expr, i: Expr, elem: CType, line = 1): Expr => ({
	kind: 'index',
	base: { kind: 'cast', implicit: true, conv: 'decay', operand: base, type: ptr(elem), span: sp(line), lvalue: false },
	index: i,
	elemSize: elem.kind === 'int' ? elem.size : 8,
	type: elem,
	span: sp(line),
	lvalue: true
});

const sig = (returns: CType, params: CType[], variadic = false): FunctionType => ({ kind: 'function', returns, params, variadic, unprototyped: false, const: false });
export function call(name: string, args: Expr[], returns: CType = INT, native = true, line = 1): Expr {
	return { kind: 'call', callee: { kind: native ? 'native' : 'function', name, span: sp(line) }, signature: sig(returns, args.map((a) => a.type)), args, type: returns, span: sp(line), lvalue: false };
}
export const es = (expr: Expr, line = 1): Stmt => ({ kind: 'expr', expr, span: sp(line) });
export const ret = (value: Expr | null, line = 1): Stmt => ({ kind: 'return', value, span: sp(line) });
export const declS = (...decls: VarDecl[]): Stmt => ({ kind: 'decl', decls, span: decls[0].span });

export function fn(name: string, params: VarDecl[], locals: VarDecl[], body: Stmt[], returns: CType = INT): FunctionDef {
	return {
		kind: 'function',
		name,
		type: sig(returns, params.map((p) => p.type)),
		isStatic: false,
		params: params as FunctionDef['params'],
		body: { kind: 'block', body, span: { ...sp(1), endLine: 99 } },
		locals: [...params, ...locals],
		span: sp(1),
		nameSpan: sp(1)
	};
}

export function program(...fns: FunctionDef[]): CheckedProgram {
	return {
		fileName: 't.c',
		source: '',
		includes: [],
		macros: new Map(),
		globals: [],
		functions: new Map(fns.map((f) => [f.name, f])),
		natives: new Map(),
		main: fns.find((f) => f.name === 'main')!
	};
}
