import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { decodeShareLink, encodeShareLink, MAX_PROGRAM_BYTES } from './share-link';

const program = '#include <openssl/ssl.h>\nint main(void) { return 0; }\n';

describe('share links', () => {
	it('decodeShareLink returns the program and step that encodeShareLink stored', () => {
		const link = encodeShareLink({ source: program, step: 7 });
		expect(decodeShareLink(link)).toEqual({ ok: true, value: { source: program, step: 7 } });
	});

	it('decodeShareLink accepts the fragment with its leading # and code= prefix', () => {
		const link = encodeShareLink({ source: program, step: null });
		expect(decodeShareLink(`#code=${link}`)).toEqual({ ok: true, value: { source: program, step: null } });
	});

	it('decodeShareLink rejects a damaged link with a readable reason', () => {
		const result = decodeShareLink('1.%%%not-base64');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/damaged/);
	});

	it('decodeShareLink refuses a decompression bomb', () => {
		const bomb = deflateSync(new Uint8Array(MAX_PROGRAM_BYTES * 4));
		let bin = '';
		for (const b of bomb) bin += String.fromCharCode(b);
		const link = '1.' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		const result = decodeShareLink(link);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/larger than/);
	});

	it('decodeShareLink ignores a negative or fractional step', () => {
		const body = deflateSync(new TextEncoder().encode(JSON.stringify({ s: 'x', k: -3.5 })));
		let bin = '';
		for (const b of body) bin += String.fromCharCode(b);
		const link = '1.' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		expect(decodeShareLink(link)).toEqual({ ok: true, value: { source: 'x', step: null } });
	});

	it('decodeShareLink never throws on arbitrary input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const r = decodeShareLink(s);
				expect(typeof r.ok).toBe('boolean');
			}),
			{ numRuns: 500 }
		);
	});

	it('round-trips any program text, including markup that must stay inert', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 2000 }), fc.option(fc.nat(100000), { nil: null }), (source, step) => {
				const r = decodeShareLink(encodeShareLink({ source, step }));
				expect(r).toEqual({ ok: true, value: { source, step } });
			}),
			{ numRuns: 200 }
		);
	});
});
