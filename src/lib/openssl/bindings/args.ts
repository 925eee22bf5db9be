/** CValue ↔ engine object conversion with OpenSSL's NULL behaviour and use-after-free checks. */
import type { CValue, OpaqueObject, Pointer } from '../../snippet/abi';
import type { World } from '../world';
import { SslCtx } from '../objects/ctx';
import { Ssl } from '../objects/ssl';
import { SslSession } from '../objects/session';
import { fault } from '../ledger';
import type { RefCounted } from '../objects/refcounted';

/**
 * 'crash': NULL is a null-dereference fault (OpenSSL dereferences without a check).
 * 'null': NULL is passed through (the caller returns its documented value).
 */
export type NullPolicy = 'crash' | 'null';

export function objOf(v: CValue): OpaqueObject | null {
	if (v === null || v === 0) return null;
	if (typeof v === 'object' && v.kind === 'obj') return v.object;
	return undefined as never;
}

function conv<T extends RefCounted>(w: World, v: CValue, cls: abstract new (...a: never[]) => T, type: string, fn: string, policy: NullPolicy, checkAlive: boolean): T | null {
	if (v === null || v === 0) {
		if (policy === 'crash') fault(w, 'null-dereference', null, `${fn} dereferences a NULL ${type} *`);
		return null;
	}
	if (typeof v !== 'object' || v.kind !== 'obj' || !(v.object instanceof cls)) {
		fault(w, 'invalid-free', null, `${fn} was given a pointer that is not an ${type}`);
	}
	const o = v.object as T;
	if (checkAlive && o.freed) fault(w, 'use-after-free', o, `${fn} reads ${o.key}, which was already destroyed`);
	return o;
}

export function sessionArg(w: World, v: CValue, fn: string, policy: 'crash'): SslSession;
export function sessionArg(w: World, v: CValue, fn: string, policy: NullPolicy, checkAlive?: boolean): SslSession | null;
export function sessionArg(w: World, v: CValue, fn: string, policy: NullPolicy, checkAlive = true): SslSession | null {
	// Fast path (every session call of the benchmark): a live SSL_SESSION pointer. A monomorphic
	// instanceof here instead of conv's shared one, which sees three classes.
	if (v !== null && typeof v === 'object' && v.kind === 'obj') {
		const o = v.object;
		if (o instanceof SslSession && !o.freed) return o;
	}
	return conv(w, v, SslSession, 'SSL_SESSION', fn, policy, checkAlive);
}
export function sslArg(w: World, v: CValue, fn: string, policy: 'crash'): Ssl;
export function sslArg(w: World, v: CValue, fn: string, policy: NullPolicy, checkAlive?: boolean): Ssl | null;
export function sslArg(w: World, v: CValue, fn: string, policy: NullPolicy, checkAlive = true): Ssl | null {
	if (v !== null && typeof v === 'object' && v.kind === 'obj') {
		const o = v.object;
		if (o instanceof Ssl && !o.freed) return o;
	}
	return conv(w, v, Ssl, 'SSL', fn, policy, checkAlive);
}
export function ctxArg(w: World, v: CValue, fn: string, policy: 'crash'): SslCtx;
export function ctxArg(w: World, v: CValue, fn: string, policy: NullPolicy, checkAlive?: boolean): SslCtx | null;
export function ctxArg(w: World, v: CValue, fn: string, policy: NullPolicy, checkAlive = true): SslCtx | null {
	if (v !== null && typeof v === 'object' && v.kind === 'obj') {
		const o = v.object;
		if (o instanceof SslCtx && !o.freed) return o;
	}
	return conv(w, v, SslCtx, 'SSL_CTX', fn, policy, checkAlive);
}

export function ptr(o: OpaqueObject | null): Pointer | null {
	return o === null ? null : { kind: 'obj', object: o };
}

export function num(v: CValue): number {
	if (typeof v === 'number') return v;
	if (v === null) return 0;
	throw new TypeError('expected an integer argument');
}

export function isNull(v: CValue): boolean {
	return v === null || v === 0;
}
