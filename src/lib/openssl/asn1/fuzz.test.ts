import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freshSessionFields, type SessionFields } from '../session-fields';
import { decodeSession } from './decode-session';
import { encodeSession } from './session-der';
import { base64Decode, pemDecodeNext } from './pem';
import { D2I_OBSERVED } from './d2i-observed.fixture';

const NOW = 1700000000;
const VALID = D2I_OBSERVED.filter(([, , real]) => real.startsWith('OK')).map(([, der]) => Uint8Array.from(Buffer.from(der, 'hex')));

/** Decoding must finish with a result, quickly, whatever the bytes. */
function decodesCleanly(bytes: Uint8Array): boolean {
	const started = performance.now();
	const r = decodeSession(bytes, freshSessionFields(NOW), NOW);
	const elapsed = performance.now() - started;
	if (elapsed > 200) return false;
	return r.ok ? r.consumed <= bytes.length : Array.isArray(r.errors);
}

const mutation = fc.record({
	seed: fc.constantFrom(...VALID),
	edits: fc.array(
		fc.record({ op: fc.integer({ min: 0, max: 4 }), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
		{ minLength: 1, maxLength: 6 }
	)
});

function applyEdits(seed: Uint8Array, edits: { op: number; at: number; value: number }[]): Uint8Array {
	const b = Array.from(seed);
	for (const e of edits) {
		if (b.length === 0) break;
		const k = e.at % b.length;
		if (e.op === 0) b[k] = e.value;
		else if (e.op === 1) b.splice(k, 1);
		else if (e.op === 2) b.splice(k, 0, e.value);
		else if (e.op === 3) b.length = k;
		else b[k] ^= 1 << (e.value % 8);
	}
	return Uint8Array.from(b);
}

describe('decoder robustness (fast-check)', () => {
	it('decodeSession never throws or hangs on random bytes', () => {
		fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), decodesCleanly), { numRuns: 3000 });
	});

	it('decodeSession never throws or hangs on random bytes inside a SEQUENCE header', () => {
		const framed = fc.uint8Array({ maxLength: 200 }).map((body) => Uint8Array.from([0x30, body.length < 128 ? body.length : 0x80, ...body]));
		fc.assert(fc.property(framed, decodesCleanly), { numRuns: 3000 });
	});

	it('decodeSession never throws or hangs on mutated valid encodings', () => {
		fc.assert(fc.property(mutation, ({ seed, edits }) => decodesCleanly(applyEdits(seed, edits))), { numRuns: 5000 });
	});

	it('decodeSession survives deeply nested constructed strings and indefinite lengths', () => {
		const deep = Uint8Array.from([0x30, 0x80, ...Array(2000).fill([0x24, 0x80]).flat()]);
		expect(decodesCleanly(deep)).toBe(true);
		const prefix = [0x02, 0x01, 0x01, 0x02, 0x02, 0x03, 0x04, 0x04, 0x02, 0x13, 0x01, 0x04, 0x00, 0x04, 0x00];
		const deepCert = Uint8Array.from([0x30, 0x80, ...prefix, 0xa3, 0x80, ...Array(50000).fill([0x30, 0x80]).flat()]);
		expect(decodesCleanly(deepCert)).toBe(true);
	});

	it('PEM decoding never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const r = pemDecodeNext(`-----BEGIN SSL SESSION PARAMETERS-----\n${s}\n-----END SSL SESSION PARAMETERS-----\n`);
				base64Decode(s);
				return r.consumed >= 0;
			}),
			{ numRuns: 2000 }
		);
	});
});

const bytes = (max: number) => fc.uint8Array({ maxLength: max });
const cstring = fc.option(fc.string({ minLength: 1, maxLength: 20 }).map((s) => Array.from(s, (ch) => (ch.charCodeAt(0) > 0 && ch.charCodeAt(0) < 256 ? ch : 'x')).join('')), { nil: null });
const u32 = fc.integer({ min: 0, max: 0xffffffff });

const sessionFields: fc.Arbitrary<SessionFields> = fc.record({
	sslVersion: fc.constantFrom(0x0300, 0x0301, 0x0302, 0x0303, 0x0304, 0xfeff, 0xfefd, 0x0100),
	cipherId: fc.constantFrom(0x1301, 0x1302, 0x1303, 0xc02b, 0xc02c, 0xc030, 0xcca8, 0x002f),
	sessionId: bytes(32),
	sidCtx: bytes(32),
	masterKey: bytes(512),
	time: fc.integer({ min: 1, max: 2 ** 40 }),
	timeout: fc.integer({ min: 1, max: 2 ** 31 }),
	peer: fc.constant(null),
	verifyResult: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
	hostname: cstring,
	pskIdentityHint: cstring,
	pskIdentity: cstring,
	ticketLifetimeHint: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
	ticket: fc.option(bytes(300), { nil: null }),
	compressMeth: fc.integer({ min: 0, max: 255 }),
	srpUsername: cstring,
	flags: u32,
	ticketAgeAdd: u32,
	maxEarlyData: u32,
	alpnSelected: fc.option(bytes(20), { nil: null }),
	maxFragmentLenMode: fc.integer({ min: 0, max: 255 }),
	ticketAppdata: fc.option(bytes(20), { nil: null }),
	kexGroup: u32
});

describe('encoding properties (fast-check)', () => {
	it('decode(encode(fields)) gives the fields back for any representable session', () => {
		fc.assert(
			fc.property(sessionFields, (f) => {
				const der = encodeSession(f);
				if (der === null) return false;
				const r = decodeSession(der, freshSessionFields(NOW), NOW);
				expect(r.ok && r.consumed).toBe(der.length);
				expect(r.ok && r.fields).toEqual({ ...f, keptCipherId: f.cipherId });
				return true;
			}),
			{ numRuns: 500 }
		);
	});

	it('re-encoding a decoded session reproduces the same bytes', () => {
		fc.assert(
			fc.property(sessionFields, (f) => {
				const der = encodeSession(f) as Uint8Array;
				const r = decodeSession(der, freshSessionFields(NOW), NOW);
				return r.ok && Buffer.from(encodeSession(r.fields) as Uint8Array).equals(Buffer.from(der));
			}),
			{ numRuns: 300 }
		);
	});
});
