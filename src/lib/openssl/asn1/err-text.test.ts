/** ERR text functions; expected strings from real OpenSSL 3.0 (conformance/cases/engine-err-text.c). */
import { describe, expect, it } from 'vitest';
import { errorString, errPack } from './err-codes';
import { Harness } from '../testing/harness';

describe('ERR text', () => {
	it('ERR_error_string_n formats error:%08lX:LIB::REASON, and the short err: form cut to the buffer when it does not fit', () => {
		const e = errPack(20, 408);
		expect(errorString(e)).toBe('error:0A000198:SSL routines::ssl session id too long');
		expect(errorString(e, 20)).toBe('err:a000198:14:0:19');
		expect(errorString(0)).toBe('error:00000000:lib(0)::reason(0)');
		expect(errorString(errPack(9, 108))).toBe('error:0480006C:PEM routines::no start line');
	});

	it('ERR_print_errors drains the queue into the BIO; SSL_library_init answers 1', () => {
		const h = new Harness();
		expect(h.n('SSL_library_init')).toBe(1);
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set1_id', s, h.buf(new Uint8Array(40)), 33);
		const bio = h.call('BIO_new', h.call('BIO_s_mem'));
		h.call('ERR_print_errors', bio);
		expect(h.n('BIO_pending', bio)).toBeGreaterThan(0);
		expect(h.n('ERR_get_error')).toBe(0);
	});
});
