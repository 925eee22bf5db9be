/**
 * The BER reading rules of OpenSSL's template decoder, as observed on OpenSSL 3.0.22 (differential
 * runs in NOTES/asn1.md): what it accepts (indefinite lengths on constructed values, non-minimal
 * long-form lengths, constructed OCTET STRINGs, empty INTEGERs) and which error codes it queues
 * when it gives up. OpenSSL queues the primary reason followed by one "nested asn1 error" per
 * template level it unwinds; `depth` counts those levels (0 = the SSL_SESSION SEQUENCE itself,
 * 1 = one of its fields, 2 = the value inside an EXPLICIT tag).
 */
import { ASN1_R, ERR_LIB_ASN1, ERR_R_NESTED_ASN1_ERROR, type ErrCode } from './err-codes';

/** Thrown inside the decoder only; decodeSession turns it into an error result. */
export class DecodeFailure {
	constructor(readonly errors: ErrCode[]) {}
}

export function asn1Errors(reason: number, nested: number): ErrCode[] {
	const out: ErrCode[] = [{ lib: ERR_LIB_ASN1, reason }];
	for (let i = 0; i < nested; i++) out.push({ lib: ERR_LIB_ASN1, reason: ERR_R_NESTED_ASN1_ERROR });
	return out;
}

export function fail(reason: number, nested: number): never {
	throw new DecodeFailure(asn1Errors(reason, nested));
}

/** A header problem: the reason, then "bad object header", then the unwinding. */
function headerFail(reason: number, depth: number): never {
	const errors = asn1Errors(reason, 0);
	errors.push(...asn1Errors(ASN1_R.BAD_OBJECT_HEADER, depth + 1));
	throw new DecodeFailure(errors);
}

export interface Header {
	/** 0x00 universal, 0x80 context-specific, ... */
	readonly cls: number;
	readonly constructed: boolean;
	readonly tag: number;
	/** null for the indefinite form (contents end at an end-of-contents marker). */
	readonly length: number | null;
	/** Offset of the contents. */
	readonly contentStart: number;
	/** Offset of the identifier octet. */
	readonly start: number;
}

const LONG_MAX = 2n ** 63n - 1n;

/** Parse one identifier + length at `pos`, not reading past `end`. */
export function readHeader(buf: Uint8Array, pos: number, end: number, depth: number): Header {
	let p = pos;
	// Nothing left at all is "too small" (e.g. d2i with length 0, an empty EXPLICIT wrapper).
	if (p >= end) fail(ASN1_R.TOO_SMALL, depth);
	const first = buf[p++];
	const cls = first & 0xc0;
	const constructed = (first & 0x20) !== 0;
	let tag = first & 0x1f;
	if (tag === 0x1f) {
		tag = 0;
		for (;;) {
			if (p >= end) headerFail(ASN1_R.HEADER_TOO_LONG, depth);
			const b = buf[p++];
			tag = tag * 128 + (b & 0x7f);
			if (tag > 0x7fffffff / 128 && b & 0x80) headerFail(ASN1_R.HEADER_TOO_LONG, depth);
			if (!(b & 0x80)) break;
		}
	}
	if (p >= end) headerFail(ASN1_R.HEADER_TOO_LONG, depth);
	const l = buf[p++];
	let length: number | null;
	if (l === 0x80) {
		if (!constructed) headerFail(ASN1_R.HEADER_TOO_LONG, depth);
		length = null;
	} else if (l & 0x80) {
		let n = l & 0x7f;
		// OpenSSL wants at least one octet beyond the length octets before it reads them.
		if (n + 1 > end - p) headerFail(ASN1_R.HEADER_TOO_LONG, depth);
		while (n > 0 && buf[p] === 0) {
			p++;
			n--;
		}
		if (n > 8) headerFail(ASN1_R.HEADER_TOO_LONG, depth);
		let v = 0n;
		for (; n > 0; n--) v = (v << 8n) | BigInt(buf[p++]);
		if (v > LONG_MAX) headerFail(ASN1_R.HEADER_TOO_LONG, depth);
		if (v > BigInt(end - p)) headerFail(ASN1_R.TOO_LONG, depth);
		length = Number(v);
	} else {
		length = l;
		if (l > end - p) headerFail(ASN1_R.TOO_LONG, depth);
	}
	return { cls, constructed, tag, length, contentStart: p, start: pos };
}

export function atEoc(buf: Uint8Array, pos: number, end: number): boolean {
	return end - pos >= 2 && buf[pos] === 0 && buf[pos + 1] === 0;
}

/** OpenSSL gives up on constructed strings nested deeper than this. */
const MAX_STRING_NEST = 5;

/**
 * Contents of a (possibly constructed) string value whose header is `h`; returns the bytes and the
 * offset after the value. Constructed pieces are concatenated whatever their own tags are.
 */
export function readStringValue(buf: Uint8Array, h: Header, end: number, depth: number): { bytes: Uint8Array; next: number } {
	if (!h.constructed) {
		const stop = h.contentStart + (h.length ?? 0);
		return { bytes: buf.slice(h.contentStart, stop), next: stop };
	}
	const pieces: number[] = [];
	const next = collect(buf, h, end, depth, 0, pieces);
	return { bytes: Uint8Array.from(pieces), next };
}

function collect(buf: Uint8Array, h: Header, end: number, depth: number, nest: number, out: number[]): number {
	if (nest > MAX_STRING_NEST) fail(ASN1_R.NESTED_TOO_DEEP, depth);
	const stop = h.length === null ? end : h.contentStart + h.length;
	let p = h.contentStart;
	for (;;) {
		if (h.length !== null && p >= stop) return p;
		if (h.length === null) {
			if (atEoc(buf, p, stop)) return p + 2;
			if (p >= stop) fail(ASN1_R.MISSING_EOC, depth);
		}
		const inner = readHeader(buf, p, stop, depth);
		if (inner.constructed) {
			p = collect(buf, inner, stop, depth, nest + 1, out);
		} else {
			const len = inner.length ?? 0;
			for (let i = 0; i < len; i++) out.push(buf[inner.contentStart + i]);
			p = inner.contentStart + len;
		}
	}
}

const MAX_SKIP_NEST = 30;

/** Offset just past the value with header `h` (walks indefinite-length contents). */
export function skipValue(buf: Uint8Array, h: Header, end: number, depth: number): number {
	if (h.length !== null) return h.contentStart + h.length;
	if (depth > MAX_SKIP_NEST) fail(ASN1_R.NESTED_TOO_DEEP, 0); // OpenSSL caps nesting at 30 levels too
	let p = h.contentStart;
	for (;;) {
		if (atEoc(buf, p, end)) return p + 2;
		if (p >= end) fail(ASN1_R.MISSING_EOC, depth);
		const inner = readHeader(buf, p, end, depth + 1);
		p = skipValue(buf, inner, end, depth + 1);
	}
}
