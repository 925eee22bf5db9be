/**
 * The untyped syntax tree between the Lezer walk (cst.ts) / expression parser (expr-parse.ts) and the checker.
 * Offsets only; the checker turns them into spans.
 */
import type { Token } from './lexer';
import type { Word } from './specifiers';

interface Range {
	from: number;
	to: number;
	/** Written in parentheses. */
	paren?: boolean;
}

/** An abstract type name as in casts and sizeof: specifiers, then `*`s (each maybe const), then `[N]`s. */
export interface STypeName extends Range {
	spec: Word[];
	pointers: { isConst: boolean; from: number; to: number }[];
	arrays: SExpr[];
}

export type SExpr = Range &
	(
		| { k: 'num'; text: string }
		| { k: 'char'; text: string }
		| { k: 'str'; parts: Token[] }
		| { k: 'ident'; name: string }
		| { k: 'unary'; op: '+' | '-' | '!' | '~' | '*' | '&' | '++' | '--'; e: SExpr }
		| { k: 'postfix'; op: '++' | '--'; e: SExpr }
		| { k: 'binary'; op: string; l: SExpr; r: SExpr }
		| { k: 'assign'; op: string; l: SExpr; r: SExpr }
		| { k: 'cond'; c: SExpr; t: SExpr; f: SExpr }
		| { k: 'call'; callee: SExpr; args: SExpr[]; argsFrom: number }
		| { k: 'index'; e: SExpr; i: SExpr }
		| { k: 'cast'; type: STypeName; e: SExpr }
		| { k: 'sizeofType'; type: STypeName }
		| { k: 'sizeofExpr'; e: SExpr }
	);

/** A declarator reduced to its derivations, in the order they apply to the base type (`*p[3]`: pointer, then array of 3). */
export type Derivation =
	| { k: 'pointer'; isConst: boolean; from: number; to: number }
	| { k: 'array'; size: SExpr | null; from: number; to: number }
	| { k: 'function'; params: SParam[]; variadic: boolean; voidList: boolean; from: number; to: number };

export interface SParam extends Range {
	spec: Word[];
	name: string | null;
	nameFrom: number;
	nameTo: number;
	derivations: Derivation[];
}

export type SInit = Range & ({ k: 'expr'; e: SExpr } | { k: 'list'; items: SInit[] });

export interface SDeclarator extends Range {
	name: string;
	nameFrom: number;
	nameTo: number;
	derivations: Derivation[];
	init: SInit | null;
}

export interface SDecl extends Range {
	k: 'decl';
	spec: Word[];
	declarators: SDeclarator[];
}

export type SStmt = Range &
	(
		| { k: 'block'; body: SStmt[] }
		| SDecl
		| { k: 'expr'; e: SExpr }
		| { k: 'if'; c: SExpr; t: SStmt; f: SStmt | null }
		| { k: 'while'; c: SExpr; body: SStmt }
		| { k: 'do'; body: SStmt; c: SExpr }
		| { k: 'for'; init: SDecl | { k: 'expr'; e: SExpr; from: number; to: number } | null; c: SExpr | null; step: SExpr | null; body: SStmt }
		| { k: 'switch'; c: SExpr; body: SStmt }
		| { k: 'case'; value: SExpr | null; body: SStmt[] }
		| { k: 'break' }
		| { k: 'continue' }
		| { k: 'return'; e: SExpr | null }
		| { k: 'empty' }
	);

export interface SFunction extends Range {
	k: 'function';
	spec: Word[];
	declarator: SDeclarator;
	body: SStmt & { k: 'block' };
}

export type STop = SDecl | SFunction;
