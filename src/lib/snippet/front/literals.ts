/** Integer, character and string literal decoding (C11 6.4.4, 6.4.5) for Snippet C. */
import type { IntType } from './ast';
import type { DiagnosticCode } from './codes';
import { intType } from './types';

export type LitResult<T> = { ok: true; value: T } | { ok: false; code: DiagnosticCode; message: string };

const fail = (code: DiagnosticCode, message: string): { ok: false; code: DiagnosticCode; message: string } => ({ ok: false, code, message });

/** An integer constant and its type (first of the C candidate types its value fits in). */
export function parseIntLiteral(text: string): LitResult<{ value: bigint; type: IntType }> {
	const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([uUlL]*)$/.exec(text);
	if (!m) {
		if (/^[0-9]*\.|^[0-9]+[eE]|^0[xX][0-9a-fA-F]*[pP.]|[fF]$/.test(text) && !/^0[xX]/.test(text) || /\./.test(text)) return fail('SC0208', `floating constant '${text}' is not part of Snippet C`);
		return fail('SC0104', `invalid integer constant '${text}'`);
	}
	const digits = m[1];
	const suffix = m[2].toLowerCase();
	if (!['', 'u', 'l', 'ul', 'lu', 'll', 'ull', 'llu'].includes(suffix)) return fail('SC0104', `invalid suffix '${m[2]}' on integer constant`);
	const value = digits.length > 1 && digits[0] === '0' && !/[xX]/.test(digits) ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
	const decimal = !/^0/.test(digits) || digits === '0';
	const unsigned = suffix.includes('u');
	const longs = (suffix.match(/l/g) ?? []).length;
	const candidates: IntType[] = [];
	const add = (...names: Parameters<typeof intType>[0][]) => names.forEach((n) => candidates.push(intType(n)));
	if (longs === 0) {
		if (unsigned) add('unsigned int', 'unsigned long');
		else if (decimal) add('int', 'long');
		else add('int', 'unsigned int', 'long', 'unsigned long');
	} else if (longs === 1) {
		if (unsigned) add('unsigned long');
		else if (decimal) add('long');
		else add('long', 'unsigned long');
	} else {
		if (unsigned) add('unsigned long long');
		else if (decimal) add('long long');
		else add('long long', 'unsigned long long');
	}
	for (const t of candidates) {
		const bits = BigInt(t.size * 8 - (t.signed ? 1 : 0));
		if (value < 1n << bits) return { ok: true, value: { value, type: t } };
	}
	if (value < 1n << 64n) return { ok: true, value: { value, type: intType('unsigned long') } };
	return fail('SC0104', `integer constant '${text}' is too large`);
}

const SIMPLE_ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, v: 11, '?': 63, e: 27 };

/** Decode the body of a char or string literal (between the quotes) to bytes (UTF-8 for non-ASCII). */
export function decodeEscapes(body: string): LitResult<number[]> {
	const out: number[] = [];
	const enc = new TextEncoder();
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c !== '\\') {
			const code = body.charCodeAt(i);
			if (code < 128) out.push(code);
			else {
				const cp = body.codePointAt(i)!;
				if (cp > 0xffff) i++;
				out.push(...enc.encode(String.fromCodePoint(cp)));
			}
			continue;
		}
		const e = body[++i];
		if (e === undefined) return fail('SC0105', 'incomplete escape sequence');
		if (/[0-7]/.test(e)) {
			let j = i;
			while (j < i + 3 && /[0-7]/.test(body[j] ?? '')) j++;
			const v = parseInt(body.slice(i, j), 8);
			if (v > 255) return fail('SC0105', 'octal escape sequence out of range');
			out.push(v);
			i = j - 1;
		} else if (e === 'x') {
			let j = i + 1;
			while (/[0-9a-fA-F]/.test(body[j] ?? '')) j++;
			if (j === i + 1) return fail('SC0105', '\\x used with no following hex digits');
			const v = parseInt(body.slice(i + 1, j), 16);
			if (v > 255 || j - i - 1 > 8) return fail('SC0105', 'hex escape sequence out of range');
			out.push(v);
			i = j - 1;
		} else if (e in SIMPLE_ESCAPES) out.push(SIMPLE_ESCAPES[e]);
		else return fail('SC0105', `unknown escape sequence '\\${e}'`);
	}
	return { ok: true, value: out };
}

/** A character constant: type int, value of the (signed) char. */
export function parseCharLiteral(text: string): LitResult<bigint> {
	if (/^[LuU]/.test(text)) return fail('SC0105', 'wide character constants are not part of Snippet C');
	const body = text.slice(1, -1);
	const r = decodeEscapes(body);
	if (!r.ok) return r;
	if (r.value.length === 0) return fail('SC0105', 'empty character constant');
	if (r.value.length > 1) return fail('SC0105', 'multi-character constant is not part of Snippet C');
	return { ok: true, value: BigInt(r.value[0] > 127 ? r.value[0] - 256 : r.value[0]) };
}
