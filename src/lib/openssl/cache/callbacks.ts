/** Invoking the program's session callbacks, with the events that show them. */
import type { World } from '../world';
import type { SslCtx, StatName } from '../objects/ctx';
import type { SslSession } from '../objects/session';
import type { Ssl } from '../objects/ssl';
import { noteBorrow, releaseRef, takeRef } from '../ledger';

export function incStat(w: World, ctx: SslCtx, name: StatName, delta = 1): void {
	ctx.stats[name] += delta;
	if (w.full) w.emit({ type: 'counter-incremented', line: w.line, ctx: ctx.key, counter: name, value: ctx.stats[name], delta });
}

/** remove_session_cb(ctx, s): s is borrowed, valid during the call. */
export function callRemoveCb(w: World, ctx: SslCtx, s: SslSession): void {
	const cb = ctx.removeCb;
	if (!cb) return;
	if (w.full) {
		w.emit({ type: 'callback-invoked', line: w.line, ctx: ctx.key, callback: 'remove', name: cb.name, ssl: null, session: s.key, locked: ctx.locked > 0 });
		noteBorrow(w, s, 'the remove_session_cb argument', null);
	}
	cb.invoke(ctx, s);
}

/** new_session_cb(ssl, s) on session_ctx; returns the callback's int. */
export function callNewCb(w: World, ctx: SslCtx, ssl: Ssl, s: SslSession): number {
	const cb = ctx.newCb;
	if (!cb) return 0;
	if (w.full) w.emit({ type: 'callback-invoked', line: w.line, ctx: ctx.key, callback: 'new', name: cb.name, ssl: ssl.key, session: s.key, locked: false });
	return cb.invoke(ssl, s);
}

/** get_session_cb(ssl, id, len, &copy) on session_ctx. */
export function callGetCb(w: World, ctx: SslCtx, ssl: Ssl, id: Uint8Array, copy: { value: number }): SslSession | null {
	const cb = ctx.getCb;
	if (!cb) return null;
	if (w.full) w.emit({ type: 'callback-invoked', line: w.line, ctx: ctx.key, callback: 'get', name: cb.name, ssl: ssl.key, session: null, locked: false });
	return cb.invoke(ssl, id, copy);
}

/**
 * 5.2 as a whole: one reference for the application, the callback, and the release of that
 * reference if the callback returned 0 ("not kept"). Returns the callback's result (0 without one).
 */
export function announceNewSession(w: World, ctx: SslCtx, ssl: Ssl, s: SslSession): number {
	if (!ctx.newCb) return 0;
	takeRef(w, s, 'app', null, 'new_session_cb');
	const r = callNewCb(w, ctx, ssl, s);
	if (r === 0) releaseRef(w, s, 'app', null, 'new_session_cb returned 0');
	return r;
}
