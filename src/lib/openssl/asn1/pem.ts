/**
 * PEM armour for SSL sessions (semantics.md 8.5): base64 in 64-character lines between
 * BEGIN/END SSL SESSION PARAMETERS. The reader follows what PEM_read_bio does with a stream: it skips
 * anything before a BEGIN line, skips blocks of other types, and consumes the block it returns.
 */
import { ERR_LIB_PEM, ERR_R_ASN1_LIB, PEM_R_BAD_BASE64_DECODE, PEM_R_BAD_END_LINE, PEM_R_NO_START_LINE, type ErrCode } from './err-codes';

export const PEM_SESSION_NAME = 'SSL SESSION PARAMETERS';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
		out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
		out += i + 2 < bytes.length ? B64[n & 63] : '=';
	}
	return out;
}

/** Decoded bytes, or null for text that is not base64 (whitespace is ignored). */
export function base64Decode(text: string): Uint8Array | null {
	const clean = text.replace(/[\s]/g, '');
	if (clean.length % 4 !== 0) return null;
	const out: number[] = [];
	for (let i = 0; i < clean.length; i += 4) {
		const quad = clean.slice(i, i + 4);
		const pad = quad.endsWith('==') ? 2 : quad.endsWith('=') ? 1 : 0;
		if (pad > 0 && i + 4 !== clean.length) return null;
		let n = 0;
		for (let j = 0; j < 4; j++) {
			const ch = quad[j];
			const v = ch === '=' && j >= 4 - pad ? 0 : B64.indexOf(ch);
			if (v < 0) return null;
			n = n * 64 + v;
		}
		out.push((n >> 16) & 255);
		if (pad < 2) out.push((n >> 8) & 255);
		if (pad < 1) out.push(n & 255);
	}
	return Uint8Array.from(out);
}

export function pemEncode(der: Uint8Array, name = PEM_SESSION_NAME): string {
	const b64 = base64Encode(der);
	let body = '';
	for (let i = 0; i < b64.length; i += 64) body += b64.slice(i, i + 64) + '\n';
	return `-----BEGIN ${name}-----\n${body}-----END ${name}-----\n`;
}

export type PemReadResult =
	| { ok: true; der: Uint8Array; consumed: number }
	| { ok: false; errors: ErrCode[]; consumed: number };

const pemError = (reason: number, consumed: number): PemReadResult => ({ ok: false, errors: [{ lib: ERR_LIB_PEM, reason }], consumed });

/** PEM's wrapper error after a DER decode/encode failure inside a PEM call. */
export const PEM_ASN1_LIB_ERROR: ErrCode = { lib: ERR_LIB_PEM, reason: ERR_R_ASN1_LIB };

/** Encrypted blocks are not supported by the simulation; these are the refusals real OpenSSL gives. */
const PEM_R_NOT_DEK_INFO = 105;
const PEM_R_PROBLEMS_GETTING_PASSWORD = 109;

/**
 * Find the next block named `name` in `text` (a latin1 view of the stream). `consumed` is how many
 * characters the read takes off the stream, whether it succeeds or not. Rules observed on 3.0.22:
 * the BEGIN line may have trailing blanks but nothing before it; a blank line separates headers from
 * the data; an END line that does not match the BEGIN line is "bad end line"; a block without data
 * fails with no error at all; blanks inside base64 lines are ignored, missing or misplaced padding is
 * "bad base64 decode".
 */
export function pemDecodeNext(text: string, name = PEM_SESSION_NAME): PemReadResult {
	let at = 0;
	const nextLine = (): string | null => {
		if (at >= text.length) return null;
		const nl = text.indexOf('\n', at);
		const end = nl < 0 ? text.length : nl + 1;
		const line = text.slice(at, end).replace(/\r?\n$/, '');
		at = end;
		return line;
	};
	for (;;) {
		let line = nextLine();
		while (line !== null && !/^-----BEGIN (.*)-----[ \t\r]*$/.test(line)) line = nextLine();
		if (line === null) return pemError(PEM_R_NO_START_LINE, at);
		const found = /^-----BEGIN (.*)-----/.exec(line)?.[1] ?? '';
		const lines: string[] = [];
		let end: string | null = null;
		for (let l = nextLine(); l !== null; l = nextLine()) {
			if (l.startsWith('-----END')) {
				end = l;
				break;
			}
			lines.push(l);
		}
		if (end === null || !new RegExp(`^-----END ${escapeRegExp(found)}-----[ \\t\\r]*$`).test(end)) return pemError(PEM_R_BAD_END_LINE, at);
		if (found !== name) continue;
		const blank = lines.findIndex((l) => l.trim() === '');
		const headers = blank < 0 ? [] : lines.slice(0, blank);
		const data = blank < 0 ? lines : lines.slice(blank + 1);
		if (headers.some((h) => /^Proc-Type:.*ENCRYPTED/.test(h))) return pemError(headers.some((h) => h.startsWith('DEK-Info:')) ? PEM_R_PROBLEMS_GETTING_PASSWORD : PEM_R_NOT_DEK_INFO, at);
		const body = data.join('');
		if (body.trim() === '') return { ok: false, errors: [], consumed: at };
		const der = base64Decode(body);
		if (der === null) return pemError(PEM_R_BAD_BASE64_DECODE, at);
		return { ok: true, der, consumed: at };
	}
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
