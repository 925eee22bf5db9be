/**
 * Declarations parsed from tokens. Lezer's C++ grammar reads `void f(SSL_CTX *ctx, SSL_SESSION *s);` as a
 * variable initialized by a constructor call, so every declaration and function header is parsed here
 * (Lezer still delimits them). Initializers and array sizes use the expression parser this extends.
 */
import { ExprParser, ParseError } from './expr-parse';
import { TYPE_KEYWORDS, type Word } from './specifiers';
import type { Derivation, SDecl, SDeclarator, SExpr, SInit, SParam } from './syntax';

const QUALIFIERS = new Set(['const', 'volatile', 'restrict']);
const SPEC_WORDS = new Set(['static', 'const', 'extern', 'register', 'volatile', 'inline', 'auto', 'typedef', 'restrict', '_Thread_local', '_Atomic', '_Bool', '_Complex']);

export class DeclParser extends ExprParser {
	/** Set when the declaration ended without ';' (reported by the caller, which still uses the declaration). */
	missingSemicolon = false;

	/** A whole declaration (`static const char *const x[3] = {…}, y;` or a prototype with callback parameters). */
	declaration(allowFnPtr: boolean): SDecl {
		const first = this.peek();
		const spec = this.specifiers();
		const declarators: SDeclarator[] = [];
		if (!this.is(';')) {
			for (;;) {
				declarators.push(this.declarator(allowFnPtr, true));
				if (!this.is(',')) break;
				this.next();
			}
		}
		// A declaration complete but for its ';' still declares its names (no cascade of "undeclared").
		if (this.pos >= this.toks.length) this.missingSemicolon = true;
		else this.expect(';');
		if (this.pos < this.toks.length) this.fail(`expected ';' before '${this.peek()!.text}'`);
		return { k: 'decl', spec, declarators, from: first?.from ?? this.end, to: this.toks[this.toks.length - 1]?.to ?? this.end };
	}

	/** A function definition's header: specifiers and declarator (the body is parsed by Lezer). */
	functionHeader(): { spec: Word[]; declarator: SDeclarator } {
		const spec = this.specifiers();
		const declarator = this.declarator(false, false);
		if (this.pos < this.toks.length) this.fail(`expected '{' before '${this.peek()!.text}'`);
		return { spec, declarator };
	}

	private specifiers(): Word[] {
		const spec: Word[] = [];
		for (;;) {
			const t = this.peek();
			if (!t || t.kind !== 'ident') break;
			if (SPEC_WORDS.has(t.text) || TYPE_KEYWORDS.has(t.text)) {
				this.next();
				spec.push({ text: t.text, from: t.from, to: t.to });
				if ((t.text === 'struct' || t.text === 'union' || t.text === 'enum') && this.peek()?.kind === 'ident') this.next();
				continue;
			}
			// An unknown word followed by a declarator-looking token is an unknown type name (`foo *x;`, `foo x;`).
			if (spec.length === 0 || !spec.some((w) => !QUALIFIERS.has(w.text))) {
				const n = this.peek(1);
				if (n && (n.kind === 'ident' || (n.kind === 'punct' && n.text === '*'))) {
					this.next();
					spec.push({ text: t.text, from: t.from, to: t.to });
					continue;
				}
			}
			break;
		}
		if (spec.length === 0) this.fail(`expected a type${this.peek() ? ` before '${this.peek()!.text}'` : ''}`);
		return spec;
	}

	/** A (possibly abstract) declarator with its derivations in application order, plus an optional initializer. */
	private declarator(allowFnPtr: boolean, allowInit: boolean, abstract = false): SDeclarator {
		this.enter();
		const start = this.peek();
		const ptrs: Derivation[] = [];
		while (this.is('*')) {
			const star = this.next();
			let isConst = false;
			while (this.peek()?.kind === 'ident' && QUALIFIERS.has(this.peek()!.text)) {
				if (this.peek()!.text !== 'const') this.fail(`'${this.peek()!.text}' is not part of Snippet C`, 'SC0209');
				this.next();
				isConst = true;
			}
			ptrs.push({ k: 'pointer', isConst, from: star.from, to: star.to });
		}
		let name = '';
		let nameFrom = start?.from ?? this.end;
		let nameTo = nameFrom;
		let inner: Derivation[] = [];
		if (this.peek()?.kind === 'ident' && !TYPE_KEYWORDS.has(this.peek()!.text)) {
			const t = this.next();
			name = t.text;
			nameFrom = t.from;
			nameTo = t.to;
		} else if (this.is('(') && this.is('*', 1)) {
			const open = this.next();
			const d = this.declarator(allowFnPtr, false, abstract);
			this.expect(')');
			name = d.name;
			nameFrom = d.nameFrom;
			nameTo = d.nameTo;
			inner = d.derivations;
			if (!allowFnPtr && inner.some((x) => x.k === 'pointer')) {
				if (this.is('(')) throw new ParseError('SC0206', 'function pointer variables are not part of Snippet C (pass a function by name instead)', open.from, this.peek()!.to);
			}
		} else if (!abstract) {
			this.fail(`expected an identifier${this.peek() ? ` before '${this.peek()!.text}'` : ''}`);
		}
		const suffixes: Derivation[] = [];
		for (;;) {
			if (this.is('[')) {
				const open = this.next();
				let size: SExpr | null = null;
				if (!this.is(']')) size = this.expr();
				const close = this.expect(']');
				suffixes.push({ k: 'array', size, from: open.from, to: close.to });
			} else if (this.is('(')) {
				const open = this.next();
				const { params, variadic, voidList } = this.params(allowFnPtr);
				const close = this.expect(')');
				suffixes.push({ k: 'function', params, variadic, voidList, from: open.from, to: close.to });
			} else break;
		}
		let init: SInit | null = null;
		if (allowInit && this.is('=')) {
			this.next();
			init = this.initializer();
		}
		this.depth--;
		const last = this.toks[this.pos - 1];
		return { name, nameFrom, nameTo, derivations: [...ptrs, ...suffixes.reverse(), ...inner], init, from: start?.from ?? this.end, to: last?.to ?? this.end };
	}

	private params(allowFnPtr: boolean): { params: SParam[]; variadic: boolean; voidList: boolean } {
		const params: SParam[] = [];
		let variadic = false;
		if (this.is(')')) return { params, variadic, voidList: false };
		for (;;) {
			if (this.is('...')) {
				this.next();
				variadic = true;
				break;
			}
			const first = this.peek();
			const spec = this.specifiers();
			const d = this.declarator(allowFnPtr, false, true);
			const last = this.toks[this.pos - 1];
			params.push({ spec, name: d.name || null, nameFrom: d.nameFrom, nameTo: d.nameTo, derivations: d.derivations, from: first!.from, to: last.to });
			if (!this.is(',')) break;
			this.next();
		}
		const voidList = params.length === 1 && params[0].name === null && params[0].derivations.length === 0 && params[0].spec.length === 1 && params[0].spec[0].text === 'void';
		return { params: voidList ? [] : params, variadic, voidList };
	}

	private initializer(): SInit {
		if (!this.is('{')) {
			const e = this.assign();
			return { k: 'expr', e, from: e.from, to: e.to };
		}
		const open = this.next();
		this.enter();
		const items: SInit[] = [];
		while (!this.is('}')) {
			if (this.is('[') || this.is('.')) this.fail('designated initializers are not part of Snippet C', 'SC0212');
			items.push(this.initializer());
			if (!this.is(',')) break;
			this.next();
		}
		const close = this.expect('}');
		this.depth--;
		return { k: 'list', items, from: open.from, to: close.to };
	}
}
