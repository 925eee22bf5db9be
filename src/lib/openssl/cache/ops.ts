/**
 * The cache operations of semantics 3.3–3.6: add (with eviction), remove, flush, lookup.
 * "Locked" = the ctx's cache write lock is held (flush and eviction run their remove callbacks
 * under it); a nested cache call on the same ctx cannot take the lock and gives up (9.10).
 */
import type { World } from '../world';
import type { SslCtx } from '../objects/ctx';
import type { SslSession } from '../objects/session';
import { assertAlive, fault, releaseRef, takeRef } from '../ledger';
import { LimitExceeded } from '../../snippet/faults';
import { listInsert, listUnlink } from './list';
import { hashCount } from './hash';
import { callRemoveCb, incStat } from './callbacks';
import { SSL_SESS_CACHE_UPDATE_TIME } from '../constants';

/** SSL_CTX_add_session (3.3). Returns 1 for a new entry, 0 for a re-add (or when the lock is taken). */
export function cacheAdd(w: World, ctx: SslCtx, c: SslSession, via = 'SSL_CTX_add_session'): number {
	if (c.freed) assertAlive(w, c, `${via} reads the session`);
	if (ctx.locked > 0) return 0; // up_ref, lock fails, free: no net effect
	takeRef(w, c, 'cache', ctx, via);
	ctx.locked++;
	try {
		const old = ctx.hash.insert(w, c, via);
		let isNew: boolean;
		if (old !== null && old !== c) {
			if (w.full) {
				w.emit({ type: 'cache-remove', line: w.line, ctx: ctx.key, session: old.key, reason: 'replace', list: old.owner === ctx, hash: true });
				w.emit({ type: 'cache-insert', line: w.line, ctx: ctx.key, session: c.key, index: -1, list: false, hash: true });
			}
			listUnlink(w, ctx, old, 'replace');
			releaseRef(w, old, 'cache', ctx, `${via} (replaced by ${c.key})`);
			isNew = true;
		} else {
			isNew = old === null;
			if (isNew && w.full) w.emit({ type: 'cache-insert', line: w.line, ctx: ctx.key, session: c.key, index: -1, list: false, hash: true });
		}
		if (ctx.mode & SSL_SESS_CACHE_UPDATE_TIME) {
			c.fields.time = w.now;
			c.recalc();
			w.touch(c);
		}
		if (isNew && ctx.cacheSize > 0) {
			const x = ctx.staleTail;
			if (x && hashCount(ctx) >= ctx.cacheSize && (x.freed || x.owner?.freed)) staleTailWalk(w, ctx, 'eviction');
			while (hashCount(ctx) >= ctx.cacheSize) {
				if (!removeEntry(w, ctx, ctx.tail, 'evict')) break;
				incStat(w, ctx, 'cache_full');
			}
		}
		listInsert(w, ctx, c);
		if (!isNew) {
			releaseRef(w, c, 'cache', ctx, `${via} (already cached)`);
			return 0;
		}
		return 1;
	} finally {
		ctx.locked--;
	}
}

/**
 * remove_session_lock(ctx, c, lck) (3.4). With reason 'evict' the caller holds the lock; otherwise
 * it is taken for the hash/list part and released before the callback.
 */
export function removeEntry(w: World, ctx: SslCtx, c: SslSession | null, reason: 'remove' | 'evict', via = 'SSL_CTX_remove_session'): number {
	if (c === null) return 0;
	if (c.freed) assertAlive(w, c, reason === 'evict' ? 'eviction reads the cache tail' : `${via} reads the session`);
	if (c.fields.sessionId.length === 0) return 0;
	if (reason === 'remove' && ctx.locked > 0) return 0; // the write lock cannot be taken: nothing at all
	const r = ctx.hash.delete(w, c, reason === 'evict' ? 'eviction' : via);
	if (r !== null) {
		if (w.full) w.emit({ type: 'cache-remove', line: w.line, ctx: ctx.key, session: r.key, reason, list: false, hash: true });
		listUnlink(w, ctx, r, reason);
	}
	c.notResumable = true;
	w.touch(c);
	callRemoveCb(w, ctx, c);
	if (r !== null) releaseRef(w, r, 'cache', ctx, reason === 'evict' ? 'eviction (cache full)' : via);
	return r !== null ? 1 : 0;
}

/** SSL_CTX_flush_sessions (3.6): all callbacks under the lock, then all releases. */
export function cacheFlush(w: World, ctx: SslCtx, t: number, via = 'SSL_CTX_flush_sessions'): void {
	if (ctx.locked > 0) return;
	const removed: SslSession[] = [];
	if (ctx.staleTail) {
		// The walk starts at the stale tail: it reads it (a fault if freed) and stops if it is still live.
		const x = ctx.staleTail;
		if (!x.freed && t !== 0 && !x.expiredAt(t)) return;
		staleTailWalk(w, ctx, via);
	}
	if (w.full) w.emit({ type: 'cache-flush', line: w.line, ctx: ctx.key, t, phase: 'start', removed: 0 });
	ctx.locked++;
	try {
		while (ctx.tail !== null) {
			const s = ctx.tail;
			if (s.freed) assertAlive(w, s, `${via} walks the cache list from the tail`);
			if (t === 0 || s.expiredAt(t)) {
				const deleted = ctx.hash.delete(w, s, via) !== null;
				if (w.full && deleted) w.emit({ type: 'cache-remove', line: w.line, ctx: ctx.key, session: s.key, reason: 'flush', list: false, hash: true });
				listUnlink(w, ctx, s, 'flush');
				s.notResumable = true;
				w.touch(s);
				callRemoveCb(w, ctx, s);
				removed.push(s);
			} else break;
		}
	} finally {
		ctx.locked--;
	}
	for (const s of removed) releaseRef(w, s, 'cache', ctx, via);
	if (w.full) w.emit({ type: 'cache-flush', line: w.line, ctx: ctx.key, t, phase: 'end', removed: removed.length });
}

/** Hash lookup by (version, id) without refs or stats (SSL_has_matching_session_id, lookups). */
export function cacheFind(w: World, ctx: SslCtx, version: number, id: Uint8Array, via: string): SslSession | null {
	if (ctx.locked > 0) return null; // read lock refused while this thread holds the write lock
	return ctx.hash.find(w, version, id, via);
}

export { hashCount as cacheNumber };

/**
 * A flush starting at a stale tail (9.7, tail case): OpenSSL unlinks that session through the other
 * context's links and then re-examines the same tail for ever. Touching freed memory on the way is a
 * use-after-free; otherwise the run would hang, so it stops with a run-time limit and an explanation.
 */
function staleTailWalk(w: World, ctx: SslCtx, via: string): never {
	const x = ctx.staleTail as SslSession;
	const why = `${x.key} was the tail of ${ctx.key}'s cache list when it was added to another context's cache; a session has one pair of list links, so ${ctx.key}'s tail pointer still names it while it lives in the other list.`;
	if (x.freed) fault(w, 'use-after-free', x, `${via} walks the cache list from its stale tail`, why);
	const other = x.owner;
	if (other && other.freed) fault(w, 'use-after-free', other, `${via} unlinks ${x.key} through the links of a destroyed context`, why);
	throw new LimitExceeded(`${via} would never finish: ${why} Real OpenSSL re-examines that tail for ever.`, w.line ?? 0);
}
