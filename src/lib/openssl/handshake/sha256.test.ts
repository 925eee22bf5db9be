import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256 } from './sha256';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256', () => {
	it('sha256 matches the standard digest for lengths around block boundaries', () => {
		for (const len of [0, 1, 3, 55, 56, 63, 64, 65, 119, 160, 208, 1000]) {
			const data = new Uint8Array(len).map((_, i) => (i * 31 + 7) & 0xff);
			expect(hex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
		}
	});
});
