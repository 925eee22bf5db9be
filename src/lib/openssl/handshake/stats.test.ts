/** Section 6 counters (per-scenario table) and the automatic flush of 3.7, through connect_pair. */
import { describe, expect, it } from 'vitest';
import { Lab } from './testing';
import { connectPair, shutdownPair } from './pair';
import { sslSetSslCtx } from '../ssl-ops';
import { SSL_OP_NO_TICKET, SSL_SESS_CACHE_CLIENT, SSL_SESS_CACHE_NO_AUTO_CLEAR, SSL_SESS_CACHE_SERVER, TLS1_2_VERSION, TLS1_3_VERSION } from './constants';
import type { SslCtx } from '../objects/ctx';
import type { SslSession } from '../objects/session';

function connect(lab: Lab, cctx: SslCtx, sctx: SslCtx, resume: SslSession | null = null): SslSession | null {
	const c = lab.ssl(cctx);
	const s = lab.ssl(sctx);
	if (resume) lab.setSession(c, resume);
	connectPair(lab.w, c, s);
	const got = lab.get1(c);
	shutdownPair(lab.w, c, s);
	lab.freeSsl(c);
	lab.freeSsl(s);
	return got;
}

const server = (c: SslCtx) => [c.stats.accept, c.stats.accept_good, c.stats.hits, c.stats.misses, c.stats.timeouts];
const client = (c: SslCtx) => [c.stats.connect, c.stats.connect_good, c.stats.hits, c.stats.misses];

describe('statistics counters (section 6)', () => {
	const scenarios: [string, number, number][] = [
		['TLS 1.2 ids', TLS1_2_VERSION, SSL_OP_NO_TICKET],
		['TLS 1.2 tickets', TLS1_2_VERSION, 0],
		['TLS 1.3', TLS1_3_VERSION, 0]
	];
	for (const [name, version, sopts] of scenarios) {
		it(`a resumed ${name} connection counts accept/connect, good and hits on both sides, no miss`, () => {
			const lab = new Lab();
			const sctx = lab.serverCtx();
			const cctx = lab.clientCtx();
			cctx.maxProto = version;
			sctx.options |= sopts;
			const s1 = connect(lab, cctx, sctx);
			expect([server(sctx), client(cctx)]).toEqual([
				[1, 1, 0, 0, 0],
				[1, 1, 0, 0]
			]);
			connect(lab, cctx, sctx, s1);
			expect([server(sctx), client(cctx)]).toEqual([
				[2, 2, 1, 0, 0],
				[2, 2, 1, 0]
			]);
		});
	}

	it('a TLS 1.3-capable client against a TLS 1.2 server makes the server count a miss on its random legacy id', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		sctx.maxProto = TLS1_2_VERSION;
		connect(lab, lab.clientCtx(), sctx);
		expect(sctx.stats.misses).toBe(1);
	});

	it('SSL_set_SSL_CTX moves accept to the new ctx, counts accept_good there, and caches in session_ctx', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const sctx2 = lab.serverCtx();
		const cctx = lab.clientCtx();
		sctx.options |= SSL_OP_NO_TICKET;
		cctx.maxProto = TLS1_2_VERSION;
		const c = lab.ssl(cctx);
		const s = lab.ssl(sctx);
		sslSetSslCtx(lab.w, s, sctx2);
		connectPair(lab.w, c, s);
		expect([sctx.hash.size, sctx.stats.accept, sctx.stats.accept_good]).toEqual([1, 0, 0]);
		expect([sctx2.hash.size, sctx2.stats.accept, sctx2.stats.accept_good]).toEqual([0, 1, 1]);
	});
});

describe('automatic flush (3.7)', () => {
	function expiringServer(version: number) {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = version;
		sctx.options |= SSL_OP_NO_TICKET;
		sctx.timeout = 10;
		const flushes: number[] = [];
		lab.onRemove(sctx, () => flushes.push(sctx.stats.accept_good));
		return { lab, sctx, cctx, flushes };
	}

	it('a TLS 1.2 server flushes expired sessions during its 256th handshake (accept_good 255)', () => {
		const { lab, sctx, cctx, flushes } = expiringServer(TLS1_2_VERSION);
		for (let i = 1; i <= 256; i++) {
			connect(lab, cctx, sctx);
			if (i === 1) lab.w.advance(100);
		}
		expect(flushes).toEqual([255]);
		expect(sctx.hash.size).toBe(255);
	});

	it('a TLS 1.3 server that caches flushes during its 255th handshake, once per ticket', () => {
		const { lab, sctx, cctx, flushes } = expiringServer(TLS1_3_VERSION);
		sctx.numTickets = 1;
		for (let i = 1; i <= 255; i++) {
			connect(lab, cctx, sctx);
			if (i === 1) lab.w.advance(100);
		}
		expect(flushes).toEqual([255]);
	});

	it('SSL_SESS_CACHE_NO_AUTO_CLEAR disables the flush', () => {
		const { lab, sctx, cctx, flushes } = expiringServer(TLS1_2_VERSION);
		sctx.mode = SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_AUTO_CLEAR;
		for (let i = 1; i <= 257; i++) {
			connect(lab, cctx, sctx);
			if (i === 1) lab.w.advance(100);
		}
		expect(flushes).toEqual([]);
		expect(sctx.hash.size).toBe(257);
	});

	it('a caching TLS 1.2 client flushes during connection 256 (connect_good 255)', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = TLS1_2_VERSION;
		cctx.mode = SSL_SESS_CACHE_CLIENT;
		cctx.timeout = 10;
		const flushes: number[] = [];
		lab.onRemove(cctx, () => flushes.push(cctx.stats.connect_good));
		for (let i = 1; i <= 256; i++) {
			connect(lab, cctx, sctx);
			if (i === 1) lab.w.advance(100);
		}
		expect(flushes).toEqual([255]);
	});
});
