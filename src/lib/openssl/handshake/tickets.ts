/**
 * Stateless session tickets without cryptography, but with the shape of real ones: a 16-byte key
 * name, a 16-byte IV, the session's DER padded to the cipher block (PKCS#7, 16 bytes) and masked,
 * and a 32-byte MAC — so tickets have the lengths real OpenSSL 3.0 gives them (160 bytes for a
 * TLS 1.2 server session, 208 for TLS 1.3, verified with run-real). Only the SSL_CTX whose keys made
 * a ticket can open it (the key name identifies them), as with real ticket keys; the keys live in the
 * context's opaque slot and come from the World's seeded PRNG.
 */
import type { World } from '../world';
import type { SslCtx } from '../objects/ctx';
import type { SslSession } from '../objects/session';
import { sha256 } from './sha256';
import { randomBytes } from './random';
import { decodeHeld, der, releaseInternal } from './ops';

interface TicketKeys {
	name: Uint8Array;
	secret: Uint8Array;
}

const NAME_LEN = 16;
const IV_LEN = 16;
const MAC_LEN = 32;
const BLOCK = 16;

function keysOf(w: World, ctx: SslCtx): TicketKeys {
	const ext = (ctx.ext ??= {});
	let keys = ext.ticketKeys as TicketKeys | undefined;
	if (!keys) {
		keys = { name: randomBytes(w, NAME_LEN), secret: randomBytes(w, 32) };
		ext.ticketKeys = keys;
	}
	return keys;
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}

function mask(secret: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(data.length);
	for (let block = 0; block * 32 < data.length; block++) {
		const ks = sha256(concat(secret, iv, Uint8Array.of(block >> 8, block & 0xff)));
		for (let i = 0; i < 32 && block * 32 + i < data.length; i++) out[block * 32 + i] = data[block * 32 + i] ^ ks[i];
	}
	return out;
}

const mac = (keys: TicketKeys, iv: Uint8Array, body: Uint8Array) => sha256(concat(keys.secret, keys.name, iv, body));

/** The length of the ticket for a DER of `derLen` bytes. */
export function ticketLength(derLen: number): number {
	return NAME_LEN + IV_LEN + (Math.floor(derLen / BLOCK) + 1) * BLOCK + MAC_LEN;
}

/** Seal a session's DER with ctx's ticket keys. */
export function sealTicket(w: World, ctx: SslCtx, body: Uint8Array): Uint8Array {
	const keys = keysOf(w, ctx);
	const iv = randomBytes(w, IV_LEN);
	const pad = BLOCK - (body.length % BLOCK);
	const plain = concat(body, new Uint8Array(pad).fill(pad));
	const sealed = mask(keys.secret, iv, plain);
	return concat(keys.name, iv, sealed, mac(keys, iv, sealed));
}

/** The DER inside a ticket if ctx's keys made it, else null (decryption failure: no session object). */
export function openTicket(w: World, ctx: SslCtx, ticket: Uint8Array): Uint8Array | null {
	const keys = keysOf(w, ctx);
	if (ticket.length < NAME_LEN + IV_LEN + BLOCK + MAC_LEN) return null;
	const name = ticket.subarray(0, NAME_LEN);
	if (!name.every((b, i) => b === keys.name[i])) return null;
	const iv = ticket.subarray(NAME_LEN, NAME_LEN + IV_LEN);
	const body = ticket.subarray(NAME_LEN + IV_LEN, ticket.length - MAC_LEN);
	const tag = ticket.subarray(ticket.length - MAC_LEN);
	const want = mac(keys, iv, body);
	if (!tag.every((b, i) => b === want[i])) return null;
	const plain = mask(keys.secret, iv, body);
	const pad = plain[plain.length - 1];
	if (pad < 1 || pad > BLOCK) return null;
	return plain.subarray(0, plain.length - pad);
}

/**
 * tls_construct_new_session_ticket's stateless branch: encode ssl->session, decode it into a private
 * copy (`# new`), re-encode the copy and free it (`# free`), seal the result with session_ctx's keys.
 */
export function issueStatelessTicket(w: World, sessionCtx: SslCtx, sess: SslSession): Uint8Array {
	const copy = decodeHeld(w, der(sess), 'handshake: ticket encode copy');
	let body: Uint8Array;
	if (copy) {
		body = der(copy);
		releaseInternal(w, copy, 'handshake: ticket encode copy');
	} else body = der(sess);
	return sealTicket(w, sessionCtx, body);
}
