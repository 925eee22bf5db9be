/**
 * OpenSSL's cipher_id, kept apart from the cipher pointer (SessionFields.keptCipherId). Expected
 * values come from real OpenSSL 3.0 runs (conformance/cases/engine-kept-cipher-id*.c).
 */
import { describe, expect, it } from 'vitest';
import { copySessionFields, freshSessionFields } from '../session-fields';
import { encodeSession } from './session-der';
import { decodeSession } from './decode-session';
import { printSession } from './session-print';

const cipherLine = (text: string) => /Cipher {4}: (\S+)/.exec(text)?.[1];

function tls12Session() {
	const f = freshSessionFields(1700000000);
	f.sslVersion = 0x0303;
	f.cipherId = 0xc02c;
	f.sessionId = Uint8Array.of(1, 2, 3);
	return f;
}

describe('cipher_id kept apart from the cipher pointer', () => {
	it('SSL_SESSION_set_cipher(s, NULL) on a session that never had a cipher_id: print shows 0000 and i2d returns 0', () => {
		const f = copySessionFields(tls12Session());
		f.cipherId = 0;
		expect(cipherLine(printSession(f).text)).toBe('0000');
		expect(encodeSession(f)).toBeNull();
	});

	it('d2i sets cipher_id, so after SSL_SESSION_set_cipher(s, NULL) print shows C02C and i2d still encodes the suite', () => {
		const der = encodeSession(tls12Session());
		if (!der) throw new Error('no DER');
		const r = decodeSession(der, freshSessionFields(1700000000), 1700000000);
		if (!r.ok) throw new Error('decode failed');
		const f = copySessionFields(r.fields);
		expect(f.keptCipherId).toBe(0xc02c);
		f.cipherId = 0;
		expect(cipherLine(printSession(f).text)).toBe('C02C');
		const again = encodeSession(f);
		expect(again && Array.from(again)).toEqual(Array.from(der));
	});

	it('a cipher pointer wins over the kept cipher_id in print and i2d', () => {
		const f = tls12Session();
		f.keptCipherId = 0xc02c;
		f.cipherId = 0x1302;
		expect(cipherLine(printSession(f).text)).toBe('TLS_AES_256_GCM_SHA384');
	});
});
