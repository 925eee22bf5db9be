/**
 * A small C highlighter for the read-only code view: enough classes (comment, string, keyword, type,
 * number, preprocessor, OpenSSL API) to read a snippet; multi-line comments are split across lines.
 */
export type TokenKind = 'comment' | 'string' | 'keyword' | 'type' | 'number' | 'pre' | 'api' | 'plain';
export interface Token {
	kind: TokenKind;
	text: string;
}

const KEYWORDS = new Set('if else while do for switch case default break continue return sizeof static const'.split(' '));
const TYPES = new Set(
	'void char short int long unsigned signed size_t time_t uint8_t uint32_t uint64_t SSL SSL_CTX SSL_SESSION SSL_METHOD SSL_CIPHER BIO X509 FILE'.split(' ')
);
const TOKEN = /(\/\*[\s\S]*?(?:\*\/|(?![\s\S]))|\/\/[^\n]*)|("(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?)|(^[ \t]*#[^\n]*)|(\b(?:0x[0-9a-fA-F]+|\d+)[uUlL]*\b)|([A-Za-z_]\w*)/gm;

export function highlightC(source: string): Token[][] {
	const lines: Token[][] = [[]];
	const push = (kind: TokenKind, text: string) => {
		const parts = text.split('\n');
		parts.forEach((p, i) => {
			if (i > 0) lines.push([]);
			if (p) lines[lines.length - 1].push({ kind, text: p });
		});
	};
	let last = 0;
	for (const m of source.matchAll(TOKEN)) {
		if (m.index > last) push('plain', source.slice(last, m.index));
		const [text, comment, str, pre, num, ident] = m;
		if (comment) push('comment', text);
		else if (str) push('string', text);
		else if (pre) push('pre', text);
		else if (num) push('number', text);
		else if (ident)
			push(KEYWORDS.has(ident) ? 'keyword' : TYPES.has(ident) ? 'type' : /^(SSL|TLS|d2i|i2d|PEM|BIO|ERR|OPENSSL)_/.test(ident) ? 'api' : 'plain', text);
		last = m.index + text.length;
	}
	if (last < source.length) push('plain', source.slice(last));
	return lines;
}
