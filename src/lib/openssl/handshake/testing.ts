/**
 * Test kit: drive the engine + handshake through the TS API the way a snippet does through the
 * bindings, collecting the transcript (program output interleaved with `# new` / `# free` lines)
 * so tests can compare it with real OpenSSL's transcripts.
 */
import { World } from '../world';
import { ctxNew } from '../ctx-ops';
import { sslNew, sslSetSession } from '../ssl-ops';
import { releaseRef, takeRef } from '../ledger';
import { TLS_CLIENT_METHOD, TLS_SERVER_METHOD, TLS_METHOD } from '../objects/method';
import type { SslCtx } from '../objects/ctx';
import type { Ssl } from '../objects/ssl';
import type { SslSession } from '../objects/session';
import { connectPair, shutdownPair } from './pair';
import './index';

export class Lab {
	readonly w: World;
	readonly out: string[] = [];
	constructor(now = 1700000000) {
		this.w = new World({ now, record: 'full' });
		this.w.subscribe((e) => {
			if (e.type === 'object-created') this.out.push(`# new ${e.key}`);
			else if (e.type === 'object-freed') this.out.push(`# free ${e.key}`);
		});
	}
	print(line: string): void {
		this.out.push(line);
	}
	serverCtx(): SslCtx {
		return ctxNew(this.w, TLS_SERVER_METHOD);
	}
	clientCtx(): SslCtx {
		return ctxNew(this.w, TLS_CLIENT_METHOD);
	}
	genericCtx(): SslCtx {
		return ctxNew(this.w, TLS_METHOD);
	}
	ssl(ctx: SslCtx): Ssl {
		return sslNew(this.w, ctx);
	}
	freeSsl(ssl: Ssl): void {
		releaseRef(this.w, ssl, 'app', null, 'SSL_free');
	}
	freeCtx(ctx: SslCtx): void {
		releaseRef(this.w, ctx, 'app', null, 'SSL_CTX_free');
	}
	freeSession(s: SslSession | null): void {
		if (s) releaseRef(this.w, s, 'app', null, 'SSL_SESSION_free');
	}
	get1(ssl: Ssl): SslSession | null {
		const s = ssl.session;
		if (s) takeRef(this.w, s, 'app', null, 'SSL_get1_session');
		return s;
	}
	setSession(ssl: Ssl, s: SslSession | null): number {
		return sslSetSession(this.w, ssl, s);
	}
	onNew(ctx: SslCtx, fn: (ssl: Ssl, s: SslSession) => number): void {
		ctx.newCb = { name: 'on_new', pointer: null, invoke: fn };
	}
	onRemove(ctx: SslCtx, fn: (ctx: SslCtx, s: SslSession) => void): void {
		ctx.removeCb = { name: 'on_remove', pointer: null, invoke: fn };
	}
	onGet(ctx: SslCtx, fn: (ssl: Ssl, id: Uint8Array, copy: { value: number }) => SslSession | null): void {
		ctx.getCb = { name: 'on_get', pointer: null, invoke: fn };
	}
}

/** `#n` of a session as the snippets print it (0 for NULL). */
export const num = (s: SslSession | null): number => (s ? s.n : 0);

/** Run one connection with an optional session to resume; returns the client's session (get1). */
export function conn(lab: Lab, cctx: SslCtx, sctx: SslCtx, resume: SslSession | null = null): { r: number; c: Ssl; s: Ssl; got: SslSession | null } {
	const c = lab.ssl(cctx);
	const s = lab.ssl(sctx);
	if (resume) lab.setSession(c, resume);
	const r = connectPair(lab.w, c, s);
	const got = lab.get1(c);
	return { r, c, s, got };
}

export function close(lab: Lab, x: { c: Ssl; s: Ssl }): void {
	shutdownPair(lab.w, x.c, x.s);
	lab.freeSsl(x.c);
	lab.freeSsl(x.s);
}

export const since = (lab: Lab, mark: number) => lab.out.slice(mark);
