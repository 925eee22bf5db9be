import { describe, expect, it } from 'vitest';
import { freshSessionFields, type SessionFields } from '../session-fields';
import { encodeSession } from './session-der';
import { integerContents } from './der-writer';

const hex = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b).toString('hex'));
const bytes = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

/** SSL_SESSION_new() at time t, then the setters of asn1-der-fields.c. */
function withCipher(t = 1700000000): SessionFields {
	return { ...freshSessionFields(t), cipherId: 0x1301 };
}

describe('i2d_SSL_SESSION encoding (semantics 8.2)', () => {
	it('returns nothing for a fresh session without a cipher (i2d returns 0)', () => {
		expect(encodeSession(freshSessionFields(1700000000))).toBeNull();
	});

	it('encodes a fresh session with only a cipher in 50 bytes', () => {
		expect(encodeSession(withCipher())?.length).toBe(50);
	});

	it('encodes the verified byte string of a cipher-only session with time 0 and timeout 0', () => {
		const f = { ...withCipher(), time: 0, timeout: 0 };
		expect(hex(encodeSession(f))).toBe('30220201010201000402130104000400a4020400a503020101b104020200ffb303020100');
	});

	it('encodes the verified byte string of the full asn1-der-fields.c session', () => {
		const f: SessionFields = {
			...withCipher(),
			sslVersion: 0x0304,
			sessionId: Uint8Array.of(0xaa, 0xbb, 0xcc, 0xdd),
			masterKey: Uint8Array.of(1, 2, 3),
			sidCtx: bytes('QR'),
			time: 1700000000,
			timeout: 7200,
			hostname: 'example.com',
			alpnSelected: bytes('h2'),
			maxEarlyData: 16384,
			ticketAppdata: bytes('app')
		};
		expect(hex(encodeSession(f))).toBe(
			'305c02010102020304040213010404aabbccdd0403010203a10602046553f100a20402021c20a40404025152a503020101a60d040b6578616d706c652e636f6daf0402024000b00404026832b104020200ffb2050403617070b303020100'
		);
	});

	it('encodes the pem-print.c session to the DER inside its PEM block', () => {
		const f: SessionFields = {
			...withCipher(),
			sslVersion: 0x0304,
			sessionId: Uint8Array.of(0xde, 0xad, 0xbe, 0xef),
			masterKey: Uint8Array.of(9, 8, 7, 6),
			time: 1700000000,
			timeout: 300,
			hostname: 'h.example'
		};
		const b64 = 'MEYCAQECAgMEBAITAQQE3q2+7wQECQgHBqEGAgRlU/EAogQCAgEspAIEAKUDAgEBpgsECWguZXhhbXBsZbEEAgIA/7MDAgEA';
		expect(hex(encodeSession(f))).toBe(Buffer.from(b64, 'base64').toString('hex'));
	});

	it('encodes the 68-byte session of asn1-d2i-contract.c, and 41 bytes once time, timeout and host are gone', () => {
		const f: SessionFields = { ...withCipher(), sslVersion: 0x0304, sessionId: Uint8Array.of(1, 2, 3, 4), time: 1700000000, timeout: 600, hostname: 'a.example' };
		expect(encodeSession(f)?.length).toBe(68);
		expect(encodeSession({ ...f, hostname: null, time: 0, timeout: 0 })?.length).toBe(41);
	});

	it('writes INTEGERs in minimal two\'s complement with a 00 byte before a set top bit', () => {
		expect(hex(integerContents(0xb286bba2))).toBe('00b286bba2');
		expect(hex(integerContents(0))).toBe('00');
		expect(hex(integerContents(127))).toBe('7f');
		expect(hex(integerContents(128))).toBe('0080');
		expect(hex(integerContents(-1))).toBe('ff');
		expect(hex(integerContents(-129))).toBe('ff7f');
		expect(hex(integerContents(2n ** 64n - 1n))).toBe('00ffffffffffffffff');
	});

	it('encodes the ticket age add of a TLS 1.3 client session as 02 05 00 B2 86 BB A2', () => {
		const der = hex(encodeSession({ ...withCipher(), ticketAgeAdd: 0xb286bba2 }));
		expect(der).toContain('ae0702050' + '0b286bba2');
	});

	it('always encodes the session id context and the key-exchange group, even when empty or zero', () => {
		const der = hex(encodeSession({ ...withCipher(), time: 0, timeout: 0 }));
		expect(der).toContain('a4020400');
		expect(der?.endsWith('b303020100')).toBe(true);
	});

	it('omits the max fragment length mode of handshake sessions (0) but keeps 255 of fresh ones', () => {
		expect(hex(encodeSession({ ...withCipher(), maxFragmentLenMode: 0 }))).not.toContain('b104');
		expect(hex(encodeSession(withCipher()))).toContain('b104020200ff');
	});

	it('encodes an empty ticket, ALPN or appdata that is set (non-NULL) as an empty OCTET STRING', () => {
		const der = hex(encodeSession({ ...withCipher(), ticket: new Uint8Array(0), alpnSelected: new Uint8Array(0), ticketAppdata: new Uint8Array(0) }));
		expect(der).toContain('aa020400');
		expect(der).toContain('b0020400');
		expect(der).toContain('b2020400');
	});

	it('uses long-form lengths past 127 bytes', () => {
		const der = encodeSession({ ...withCipher(), masterKey: new Uint8Array(512) });
		expect(hex(der?.subarray(0, 4) ?? null)).toBe('30820232');
	});
});
