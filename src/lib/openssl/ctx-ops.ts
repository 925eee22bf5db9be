/** SSL_CTX lifecycle (2.3): creation, destruction (flush first, then `# free`, then 9.7 fallout). */
import type { World } from './world';
import { SslCtx } from './objects/ctx';
import { METHOD_DEFAULT_TIMEOUT, type SslMethod } from './objects/method';
import { emitCreated, emitFreed, fault, initialUnit, markFreed, registerDestroyer } from './ledger';
import { cacheFlush } from './cache/ops';
import { ctxView } from './views';

export function ctxNew(w: World, method: SslMethod, via = 'SSL_CTX_new'): SslCtx {
	const c = new SslCtx(w.nextNumber('SSL_CTX'), method, w.line);
	if (w.full) c.holders = [initialUnit(w, 'app', null, via)];
	emitCreated(w, c, via, () => ctxView(c));
	return c;
}

/** The timeout a handshake gives a new session: session_ctx's, 0 meaning the method default (1.4). */
export function sessionTimeoutFor(ctx: SslCtx): number {
	return ctx.timeout === 0 ? METHOD_DEFAULT_TIMEOUT : ctx.timeout;
}

registerDestroyer('SSL_CTX', (w, o, via) => {
	const ctx = o as SslCtx;
	// The flush runs while the context is still intact: remove callbacks get it as their argument.
	cacheFlush(w, ctx, 0, `${via} (flush of SSL_CTX being destroyed)`);
	emitFreed(w, ctx, via);
	markFreed(w, ctx, via);
	// Entries the flush could not reach (re-keyed, or dropped by a corrupting unlink) keep their cache ref: a leak.
	ctx.hash.clear();
	const cor = ctx.corruption;
	if (cor) {
		const y = cor.clobber;
		const how = `When ${cor.culprit.key} was added to another context's cache${cor.line !== null ? ` at line ${cor.line}` : ''} while it was still linked in this one, its unlink wrote ${y ? `a pointer to ${y.key}` : 'a pointer into this context'} into ${ctx.key}'s own structure (a session has a single pair of list links and one owner); destroying ${ctx.key} frees that pointer.`;
		if (y && y.freed) fault(w, 'use-after-free', y, `${via} frees a context field that was overwritten with a pointer to a destroyed session`, how);
		fault(w, 'invalid-free', y ?? ctx, `${via} frees a context field that was overwritten by a corrupting cache unlink`, how);
	}
});
