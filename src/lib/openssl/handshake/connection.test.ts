import { describe, expect, it } from 'vitest';
import { Lab, num } from './testing';
import { connectPair, shutdownPair } from './pair';
import { doHandshake, getError, readEx, renegotiate, shutdown, setRole } from './driver';
import { R, SSL_ERROR_SSL, SSL_ERROR_WANT_READ, SSL_ERROR_ZERO_RETURN, TLS1_1_VERSION, TLS1_2_VERSION, TLS1_3_VERSION } from './constants';

const reasons = (lab: Lab) => lab.w.errors.map((e) => e.reason);

describe('connect_pair and version negotiation', () => {
	it('connect_pair returns 1 and negotiates TLS 1.3 between two default contexts', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		const s = lab.ssl(lab.serverCtx());
		expect(c.version).toBe(TLS1_3_VERSION);
		expect(connectPair(lab.w, c, s)).toBe(1);
		expect([c.version, s.version]).toEqual([TLS1_3_VERSION, TLS1_3_VERSION]);
		expect([c.handshake, s.handshake]).toEqual(['done', 'done']);
	});

	it('connect_pair returns 0 when the version ranges do not meet, after only the client placeholder', () => {
		const lab = new Lab();
		const cctx = lab.clientCtx();
		const sctx = lab.serverCtx();
		cctx.maxProto = TLS1_2_VERSION;
		sctx.minProto = TLS1_3_VERSION;
		const c = lab.ssl(cctx);
		const s = lab.ssl(sctx);
		lab.out.length = 0;
		expect(connectPair(lab.w, c, s)).toBe(0);
		expect(lab.out).toEqual(['# new SSL_SESSION#1']);
		expect(reasons(lab)).toEqual([R.UNSUPPORTED_PROTOCOL]);
		expect([c.version, s.version, s.session]).toEqual([TLS1_2_VERSION, TLS1_2_VERSION, null]);
		expect([cctx.stats.connect, cctx.stats.connect_good, sctx.stats.accept, sctx.stats.accept_good]).toEqual([1, 0, 1, 0]);
	});

	it('connect_pair fails on TLS 1.1 after both sessions exist (no signature algorithm at the default level)', () => {
		const lab = new Lab();
		const cctx = lab.clientCtx();
		const sctx = lab.serverCtx();
		cctx.maxProto = TLS1_1_VERSION;
		sctx.maxProto = TLS1_1_VERSION;
		const c = lab.ssl(cctx);
		const s = lab.ssl(sctx);
		expect(connectPair(lab.w, c, s)).toBe(0);
		expect([num(c.session), num(s.session)]).toEqual([1, 2]);
		expect(reasons(lab)).toEqual([R.NO_SUITABLE_SIGNATURE_ALGORITHM]);
	});

	it('a handshake start clears errors left in the queue by earlier calls', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		const s = lab.ssl(lab.serverCtx());
		lab.w.pushError(20, R.SHUTDOWN_WHILE_IN_INIT, 'SSL_shutdown');
		expect(connectPair(lab.w, c, s)).toBe(1);
	});

	it('SSL_do_handshake without a connect/accept state fails with "connection type not set"', () => {
		const lab = new Lab();
		const g = lab.ssl(lab.genericCtx());
		expect(doHandshake(lab.w, g)).toBe(-1);
		expect(getError(lab.w, g, -1)).toBe(SSL_ERROR_SSL);
		expect(reasons(lab)).toEqual([R.CONNECTION_TYPE_NOT_SET]);
	});
});

describe('SSL_read_ex, SSL_get_error and SSL_shutdown', () => {
	it('SSL_read_ex returns 0 with SSL_ERROR_WANT_READ when nothing arrived', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		const s = lab.ssl(lab.serverCtx());
		connectPair(lab.w, c, s);
		expect(readEx(lab.w, c)).toBe(0);
		expect(getError(lab.w, c, 0)).toBe(SSL_ERROR_WANT_READ);
		expect(getError(lab.w, c, 1)).toBe(0);
	});

	it('shutdown_pair leaves both sides with SSL_SENT_SHUTDOWN|SSL_RECEIVED_SHUTDOWN and the 0, 0, 1, 1 returns', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		const s = lab.ssl(lab.serverCtx());
		connectPair(lab.w, c, s);
		expect([shutdown(lab.w, c), shutdown(lab.w, s), shutdown(lab.w, c), shutdown(lab.w, s)]).toEqual([0, 0, 1, 1]);
		expect([c.shutdown, s.shutdown]).toEqual([3, 3]);
	});

	it('after close_notify SSL_read_ex reports ZERO_RETURN on TLS 1.2 and WANT_READ on TLS 1.3', () => {
		for (const [v, want] of [
			[TLS1_2_VERSION, SSL_ERROR_ZERO_RETURN],
			[TLS1_3_VERSION, SSL_ERROR_WANT_READ]
		]) {
			const lab = new Lab();
			const cctx = lab.clientCtx();
			cctx.maxProto = v;
			const c = lab.ssl(cctx);
			const s = lab.ssl(lab.serverCtx());
			connectPair(lab.w, c, s);
			shutdownPair(lab.w, c, s);
			expect(readEx(lab.w, c)).toBe(0);
			expect(getError(lab.w, c, 0)).toBe(want);
		}
	});

	it('SSL_shutdown during a failed handshake returns -1 with "shutdown while in init"', () => {
		const lab = new Lab();
		const cctx = lab.clientCtx();
		const sctx = lab.serverCtx();
		cctx.maxProto = TLS1_2_VERSION;
		sctx.minProto = TLS1_3_VERSION;
		const c = lab.ssl(cctx);
		const s = lab.ssl(sctx);
		connectPair(lab.w, c, s);
		lab.w.errors.length = 0;
		expect(shutdown(lab.w, c)).toBe(-1);
		expect(reasons(lab)).toEqual([R.SHUTDOWN_WHILE_IN_INIT]);
	});

	it('SSL_shutdown on an SSL that never had a connect state fails with "uninitialized"', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		expect(shutdown(lab.w, c)).toBe(-1);
		expect(reasons(lab)).toEqual([R.UNINITIALIZED]);
	});

	it('a quiet shutdown sets both flags and returns 1 without sending anything', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		const s = lab.ssl(lab.serverCtx());
		connectPair(lab.w, c, s);
		c.quietShutdown = 1;
		expect(shutdown(lab.w, c)).toBe(1);
		expect([c.shutdown, s.shutdown]).toEqual([3, 0]);
	});

	it('SSL_renegotiate on TLS 1.3 returns 0 with "wrong ssl version"', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		const s = lab.ssl(lab.serverCtx());
		connectPair(lab.w, c, s);
		expect(renegotiate(lab.w, c)).toBe(0);
		expect(reasons(lab)).toEqual([R.WRONG_SSL_VERSION]);
	});

	it('a second connect_pair on the same pair resumes in TLS 1.2 but fails after TLS 1.3 ("should not have been called")', () => {
		for (const [v, want] of [
			[TLS1_2_VERSION, 1],
			[TLS1_3_VERSION, 0]
		]) {
			const lab = new Lab();
			const cctx = lab.clientCtx();
			cctx.maxProto = v;
			const c = lab.ssl(cctx);
			const s = lab.ssl(lab.serverCtx());
			connectPair(lab.w, c, s);
			expect(connectPair(lab.w, c, s)).toBe(want);
			if (want) expect([c.hit, s.hit]).toEqual([true, true]);
			else expect(lab.w.errors.map((e) => e.reason)).toEqual([257 | 0xc0000]);
		}
	});

	it('SSL_set_connect_state resets a connection to "before"', () => {
		const lab = new Lab();
		const c = lab.ssl(lab.clientCtx());
		const s = lab.ssl(lab.serverCtx());
		connectPair(lab.w, c, s);
		setRole(lab.w, c, 'client');
		expect([c.handshake, c.shutdown]).toEqual(['before', 0]);
	});
});
