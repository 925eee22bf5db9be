/** Protocol version ranges and negotiation (min/max proto versions; 0 = no limit). */
import type { Ssl } from '../objects/ssl';
import { TLS1_VERSION, TLS1_3_VERSION } from './constants';

export interface Range {
	lo: number;
	hi: number;
}

export function rangeOf(ssl: Ssl): Range {
	return { lo: ssl.minProto || TLS1_VERSION, hi: ssl.maxProto || TLS1_3_VERSION };
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
