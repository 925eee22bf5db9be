/**
 * Share links: the whole program and the current step live in the URL fragment, compressed
 * (deflate via fflate) and base64url-encoded. No server, no login. Links are untrusted input:
 * decoding never throws, enforces size limits before and after inflating, and returns a
 * reason a person can read.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** Largest encoded payload we accept (characters of the fragment). */
export const MAX_LINK_CHARS = 64 * 1024;
/** Largest program we accept after decompression (bytes). */
export const MAX_PROGRAM_BYTES = 256 * 1024;

export interface SharedProgram {
	source: string;
	/** Step to open at (0-based), if any. */
	step: number | null;
}

export type DecodeResult = { ok: true; value: SharedProgram } | { ok: false; error: string };

const FORMAT_VERSION = '1';

export function encodeShareLink(program: SharedProgram): string {
	const body = JSON.stringify({ s: program.source, k: program.step });
	const packed = deflateSync(strToU8(body), { level: 9 });
	return `${FORMAT_VERSION}.${toBase64Url(packed)}`;
}

export function decodeShareLink(fragment: string): DecodeResult {
	const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	const payload = text.startsWith('code=') ? text.slice(5) : text;
	if (payload.length === 0) return { ok: false, error: 'The link holds no program.' };
	if (payload.length > MAX_LINK_CHARS)
		return { ok: false, error: `The link is too long (${payload.length} characters; the limit is ${MAX_LINK_CHARS}).` };
	const dot = payload.indexOf('.');
	if (dot < 0 || payload.slice(0, dot) !== FORMAT_VERSION)
		return { ok: false, error: 'The link was not made by this version of Session Lab.' };
	const bytes = fromBase64Url(payload.slice(dot + 1));
	if (bytes === null) return { ok: false, error: 'The link is damaged (it is not valid base64url).' };
	let raw: Uint8Array;
	try {
		raw = inflateBounded(bytes, MAX_PROGRAM_BYTES);
	} catch (e) {
		return { ok: false, error: e instanceof RangeError ? e.message : 'The link is damaged (it does not decompress).' };
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(strFromU8(raw));
	} catch {
		return { ok: false, error: 'The link is damaged (its content is not readable).' };
	}
	return validate(parsed);
}

function validate(parsed: unknown): DecodeResult {
	if (typeof parsed !== 'object' || parsed === null) return { ok: false, error: 'The link content has the wrong shape.' };
	const { s, k } = parsed as { s?: unknown; k?: unknown };
	if (typeof s !== 'string') return { ok: false, error: 'The link content has no program text.' };
	let step: number | null = null;
	if (typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < 1e9) step = k;
	return { ok: true, value: { source: s, step } };
}

/** Inflate, refusing outputs larger than `limit` (zip-bomb guard: we check the size fflate reports). */
function inflateBounded(bytes: Uint8Array, limit: number): Uint8Array {
	// fflate writes into a caller-provided buffer and throws if it is too small.
	const out = new Uint8Array(limit + 1);
	let result: Uint8Array;
	try {
		result = inflateSync(bytes, { out });
	} catch (e) {
		if (String(e).includes('buffer')) throw new RangeError(`The program in the link is larger than ${limit} bytes.`, { cause: e });
		throw e;
	}
	if (result.length > limit) throw new RangeError(`The program in the link is larger than ${limit} bytes.`);
	return result.slice();
}

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	try {
		const bin = atob(b64);
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}
