/**
 * Protocol version ranges and negotiation: min/max proto versions (0 = no limit) and the
 * SSL_OP_NO_TLSv1* options (checked against real OpenSSL 3.0, conformance/cases/engine-no-tls-options.c).
 */
import type { Ssl } from '../objects/ssl';
import { TLS1_VERSION, TLS1_3_VERSION } from './constants';

export interface Range {
	lo: number;
	hi: number;
}

/** SSL_OP_NO_TLSv1, _1_1, _1_2, _1_3 by version. */
const NO_VERSION_OPTION: Record<number, number> = {
	0x0301: 2 ** 26,
	0x0302: 2 ** 28,
	0x0303: 2 ** 27,
	0x0304: 2 ** 29
};

function disabled(ssl: Ssl, v: number): boolean {
	if (v < TLS1_VERSION) return true; // SSLv3 is not built into OpenSSL 3.0 packages
	const bit = NO_VERSION_OPTION[v];
	return bit !== undefined && Math.floor(ssl.options / bit) % 2 === 1;
}

function boundsOf(ssl: Ssl): Range {
	return { lo: ssl.minProto || TLS1_VERSION, hi: ssl.maxProto || TLS1_3_VERSION };
}

/**
 * The versions this SSL may offer: the bounds, narrowed by the NO_TLSv1* options to one contiguous
 * block — with a hole, the lowest block wins (observed: a client with only SSL_OP_NO_TLSv1_2 offers
 * TLS 1.0-1.1). When the options disable every version the bounds are returned unchanged.
 */
export function rangeOf(ssl: Ssl): Range {
	return enabledRange(ssl) ?? boundsOf(ssl);
}

/** The contiguous block rangeOf describes, or null when the NO_TLSv1* options leave no version. */
export function enabledRange(ssl: Ssl): Range | null {
	const b = boundsOf(ssl);
	let block: Range | null = null;
	let hole = true;
	for (let v = b.hi; v >= b.lo; v--) {
		if (disabled(ssl, v)) hole = true;
		else if (hole || !block) {
			block = { lo: v, hi: v };
			hole = false;
		} else block.lo = v;
	}
	return block;
}

/**
 * No version is enabled (bounds crossed, SSLv3 only, or every one switched off by an option): real
 * OpenSSL fails at the start of the handshake with "no protocols available", before counting it.
 */
export function noVersionEnabled(ssl: Ssl): boolean {
	return enabledRange(ssl) === null;
}

export function inRange(v: number, r: Range): boolean {
	return v >= r.lo && v <= r.hi;
}

/** The highest version both sides allow, or 0 when there is none. */
export function negotiate(client: Range, server: Range): number {
	const hi = Math.min(client.hi, server.hi);
	const lo = Math.max(client.lo, server.lo);
	return hi >= lo ? hi : 0;
}

/** The server's choice: the highest version the client offers that the server enables on its own (no block rule). */
export function serverChoice(client: Range, server: Ssl): number {
	const b = boundsOf(server);
	for (let v = Math.min(client.hi, b.hi); v >= Math.max(client.lo, b.lo); v--) if (!disabled(server, v)) return v;
	return 0;
}
