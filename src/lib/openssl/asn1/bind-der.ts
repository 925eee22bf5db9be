/**
 * i2d_SSL_SESSION / d2i_SSL_SESSION with their pointer contracts (semantics.md 8.3, 8.4) and the
 * PEM functions built on them (8.5).
 */
import type { CValue, NativeContext } from '../../snippet/abi';
import type { BindingTable } from '../bindings/table';
import type { World } from '../world';
import type { SslSession } from '../objects/session';
import { fault, releaseRef } from '../ledger';
import { isNull, ptr, sessionArg } from '../bindings/args';
import { sessionChanged, sessionNew } from '../session-ops';
import { encodeSession } from './session-der';
import { applySessionDer, parseSessionDer } from './session-d2i';
import { ASN1_R, type ErrCode } from './err-codes';
import { PEM_ASN1_LIB_ERROR, pemDecodeNext, pemEncode } from './pem';
import { bioArg, streamArg } from './bind-support';

/**
 * The d2i core shared by d2i_SSL_SESSION and PEM reads: decode `der` into *a (reused) or a new
 * session owned by the application. Errors are queued; returns the session and bytes consumed.
 */
export function d2iInto(w: World, reuse: SslSession | null, der: Uint8Array, fn: string): { session: SslSession; consumed: number } | { session: null; errors: ErrCode[] } {
	const parsed = parseSessionDer(der);
	if (!parsed.ok) {
		queue(w, parsed.errors, fn);
		return { session: null, errors: parsed.errors };
	}
	const s = reuse ?? sessionNew(w, { kind: 'app', holder: null, via: fn });
	// Fields are written in place, so a reused session keeps what was copied before a failing check.
	const r = applySessionDer(parsed.parsed, s.fields, w.now);
	sessionChanged(w, s);
	if (!r.ok) {
		queue(w, r.errors, fn);
		if (!reuse) releaseRef(w, s, 'app', null, fn);
		return { session: null, errors: r.errors };
	}
	return { session: s, consumed: parsed.consumed };
}

function queue(w: World, errors: readonly ErrCode[], fn: string): void {
	for (const e of errors) w.pushError(e.lib, e.reason, fn);
}

/** *a of d2i/PEM_read: null when a is NULL or *a is NULL; the existing session otherwise. */
function reuseTarget(w: World, n: NativeContext, a: CValue, fn: string): SslSession | null {
	if (isNull(a)) return null;
	const cur = n.loadPointer(a);
	return sessionArg(w, cur, fn, 'null');
}

export function registerDer(t: BindingTable, w: World): void {
	t.fn('int i2d_SSL_SESSION(const SSL_SESSION *in, unsigned char **pp)', ([s, pp], n) => {
		const session = sessionArg(w, s, 'i2d_SSL_SESSION', 'null');
		if (!session) return 0;
		const der = encodeSession(session.fields);
		if (der === null) return 0;
		if (isNull(pp)) return der.length;
		const out = n.loadPointer(pp);
		if (isNull(out)) {
			n.storePointer(pp, n.allocHeap(der, 'i2d_SSL_SESSION'));
		} else {
			n.writeBytes(out, der);
			n.storePointer(pp, n.offsetPointer(out, der.length));
		}
		return der.length;
	});

	t.fn('SSL_SESSION *d2i_SSL_SESSION(SSL_SESSION **a, const unsigned char **pp, long length)', ([a, pp, len], n) => {
		const fn = 'd2i_SSL_SESSION';
		if (isNull(pp)) fault(w, 'null-dereference', null, `${fn} reads *pp through a NULL pp`);
		const p = n.loadPointer(pp);
		const length = typeof len === 'number' ? len : 0;
		const reuse = reuseTarget(w, n, a, fn);
		const der = readInput(n, p, length);
		const r = d2iInto(w, reuse, der.bytes, fn);
		if (r.session === null) {
			// OpenSSL would have read past the buffer the program described as `length` bytes long.
			if (der.clipped && r.errors.some((e) => e.reason === ASN1_R.TOO_LONG || e.reason === ASN1_R.HEADER_TOO_LONG)) n.readBytes(p, der.bytes.length + 1);
			return null;
		}
		if (!isNull(a) && isNull(n.loadPointer(a))) n.storePointer(a, ptr(r.session));
		n.storePointer(pp, n.offsetPointer(p, r.consumed));
		return ptr(r.session);
	});

	t.fn('int PEM_write_bio_SSL_SESSION(BIO *bp, const SSL_SESSION *x)', ([b, s]) => {
		const text = pemText(w, s, 'PEM_write_bio_SSL_SESSION');
		if (text === null) return 0;
		const bio = bioArg(w, b, 'PEM_write_bio_SSL_SESSION');
		if (!bio) fault(w, 'null-dereference', null, 'PEM_write_bio_SSL_SESSION writes to a NULL BIO *');
		bio.writeText(text);
		return 1;
	});

	t.fn('int PEM_write_SSL_SESSION(FILE *fp, const SSL_SESSION *x)', ([fp, s], n) => {
		const stream = streamArg(w, fp, 'PEM_write_SSL_SESSION');
		const text = pemText(w, s, 'PEM_write_SSL_SESSION');
		if (text === null) return 0;
		n.write(stream, text);
		return 1;
	});

	// Snippets have no readable FILE: stdout/stderr are write-only, so the read sees end of file at
	// once — real OpenSSL then answers NULL with "no start line" (checked with run-real).
	t.fn('SSL_SESSION *PEM_read_SSL_SESSION(FILE *fp, SSL_SESSION **x, void *cb, void *u)', ([fp]) => {
		const fn = 'PEM_read_SSL_SESSION';
		streamArg(w, fp, fn);
		const block = pemDecodeNext('');
		if (!block.ok) queue(w, block.errors, fn);
		return null;
	});

	t.fn('SSL_SESSION *PEM_read_bio_SSL_SESSION(BIO *bp, SSL_SESSION **x, void *cb, void *u)', ([b, x], n) => {
		const fn = 'PEM_read_bio_SSL_SESSION';
		const bio = bioArg(w, b, fn);
		if (!bio) fault(w, 'null-dereference', null, `${fn} reads from a NULL BIO *`);
		const block = pemDecodeNext(bio.peekText());
		bio.consume(block.consumed);
		if (!block.ok) {
			queue(w, block.errors, fn);
			return null;
		}
		const r = d2iInto(w, reuseTarget(w, n, x, fn), block.der, fn);
		if (r.session === null) {
			queue(w, [PEM_ASN1_LIB_ERROR], fn);
			return null;
		}
		if (!isNull(x) && isNull(n.loadPointer(x))) n.storePointer(x, ptr(r.session));
		return ptr(r.session);
	});
}

/** PEM text of a session, or null with PEM's "ASN1 lib" error when i2d gives nothing (NULL, no cipher). */
function pemText(w: World, s: CValue, fn: string): string | null {
	const session = sessionArg(w, s, fn, 'null');
	const der = session ? encodeSession(session.fields) : null;
	if (der === null) {
		w.pushError(PEM_ASN1_LIB_ERROR.lib, PEM_ASN1_LIB_ERROR.reason, fn);
		return null;
	}
	return pemEncode(der);
}

/**
 * The bytes d2i may look at: `length` of them, but no more than the program's buffer holds (a read
 * past it is only performed if the decoder would really have needed those bytes).
 */
function readInput(n: NativeContext, p: CValue, length: number): { bytes: Uint8Array; clipped: boolean } {
	if (length <= 0) return { bytes: new Uint8Array(0), clipped: false };
	// Interior pointers (get0_ticket ...) have no fixed size here: read what the program asked for.
	if (p !== null && typeof p === 'object' && p.kind === 'mem' && p.block.region !== 'interior') {
		const avail = Math.max(0, p.block.size - p.offset);
		if (avail < length) return { bytes: n.readBytes(p, avail), clipped: true };
	}
	return { bytes: n.readBytes(p, length), clipped: false };
}

