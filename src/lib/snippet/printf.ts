/**
 * glibc-compatible printf formatting for the conversions the dialect allows
 * (%d %i %u %x %X %o %c %s %p %% with flags - + space # 0, width, precision, `*`, and length
 * modifiers hh h l ll z j t). Strings are byte strings (one char per byte).
 */
import type { CValue } from './abi';

export interface PrintfHost {
	/** Read a C string for %s (checked access), at most `max` bytes when a precision is given. */
	readCString(p: CValue, max?: number): string;
	/** A stable fake address for %p of a non-NULL pointer. */
	addressOf(p: CValue): number;
}

export class FormatError extends Error {}

export function formatPrintf(fmt: string, args: CValue[], host: PrintfHost): string {
	let out = '';
	let ai = 0;
	const next = (): CValue => {
		if (ai >= args.length) throw new FormatError('printf: too few arguments for the format');
		return args[ai++];
	};
	for (let i = 0; i < fmt.length; i++) {
		const ch = fmt[i];
		if (ch !== '%') {
			out += ch;
			continue;
		}
		i++;
		if (fmt[i] === '%') {
			out += '%';
			continue;
		}
		let minus = false,
			plus = false,
			space = false,
			alt = false,
			zero = false;
		for (;; i++) {
			const f = fmt[i];
			if (f === '-') minus = true;
			else if (f === '+') plus = true;
			else if (f === ' ') space = true;
			else if (f === '#') alt = true;
			else if (f === '0') zero = true;
			else break;
		}
		let width = -1;
		if (fmt[i] === '*') {
			width = toNum(next());
			if (width < 0) {
				minus = true;
				width = -width;
			}
			i++;
		} else {
			let w = '';
			while (fmt[i] >= '0' && fmt[i] <= '9') w += fmt[i++];
			if (w) width = +w;
		}
		let prec = -1;
		if (fmt[i] === '.') {
			i++;
			if (fmt[i] === '*') {
				prec = toNum(next());
				i++;
			} else {
				let p = '';
				while (fmt[i] >= '0' && fmt[i] <= '9') p += fmt[i++];
				prec = p ? +p : 0;
			}
		}
		let len = '';
		while ('hlzjtL'.includes(fmt[i]) && fmt[i] !== undefined) len += fmt[i++];
		const conv = fmt[i];
		if (conv === undefined) throw new FormatError('printf: incomplete conversion at end of format');
		let body: string;
		let sign = '';
		let prefix = '';
		let numeric = true;
		switch (conv) {
			case 'd':
			case 'i': {
				const v = sized(toNum(next()), len, true);
				if (v < 0n) sign = '-';
				else if (plus) sign = '+';
				else if (space) sign = ' ';
				body = digits((v < 0n ? -v : v).toString(), prec);
				break;
			}
			case 'u':
			case 'x':
			case 'X':
			case 'o': {
				const v = sized(toNum(next()), len, false);
				const radix = conv === 'u' ? 10 : conv === 'o' ? 8 : 16;
				let s = v.toString(radix);
				if (conv === 'X') s = s.toUpperCase();
				if (alt && v !== 0n && radix === 16) prefix = conv === 'X' ? '0X' : '0x';
				if (alt && radix === 8 && !s.startsWith('0')) s = '0' + s;
				body = digits(s, prec);
				break;
			}
			case 'c':
				body = String.fromCharCode(Number(BigInt.asUintN(8, BigInt(toNum(next())))));
				numeric = false;
				break;
			case 's': {
				const p = next();
				if (p === null) body = prec >= 0 && prec < 6 ? '' : '(null)';
				else {
					body = prec >= 0 ? host.readCString(p, prec) : host.readCString(p);
				}
				numeric = false;
				break;
			}
			case 'p': {
				const p = next();
				numeric = false;
				if (p === null || p === 0) body = '(nil)';
				else body = '0x' + host.addressOf(p).toString(16);
				break;
			}
			default:
				throw new FormatError(`printf: unsupported conversion %${len}${conv}`);
		}
		let s: string;
		const padLen = width - (sign.length + prefix.length + body.length);
		if (padLen <= 0) s = sign + prefix + body;
		else if (minus) s = sign + prefix + body + ' '.repeat(padLen);
		else if (zero && numeric && prec < 0) s = sign + prefix + '0'.repeat(padLen) + body;
		else s = ' '.repeat(padLen) + sign + prefix + body;
		out += s;
	}
	return out;
}

function toNum(v: CValue): number {
	if (typeof v === 'number' || typeof v === 'bigint') return v;
	if (v === null) return 0;
	throw new FormatError('printf: a pointer was passed where the format expects an integer');
}

/**
 * Reinterpret the argument with the conversion's length modifier (as the callee's va_arg would),
 * exactly, as a bigint. A double 2^63 / 2^64 (LONG_MAX / ULONG_MAX rounded by the library) prints
 * as the maximum.
 */
function sized(v: number, len: string, signed: boolean): bigint {
	let b: bigint;
	if (typeof v === 'number') {
		if (v === 2 ** 63) b = 2n ** 63n - 1n;
		else if (v >= 2 ** 64) b = 2n ** 64n - 1n;
		else b = BigInt(Math.trunc(v));
	} else b = v as unknown as bigint;
	const bits = len === 'hh' ? 8 : len === 'h' ? 16 : len === '' ? 32 : 64;
	return signed ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b);
}

function digits(s: string, prec: number): string {
	if (prec === 0 && s === '0') return '';
	return prec > s.length ? '0'.repeat(prec - s.length) + s : s;
}
