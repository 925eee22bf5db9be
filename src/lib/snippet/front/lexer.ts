/**
 * A small C tokenizer for expression ranges and macro bodies. Lezer (@lezer/cpp) gives us the statement and
 * declaration structure, but its C++ expression grammar mis-associates casts and sizeof (`(int)x + y` becomes
 * `(int)(x + y)`), reads `(time_t)-1` as a subtraction and `~a` as a destructor name. So each expression's source
 * range is re-tokenized here and parsed by expr-parse.ts, which knows Snippet C's fixed set of type names.
 */

export type TokKind = 'ident' | 'number' | 'char' | 'string' | 'punct' | 'bad';

export interface Token {
	kind: TokKind;
	text: string;
	from: number;
	to: number;
}

const PUNCTS = [
	'<<=', '>>=', '...', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||',
	'+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=', '::',
	'+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '^', '|', '?', ':', ',', ';', '(', ')', '[', ']', '{', '}', '.', '#'
];

const PUNCT3 = new Set(PUNCTS.filter((p) => p.length === 3));
const PUNCT2 = new Set(PUNCTS.filter((p) => p.length === 2));
const PUNCT1 = new Set(PUNCTS.filter((p) => p.length === 1));

function isIdentStart(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c: number): boolean {
	return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Tokenize src[from, to). Comments and whitespace are skipped; unknown characters become 'bad' tokens. */
export function tokenize(src: string, from: number, to: number): Token[] {
	const out: Token[] = [];
	let i = from;
	while (i < to) {
		const c = src.charCodeAt(i);
		if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) {
			i++;
			continue;
		}
		if (c === 47 && src.charCodeAt(i + 1) === 47) {
			while (i < to && src.charCodeAt(i) !== 10) i++;
			continue;
		}
		if (c === 47 && src.charCodeAt(i + 1) === 42) {
			const end = src.indexOf('*/', i + 2);
			i = end < 0 || end + 2 > to ? to : end + 2;
			continue;
		}
		const start = i;
		if (isIdentStart(c)) {
			while (i < to && isIdentPart(src.charCodeAt(i))) i++;
			out.push({ kind: 'ident', text: src.slice(start, i), from: start, to: i });
			continue;
		}
		if ((c >= 48 && c <= 57) || (c === 46 && /[0-9]/.test(src[i + 1] ?? ''))) {
			while (i < to && (isIdentPart(src.charCodeAt(i)) || src[i] === '.')) i++;
			out.push({ kind: 'number', text: src.slice(start, i), from: start, to: i });
			continue;
		}
		if (c === 39 || c === 34) {
			i++;
			while (i < to && src.charCodeAt(i) !== c && src.charCodeAt(i) !== 10) {
				if (src.charCodeAt(i) === 92) i++;
				i++;
			}
			if (i < to && src.charCodeAt(i) === c) {
				i++;
				out.push({ kind: c === 39 ? 'char' : 'string', text: src.slice(start, i), from: start, to: i });
			} else {
				out.push({ kind: 'bad', text: src.slice(start, i), from: start, to: Math.min(i, to) });
			}
			continue;
		}
		const p = PUNCT3.has(src.slice(i, i + 3)) ? src.slice(i, i + 3) : PUNCT2.has(src.slice(i, i + 2)) ? src.slice(i, i + 2) : PUNCT1.has(src[i]) ? src[i] : undefined;
		if (p && i + p.length <= to) {
			i += p.length;
			out.push({ kind: 'punct', text: p, from: start, to: i });
			continue;
		}
		i++;
		out.push({ kind: 'bad', text: src.slice(start, i), from: start, to: i });
	}
	return out;
}
