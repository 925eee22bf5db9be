/**
 * The cache's hash table. Key = (protocol version, id length, id bytes) as they were when the
 * session was inserted; entries compare with the session's *current* fields, so a session re-keyed
 * while cached (9.8) is neither found nor deleted any more, and comparing with a freed entry is a
 * use-after-free.
 */
import type { World } from '../world';
import type { SslCtx } from '../objects/ctx';
import type { SslSession } from '../objects/session';
import { fault } from '../ledger';

export function hashKey(version: number, id: Uint8Array): string {
	let k = String.fromCharCode(version & 0xffff, (version >>> 16) & 0xffff, id.length);
	for (let i = 0; i < id.length; i++) k += String.fromCharCode(id[i]);
	return k;
}

export function sessionKey(s: SslSession): string {
	return hashKey(s.fields.sslVersion, s.fields.sessionId);
}

/** Entries moved aside when another session was inserted under a stale entry's key (9.8 corner). */
const stale = new WeakMap<SslCtx, SslSession[]>();

/** SSL_CTX_sess_number: hash entries, stale ones included. */
export function hashCount(ctx: SslCtx): number {
	return ctx.hash.size + (stale.get(ctx)?.length ?? 0);
}

/** lh_retrieve: the entry equal to (key), comparing through the stored session. */
export function hashLookup(w: World, ctx: SslCtx, key: string, access: string): SslSession | null {
	const e = ctx.hash.get(key);
	if (e === undefined) return null;
	if (e.freed) fault(w, 'use-after-free', e, `${access} compares with a cache entry that was already destroyed`);
	return sessionKey(e) === key ? e : null;
}

/** lh_insert: returns the replaced equal entry (or null). */
export function hashInsert(w: World, ctx: SslCtx, s: SslSession, access: string): SslSession | null {
	const key = sessionKey(s);
	const e = ctx.hash.get(key);
	if (e !== undefined) {
		if (e.freed) fault(w, 'use-after-free', e, `${access} compares with a cache entry that was already destroyed`);
		if (e !== s && sessionKey(e) !== key) {
			// Re-keyed entry in the way: both stay in the table.
			let l = stale.get(ctx);
			if (!l) stale.set(ctx, (l = []));
			l.push(e);
			ctx.hash.set(key, s);
			return null;
		}
	}
	ctx.hash.set(key, s);
	return e === undefined ? null : e;
}

/** lh_delete(s): finds the entry by s's current key; a re-keyed entry stays behind. */
export function hashDelete(w: World, ctx: SslCtx, s: SslSession, access: string): boolean {
	const key = sessionKey(s);
	const e = hashLookup(w, ctx, key, access);
	if (e === null) return false;
	ctx.hash.delete(key);
	return true;
}

/** Drop every hash entry (SSL_CTX destruction frees the table, not the sessions). */
export function hashClear(ctx: SslCtx): SslSession[] {
	const left = [...ctx.hash.values(), ...(stale.get(ctx) ?? [])];
	ctx.hash.clear();
	stale.delete(ctx);
	return left;
}
