import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness';

describe('interior pointers', () => {
	it('SSL_SESSION_get_id points at the inline 32-byte array: it follows later ids and keeps bytes past a shorter one', () => {
		const h = new Harness();
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set1_id', s, h.buf(new Uint8Array([1, 2, 3])), 3);
		const id = h.call('SSL_SESSION_get_id', s, null);
		h.call('SSL_SESSION_set1_id', s, h.buf(new Uint8Array([10, 11, 12, 13])), 4);
		expect(Array.from(h.readBytes(id, 4))).toEqual([10, 11, 12, 13]);
		h.call('SSL_SESSION_set1_id', s, null, 0);
		expect(h.readBytes(id, 1)[0]).toBe(10);
	});

	it('reading a hostname pointer after SSL_SESSION_set1_hostname replaced the buffer is a use-after-free', () => {
		const h = new Harness();
		h.run(() => {
			const s = h.call('SSL_SESSION_new');
			h.at(3).call('SSL_SESSION_set1_hostname', s, h.buf('first.example'));
			const host = h.at(4).call('SSL_SESSION_get0_hostname', s);
			expect(h.readCString(host)).toBe('first.example');
			h.at(6).call('SSL_SESSION_set1_hostname', s, h.buf('second.example'));
			h.at(7).readCString(host);
		});
		expect(h.fault?.details).toMatchObject({ kind: 'use-after-free', objectKey: 'hostname of SSL_SESSION#1', allocatedLine: 4, freedLine: 6 });
	});

	it('an ALPN pointer dies with the next SSL_SESSION_set1_alpn_selected, even with equal bytes', () => {
		const h = new Harness();
		h.run(() => {
			const s = h.call('SSL_SESSION_new');
			const pp = h.buf(8);
			const len = h.buf(8);
			h.call('SSL_SESSION_set1_alpn_selected', s, h.buf('h2'), 2);
			h.call('SSL_SESSION_get0_alpn_selected', s, pp, len);
			const alpn = h.loadPointer(pp);
			h.call('SSL_SESSION_set1_alpn_selected', s, h.buf('h2'), 2);
			h.readBytes(alpn, 1);
		});
		expect(h.fault?.kind).toBe('use-after-free');
	});
});
