/**
 * Walks the Lezer (@lezer/cpp) concrete syntax tree and builds the untyped syntax tree (syntax.ts). Lezer decides
 * the statement and declaration structure; expressions are re-parsed from their source ranges (expr-parse.ts).
 * Lezer error nodes become `expected …` diagnostics unless an expression re-parse already reported that range.
 */
import type { SyntaxNode } from '@lezer/common';
import { DeclParser } from './decl-parse';
import type { Diagnostics } from './diagnostics';
import { ExprParser, expandMacros, MAX_DEPTH, ParseError, printable } from './expr-parse';
import { tokenize } from './lexer';
import type { Macro } from './preprocess';
import { TYPE_KEYWORDS } from './specifiers';
import type { SDecl, SExpr, SFunction, SStmt, STop } from './syntax';

const COMMENT = /Comment$/;

const UNSUPPORTED_STATEMENTS: Record<string, ['SC0204' | 'SC0207' | 'SC0202' | 'SC0201' | 'SC0203', string]> = {
	GotoStatement: ['SC0204', '`goto` is not part of Snippet C'],
	LabeledStatement: ['SC0204', 'statement labels are not part of Snippet C'],
	TypeDefinition: ['SC0202', '`typedef` is not part of Snippet C'],
	TryStatement: ['SC0207', '`try` is not C'],
	ThrowStatement: ['SC0207', '`throw` is not C'],
	CoReturnStatement: ['SC0207', 'coroutines are not C'],
	NamespaceDefinition: ['SC0207', 'namespaces are not C'],
	ClassSpecifier: ['SC0207', 'classes are not C'],
	TemplateDeclaration: ['SC0207', 'templates are not C'],
	UsingDeclaration: ['SC0207', '`using` is not C'],
	AliasDeclaration: ['SC0207', '`using` is not C'],
	StructSpecifier: ['SC0201', '`struct` is not part of Snippet C'],
	UnionSpecifier: ['SC0201', '`union` is not part of Snippet C'],
	EnumSpecifier: ['SC0203', '`enum` is not part of Snippet C'],
	LinkageSpecification: ['SC0207', '`extern "C"` blocks are not part of Snippet C']
};

function children(n: SyntaxNode): SyntaxNode[] {
	const out: SyntaxNode[] = [];
	for (let c = n.firstChild; c; c = c.nextSibling) if (!COMMENT.test(c.name)) out.push(c);
	return out;
}

export class CstWalker {
	/** Ranges already parsed as expressions; Lezer errors inside them are not reported again. */
	private readonly exprRanges: [number, number][] = [];
	private readonly errorNodes: SyntaxNode[] = [];
	private depth = 0;

	constructor(
		private readonly src: string,
		private readonly diags: Diagnostics,
		private readonly macros: ReadonlyMap<string, Macro>,
		/** Library prototypes may take callbacks (`void (*cb)(SSL_CTX *, SSL_SESSION *)`); snippets may not. */
		private readonly allowFnPtr = false
	) {}

	program(top: SyntaxNode): STop[] {
		const out: STop[] = [];
		for (const n of children(top)) {
			if (this.diags.full) break;
			if (n.type.isError) {
				this.errorNodes.push(n);
				continue;
			}
			if (n.name === 'FunctionDefinition') {
				const f = this.functionDef(n);
				if (f) out.push(f);
			} else if (n.name === 'Declaration') {
				const d = this.declaration(n);
				if (d) out.push(d);
			} else if (this.unsupported(n)) continue;
			else if (n.name === ';') continue;
			else this.diags.at('SC0101', `expected a declaration or function definition before '${this.firstWord(n)}'`, n.from, n.to);
		}
		return out;
	}

	/** Report Lezer's syntax errors not covered by an expression re-parse. Call after program(). */
	reportErrors(top: SyntaxNode): void {
		const cur = top.cursor();
		do {
			if (cur.type.isError) this.errorNodes.push(cur.node);
		} while (cur.next());
		const seen = new Set<number>();
		for (const e of this.errorNodes) {
			if (seen.has(e.from)) continue;
			seen.add(e.from);
			if (this.exprRanges.some(([a, b]) => e.from >= a && e.to <= b && e.from < b)) continue;
			this.reportError(e);
		}
	}

	private reportError(e: SyntaxNode): void {
		const p = e.parent;
		const ctx = p?.name ?? '';
		let expected = 'expression';
		if (/Statement$|^Declaration$|^FieldDeclaration$/.test(ctx) && ctx !== 'CompoundStatement') expected = "';'";
		if (ctx === 'CompoundStatement' || ctx === 'Program') expected = e.from >= this.src.length ? "'}'" : 'statement';
		if (/List$|Clause$|Parenthesized/.test(ctx)) expected = "')'";
		if (/Subscript|Array/.test(ctx)) expected = "']'";
		if (ctx === 'Program') expected = e.from >= this.src.length ? "'}'" : 'declaration';
		const tail = this.src.slice(e.from, e.to).trim() || this.src.slice(e.to).trimStart().slice(0, 1);
		const tok = tokenize(this.src, e.from, Math.min(this.src.length, e.from + 200))[0];
		const what = tok ? printable(tok.text) : tail;
		if (tok?.kind === 'bad' && !/^["']/.test(tok.text)) this.diags.at('SC0102', `stray '${printable(tok.text)}' in program`, tok.from, tok.to);
		else if (tok?.kind === 'bad') this.diags.at('SC0103', 'missing terminating quote', tok.from, tok.to);
		else if (!what) this.diags.at('SC0101', `expected ${expected} at end of input`, e.from, e.to);
		else this.diags.at('SC0101', `expected ${expected} before '${what}'`, tok ? tok.from : e.from, tok ? tok.to : e.to);
	}

	/** Report a parse error; one at the end of a range names the token that follows in the source, as gcc does. */
	private syntaxError(e: ParseError): void {
		let message = e.message;
		let { from, to } = e;
		if (e.code === 'SC0101' && !/ before | at end /.test(message)) {
			const next = tokenize(this.src, from, Math.min(this.src.length, from + 200))[0];
			if (next) {
				message += ` before '${printable(next.text)}'`;
				from = next.from;
				to = next.to;
			} else message += ' at end of input';
		}
		this.diags.at(e.code, message, from, to);
	}

	private firstWord(n: SyntaxNode): string {
		return printable(tokenize(this.src, n.from, Math.min(n.to, n.from + 100))[0]?.text ?? this.src.slice(n.from, n.from + 10));
	}

	private unsupported(n: SyntaxNode): boolean {
		const u = UNSUPPORTED_STATEMENTS[n.name];
		if (!u) return false;
		this.diags.at(u[0], u[1], n.from, Math.min(n.to, n.from + this.firstWord(n).length));
		return true;
	}

	// ------------------------------------------------------------ expressions

	/** Parse src[from, to) as an expression (a trailing ';' is dropped). Null when empty-and-optional or on error (reported). */
	expr(from: number, to: number, what = 'expression'): SExpr | null {
		this.exprRanges.push([from, to]);
		let toks = tokenize(this.src, from, to);
		if (toks.length && toks[toks.length - 1].text === ';' && toks[toks.length - 1].kind === 'punct') toks = toks.slice(0, -1);
		if (toks.length === 0) {
			this.diags.at('SC0101', `expected ${what}`, from, to);
			return null;
		}
		try {
			return new ExprParser(expandMacros(toks, this.macros), to).parseAll();
		} catch (e) {
			if (!(e instanceof ParseError)) throw e;
			this.syntaxError(e);
			return null;
		}
	}
	private exprNode(n: SyntaxNode | null | undefined, what = 'expression'): SExpr | null {
		if (!n) return null;
		return this.expr(n.from, n.to, what);
	}
	/** `( expr )` of a ConditionClause / ParenthesizedExpression. */
	private parenExpr(n: SyntaxNode | undefined): SExpr | null {
		if (!n) return null;
		const open = n.getChild('(');
		const close = n.getChild(')');
		return this.expr(open ? open.to : n.from, close ? close.from : n.to, 'condition');
	}

	// ------------------------------------------------------------ declarations

	declaration(n: SyntaxNode): SDecl | null {
		for (const c of children(n)) if (UNSUPPORTED_STATEMENTS[c.name] && this.unsupported(c)) return null;
		this.exprRanges.push([n.from, n.to]);
		try {
			const parser = new DeclParser(expandMacros(tokenize(this.src, n.from, n.to), this.macros), n.to);
			const decl = parser.declaration(this.allowFnPtr);
			if (parser.missingSemicolon) this.syntaxError(new ParseError('SC0101', "expected ';'", n.to, n.to));
			return decl;
		} catch (e) {
			if (!(e instanceof ParseError)) throw e;
			this.syntaxError(e);
			return null;
		}
	}

	private functionDef(n: SyntaxNode): SFunction | null {
		const bodyNode = children(n).find((c) => c.name === 'CompoundStatement');
		if (!bodyNode) {
			this.diags.at('SC0101', 'expected a function definition', n.from, n.to);
			return null;
		}
		this.exprRanges.push([n.from, bodyNode.from]);
		let header;
		try {
			header = new DeclParser(expandMacros(tokenize(this.src, n.from, bodyNode.from), this.macros), bodyNode.from).functionHeader();
		} catch (e) {
			if (!(e instanceof ParseError)) throw e;
			this.syntaxError(e);
			return null;
		}
		const body = this.stmt(bodyNode);
		if (!body || body.k !== 'block') return null;
		return { k: 'function', ...header, body, from: n.from, to: n.to };
	}

	// ------------------------------------------------------------ statements

	stmt(n: SyntaxNode): SStmt | null {
		if (++this.depth > MAX_DEPTH) {
			this.diags.at('SC0902', `statements nested more than ${MAX_DEPTH} levels deep`, n.from, Math.min(n.to, n.from + 1));
			this.depth--;
			return null;
		}
		try {
			return this.stmtInner(n);
		} finally {
			this.depth--;
		}
	}

	private block(n: SyntaxNode): SStmt[] {
		const out: SStmt[] = [];
		const kids = children(n);
		for (let i = 0; i < kids.length; i++) {
			const c = kids[i];
			if (c.name === '{' || c.name === '}' || c.type.isError) continue;
			if (this.diags.full) break;
			// Lezer sometimes splits one C expression statement it cannot read as C++ (`x + 1 = 2;`) into
			// pieces; re-join them up to the ';' so the expression parser sees (and reports on) the whole.
			if (c.name === 'ExpressionStatement' && !this.src.slice(c.from, c.to).trimEnd().endsWith(';')) {
				let j = i;
				while (j + 1 < kids.length && (kids[j + 1].name === 'ExpressionStatement' || kids[j + 1].type.isError) && !this.src.slice(kids[j].from, kids[j].to).trimEnd().endsWith(';')) j++;
				if (j > i) {
					const e = this.expr(c.from, kids[j].to);
					if (e) out.push({ k: 'expr', e, from: c.from, to: kids[j].to });
					i = j;
					continue;
				}
			}
			const s = this.stmt(c);
			if (s) out.push(s);
		}
		return out;
	}

	private stmtInner(n: SyntaxNode): SStmt | null {
		const r = { from: n.from, to: n.to };
		const kids = children(n);
		const stmtKids = () => kids.filter((c) => /Statement$|^Declaration$/.test(c.name) || UNSUPPORTED_STATEMENTS[c.name]);
		switch (n.name) {
			case 'CompoundStatement':
				return { k: 'block', body: this.block(n), ...r };
			case 'Declaration':
				return this.declaration(n);
			case 'FunctionDefinition':
				this.diags.at('SC0212', 'functions cannot be defined inside a function', n.from, n.from + this.firstWord(n).length);
				return null;
			case 'ExpressionStatement': {
				if (this.src.slice(n.from, n.to).trim() === ';') return { k: 'empty', ...r };
				const first = tokenize(this.src, n.from, Math.min(n.to, n.from + 64))[0];
				if (first && first.kind === 'ident' && (TYPE_KEYWORDS.has(first.text) || first.text === 'static')) return this.declaration(n);
				const e = this.expr(n.from, n.to);
				return e && { k: 'expr', e, ...r };
			}
			case 'IfStatement': {
				const c = this.parenExpr(n.getChild('ConditionClause') ?? undefined);
				const [t, f] = stmtKids().map((s) => this.stmt(s));
				if (!c || !t) return null;
				return { k: 'if', c, t, f: f ?? null, ...r };
			}
			case 'WhileStatement': {
				const c = this.parenExpr(n.getChild('ConditionClause') ?? undefined);
				const body = stmtKids()[0];
				const b = body && this.stmt(body);
				return c && b ? { k: 'while', c, body: b, ...r } : null;
			}
			case 'DoStatement': {
				const body = stmtKids()[0];
				const b = body && this.stmt(body);
				const c = this.parenExpr(n.getChild('ParenthesizedExpression') ?? undefined);
				return c && b ? { k: 'do', body: b, c, ...r } : null;
			}
			case 'ForStatement':
				return this.forStmt(n, kids);
			case 'SwitchStatement': {
				const c = this.parenExpr(n.getChild('ConditionClause') ?? undefined);
				const body = stmtKids()[0];
				const b = body && this.stmt(body);
				return c && b ? { k: 'switch', c, body: b, ...r } : null;
			}
			case 'CaseStatement': {
				const isDefault = kids[0]?.name === 'default';
				const colon = this.findColon(n);
				let value: SExpr | null = null;
				if (!isDefault) {
					value = this.expr(kids[0].to, colon - 1, 'case value');
					if (!value) return null;
				}
				const body: SStmt[] = [];
				for (const c of kids) {
					if (c.from < colon || c.type.isError) continue;
					const s = this.stmt(c);
					if (s) body.push(s);
				}
				return { k: 'case', value, body, ...r };
			}
			case 'BreakStatement':
				return { k: 'break', ...r };
			case 'ContinueStatement':
				return { k: 'continue', ...r };
			case 'ReturnStatement': {
				const kw = kids[0];
				const toks = tokenize(this.src, kw.to, n.to).filter((t) => t.text !== ';');
				if (toks.length === 0) return { k: 'return', e: null, ...r };
				const e = this.expr(kw.to, n.to);
				return e && { k: 'return', e, ...r };
			}
			default:
				if (this.unsupported(n)) return null;
				if (/Expression$|^Identifier$|^Number$|^String$/.test(n.name)) {
					const e = this.exprNode(n);
					return e && { k: 'expr', e, ...r };
				}
				this.diags.at('SC0207', `'${this.firstWord(n)}' is not part of Snippet C`, n.from, Math.min(n.to, n.from + this.firstWord(n).length));
				return null;
		}
	}

	/** The ':' ending a case label: the first top-level ':' after the keyword (not one of a `?:`). */
	private findColon(n: SyntaxNode): number {
		let q = 0;
		for (const t of tokenize(this.src, n.from, n.to)) {
			if (t.text === '?') q++;
			else if (t.text === ':') {
				if (q === 0) return t.to;
				q--;
			}
		}
		return n.to;
	}

	private forStmt(n: SyntaxNode, kids: SyntaxNode[]): SStmt | null {
		const open = kids.find((c) => c.name === '(');
		const body = kids[kids.length - 1];
		const closes = kids.filter((c) => c.name === ')');
		const close = closes[closes.length - 1];
		if (!open || !close || !body || body.from < close.to) {
			this.diags.at('SC0101', "expected 'for (init; condition; step)'", n.from, n.to);
			return null;
		}
		const declNode = kids.find((c) => c.name === 'Declaration' && c.from > open.from && c.to <= close.from);
		// Find the two top-level ';' in the header (a declaration's own ';' is the first).
		const semis: number[] = [];
		let depth = 0;
		for (const t of tokenize(this.src, declNode ? declNode.to - 1 : open.to, close.from)) {
			if (t.text === '(' || t.text === '[') depth++;
			else if (t.text === ')' || t.text === ']') depth--;
			else if (t.text === ';' && depth === 0) semis.push(t.from);
		}
		if (semis.length !== 2) {
			this.diags.at('SC0101', "expected two ';' in the for header", open.from, close.to);
			return null;
		}
		let init: (SStmt & { k: 'decl' }) | { k: 'expr'; e: SExpr; from: number; to: number } | null = null;
		if (declNode) init = this.declaration(declNode) as SDecl & { from: number; to: number };
		else if (tokenize(this.src, open.to, semis[0]).length) {
			const e = this.expr(open.to, semis[0]);
			if (!e) return null;
			init = { k: 'expr', e, from: e.from, to: e.to };
		}
		const c = tokenize(this.src, semis[0] + 1, semis[1]).length ? this.expr(semis[0] + 1, semis[1]) : null;
		const step = tokenize(this.src, semis[1] + 1, close.from).length ? this.expr(semis[1] + 1, close.from) : null;
		const b = this.stmt(body);
		if (!b) return null;
		return { k: 'for', init, c, step, body: b, from: n.from, to: n.to };
	}
}
