import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, pemDecodeNext, pemEncode } from './pem';
import { PEM_OBSERVED } from './pem-observed.fixture';
import { decodeSession } from './decode-session';
import { freshSessionFields } from '../session-fields';

const PEM_PRINT_BLOCK = `-----BEGIN SSL SESSION PARAMETERS-----
MEYCAQECAgMEBAITAQQE3q2+7wQECQgHBqEGAgRlU/EAogQCAgEspAIEAKUDAgEB
pgsECWguZXhhbXBsZbEEAgIA/7MDAgEA
-----END SSL SESSION PARAMETERS-----
`;
const der = Uint8Array.from(Buffer.from(PEM_PRINT_BLOCK.split('\n').slice(1, 3).join(''), 'base64'));
const MINIMAL = '-----BEGIN SSL SESSION PARAMETERS-----\nMA8CAQECAgMEBAITAQQABAA=\n-----END SSL SESSION PARAMETERS-----\n';

describe('PEM_write_SSL_SESSION armour', () => {
	it('writes the pem-print.c block: base64 in 64-character lines between BEGIN/END lines', () => {
		expect(pemEncode(der)).toBe(PEM_PRINT_BLOCK);
	});

	it('encodes base64 with padding like every other encoder', () => {
		for (const n of [0, 1, 2, 3, 4, 5, 64, 100]) {
			const b = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
			expect(base64Encode(b)).toBe(Buffer.from(b).toString('base64'));
			expect(base64Decode(base64Encode(b))).toEqual(b);
		}
	});
});

describe('PEM_read_bio_SSL_SESSION block search', () => {
	it('reads back the block it wrote and consumes all of it', () => {
		const r = pemDecodeNext(PEM_PRINT_BLOCK);
		expect(r).toEqual({ ok: true, der, consumed: PEM_PRINT_BLOCK.length });
	});

	it('fails with PEM no start line (9, 108) when no block is left', () => {
		expect(pemDecodeNext('')).toMatchObject({ ok: false, errors: [{ lib: 9, reason: 108 }] });
		expect(pemDecodeNext('hello\nworld\n')).toMatchObject({ ok: false, errors: [{ lib: 9, reason: 108 }], consumed: 12 });
	});

	it('skips text before the block and returns one block per read', () => {
		const two = `junk line\n${MINIMAL}${MINIMAL}`;
		const r = pemDecodeNext(two);
		expect(r.ok && two.length - r.consumed).toBe(MINIMAL.length); // 101 bytes left, as real OpenSSL
	});

	it('skips blocks of other types', () => {
		const r = pemDecodeNext(`-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n${MINIMAL}`);
		expect(r.ok && r.der.length).toBe(17);
	});

	it('accepts CRLF line ends and a missing final newline', () => {
		expect(pemDecodeNext(MINIMAL.replace(/\n/g, '\r\n')).ok).toBe(true);
		expect(pemDecodeNext(MINIMAL.trimEnd()).ok).toBe(true);
	});

	it('fails with bad end line (9, 102) when the END line is missing', () => {
		expect(pemDecodeNext('-----BEGIN SSL SESSION PARAMETERS-----\nMA8CAQECAgMEBAITAQQABAA=\n')).toMatchObject({ ok: false, errors: [{ lib: 9, reason: 102 }] });
	});

	it('fails with bad base64 decode (9, 100) on characters outside base64', () => {
		expect(pemDecodeNext('-----BEGIN SSL SESSION PARAMETERS-----\nMA8C*AQEC\n-----END SSL SESSION PARAMETERS-----\n')).toMatchObject({
			ok: false,
			errors: [{ lib: 9, reason: 100 }]
		});
	});
});

describe('PEM_read_bio_SSL_SESSION against real OpenSSL 3.0.22 observations', () => {
	it.each(PEM_OBSERVED.map(([text, real], i) => ({ i, text, real })))('case $i reads as real OpenSSL does', ({ text, real }) => {
		const r = pemDecodeNext(text);
		const left = text.length - r.consumed;
		let mine: string;
		if (!r.ok) mine = `NULL left=${left} errs=${r.errors.map((e) => `${e.lib}:${e.reason};`).join('')}`;
		else {
			const d = decodeSession(r.der, freshSessionFields(1), 1);
			mine = d.ok ? `OK left=${left} errs=` : `NULL left=${left} errs=${d.errors.map((e) => `${e.lib}:${e.reason};`).join('')}9:524301;`;
		}
		expect(mine).toBe(real);
	});
});
