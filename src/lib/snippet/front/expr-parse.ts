/**
 * Precedence-climbing parser for one C expression given as tokens (see lexer.ts for why we do not use Lezer's
 * expression trees). Knows the dialect's type names, so `(time_t)-1` is a cast and `(x)-1` a subtraction.
 * Macros are expanded here, token-wise, with the use site's offsets. Never recurses deeper than MAX_DEPTH.
 */
import type { DiagnosticCode } from './codes';
import type { Token } from './lexer';
import type { Macro } from './preprocess';
import { TYPE_KEYWORDS } from './specifiers';
import type { SExpr, STypeName } from './syntax';

export const MAX_DEPTH = 256;


export class ParseError extends Error {
	constructor(readonly code: DiagnosticCode, message: string, readonly from: number, readonly to: number) {
		super(message);
	}
}

const BINARY_PREC: Record<string, number> = {
	'*': 10, '/': 10, '%': 10, '+': 9, '-': 9, '<<': 8, '>>': 8, '<': 7, '<=': 7, '>': 7, '>=': 7,
	'==': 6, '!=': 6, '&': 5, '^': 4, '|': 3, '&&': 2, '||': 1
};
const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|=']);

/** Expand object-like macros (a macro is not expanded inside its own expansion, as in C). */
export function expandMacros(tokens: Token[], macros: ReadonlyMap<string, Macro>, active: Set<string> = new Set()): Token[] {
	if (macros.size === 0) return tokens;
	const out: Token[] = [];
	for (const t of tokens) {
		const m = t.kind === 'ident' ? macros.get(t.text) : undefined;
		if (!m || active.has(t.text)) {
			out.push(t);
			continue;
		}
		active.add(t.text);
		for (const b of expandMacros(m.body, macros, active)) out.push({ ...b, from: t.from, to: t.to });
		active.delete(t.text);
	}
	return out;
}

export class ExprParser {
	protected pos = 0;
	protected depth = 0;
	constructor(
		protected readonly toks: Token[],
		protected readonly end: number
	) {}

	/** Parse the whole token list as one expression (comma operator included when `comma`). */
	parseAll(comma = true): SExpr {
		const e = comma ? this.expr() : this.assign();
		if (this.pos < this.toks.length) this.fail(`expected ';' or ')' before '${this.peek()!.text}'`);
		return e;
	}

	protected peek(o = 0): Token | undefined {
		return this.toks[this.pos + o];
	}
	protected is(text: string, o = 0): boolean {
		const t = this.toks[this.pos + o];
		return t !== undefined && t.kind === 'punct' && t.text === text;
	}
	protected next(): Token {
		const t = this.toks[this.pos++];
		if (!t) this.fail('expected expression');
		return t;
	}
	protected expect(text: string): Token {
		if (!this.is(text)) this.fail(`expected '${text}'${this.peek() ? ` before '${this.peek()!.text}'` : ''}`);
		return this.next();
	}
	fail(message: string, code: DiagnosticCode = 'SC0101'): never {
		const t = this.peek();
		if (t?.kind === 'bad') {
			if (/^["']/.test(t.text)) throw new ParseError('SC0103', 'missing terminating quote', t.from, t.to);
			throw new ParseError('SC0102', `stray '${printable(t.text)}' in program`, t.from, t.to);
		}
		const from = t ? t.from : this.end;
		throw new ParseError(code, message, from, t ? t.to : this.end);
	}
	protected enter(): void {
		if (++this.depth > MAX_DEPTH) {
			const t = this.peek();
			throw new ParseError('SC0902', `expression nested more than ${MAX_DEPTH} levels deep`, t?.from ?? this.end, t?.to ?? this.end);
		}
	}

	expr(): SExpr {
		let e = this.assign();
		while (this.is(',')) {
			this.next();
			const r = this.assign();
			e = this.nest({ k: 'binary', op: ',', l: e, r, from: e.from, to: r.to });
		}
		return e;
	}

	/** Left-nested chains (a+b+c+…) grow the tree without recursion here, so they count as depth too. */
	private chain = 0;
	private nest(e: SExpr): SExpr {
		if (++this.chain > 4 * MAX_DEPTH) throw new ParseError('SC0902', `expression has more than ${4 * MAX_DEPTH} operators in a chain`, e.from, e.to);
		return e;
	}

	assign(): SExpr {
		this.enter();
		const l = this.cond();
		const t = this.peek();
		let e = l;
		if (t && t.kind === 'punct' && ASSIGN_OPS.has(t.text)) {
			this.next();
			const r = this.assign();
			e = { k: 'assign', op: t.text, l, r, from: l.from, to: r.to };
		}
		this.depth--;
		return e;
	}

	private cond(): SExpr {
		const c = this.binary(1);
		if (!this.is('?')) return c;
		this.enter();
		this.next();
		const t = this.expr();
		this.expect(':');
		const f = this.cond();
		this.depth--;
		return { k: 'cond', c, t, f, from: c.from, to: f.to };
	}

	private binary(minPrec: number): SExpr {
		let l = this.unary();
		for (;;) {
			const t = this.peek();
			const prec = t && t.kind === 'punct' ? BINARY_PREC[t.text] : undefined;
			if (prec === undefined || prec < minPrec) return l;
			this.next();
			this.enter();
			const r = this.binary(prec + 1);
			this.depth--;
			l = this.nest({ k: 'binary', op: t!.text, l, r, from: l.from, to: r.to });
		}
	}

	protected startsTypeName(o: number): boolean {
		const t = this.peek(o);
		return t !== undefined && t.kind === 'ident' && TYPE_KEYWORDS.has(t.text);
	}

	private unary(): SExpr {
		const t = this.peek();
		if (!t) this.fail('expected expression');
		if (t.kind === 'punct' && ['+', '-', '!', '~', '*', '&', '++', '--'].includes(t.text)) {
			this.next();
			this.enter();
			const e = this.unary();
			this.depth--;
			return { k: 'unary', op: t.text as '+', e, from: t.from, to: e.to };
		}
		if (t.kind === 'ident' && t.text === 'sizeof') {
			this.next();
			if (this.is('(') && this.startsTypeName(1)) {
				this.next();
				const type = this.typeName();
				const close = this.expect(')');
				return { k: 'sizeofType', type, from: t.from, to: close.to };
			}
			this.enter();
			const e = this.unary();
			this.depth--;
			return { k: 'sizeofExpr', e, from: t.from, to: e.to };
		}
		if (this.is('(') && this.startsTypeName(1)) {
			this.next();
			const type = this.typeName();
			this.expect(')');
			if (this.is('{')) this.fail('compound literals are not part of Snippet C', 'SC0207');
			this.enter();
			const e = this.unary();
			this.depth--;
			return { k: 'cast', type, e, from: t.from, to: e.to };
		}
		return this.postfix();
	}

	private typeName(): STypeName {
		const first = this.peek()!;
		const spec = [];
		while (this.peek()?.kind === 'ident' && (TYPE_KEYWORDS.has(this.peek()!.text) || this.peek()!.text === 'static')) {
			const w = this.next();
			spec.push({ text: w.text, from: w.from, to: w.to });
		}
		const pointers = [];
		while (this.is('*')) {
			const star = this.next();
			let isConst = false;
			while (this.peek()?.text === 'const') {
				this.next();
				isConst = true;
			}
			pointers.push({ isConst, from: star.from, to: star.to });
		}
		if (this.is('(')) this.fail('function pointer types are not part of Snippet C', 'SC0206');
		const arrays: SExpr[] = [];
		while (this.is('[')) {
			this.next();
			this.enter();
			arrays.push(this.expr());
			this.depth--;
			this.expect(']');
		}
		const last = this.toks[this.pos - 1];
		return { spec, pointers, arrays, from: first.from, to: last.to };
	}

	private postfix(): SExpr {
		let e = this.primary();
		for (;;) {
			if (this.is('(')) {
				const open = this.next();
				const args: SExpr[] = [];
				if (!this.is(')')) {
					for (;;) {
						args.push(this.assign());
						if (!this.is(',')) break;
						this.next();
					}
				}
				const close = this.expect(')');
				e = this.nest({ k: 'call', callee: e, args, argsFrom: open.from, from: e.from, to: close.to });
			} else if (this.is('[')) {
				this.next();
				this.enter();
				const i = this.expr();
				this.depth--;
				const close = this.expect(']');
				e = this.nest({ k: 'index', e, i, from: e.from, to: close.to });
			} else if (this.is('++') || this.is('--')) {
				const op = this.next();
				e = this.nest({ k: 'postfix', op: op.text as '++', e, from: e.from, to: op.to });
			} else if (this.is('.') || this.is('->')) {
				this.fail(`member access '${this.peek()!.text}' is not part of Snippet C (there are no structs)`, 'SC0201');
			} else return e;
		}
	}

	private primary(): SExpr {
		const t = this.peek();
		if (!t) this.fail('expected expression');
		if (t.kind === 'number') {
			this.next();
			return { k: 'num', text: t.text, from: t.from, to: t.to };
		}
		if (t.kind === 'char') {
			this.next();
			return { k: 'char', text: t.text, from: t.from, to: t.to };
		}
		if (t.kind === 'string') {
			const parts = [];
			while (this.peek()?.kind === 'string') parts.push(this.next());
			return { k: 'str', parts, from: parts[0].from, to: parts[parts.length - 1].to };
		}
		if (t.kind === 'ident') {
			if (TYPE_KEYWORDS.has(t.text)) this.fail(`expected expression before '${t.text}'`);
			this.next();
			return { k: 'ident', name: t.text, from: t.from, to: t.to };
		}
		if (t.kind === 'bad') {
			if (t.text.startsWith('"') || t.text.startsWith("'")) this.fail('missing terminating quote', 'SC0103');
			this.fail(`stray '${printable(t.text)}' in program`, 'SC0102');
		}
		if (this.is('(')) {
			this.next();
			this.enter();
			const e = this.expr();
			this.depth--;
			const close = this.expect(')');
			return { ...e, from: t.from, to: close.to, paren: true };
		}
		if (this.is('::')) this.fail("'::' is not C", 'SC0207');
		this.fail(`expected expression before '${t.text}'`);
	}
}

export function printable(s: string): string {
	return [...s].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) > 126 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c)).join('');
}
