/** Declaration specifiers (`static const unsigned long`, `SSL_SESSION`) → a C type, with dialect errors. */
import type { CType, IntName, OpaqueName } from './ast';
import type { Diagnostics } from './diagnostics';
import { intType, NAMED_INT_TYPES, OPAQUE_NAMES, VOID } from './types';

export interface Word {
	text: string;
	from: number;
	to: number;
}

export interface Specifiers {
	type: CType | null;
	isStatic: boolean;
}

const UNSUPPORTED: Record<string, ['SC0201' | 'SC0202' | 'SC0203' | 'SC0208' | 'SC0209' | 'SC0211' | 'SC0207', string]> = {
	struct: ['SC0201', '`struct` is not part of Snippet C'],
	union: ['SC0201', '`union` is not part of Snippet C'],
	typedef: ['SC0202', '`typedef` is not part of Snippet C'],
	enum: ['SC0203', '`enum` is not part of Snippet C'],
	float: ['SC0208', '`float` is not part of Snippet C (no floating point)'],
	double: ['SC0208', '`double` is not part of Snippet C (no floating point)'],
	extern: ['SC0209', '`extern` is not part of Snippet C'],
	register: ['SC0209', '`register` is not part of Snippet C'],
	volatile: ['SC0209', '`volatile` is not part of Snippet C'],
	inline: ['SC0209', '`inline` is not part of Snippet C'],
	auto: ['SC0209', '`auto` is not part of Snippet C'],
	restrict: ['SC0209', '`restrict` is not part of Snippet C'],
	_Bool: ['SC0211', '`_Bool` is not part of Snippet C (use int)'],
	bool: ['SC0211', '`bool` is not part of Snippet C (use int)'],
	_Complex: ['SC0211', '`_Complex` is not part of Snippet C'],
	_Atomic: ['SC0211', '`_Atomic` is not part of Snippet C'],
	_Thread_local: ['SC0209', '`_Thread_local` is not part of Snippet C'],
	int8_t: ['SC0211', '`int8_t` is not part of Snippet C (uint8_t, uint32_t, uint64_t are)'],
	int16_t: ['SC0211', '`int16_t` is not part of Snippet C'],
	int32_t: ['SC0211', '`int32_t` is not part of Snippet C (use int)'],
	int64_t: ['SC0211', '`int64_t` is not part of Snippet C (use long)'],
	uint16_t: ['SC0211', '`uint16_t` is not part of Snippet C'],
	ssize_t: ['SC0211', '`ssize_t` is not part of Snippet C (use long)'],
	class: ['SC0207', '`class` is not C'],
	template: ['SC0207', 'templates are not C'],
	auto_: ['SC0209', '']
};

/** Words that can start a type name (used by the expression parser to tell casts from parenthesized expressions). */
export const TYPE_KEYWORDS: ReadonlySet<string> = new Set(['void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', 'const', ...NAMED_INT_TYPES, ...OPAQUE_NAMES,
	'struct', 'union', 'enum', 'float', 'double', 'volatile', '_Bool', 'bool', 'int8_t', 'int16_t', 'int32_t', 'int64_t', 'uint16_t', 'ssize_t']);

export function isUnsupportedWord(w: string): boolean {
	return Object.prototype.hasOwnProperty.call(UNSUPPORTED, w) && w !== 'auto_';
}

/** Combine the specifier words of one declaration. Reports and returns type null when they make no Snippet C type. */
export function resolveSpecifiers(words: Word[], diags: Diagnostics, allowStatic: boolean): Specifiers {
	let isStatic = false;
	let isConst = false;
	let signedness: 'signed' | 'unsigned' | null = null;
	let longs = 0;
	let short = false;
	let base: string | null = null;
	let bad = false;
	const all = words.map((w) => w.text).join(' ');
	for (const w of words) {
		const t = w.text;
		if (t === 'static') {
			if (!allowStatic) {
				diags.at('SC0209', '`static` is not allowed here', w.from, w.to);
				bad = true;
			}
			isStatic = true;
		} else if (t === 'const') isConst = true;
		else if (t === 'signed' || t === 'unsigned') {
			if (signedness) bad = reportCombo(diags, w, all);
			signedness = t;
		} else if (t === 'long') {
			if (longs === 2) bad = reportCombo(diags, w, all);
			longs++;
		} else if (t === 'short') short = true;
		else if (t === 'int' || t === 'char' || t === 'void' || NAMED_INT_TYPES.has(t) || OPAQUE_NAMES.has(t)) {
			if (base) bad = reportCombo(diags, w, all);
			base = t;
		} else if (isUnsupportedWord(t)) {
			const [code, msg] = UNSUPPORTED[t];
			diags.at(code, msg, w.from, w.to);
			return { type: null, isStatic };
		} else {
			diags.at('SC0303', `unknown type name '${t}'`, w.from, w.to);
			return { type: null, isStatic };
		}
	}
	if (bad) return { type: null, isStatic };
	const at = words[0] ?? { text: '', from: 0, to: 0 };
	const named = base !== null && base !== 'int' && base !== 'char' && base !== 'void';
	if ((named || base === 'void') && (signedness || longs || short)) {
		diags.at('SC0211', `'${all}' is not a valid type`, at.from, words[words.length - 1].to);
		return { type: null, isStatic };
	}
	if (base === 'char' && (longs || short)) return { type: reportCombo(diags, at, all) && null, isStatic };
	if (short && longs) return { type: reportCombo(diags, at, all) && null, isStatic };
	let type: CType;
	if (base === 'void') type = { ...VOID, const: isConst };
	else if (base !== null && OPAQUE_NAMES.has(base)) type = { kind: 'opaque', name: base as OpaqueName, const: isConst };
	else if (base !== null && NAMED_INT_TYPES.has(base)) type = intType(base as IntName, isConst);
	else if (base === 'char') type = intType(signedness === 'unsigned' ? 'unsigned char' : signedness === 'signed' ? 'signed char' : 'char', isConst);
	else if (short) type = intType(signedness === 'unsigned' ? 'unsigned short' : 'short', isConst);
	else if (longs === 2) type = intType(signedness === 'unsigned' ? 'unsigned long long' : 'long long', isConst);
	else if (longs === 1) type = intType(signedness === 'unsigned' ? 'unsigned long' : 'long', isConst);
	else if (base === 'int' || signedness) type = intType(signedness === 'unsigned' ? 'unsigned int' : 'int', isConst);
	else {
		diags.at('SC0211', 'a type is required (C has no implicit int)', at.from, at.to);
		return { type: null, isStatic };
	}
	return { type, isStatic };
}

function reportCombo(diags: Diagnostics, w: Word, all: string): true {
	diags.at('SC0211', `'${all}' is not a valid type`, w.from, w.to);
	return true;
}
