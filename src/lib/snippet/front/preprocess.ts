/**
 * The Snippet C preprocessor: `#include <allowed.h>` and object-like `#define NAME tokens`. Directive lines are
 * blanked (replaced by spaces, newlines kept) so that Lezer parses the rest with unchanged offsets; macro bodies
 * are kept as tokens and spliced in by the expression parser at each use (so `#define A 1+2` then `A*3` is 7, as in C).
 */
import type { Diagnostics } from './diagnostics';
import { tokenize, type Token } from './lexer';

export const ALLOWED_HEADERS: ReadonlySet<string> = new Set([
	'openssl/ssl.h', 'openssl/err.h', 'openssl/pem.h', 'openssl/bio.h', 'openssl/crypto.h', 'openssl/evp.h', 'openssl/x509.h',
	'stdio.h', 'stdlib.h', 'string.h', 'time.h', 'unistd.h'
]);

export interface Macro {
	name: string;
	body: Token[];
	from: number;
	to: number;
}

export interface Preprocessed {
	/** The source with directive lines blanked. */
	text: string;
	includes: string[];
	macros: Map<string, Macro>;
}

export function preprocess(source: string, diags: Diagnostics): Preprocessed {
	const chars = source.split('');
	const includes: string[] = [];
	const macros = new Map<string, Macro>();
	let lineStart = 0;
	let inComment = false;
	while (lineStart <= source.length) {
		let lineEnd = source.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = source.length;
		// A directive starts a line (after whitespace) outside a block comment.
		let i = lineStart;
		if (!inComment) while (i < lineEnd && (source[i] === ' ' || source[i] === '\t')) i++;
		if (!inComment && source[i] === '#') {
			// Join backslash-continued lines.
			let end = lineEnd;
			while (end < source.length && source[end - 1] === '\\') {
				const next = source.indexOf('\n', end + 1);
				end = next < 0 ? source.length : next;
			}
			const text = source.slice(i, end).replace(/\\\n/g, '  ');
			directive(text, i, source, diags, includes, macros);
			for (let k = lineStart; k < end; k++) if (chars[k] !== '\n') chars[k] = ' ';
			lineEnd = end;
		} else {
			inComment = scanComments(source, lineStart, lineEnd, inComment);
		}
		lineStart = lineEnd + 1;
	}
	return { text: chars.join(''), includes, macros };
}

/** Tracks whether a line ends inside a block comment (strings are skipped so "/*" in a literal does not count). */
function scanComments(s: string, from: number, to: number, inComment: boolean): boolean {
	for (let i = from; i < to; i++) {
		if (inComment) {
			if (s[i] === '*' && s[i + 1] === '/') {
				inComment = false;
				i++;
			}
		} else if (s[i] === '/' && s[i + 1] === '/') return false;
		else if (s[i] === '/' && s[i + 1] === '*') {
			inComment = true;
			i++;
		} else if (s[i] === '"' || s[i] === "'") {
			const q = s[i];
			for (i++; i < to && s[i] !== q; i++) if (s[i] === '\\') i++;
		}
	}
	return inComment;
}

function directive(text: string, at: number, source: string, diags: Diagnostics, includes: string[], macros: Map<string, Macro>): void {
	const m = /^#\s*([A-Za-z_]\w*)?/.exec(text);
	const word = m?.[1] ?? '';
	const afterWord = at + (m ? m[0].length : 1);
	if (word === 'include') {
		const inc = /^\s*<([^>\s]+)>\s*(\/\/.*|\/\*.*\*\/\s*)?$/.exec(text.slice(m![0].length));
		if (!inc) {
			const q = /^\s*"([^"]*)"/.exec(text.slice(m![0].length));
			if (q) diags.at('SC0110', `'${q[1]}' is not available in Snippet C (only the system headers <openssl/ssl.h>, <stdio.h>, ... can be included)`, at, at + text.length);
			else diags.at('SC0111', 'expected #include <header.h>', afterWord, at + text.length);
			return;
		}
		const header = inc[1];
		if (!ALLOWED_HEADERS.has(header)) {
			const col = at + text.indexOf('<');
			diags.at('SC0110', `'${header}' is not available in Snippet C`, col, col + header.length + 2);
			return;
		}
		includes.push(header);
		return;
	}
	if (word === 'define') {
		const rest = text.slice(m![0].length);
		const nm = /^(\s+)([A-Za-z_]\w*)(\(?)/.exec(rest);
		if (!nm) {
			diags.at('SC0112', 'macro name missing after #define', at, at + text.length);
			return;
		}
		const nameFrom = afterWord + nm[1].length;
		const name = nm[2];
		if (nm[3] === '(') {
			diags.at('SC0112', `function-like macro '${name}' is not part of Snippet C (only #define NAME value)`, nameFrom, nameFrom + name.length);
			return;
		}
		const bodyFrom = nameFrom + name.length;
		const body = tokenize(source, bodyFrom, at + text.length).filter((t) => t.text !== '\\');
		if (body.length === 0) {
			diags.at('SC0112', `macro '${name}' has no value (Snippet C macros are integer constants)`, nameFrom, nameFrom + name.length);
			return;
		}
		if (macros.has(name)) {
			diags.at('SC0114', `macro '${name}' redefined`, nameFrom, nameFrom + name.length);
			return;
		}
		macros.set(name, { name, body, from: nameFrom, to: nameFrom + name.length });
		return;
	}
	diags.at('SC0113', word ? `#${word} is not part of Snippet C (only #include and #define)` : 'invalid preprocessor directive', at, afterWord);
}

/**
 * C++ keywords are ordinary identifiers in C (`static void try(...)` is valid C), but @lezer/cpp parses them as
 * C++. The copy of the source given to Lezer replaces each by a same-length identifier, so offsets do not move;
 * names are always read from the real source.
 */
const CPP_ONLY = /\b(try|catch|throw|new|delete|class|this|template|typename|namespace|using|virtual|public|private|protected|friend|operator|explicit|mutable|true|false|nullptr|export|co_await|co_return|co_yield|requires|concept|decltype|constexpr|consteval|constinit|static_assert|thread_local|alignas|alignof|noexcept|override|final|import|module|and|or|not|xor|bitand|bitor|compl|and_eq|or_eq|xor_eq|not_eq|char8_t|char16_t|char32_t|wchar_t|dynamic_cast|static_cast|const_cast|reinterpret_cast|typeid|asm)\b/g;

export function maskCppKeywords(text: string): string {
	return text.replace(CPP_ONLY, (w) => 'Q' + w.slice(1).replace(/[^A-Za-z0-9_]/g, '_'));
}
