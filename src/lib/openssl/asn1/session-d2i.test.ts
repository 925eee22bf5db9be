import { describe, expect, it } from 'vitest';
import { freshSessionFields } from '../session-fields';
import { decodeSession } from './decode-session';
import { encodeSession } from './session-der';
import { D2I_OBSERVED } from './d2i-observed.fixture';

const NOW = 12345;
const unhex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const decode = (s: string, now = NOW) => decodeSession(unhex(s), freshSessionFields(now), now);
const errs = (r: ReturnType<typeof decode>) => (r.ok ? [] : r.errors.map((e) => [e.lib, e.reason]));
const MINIMAL = '300f 020101 02020304 04021301 0400 0400';

describe('d2i_SSL_SESSION decoding (semantics 8.4)', () => {
	it('accepts the minimal encoding: TLS 1.3, cipher 1301, empty id, timeout 3, time now', () => {
		const r = decode(MINIMAL);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.consumed).toBe(17);
		expect(r.fields.sslVersion).toBe(0x0304);
		expect(r.fields.sessionId.length).toBe(0);
		expect(r.fields.timeout).toBe(3);
		expect(r.fields.time).toBe(NOW);
		expect(r.fields.verifyResult).toBe(0);
		expect(r.fields.maxFragmentLenMode).toBe(0);
	});

	it('consumes only the SEQUENCE and leaves trailing data', () => {
		const r = decode(MINIMAL + '99');
		expect(r.ok && r.consumed).toBe(17);
	});

	it('accepts a TLS 1.2 protocol with a TLS 1.3 cipher (no consistency check)', () => {
		const r = decode('300f 020101 02020303 04021301 0400 0400');
		expect(r.ok && r.fields.sslVersion).toBe(0x0303);
	});

	it('rejects a truncated encoding before allocating, with ASN1 too long (13, 155)', () => {
		const r = decode(MINIMAL.replace(/ 0400$/, ' 04'));
		expect(r.ok).toBe(false);
		expect(!r.ok && r.allocated).toBe(false);
		expect(errs(r)[0]).toEqual([13, 155]);
	});

	it('rejects an empty SEQUENCE with ASN1 field missing (13, 121)', () => {
		expect(errs(decode('3000'))).toEqual([[13, 121]]);
	});

	it('rejects bytes that are not DER and leaves nested asn1 error last', () => {
		expect(errs(decode('010203'))).toEqual([
			[13, 155],
			[13, 102],
			[13, 524554]
		]);
	});

	it('rejects format version 2 after allocating, with SSL unknown ssl version (20, 254)', () => {
		const r = decode('300f 020102 02020304 04021301 0400 0400');
		expect(!r.ok && r.allocated).toBe(true);
		expect(errs(r)).toEqual([[20, 254]]);
	});

	it('rejects protocol 0x0504 and the 2-byte INTEGER fefd with unsupported ssl version (20, 259)', () => {
		expect(errs(decode('300f 020101 02020504 04021301 0400 0400'))).toEqual([[20, 259]]);
		expect(errs(decode('300f 020101 0202fefd 04021301 0400 0400'))).toEqual([[20, 259]]);
	});

	it('rejects protocol 0x0000 written as 02 02 00 00 as ASN1 illegal padding (13, 221) without allocating', () => {
		const r = decode('300f 020101 02020000 04021301 0400 0400');
		expect(!r.ok && r.allocated).toBe(false);
		expect(errs(r)[0]).toEqual([13, 221]);
	});

	it('rejects a 3-byte cipher with cipher code wrong length (20, 137)', () => {
		expect(errs(decode('3010 020101 02020304 0403130100 0400 0400'))).toEqual([[20, 137]]);
	});

	it('rejects an unknown cipher 0x0000 after allocating, with no error queued', () => {
		const r = decode('300f 020101 02020304 04020000 0400 0400');
		expect(!r.ok && r.allocated).toBe(true);
		expect(errs(r)).toEqual([]);
	});

	it('rejects a 33-byte session id after allocating, with no error queued', () => {
		const id = Buffer.alloc(33).toString('hex');
		const r = decode(`3030 020101 02020304 04021301 0421${id} 0400`);
		expect(!r.ok && r.allocated).toBe(true);
		expect(errs(r)).toEqual([]);
	});

	it('rejects a compression id that is not 1 byte with bad length (20, 271)', () => {
		expect(errs(decode('3015 020101 02020304 04021301 0400 0400 ab0404020102'))).toEqual([[20, 271]]);
	});

	it('replaces every field of a reused session, resetting those absent from the DER', () => {
		const base = { ...freshSessionFields(99), hostname: 'old.example', ticket: Uint8Array.of(1), verifyResult: 18 };
		const r = decodeSession(unhex(MINIMAL), base, NOW);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.fields.hostname).toBeNull();
		expect(r.fields.ticket).toBeNull();
		expect(r.fields.verifyResult).toBe(0);
		expect(base.hostname).toBe('old.example'); // the base object itself is not touched
	});

	it('leaves a reused session partially overwritten when a later check fails', () => {
		const base = { ...freshSessionFields(99), sslVersion: 0x0303, cipherId: 0xc02c };
		const r = decodeSession(unhex('300f 020101 02020304 04020000 0400 0400'), base, NOW);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.fields?.sslVersion).toBe(0x0304); // written before the cipher lookup failed
		expect(!r.ok && r.fields?.cipherId).toBe(0xc02c);
	});

	it('copies hostnames as C strings, stopping at an embedded NUL', () => {
		const r = decode('3016 020101 02020304 04021301 0400 0400 a6050403610062');
		expect(r.ok && r.fields.hostname).toBe('a');
	});

	it('round-trips every field through encode and decode', () => {
		const f = {
			...freshSessionFields(1700000000),
			sslVersion: 0x0303,
			cipherId: 0xc02c,
			sessionId: new Uint8Array(32).fill(7),
			sidCtx: Uint8Array.of(1, 2),
			masterKey: new Uint8Array(48).fill(9),
			timeout: 7200,
			peer: unhex('3003020101'),
			verifyResult: 18,
			hostname: 'h',
			pskIdentityHint: 'hint',
			pskIdentity: 'id',
			ticketLifetimeHint: 7200,
			ticket: Uint8Array.of(5, 6),
			compressMeth: 1,
			srpUsername: 'srp',
			flags: 1,
			ticketAgeAdd: 0xb286bba2,
			maxEarlyData: 16384,
			alpnSelected: Uint8Array.of(0x68, 0x32),
			maxFragmentLenMode: 3,
			ticketAppdata: Uint8Array.of(1),
			kexGroup: 29
		};
		const der = encodeSession(f);
		expect(der).not.toBeNull();
		const r = decodeSession(der as Uint8Array, freshSessionFields(NOW), NOW);
		// d2i also sets OpenSSL's separate cipher_id to the suite it read.
		expect(r.ok && r.fields).toEqual({ ...f, keptCipherId: f.cipherId });
	});
});

describe('d2i_SSL_SESSION against real OpenSSL 3.0.22 observations', () => {
	it.each(D2I_OBSERVED.map(([name, der, real]) => ({ name, der, real })))('$name: decodes as real OpenSSL does', ({ der, real }) => {
		const r = decode(der);
		let mine: string;
		if (r.ok) {
			const again = encodeSession(r.fields);
			mine = `OK new=1 consumed=${r.consumed} errs= der=${again ? Buffer.from(again).toString('hex') : ''}`;
		} else {
			mine = `NULL new=${r.allocated ? 1 : 0} consumed=0 errs=${r.errors.map((e) => `${e.lib}:${e.reason};`).join('')}`;
		}
		expect(mine).toBe(real);
	});
});
