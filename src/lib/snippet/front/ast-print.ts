/** Compact S-expression rendering of checked expressions, for tests and debugging: `(+ (cast int x) 1):int`. */
import type { Expr, Stmt } from './ast';
import { typeToString } from './types';

export function printExpr(e: Expr): string {
	const t = `:${typeToString(e.type)}`;
	switch (e.kind) {
		case 'int':
			return `${e.value}${t}`;
		case 'string':
			return `${JSON.stringify(new TextDecoder().decode(e.bytes))}${t}`;
		case 'null':
			return `NULL${t}`;
		case 'ident':
			return `${e.name}@${e.ref.kind}${t}`;
		case 'unary':
			return `(${e.op} ${printExpr(e.operand)})${t}`;
		case 'deref':
			return `(* ${printExpr(e.operand)})${t}`;
		case 'addrOf':
			return `(& ${printExpr(e.operand)})${t}`;
		case 'incDec':
			return `(${e.prefix ? e.op + 'x' : 'x' + e.op} ${printExpr(e.operand)})${t}`;
		case 'binary':
			return `(${e.op} ${printExpr(e.left)} ${printExpr(e.right)})${t}`;
		case 'ptrArith':
			return `(p${e.op}${e.elemSize} ${printExpr(e.pointer)} ${printExpr(e.index)})${t}`;
		case 'ptrDiff':
			return `(p-p/${e.elemSize} ${printExpr(e.left)} ${printExpr(e.right)})${t}`;
		case 'logical':
			return `(${e.op} ${printExpr(e.left)} ${printExpr(e.right)})${t}`;
		case 'cond':
			return `(? ${printExpr(e.test)} ${printExpr(e.then)} ${printExpr(e.else)})${t}`;
		case 'assign':
			return `(${e.op} ${printExpr(e.target)} ${printExpr(e.value)})${t}`;
		case 'call':
			return `(call ${e.callee.name}${e.args.map((a) => ' ' + printExpr(a)).join('')})${t}`;
		case 'cast':
			return `(${e.implicit ? 'imp' : 'cast'}-${e.conv} ${printExpr(e.operand)})${t}`;
		case 'index':
			return `([]${e.elemSize} ${printExpr(e.base)} ${printExpr(e.index)})${t}`;
		case 'comma':
			return `(, ${printExpr(e.left)} ${printExpr(e.right)})${t}`;
	}
}

/** The expression of an expression statement or a `return`, else null. */
export function stmtExpr(s: Stmt): Expr | null {
	if (s.kind === 'expr') return s.expr;
	if (s.kind === 'return') return s.value;
	return null;
}
