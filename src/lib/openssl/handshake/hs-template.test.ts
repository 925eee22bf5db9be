/**
 * The 108-line hs-*.c conformance scenarios share one C template driven by #defines. This file ports
 * the template to the TS API and checks every variant against real OpenSSL's transcript
 * (conformance/cases/NAME.expected), line for line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { Lab, num } from './testing';
import { connectPair, shutdownPair } from './pair';
import { SSL_OP_NO_TICKET, SSL_SESS_CACHE_CLIENT, TLS1_2_VERSION, TLS1_3_VERSION } from './constants';
import type { SslCtx } from '../objects/ctx';
import type { SslSession } from '../objects/session';

interface Defines {
	version: number;
	sopts: number;
	copts: number;
	ntickets: number;
	smode: number;
	cmode: number;
	newcbS: number;
	newcbC: number;
	remcbS: number;
	remcbC: number;
}

const D = (version: number, o: Partial<Defines> = {}): Defines => ({
	version,
	sopts: 0,
	copts: 0,
	ntickets: -1,
	smode: -1,
	cmode: -1,
	newcbS: 0,
	newcbC: 0,
	remcbS: 0,
	remcbC: 0,
	...o
});

const CASES: Record<string, Defines> = {
	'hs-tls12-sessid-plain': D(TLS1_2_VERSION, { sopts: SSL_OP_NO_TICKET, copts: SSL_OP_NO_TICKET }),
	'hs-tls12-sessid-cb': D(TLS1_2_VERSION, { sopts: SSL_OP_NO_TICKET, copts: SSL_OP_NO_TICKET, cmode: SSL_SESS_CACHE_CLIENT, newcbS: 1, newcbC: 1, remcbS: 1, remcbC: 1 }),
	'hs-tls12-sessid-keep': D(TLS1_2_VERSION, { sopts: SSL_OP_NO_TICKET, copts: SSL_OP_NO_TICKET, cmode: SSL_SESS_CACHE_CLIENT, newcbS: 2, newcbC: 2, remcbS: 1, remcbC: 1 }),
	'hs-tls12-ticket-plain': D(TLS1_2_VERSION),
	'hs-tls12-ticket-cb': D(TLS1_2_VERSION, { cmode: SSL_SESS_CACHE_CLIENT, newcbS: 1, newcbC: 1, remcbS: 1, remcbC: 1 }),
	'hs-tls13-plain': D(TLS1_3_VERSION),
	'hs-tls13-cb': D(TLS1_3_VERSION, { cmode: SSL_SESS_CACHE_CLIENT, newcbS: 1, newcbC: 1, remcbC: 1 }),
	'hs-tls13-srv-remcb': D(TLS1_3_VERSION, { newcbS: 1, remcbS: 1 }),
	'hs-tls13-keep': D(TLS1_3_VERSION, { cmode: SSL_SESS_CACHE_CLIENT, newcbS: 2, newcbC: 2 }),
	'hs-tls13-nt0': D(TLS1_3_VERSION, { ntickets: 0, cmode: SSL_SESS_CACHE_CLIENT, newcbS: 1, newcbC: 1 }),
	'hs-tls13-nt1': D(TLS1_3_VERSION, { ntickets: 1, cmode: SSL_SESS_CACHE_CLIENT, newcbS: 1, newcbC: 1 }),
	'hs-tls13-nt3': D(TLS1_3_VERSION, { ntickets: 3, cmode: SSL_SESS_CACHE_CLIENT, newcbS: 1, newcbC: 1 }),
	'hs-tls13-noticket': D(TLS1_3_VERSION, { sopts: SSL_OP_NO_TICKET, copts: SSL_OP_NO_TICKET, cmode: SSL_SESS_CACHE_CLIENT, newcbS: 1, newcbC: 1, remcbS: 1, remcbC: 1 }),
	'hs-tls13-clientnoticket': D(TLS1_3_VERSION, { copts: SSL_OP_NO_TICKET, cmode: SSL_SESS_CACHE_CLIENT, newcbC: 1 }),
	'hs-tls13-srv-cache-off': D(TLS1_3_VERSION, { ntickets: 1, smode: 0, newcbS: 1 })
};

function runTemplate(d: Defines): string[] {
	const lab = new Lab();
	const sctx = lab.serverCtx();
	const cctx = lab.clientCtx();
	const kept: SslSession[] = [];
	const side = (c: SslCtx) => (c === sctx ? 'server' : 'client');
	const newCb = (mode: number) => (ssl: { ctx: SslCtx }, s: SslSession) => {
		lab.print(`[${side(ssl.ctx)} new_cb] sess #${num(s)} resumable=${s.resumable ? 1 : 0} -> ${mode === 2 ? 1 : 0}`);
		if (mode === 2) {
			kept.push(s);
			return 1;
		}
		return 0;
	};
	const onRemove = (ctx: SslCtx, s: SslSession) => lab.print(`[${ctx === sctx ? 'server' : 'client'} remove_cb] sess #${num(s)}`);
	const stats = (who: string, c: SslCtx) => {
		const st = c.stats;
		lab.print(
			`${who}: number=${c.hash.size} connect=${st.connect}/${st.connect_good} accept=${st.accept}/${st.accept_good} hits=${st.hits} cb_hits=${st.cb_hits} misses=${st.misses} timeouts=${st.timeouts} cache_full=${st.cache_full}`
		);
	};
	const run = (n: number, resume: SslSession | null) => {
		const c = lab.ssl(cctx);
		const s = lab.ssl(sctx);
		if (resume) {
			lab.print(`-- set_session #${num(resume)}`);
			lab.setSession(c, resume);
		}
		lab.print(`-- connect ${n}`);
		lab.print(`connect=${connectPair(lab.w, c, s)}`);
		lab.print(`client #${num(c.session)} server #${num(s.session)} reused c=${c.hit ? 1 : 0} s=${s.hit ? 1 : 0}`);
		stats('server', sctx);
		stats('client', cctx);
		lab.print('-- get1 client session');
		const got = lab.get1(c);
		lab.print(`-- shutdown ${n}`);
		shutdownPair(lab.w, c, s);
		lab.print(`-- SSL_free client ${n}`);
		lab.freeSsl(c);
		lab.print(`-- SSL_free server ${n}`);
		lab.freeSsl(s);
		return got;
	};
	sctx.maxProto = d.version;
	cctx.maxProto = d.version;
	if (d.sopts) sctx.options |= d.sopts;
	if (d.copts) cctx.options |= d.copts;
	if (d.ntickets >= 0) sctx.numTickets = d.ntickets;
	if (d.smode >= 0) sctx.mode = d.smode;
	if (d.cmode >= 0) cctx.mode = d.cmode;
	if (d.newcbS) lab.onNew(sctx, newCb(d.newcbS));
	if (d.newcbC) lab.onNew(cctx, newCb(d.newcbC));
	if (d.remcbS) lab.onRemove(sctx, onRemove);
	if (d.remcbC) lab.onRemove(cctx, onRemove);
	const s1 = run(1, null);
	lab.print(`s1 = #${num(s1)} resumable=${s1?.resumable ? 1 : 0}`);
	const s2 = run(2, s1);
	lab.print(`s2 = #${num(s2)} resumable=${s2?.resumable ? 1 : 0}`);
	lab.print('-- free s1');
	lab.freeSession(s1);
	lab.print('-- free s2');
	lab.freeSession(s2);
	lab.print(`-- free kept (${kept.length})`);
	for (const k of kept) lab.freeSession(k);
	lab.print('-- SSL_CTX_free client');
	lab.freeCtx(cctx);
	lab.print('-- SSL_CTX_free server');
	lab.freeCtx(sctx);
	lab.print('-- end');
	return lab.out;
}

const casesDir = new URL('../../../../conformance/cases/', import.meta.url);

describe('handshake template scenarios (hs-*.c) reproduce the real transcripts', () => {
	for (const [name, d] of Object.entries(CASES)) {
		const file = new URL(`${name}.expected`, casesDir);
		it.skipIf(!existsSync(file))(`connect_pair + resumption produce the events of ${name}.c`, () => {
			const expected = readFileSync(file, 'utf8').trimEnd().split('\n');
			expect(runTemplate(d).join('\n')).toBe(expected.join('\n'));
		});
	}
});
