/** Visits every expression of a statement tree (for the address-taken pre-pass). */
import type { Expr, Initializer, Stmt } from '../front/ast';

export function walkStmt(s: Stmt, visit: (e: Expr) => void): void {
	switch (s.kind) {
		case 'block':
			for (const c of s.body) walkStmt(c, visit);
			return;
		case 'decl':
			for (const d of s.decls) if (d.init) walkInit(d.init, visit);
			return;
		case 'expr':
			walkExpr(s.expr, visit);
			return;
		case 'if':
			walkExpr(s.test, visit);
			walkStmt(s.then, visit);
			if (s.else) walkStmt(s.else, visit);
			return;
		case 'while':
		case 'do':
			walkExpr(s.test, visit);
			walkStmt(s.body, visit);
			return;
		case 'for':
			if (s.init) walkStmt(s.init, visit);
			if (s.test) walkExpr(s.test, visit);
			if (s.update) walkExpr(s.update, visit);
			walkStmt(s.body, visit);
			return;
		case 'switch':
			walkExpr(s.test, visit);
			for (const c of s.body) walkStmt(c, visit);
			return;
		case 'return':
			if (s.value) walkExpr(s.value, visit);
			return;
	}
}

export function walkInit(i: Initializer, visit: (e: Expr) => void): void {
	if (i.kind === 'expr') walkExpr(i.expr, visit);
	else for (const it of i.items) walkInit(it, visit);
}

export function walkExpr(e: Expr, visit: (e: Expr) => void): void {
	visit(e);
	switch (e.kind) {
		case 'unary':
		case 'deref':
		case 'addrOf':
		case 'incDec':
		case 'cast':
			walkExpr(e.operand, visit);
			return;
		case 'binary':
		case 'logical':
		case 'comma':
		case 'ptrDiff':
			walkExpr(e.left, visit);
			walkExpr(e.right, visit);
			return;
		case 'ptrArith':
			walkExpr(e.pointer, visit);
			walkExpr(e.index, visit);
			return;
		case 'cond':
			walkExpr(e.test, visit);
			walkExpr(e.then, visit);
			walkExpr(e.else, visit);
			return;
		case 'assign':
			walkExpr(e.target, visit);
			walkExpr(e.value, visit);
			return;
		case 'call':
			for (const a of e.args) walkExpr(a, visit);
			return;
		case 'index':
			walkExpr(e.base, visit);
			walkExpr(e.index, visit);
			return;
	}
}
