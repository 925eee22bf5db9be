/**
 * Failure and expiry sequences (semantics.md 7.7) and the checks either side makes on a session it is
 * asked to resume. Expected lines are real OpenSSL 3.0.22 transcripts.
 */
import { describe, expect, it } from 'vitest';
import { Lab, num, conn, close, since } from './testing';
import { sessionSetTime } from '../session-ops';
import { R, SSL_OP_NO_TICKET, SSL_VERIFY_PEER, TLS1_2_VERSION, TLS1_3_VERSION } from './constants';
import type { SslSession } from '../objects/session';

describe('7.7 failure and expiry variants', () => {
	it('a TLS 1.2 id resumption of an expired server entry counts a timeout, removes it, and the client counts a miss', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = TLS1_2_VERSION;
		sctx.options |= SSL_OP_NO_TICKET;
		sctx.timeout = 60;
		lab.onRemove(sctx, (_c, s) => lab.print(`[server remove_cb] #${num(s)}`));
		const a = conn(lab, cctx, sctx);
		sessionSetTime(lab.w, a.s.session as SslSession, lab.w.now - 61);
		close(lab, a);
		const mark = lab.out.length;
		const b = conn(lab, cctx, sctx, a.got);
		expect(since(lab, mark)).toEqual(['# new SSL#3', '# new SSL#4', '[server remove_cb] #2', '# free SSL_SESSION#2', '# new SSL_SESSION#3', '# new SSL_SESSION#4']);
		expect([sctx.stats.timeouts, sctx.stats.misses, cctx.stats.misses, b.c.hit]).toEqual([1, 0, 1, false]);
	});

	it('a TLS 1.3 ticket from another SSL_CTX is not decrypted: full handshake, client miss, no server counter', () => {
		const lab = new Lab();
		const s1 = lab.serverCtx();
		const s2 = lab.serverCtx();
		const cctx = lab.clientCtx();
		s1.numTickets = 1;
		s2.numTickets = 1;
		const a = conn(lab, cctx, s1);
		close(lab, a);
		const mark = lab.out.length;
		const b = conn(lab, cctx, s2, a.got);
		expect(since(lab, mark)).toEqual([
			'# new SSL#3',
			'# new SSL#4',
			'# new SSL_SESSION#5',
			'# new SSL_SESSION#6',
			'# new SSL_SESSION#7',
			'# free SSL_SESSION#7',
			'# new SSL_SESSION#8',
			'# free SSL_SESSION#6'
		]);
		expect([s2.stats.hits, s2.stats.misses, s2.stats.timeouts, cctx.stats.misses, b.r]).toEqual([0, 0, 0, 1, 1]);
	});

	it('an expired TLS 1.3 ticket is decrypted and freed at once, counting a server timeout', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		sctx.timeout = 1;
		sctx.numTickets = 1;
		const a = conn(lab, cctx, sctx);
		expect([a.got?.fields.timeout, a.got?.fields.ticketLifetimeHint]).toEqual([7200, 1]);
		close(lab, a);
		lab.w.advance(2);
		const mark = lab.out.length;
		conn(lab, cctx, sctx, a.got);
		expect(since(lab, mark).slice(2)).toEqual([
			'# new SSL_SESSION#5',
			'# free SSL_SESSION#5',
			'# new SSL_SESSION#6',
			'# new SSL_SESSION#7',
			'# new SSL_SESSION#8',
			'# free SSL_SESSION#8',
			'# new SSL_SESSION#9',
			'# free SSL_SESSION#7'
		]);
		expect([sctx.stats.timeouts, sctx.stats.hits, cctx.stats.misses]).toEqual([1, 0, 1]);
	});

	it('a TLS 1.3 client does not offer a ticket older than its lifetime hint', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		sctx.numTickets = 1;
		const a = conn(lab, cctx, sctx);
		close(lab, a);
		sessionSetTime(lab.w, a.got as SslSession, lab.w.now - 8000);
		const b = conn(lab, cctx, sctx, a.got);
		expect([b.c.hit, sctx.stats.hits]).toEqual([false, 0]);
		sessionSetTime(lab.w, a.got as SslSession, lab.w.now - 7000);
		const d = conn(lab, cctx, sctx, a.got);
		expect(d.c.hit).toBe(true);
	});

	it('a server with SSL_VERIFY_PEER and no id context caches nothing and fails a resumption it finds', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = TLS1_2_VERSION;
		sctx.options |= SSL_OP_NO_TICKET;
		sctx.verifyMode = SSL_VERIFY_PEER;
		const a = conn(lab, cctx, sctx);
		expect([a.r, sctx.hash.size]).toEqual([1, 0]);
		close(lab, a);
		sctx.verifyMode = 0;
		const b = conn(lab, cctx, sctx);
		close(lab, b);
		expect(sctx.hash.size).toBe(1);
		sctx.verifyMode = SSL_VERIFY_PEER;
		const mark = lab.out.length;
		const d = conn(lab, cctx, sctx, b.got);
		expect([d.r, sctx.stats.hits]).toEqual([0, 0]);
		expect(since(lab, mark)).toEqual(['# new SSL#5', '# new SSL#6']);
		expect(lab.w.errors.map((e) => e.reason)).toEqual([R.SESSION_ID_CONTEXT_UNINITIALIZED]);
	});

	it('a client resuming a session whose id context differs from its own aborts after the server hit', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = TLS1_2_VERSION;
		sctx.options |= SSL_OP_NO_TICKET;
		sctx.sidCtx = new TextEncoder().encode('app');
		const a = conn(lab, cctx, sctx);
		close(lab, a);
		(a.got as SslSession).fields.sidCtx = new TextEncoder().encode('zz');
		const b = conn(lab, cctx, sctx, a.got);
		expect([b.r, b.s.hit, sctx.stats.hits]).toEqual([0, true, 1]);
		expect(lab.w.errors.map((e) => e.reason)).toEqual([R.ATTEMPT_TO_REUSE_SESSION_IN_DIFFERENT_CONTEXT]);
	});
});

describe('certificate verification and TLS 1.3 id context', () => {
	it('a client with SSL_VERIFY_PEER rejects the self-signed certificate; its fatal alert spoils its TLS 1.2 session', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = TLS1_2_VERSION;
		cctx.verifyMode = SSL_VERIFY_PEER;
		sctx.options |= SSL_OP_NO_TICKET;
		lab.onRemove(cctx, (_c, s) => lab.print(`[remove_cb] #${num(s)}`));
		const mark = lab.out.length;
		const a = conn(lab, cctx, sctx);
		expect(a.r).toBe(0);
		expect(since(lab, mark)).toEqual(['# new SSL#1', '# new SSL#2', '# new SSL_SESSION#1', '# new SSL_SESSION#2', '[remove_cb] #1']);
		expect(lab.w.errors.map((e) => e.reason)).toEqual([R.CERTIFICATE_VERIFY_FAILED]);
		expect([cctx.stats.connect, cctx.stats.connect_good, sctx.stats.accept_good]).toEqual([1, 0, 0]);
	});

	it('a TLS 1.3 server with SSL_VERIFY_PEER and no id context fails a ticket resumption after installing the session', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		sctx.verifyMode = SSL_VERIFY_PEER;
		sctx.numTickets = 1;
		lab.onRemove(sctx, (_c, s) => lab.print(`[server remove_cb] #${num(s)}`));
		const a = conn(lab, cctx, sctx);
		expect([a.r, sctx.hash.size]).toEqual([1, 0]);
		close(lab, a);
		const mark = lab.out.length;
		const b = conn(lab, cctx, sctx, a.got);
		expect(b.r).toBe(0);
		expect(since(lab, mark).slice(2)).toEqual(['# new SSL_SESSION#5', '[server remove_cb] #5', '# free SSL_SESSION#5']);
		expect([sctx.stats.hits, lab.w.errors[0]?.reason]).toEqual([0, R.SESSION_ID_CONTEXT_UNINITIALIZED]);
	});
});

describe("the client's checks on a resumed session", () => {
	function resumeAltered(version: number, alter: (s: SslSession) => void) {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = version;
		sctx.numTickets = 1;
		const a = conn(lab, cctx, sctx);
		close(lab, a);
		alter(a.got as SslSession);
		lab.w.errors.length = 0;
		const b = conn(lab, cctx, sctx, a.got);
		return { lab, b, sctx, reasons: lab.w.errors.map((e) => e.reason) };
	}

	it('a resumed TLS 1.2 session whose protocol version was changed fails with "ssl session version mismatch"', () => {
		const { b, sctx, reasons } = resumeAltered(TLS1_2_VERSION, (s) => (s.fields.sslVersion = 0x0302));
		expect([b.r, b.c.hit, sctx.stats.hits]).toEqual([0, true, 1]);
		expect(reasons).toEqual([R.SSL_SESSION_VERSION_MISMATCH]);
	});

	it('a resumed TLS 1.2 session whose cipher was changed fails with "old session cipher not returned"', () => {
		const { b, reasons } = resumeAltered(TLS1_2_VERSION, (s) => (s.fields.cipherId = 0x1301));
		expect(b.r).toBe(0);
		expect(reasons).toEqual([R.OLD_SESSION_CIPHER_NOT_RETURNED]);
	});

	it('a TLS 1.3 ticket offered with a SHA-256 suite fails on the server with "bad extension" (binder length)', () => {
		const { lab, b, reasons } = resumeAltered(TLS1_3_VERSION, (s) => (s.fields.cipherId = 0x1301));
		expect([b.r, b.s.session, lab.out.slice(-2)]).toEqual([0, null, ['# new SSL_SESSION#5', '# free SSL_SESSION#5']]);
		expect(reasons).toEqual([R.BAD_EXTENSION]);
	});
});

