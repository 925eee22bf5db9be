/** SSL: one connection. Holds refs on its ctx, its session_ctx (1.3) and its session. */
import { RefCounted } from './refcounted';
import type { SslMethod } from './method';
import type { SslCtx } from './ctx';
import type { SslSession } from './session';

export type SslSide = 'client' | 'server' | 'unset';
export type HandshakeState = 'before' | 'in-init' | 'done' | 'failed';

export const TLS1_2_VERSION = 0x0303;
export const TLS1_3_VERSION = 0x0304;

export class Ssl extends RefCounted {
	get cType(): 'SSL' {
		return 'SSL';
	}
	method: SslMethod;
	ctx: SslCtx;
	readonly sessionCtx: SslCtx;
	session: SslSession | null = null;
	side: SslSide;
	handshake: HandshakeState = 'before';
	shutdown = 0;
	/** The int mode given to SSL_set_quiet_shutdown (any non-zero value is on; the getter returns it). */
	quietShutdown: number;
	/** SSL_session_reused. */
	hit = false;
	/** SSL_version(): TLS 1.3 before any handshake with the TLS_*_method()s (2.2), then the negotiated one. */
	version = TLS1_3_VERSION;
	/** null: the ctx's version-flexible method; else the version-specific method a handshake switched to. */
	methodVersion: number | null = null;
	/** Verify result (taken from a session by SSL_set_session). */
	verifyResult = 0;
	options: number;
	verifyMode: number;
	sidCtx: Uint8Array;
	numTickets: number;
	maxEarlyData: number;
	minProto: number;
	maxProto: number;
	/** SNI: SSL_set_tlsext_host_name's name (client) or the name a server received (handshake/sni.ts). */
	serverName: string | null = null;
	/** A renegotiation was requested and not finished (SSL_clear then returns 0). */
	renegotiatePending = false;
	/** Opaque per-connection state for the handshake engine. */
	ext: Record<string, unknown> | null = null;

	constructor(n: number, ctx: SslCtx, line: number | null) {
		super(n, 'SSL', line);
		this.method = ctx.method;
		this.ctx = ctx;
		this.sessionCtx = ctx;
		this.side = ctx.method.side === 'server' ? 'server' : ctx.method.side === 'client' ? 'client' : 'unset';
		this.quietShutdown = ctx.quietShutdown;
		this.options = ctx.options;
		this.verifyMode = ctx.verifyMode;
		this.sidCtx = ctx.sidCtx.slice();
		this.numTickets = ctx.numTickets;
		this.maxEarlyData = ctx.maxEarlyData;
		this.minProto = ctx.minProto;
		this.maxProto = ctx.maxProto;
	}
}
