/**
 * Stateful tickets, renegotiation, extra tickets and early-data caching (semantics.md 7.6, 7.8).
 * Expected lines are real OpenSSL 3.0.22 transcripts.
 */
import { describe, expect, it } from 'vitest';
import { Lab, num, conn, close, since } from './testing';
import { connectPair, shutdownPair } from './pair';
import { doHandshake, newSessionTicket, readEx, renegotiate, renegotiatePending } from './driver';
import { cacheFlush } from '../cache/ops';
import { SSL_OP_ALLOW_CLIENT_RENEGOTIATION, SSL_OP_NO_TICKET, SSL_SESS_CACHE_CLIENT, TLS1_2_VERSION } from './constants';
import type { Ssl } from '../objects/ssl';

describe('7.6 stateful tickets', () => {
	it('a stateful ticket missing from the server cache is a server and a client miss', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		sctx.options |= SSL_OP_NO_TICKET;
		sctx.numTickets = 1;
		const a = conn(lab, cctx, sctx);
		close(lab, a);
		cacheFlush(lab.w, sctx, 0);
		const mark = lab.out.length;
		const b = conn(lab, cctx, sctx, a.got);
		expect(since(lab, mark).slice(2)).toEqual(['# new SSL_SESSION#4', '# new SSL_SESSION#5', '# new SSL_SESSION#6', '# free SSL_SESSION#5']);
		expect([b.c.hit, sctx.stats.misses, cctx.stats.misses, sctx.hash.size]).toEqual([false, 1, 1, 1]);
	});
});

describe('7.8 renegotiation, extra tickets, early-data caching', () => {
	function tls12Pair(allow: boolean) {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		cctx.maxProto = TLS1_2_VERSION;
		sctx.options |= SSL_OP_NO_TICKET | (allow ? SSL_OP_ALLOW_CLIENT_RENEGOTIATION : 0);
		cctx.mode = SSL_SESS_CACHE_CLIENT;
		const side = (ssl: Ssl) => (ssl.ctx === sctx ? 'server' : 'client');
		lab.onNew(sctx, (ssl, s) => (lab.print(`[${side(ssl)} new_cb] #${num(s)}`), 0));
		lab.onNew(cctx, (ssl, s) => (lab.print(`[${side(ssl)} new_cb] #${num(s)}`), 0));
		lab.onRemove(sctx, (_c, s) => lab.print(`[server remove_cb] #${num(s)}`));
		lab.onRemove(cctx, (_c, s) => lab.print(`[client remove_cb] #${num(s)}`));
		const c = lab.ssl(cctx);
		const s = lab.ssl(sctx);
		connectPair(lab.w, c, s);
		return { lab, sctx, cctx, c, s };
	}

	function pump(lab: Lab, c: Ssl, s: Ssl): number {
		let i = 0;
		for (; i < 10 && renegotiatePending(c); i++) {
			doHandshake(lab.w, c);
			readEx(lab.w, s);
			readEx(lab.w, c);
		}
		return i;
	}

	it('an allowed client renegotiation makes a new session on both sides and counts *_renegotiate and a client miss', () => {
		const { lab, sctx, cctx, c, s } = tls12Pair(true);
		expect(renegotiate(lab.w, c)).toBe(1);
		const mark = lab.out.length;
		expect(pump(lab, c, s)).toBe(2);
		expect(since(lab, mark)).toEqual(['# new SSL_SESSION#3', '# new SSL_SESSION#4', '[server new_cb] #3', '[client new_cb] #4']);
		expect([num(c.session), num(s.session), c.hit, s.hit]).toEqual([4, 3, false, false]);
		const cs = cctx.stats;
		const ss = sctx.stats;
		expect([cs.connect, cs.connect_good, cs.connect_renegotiate, cs.misses]).toEqual([1, 2, 1, 1]);
		expect([ss.accept, ss.accept_good, ss.accept_renegotiate]).toEqual([1, 2, 1]);
	});

	it('a refused client renegotiation ends in a fatal alert that removes both sessions from their caches', () => {
		const { lab, sctx, cctx, c, s } = tls12Pair(false);
		renegotiate(lab.w, c);
		const mark = lab.out.length;
		expect(pump(lab, c, s)).toBe(10);
		expect(since(lab, mark)).toEqual(['[client remove_cb] #1', '[server remove_cb] #2']);
		expect([cctx.hash.size, sctx.hash.size, renegotiatePending(c)]).toEqual([0, 0, 1]);
		expect([sctx.stats.accept_renegotiate, cctx.stats.connect_renegotiate]).toEqual([1, 1]);
		shutdownPair(lab.w, c, s);
		lab.out.length = 0;
		lab.freeSsl(c);
		expect(lab.out).toEqual(['# free SSL#1', '# free SSL_SESSION#1']);
	});

	it('a server-initiated renegotiation resumes the session (HelloRequest)', () => {
		const { lab, sctx, cctx, c, s } = tls12Pair(false);
		expect(renegotiate(lab.w, s)).toBe(1);
		const mark = lab.out.length;
		for (let i = 0; i < 2; i++) {
			doHandshake(lab.w, s);
			readEx(lab.w, c);
			readEx(lab.w, s);
		}
		expect(since(lab, mark)).toEqual([]);
		expect([c.hit, s.hit, renegotiatePending(s), renegotiatePending(c)]).toEqual([true, true, 0, 0]);
		expect([sctx.stats.accept_renegotiate, sctx.stats.accept_good, sctx.stats.hits]).toEqual([3, 2, 1]);
		expect([cctx.stats.connect_renegotiate, cctx.stats.connect_good, cctx.stats.hits]).toEqual([1, 2, 1]);
	});

	it('SSL_new_session_ticket queues one ticket written at the next SSL_do_handshake and read by SSL_read_ex', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		sctx.numTickets = 1;
		cctx.mode = SSL_SESS_CACHE_CLIENT;
		lab.onNew(sctx, (_ssl, s) => (lab.print(`[server new_cb] #${num(s)}`), 0));
		lab.onNew(cctx, (_ssl, s) => (lab.print(`[client new_cb] #${num(s)}`), 0));
		const c = lab.ssl(cctx);
		const s = lab.ssl(sctx);
		expect(newSessionTicket(lab.w, s)).toBe(0);
		connectPair(lab.w, c, s);
		expect(newSessionTicket(lab.w, c)).toBe(0);
		expect(newSessionTicket(lab.w, s)).toBe(1);
		let mark = lab.out.length;
		expect(doHandshake(lab.w, s)).toBe(1);
		expect(since(lab, mark)).toEqual(['# new SSL_SESSION#5', '# free SSL_SESSION#2', '# new SSL_SESSION#6', '# free SSL_SESSION#6', '[server new_cb] #5']);
		mark = lab.out.length;
		expect(readEx(lab.w, c)).toBe(0);
		expect(since(lab, mark)).toEqual(['# new SSL_SESSION#7', '[client new_cb] #7']);
		expect(cctx.hash.size).toBe(2);
	});

	it('max_early_data makes tickets stateful and single use; a replay is a server miss', () => {
		const lab = new Lab();
		const sctx = lab.serverCtx();
		const cctx = lab.clientCtx();
		sctx.maxEarlyData = 1024;
		sctx.numTickets = 1;
		lab.onNew(sctx, (_ssl, s) => (lab.print(`[server new_cb] #${num(s)} max_early=${s.fields.maxEarlyData}`), 0));
		lab.onRemove(sctx, (_c, s) => lab.print(`[server remove_cb] #${num(s)}`));
		const a = conn(lab, cctx, sctx);
		expect(sctx.hash.size).toBe(1);
		close(lab, a);
		let mark = lab.out.length;
		const b = conn(lab, cctx, sctx, a.got);
		expect(since(lab, mark).slice(2)).toEqual(['[server remove_cb] #2', '# new SSL_SESSION#4', '# free SSL_SESSION#2', '[server new_cb] #4 max_early=1024', '# new SSL_SESSION#5']);
		expect(b.s.hit).toBe(true);
		close(lab, b);
		mark = lab.out.length;
		const d = conn(lab, cctx, sctx, a.got);
		expect(d.s.hit).toBe(false);
		expect([sctx.stats.hits, sctx.stats.misses, sctx.hash.size]).toEqual([1, 1, 2]);
		expect(since(lab, mark)).toContain('[server new_cb] #6 max_early=1024');
	});
});
