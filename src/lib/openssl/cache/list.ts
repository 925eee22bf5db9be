/**
 * The cache's doubly linked list, sorted by expiry (3.2), with one pair of links per session.
 * Unlinking a session that is linked into *another* context's list reproduces 9.7: the other list
 * silently loses it and, when it was that list's head, a pointer is written into the other
 * context's own structure (CtxCorruption), which its destruction later trips over.
 */
import type { World } from '../world';
import type { SslCtx } from '../objects/ctx';
import { compareExpiry, type SslSession } from '../objects/session';
import type { CacheRemoveReason } from '../events';


function detach(ctx: SslCtx, s: SslSession): void {
	if (s.prev) s.prev.next = s.next;
	else ctx.head = s.next;
	if (s.next) s.next.prev = s.prev;
	else ctx.tail = s.prev;
	ctx.listLength--;
}

/** SSL_SESSION_list_remove(ctx, s). Does nothing if s is not linked. */
export function listUnlink(w: World, ctx: SslCtx, s: SslSession, reason: CacheRemoveReason): void {
	const owner = s.owner;
	if (owner === null) return;
	if (owner !== ctx) {
		// The unlink uses ctx's head/tail as reference but s sits in owner's list (9.7).
		const wasHead = owner.head === s;
		const wasTail = owner.tail === s;
		if (wasHead && !owner.corruption) owner.corruption = { clobber: wasTail ? null : s.next, culprit: s, line: w.line };
		if (wasTail && !wasHead && !owner.staleTail) owner.staleTail = s;
		detach(owner, s);
		if (w.full) w.emit({ type: 'cache-remove', line: w.line, ctx: owner.key, session: s.key, reason: 'corrupt', list: true, hash: false });
	} else {
		detach(ctx, s);
		if (w.full && reason !== 'replace') w.emit({ type: 'cache-remove', line: w.line, ctx: ctx.key, session: s.key, reason, list: true, hash: false });
	}
	s.prev = s.next = null;
	s.owner = null;
	w.touch(s);
}

/** SSL_SESSION_list_add(ctx, s): (re)insert at its sorted position. */
export function listInsert(w: World, ctx: SslCtx, s: SslSession): void {
	if (s.owner !== null) listUnlink(w, ctx, s, 'resort');
	let index = 0;
	const head = ctx.head;
	const tail = ctx.tail;
	if (head === null || tail === null) {
		ctx.head = ctx.tail = s;
		s.prev = s.next = null;
	} else if (compareExpiry(s, head) >= 0) {
		s.next = head;
		s.prev = null;
		head.prev = s;
		ctx.head = s;
	} else if (compareExpiry(s, tail) < 0) {
		index = ctx.listLength;
		s.prev = tail;
		s.next = null;
		tail.next = s;
		ctx.tail = s;
	} else {
		index = 1;
		let e = head.next;
		while (e !== null && compareExpiry(s, e) < 0) {
			e = e.next;
			index++;
		}
		// e cannot be null: s >= tail here.
		const before = e as SslSession;
		s.next = before;
		s.prev = before.prev;
		if (before.prev) before.prev.next = s;
		before.prev = s;
	}
	ctx.listLength++;
	s.owner = ctx;
	if (w.full) w.emit({ type: 'cache-insert', line: w.line, ctx: ctx.key, session: s.key, index, list: true, hash: false });
	w.touch(s);
}
