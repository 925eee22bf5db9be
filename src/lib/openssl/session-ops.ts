/**
 * SSL_SESSION lifecycle and the setters with side effects on a cache (time/timeout re-sort).
 * Plain field setters live in the bindings; these are the operations other engine parts need too.
 */
import type { World } from './world';
import type { HolderKind } from './snapshot';
import type { RefCounted } from './objects/refcounted';
import { SslSession } from './objects/session';
import { copySessionFields } from './session-fields';
import { assertAlive, emitCreated, emitFreed, initialUnit, markFreed, registerDestroyer } from './ledger';
import { listInsert } from './cache/list';
import { sessionView } from './views';

export interface HolderSpec {
	kind: HolderKind;
	holder: RefCounted | null;
	/** The API call or internal step: 'SSL_SESSION_new', 'handshake: ClientHello placeholder'. */
	via: string;
}

/** The default holder, shared (read only): no object per SSL_SESSION_new. */
const APP_NEW: HolderSpec = Object.freeze({ kind: 'app', holder: null, via: 'SSL_SESSION_new' });

/** A fresh session (1.4 defaults) whose one reference belongs to `holder`. `# new` is its last step. */
export function sessionNew(w: World, holder: HolderSpec = APP_NEW): SslSession {
	const s = new SslSession(w.nextNumber('SSL_SESSION'), w.now, w.line);
	if (w.full) s.holders = [initialUnit(w, holder.kind, holder.holder, holder.via)];
	announceCreated(w, s, holder.via);
	return s;
}

/**
 * emitCreated with the view closure built only when someone listens: kept out of sessionNew so that
 * `s` is not captured there (a captured variable costs a context allocation per call).
 */
function announceCreated(w: World, s: SslSession, via: string): void {
	if (w.full) emitCreated(w, s, via, () => sessionView(s));
	else if (w.wantsTrace) emitCreated(w, s, via, NO_VIEW); // trace mode: emitCreated never builds a view
	else w.register(s);
}

const NO_VIEW = (): never => {
	throw new Error('object views exist in full recording only');
};

export interface DupOptions {
	/**
	 * true: SSL_SESSION_dup (copies the ticket and not_resumable).
	 * false: the handshake's ssl_session_dup(src, 0) (no ticket, lifetime hint 0, not_resumable cleared).
	 */
	ticket: boolean;
}

/** SSL_SESSION_dup / ssl_session_dup: a copy with its own number and count 1, in no cache. */
export function sessionDup(w: World, src: SslSession, holder: HolderSpec, opts: DupOptions): SslSession {
	if (src.freed) assertAlive(w, src, `${holder.via} copies the session`);
	const s = new SslSession(w.nextNumber('SSL_SESSION'), w.now, w.line);
	s.fields = copySessionFields(src.fields);
	if (opts.ticket) s.notResumable = src.notResumable;
	else {
		s.fields.ticket = null;
		s.fields.ticketLifetimeHint = 0;
		s.notResumable = false;
	}
	s.recalc();
	if (src.exData) {
		// ex_data pointers are copied; the prelude's index 1 keeps the copy's own number.
		s.exData = new Map([...src.exData].filter(([i]) => i !== 1));
	}
	if (src.ext) s.ext = { ...src.ext };
	if (w.full) s.holders = [initialUnit(w, holder.kind, holder.holder, holder.via)];
	announceCreated(w, s, holder.via);
	return s;
}

registerDestroyer('SSL_SESSION', (w, o, via) => {
	// `# free SSL_SESSION#n` is the first step of destruction; the cache is NOT told (section 9).
	emitFreed(w, o, via);
	markFreed(w, o, via);
});

/** SSL_SESSION_set_time: re-sorts a cached session; fails (0) if its cache is locked. */
export function sessionSetTime(w: World, s: SslSession, t: number): number {
	assertAlive(w, s, 'SSL_SESSION_set_time writes the session');
	const owner = s.owner;
	if (owner && owner.locked > 0) return 0;
	s.fields.time = t;
	s.recalc();
	if (owner) listInsert(w, owner, s);
	w.touch(s);
	return t;
}

/** SSL_SESSION_set_timeout: negative rejected; re-sorts a cached session. */
export function sessionSetTimeout(w: World, s: SslSession, t: number): number {
	assertAlive(w, s, 'SSL_SESSION_set_timeout writes the session');
	if (t < 0) return 0;
	const owner = s.owner;
	if (owner && owner.locked > 0) return 0;
	s.fields.timeout = t;
	s.recalc();
	if (owner) listInsert(w, owner, s);
	w.touch(s);
	return 1;
}

/** Ticket/id and other plain field changes made by other parts: call after mutating s.fields. */
export function sessionChanged(w: World, s: SslSession): void {
	s.recalc();
	w.touch(s);
}
