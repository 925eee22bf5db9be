/** What handshake sessions contain (semantics.md 1.4, 8.1, 8.2), checked against real 3.0.22 values. */
import { describe, expect, it } from 'vitest';
import { Lab } from './testing';
import { connectPair } from './pair';
import { der } from './ops';
import { sha256 } from './sha256';
import { ticketLength } from './tickets';
import { CIPHER_TLS12, CIPHER_TLS13, SSL_OP_NO_TICKET, TLS1_2_VERSION, TLS1_3_VERSION } from './constants';
import type { SslSession } from '../objects/session';

function pair(version: number, sopts = 0, setup?: (lab: Lab) => void) {
	const lab = new Lab();
	const sctx = lab.serverCtx();
	const cctx = lab.clientCtx();
	cctx.maxProto = version;
	sctx.options |= sopts;
	sctx.numTickets = 1;
	setup?.(lab);
	const c = lab.ssl(cctx);
	const s = lab.ssl(sctx);
	expect(connectPair(lab.w, c, s)).toBe(1);
	return { c: c.session as SslSession, s: s.session as SslSession };
}

describe('handshake session fields', () => {
	it('a TLS 1.2 ticket session: 0x0303, C02C, 48-byte master key, EMS, verify 18, x25519, a 160-byte ticket named by its SHA-256', () => {
		const { c, s } = pair(TLS1_2_VERSION);
		for (const x of [c, s]) {
			expect([x.fields.sslVersion, x.fields.cipherId, x.fields.masterKey.length, x.fields.flags, x.fields.kexGroup]).toEqual([
				TLS1_2_VERSION,
				CIPHER_TLS12,
				48,
				1,
				29
			]);
			expect([x.fields.timeout, x.fields.maxFragmentLenMode]).toEqual([7200, 0]);
		}
		expect([c.fields.verifyResult, c.fields.peer !== null, c.fields.ticket?.length, c.fields.ticketLifetimeHint]).toEqual([18, true, 160, 7200]);
		expect(c.fields.sessionId).toEqual(sha256(c.fields.ticket as Uint8Array));
		expect([s.fields.verifyResult, s.fields.peer, s.fields.sessionId.length, s.resumable]).toEqual([0, null, 0, false]);
		expect(der(s).length).toBe(93);
		expect(Math.abs(der(c).length - 588)).toBeLessThanOrEqual(1);
	});

	it('a TLS 1.2 session-id session has a random 32-byte id shared by both sides and no ticket', () => {
		const { c, s } = pair(TLS1_2_VERSION, SSL_OP_NO_TICKET);
		expect(c.fields.sessionId).toEqual(s.fields.sessionId);
		expect([c.fields.sessionId.length, c.fields.ticket, c.fields.ticketLifetimeHint]).toEqual([32, null, 0]);
		expect(der(s).length).toBe(125);
		expect(Math.abs(der(c).length - 416)).toBeLessThanOrEqual(1);
	});

	it('a TLS 1.3 ticket session: 0x0304, 1302, hash-length PSK, age_add, a 208-byte ticket, the server session keeps its id', () => {
		const { c, s } = pair(TLS1_3_VERSION);
		expect([c.fields.sslVersion, c.fields.cipherId, c.fields.masterKey.length, c.fields.flags]).toEqual([TLS1_3_VERSION, CIPHER_TLS13, 48, 0]);
		expect(c.fields.masterKey).toEqual(s.fields.masterKey);
		expect([c.fields.ticket?.length, c.fields.ticketLifetimeHint, c.fields.verifyResult]).toEqual([208, 7200, 18]);
		expect(c.fields.ticketAgeAdd).toBe(s.fields.ticketAgeAdd);
		expect(s.fields.sessionId.length).toBe(32);
		expect(Math.abs(der(s).length - 129)).toBeLessThanOrEqual(1);
		expect(Math.abs(der(c).length - 640)).toBeLessThanOrEqual(2);
	});

	it('a stateful TLS 1.3 ticket is the 32-byte session id of the server session', () => {
		const { c, s } = pair(TLS1_3_VERSION, SSL_OP_NO_TICKET);
		expect(c.fields.ticket).toEqual(s.fields.sessionId);
	});

	it('TLS 1.3 tickets carry the server max_early_data', () => {
		const { c } = pair(TLS1_3_VERSION, 0, (lab) => {
			const sctx = lab.w.objects.find((o) => o.key === 'SSL_CTX#1') as unknown as { maxEarlyData: number };
			sctx.maxEarlyData = 1024;
		});
		expect(c.fields.maxEarlyData).toBe(1024);
	});

	it('ticket lengths follow 16 + 16 + PKCS#7-padded DER + 32', () => {
		expect([ticketLength(93), ticketLength(96), ticketLength(129)]).toEqual([160, 176, 208]);
	});
});
