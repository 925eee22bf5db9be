/**
 * Live object → snapshot view (snapshot.ts). Used for the object-created event payload, for
 * `world.liveSnapshot()` (which tests compare with the replayed snapshot) and for field diffs.
 */
import type { CtxView, SessionView, SslView } from './snapshot';
import type { ObjectView } from './events';
import { SslCtx, STAT_NAMES } from './objects/ctx';
import { Ssl } from './objects/ssl';
import { SslSession } from './objects/session';
import type { RefCounted } from './objects/refcounted';

const HEX = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));
/**
 * Ids are replaced, never edited in place, so the hex text can be cached per array (a pure memo:
 * losing it changes nothing). join() gives one flat string; `+=` would leave a tree of ~30
 * concatenation nodes (≈ 900 bytes) alive beside every cached session id.
 */
const hexCache = new WeakMap<Uint8Array, string>();
function hex(b: Uint8Array): string {
	let s = hexCache.get(b);
	if (s === undefined) hexCache.set(b, (s = hexText(b)));
	return s;
}

/** Lower-case hex of the bytes, not cached (for one-off values such as a field-changed event's). */
export function hexText(b: Uint8Array): string {
	const parts = new Array<string>(b.length);
	for (let i = 0; i < b.length; i++) parts[i] = HEX[b[i]];
	return parts.join('');
}

function base(o: RefCounted) {
	return {
		key: o.key,
		n: o.n,
		refcount: o.refs,
		freed: o.freed,
		holders: o.holders.map((u) => ({ ...u })),
		createdLine: o.createdLine,
		freedLine: o.freedLine
	};
}

/** The fields of a view that change through field-changed events (not refs, cache lists or stats). */
export function mutableFields(o: RefCounted): Record<string, unknown> {
	if (o instanceof SslSession) {
		const f = o.fields;
		return {
			version: f.sslVersion,
			id: hex(f.sessionId),
			time: f.time,
			timeout: f.timeout,
			expiry: o.timeoutOvf ? null : o.calcTimeout,
			resumable: o.resumable,
			notResumable: o.notResumable,
			hasTicket: f.ticket !== null && f.ticket.length > 0,
			owner: o.owner ? o.owner.key : null
		};
	}
	if (o instanceof Ssl) {
		return {
			side: o.side,
			ctx: o.ctx.key,
			sessionCtx: o.sessionCtx.key,
			session: o.session ? o.session.key : null,
			handshake: o.handshake,
			shutdown: o.shutdown,
			reused: o.hit
		};
	}
	const c = o as SslCtx;
	return {
		mode: c.mode,
		timeout: c.timeout,
		'cache.sizeLimit': c.cacheSize,
		callbacks: {
			new: c.newCb ? c.newCb.name : null,
			remove: c.removeCb ? c.removeCb.name : null,
			get: c.getCb ? c.getCb.name : null
		}
	};
}

export function sessionView(s: SslSession): SessionView {
	const f = s.fields;
	return {
		key: s.key,
		n: s.n,
		refcount: s.refs,
		freed: s.freed,
		holders: s.holders.map((u) => ({ ...u })),
		createdLine: s.createdLine,
		freedLine: s.freedLine,
		type: 'SSL_SESSION',
		version: f.sslVersion,
		id: hex(f.sessionId),
		time: f.time,
		timeout: f.timeout,
		expiry: s.timeoutOvf ? null : s.calcTimeout,
		resumable: s.resumable,
		notResumable: s.notResumable,
		hasTicket: f.ticket !== null && f.ticket.length > 0,
		owner: s.owner ? s.owner.key : null
	};
}

export function sslView(s: Ssl): SslView {
	return { ...base(s), type: 'SSL', ...(mutableFields(s) as Omit<SslView, keyof ReturnType<typeof base> | 'type'>) };
}

/** Cache entries from head to tail (bounded walk: links can be corrupt). */
export function cacheEntries(c: SslCtx): string[] {
	const out: string[] = [];
	let guard = c.hash.size + 100000;
	for (let e = c.head; e !== null && guard-- > 0; e = e.next) out.push(e.key);
	return out;
}

export function ctxView(c: SslCtx): CtxView {
	const m = mutableFields(c) as { mode: number; timeout: number; 'cache.sizeLimit': number; callbacks: CtxView['callbacks'] };
	const stats: Record<string, number> = {};
	for (const k of STAT_NAMES) stats[k] = c.stats[k];
	return {
		...base(c),
		type: 'SSL_CTX',
		mode: m.mode,
		timeout: m.timeout,
		cache: { entries: cacheEntries(c), number: c.hash.size, sizeLimit: m['cache.sizeLimit'] },
		stats,
		callbacks: m.callbacks
	};
}

export function viewOf(o: RefCounted): ObjectView {
	if (o instanceof SslSession) return sessionView(o);
	if (o instanceof Ssl) return sslView(o);
	return ctxView(o as SslCtx);
}
