import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CValue, NativeLibrary, Pointer } from '../../snippet/abi';
import { Harness } from '../testing/harness';
import { BindingTable } from './table';
import { register } from './serialization';

const expected = (name: string) => readFileSync(new URL(`../../../../conformance/cases/${name}.expected`, import.meta.url), 'utf8');
const unhex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const STDOUT: CValue = { kind: 'obj', object: { cType: 'FILE', name: 'stdout' } as never };

/** A harness whose library includes these bindings (also before bindings/index.ts lists them). */
function lab(now = 1700000000): Harness {
	const h = new Harness(now);
	const lib = (h as unknown as { lib: NativeLibrary }).lib;
	if (!lib.functions.has('d2i_SSL_SESSION')) {
		const t = new BindingTable(h.world);
		register(t, h.world);
		for (const [k, v] of t.functions) (lib.functions as Map<string, typeof v>).set(k, v);
	}
	return h;
}

/** `const unsigned char *q = buf;` as a pointer slot. */
function slotWith(h: Harness, value: CValue): Pointer {
	const slot = h.buf(8);
	h.storePointer(slot, value);
	return slot;
}
const offsetOf = (h: Harness, slot: Pointer) => (h.loadPointer(slot) as { offset: number } | null)?.offset ?? -1;

function cipherFind(h: Harness, ssl: CValue, id: number): CValue {
	return h.call('SSL_CIPHER_find', ssl, h.buf(Uint8Array.of(id >> 8, id & 255)));
}

describe('d2i_SSL_SESSION binding', () => {
	it('reproduces the asn1-d2i-reject.c transcript (rejection table, errors left, events)', () => {
		const h = lab();
		const ok = '300f 020101 02020304 04021301 0400 0400';
		const tries: [string, string][] = [
			['minimal: version 1, TLS1.3, cipher 1301, empty id, empty master key', ok],
			['TLS1.2 protocol, TLS1.3 cipher (accepted, not checked)', '300f 020101 02020303 04021301 0400 0400'],
			['protocol version 0x0504 (major 5)', '300f 020101 02020504 04021301 0400 0400'],
			['protocol 0xfefd (DTLS 1.2 encoded as 2-byte INTEGER)', '300f 020101 0202fefd 04021301 0400 0400'],
			['cipher octet string of 3 bytes', '3010 020101 02020304 0403130100 0400 0400'],
			['cipher 0x0000 (unknown)', '300f 020101 02020304 04020000 0400 0400'],
			['session id of 33 bytes', `3030 020101 02020304 04021301 0421${Buffer.from(Array.from({ length: 33 }, (_, i) => i)).toString('hex')} 0400`],
			['empty SEQUENCE', '3000'],
			['not DER', '010203']
		];
		h.run(() => {
			for (const [what, hex] of tries) {
				const der = h.buf(unhex(hex));
				const q = slotWith(h, der);
				h.print(`>> ${what}\n`);
				const s = h.call('d2i_SSL_SESSION', null, q, unhex(hex).length);
				const e = h.n('ERR_peek_last_error');
				const reason = h.call('ERR_reason_error_string', e);
				const text = e ? h.readCString(reason) : '(none)';
				h.print(`  -> ${s ? 'session' : 'NULL'} #${h.num(s)} consumed=${offsetOf(h, q)} err lib=${h.n('ERR_GET_LIB', e)} reason=${h.n('ERR_GET_REASON', e)} ${text}\n`);
				h.call('ERR_clear_error');
				if (s) {
					const idl = h.buf(4);
					h.call('SSL_SESSION_get_id', s, idl);
					const proto = h.n('SSL_SESSION_get_protocol_version', s).toString(16);
					h.print(`  proto=0x${proto} idlen=${h.loadScalar(idl, 'uint')} timeout=${h.n('SSL_SESSION_get_timeout', s)} resumable=${h.n('SSL_SESSION_is_resumable', s)}\n`);
					h.call('SSL_SESSION_free', s);
				}
			}
		});
		expect(h.text).toBe(expected('asn1-d2i-reject'));
	});

	it('advances *pp past the SEQUENCE only, stores a new object in *a, and reuses an existing *a', () => {
		const h = lab();
		const der = unhex('300f 020101 02020304 04021301 0400 0400 99');
		const q = slotWith(h, h.buf(der));
		const t = h.call('d2i_SSL_SESSION', null, q, der.length);
		expect(offsetOf(h, q)).toBe(17);
		const a = slotWith(h, null);
		const u = h.call('d2i_SSL_SESSION', a, slotWith(h, h.buf(der)), 17);
		expect(h.loadPointer(a)).toEqual(u);
		const tSlot = slotWith(h, t);
		const again = h.call('d2i_SSL_SESSION', tSlot, slotWith(h, h.buf(der)), 17);
		expect(again).toEqual(t);
		expect(h.text).toBe('# new SSL_SESSION#1\n# new SSL_SESSION#2\n');
	});

	it('leaves *pp and *a alone on failure, and queues too long (13, 155) for truncated input', () => {
		const h = lab();
		const der = unhex('300f 020101 02020304 04021301 0400 0400');
		const q = slotWith(h, h.buf(der));
		expect(h.call('d2i_SSL_SESSION', null, q, 16)).toBeNull();
		expect(offsetOf(h, q)).toBe(0);
		const e = h.n('ERR_get_error');
		expect([h.n('ERR_GET_LIB', e), h.n('ERR_GET_REASON', e)]).toEqual([13, 155]);
		expect(h.text).toBe('');
	});
});

describe('i2d_SSL_SESSION binding', () => {
	it('reproduces the asn1-der-fields.c transcript', () => {
		const h = lab();
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_client_method'));
			const ssl = h.call('SSL_new', ctx);
			const s = h.call('SSL_SESSION_new');
			const buf = h.buf(2048);
			const hexOf = (n: number) => Buffer.from(h.bytesAt(buf, n)).toString('hex');
			h.print(`fresh: i2d(NULL) = ${h.n('i2d_SSL_SESSION', s, null)}\n`);
			h.call('SSL_SESSION_set_cipher', s, cipherFind(h, ssl, 0x1301));
			h.print(`cipher only: len ${h.n('i2d_SSL_SESSION', s, null)}\n`);
			let p = slotWith(h, buf);
			let n = h.n('i2d_SSL_SESSION', s, p);
			h.print(`wrote ${n}, advanced ${offsetOf(h, p)}\n`);
			h.call('SSL_SESSION_set_time', s, 0);
			h.call('SSL_SESSION_set_timeout', s, 0);
			n = h.n('i2d_SSL_SESSION', s, slotWith(h, buf));
			h.print(`time=0 timeout=0 version=0: ${hexOf(n)}\n`);
			h.call('SSL_SESSION_set_protocol_version', s, 0x0304);
			h.call('SSL_SESSION_set1_id', s, h.buf(unhex('aabbccdd')), 4);
			h.call('SSL_SESSION_set1_master_key', s, h.buf(unhex('010203')), 3);
			h.call('SSL_SESSION_set1_id_context', s, h.buf(unhex('5152')), 2);
			h.call('SSL_SESSION_set_time', s, 1700000000);
			h.call('SSL_SESSION_set_timeout', s, 7200);
			h.call('SSL_SESSION_set1_hostname', s, h.buf('example.com'));
			h.call('SSL_SESSION_set1_alpn_selected', s, h.buf(unhex('6832')), 2);
			h.call('SSL_SESSION_set_max_early_data', s, 16384);
			h.call('SSL_SESSION_set1_ticket_appdata', s, h.buf('app'), 3);
			p = slotWith(h, buf);
			n = h.n('i2d_SSL_SESSION', s, p);
			h.print(`full: ${hexOf(n)}\n`);
			h.call('SSL_SESSION_free', s);
			h.call('SSL_free', ssl);
			h.call('SSL_CTX_free', ctx);
		});
		expect(h.text).toBe(expected('asn1-der-fields'));
	});

	it('allocates a heap buffer and stores it in *pp when *pp is NULL, without advancing it', () => {
		const h = lab();
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set_cipher', s, h.call('SSL_CIPHER_find', h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method'))), h.buf(Uint8Array.of(0x13, 0x01))));
		const p = slotWith(h, null);
		const n = h.n('i2d_SSL_SESSION', s, p);
		const out = h.loadPointer(p) as Pointer & { kind: 'mem' };
		expect(out.block.region).toBe('heap');
		expect(out.offset).toBe(0);
		expect(h.bytesAt(out, n)[0]).toBe(0x30);
	});
});

describe('pointer misuse around i2d/d2i', () => {
	it('i2d_SSL_SESSION into a buffer that is too small stops the program (out of bounds)', () => {
		const h = lab();
		const ssl = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set_cipher', s, cipherFind(h, ssl, 0x1301));
		expect(() => h.call('i2d_SSL_SESSION', s, slotWith(h, h.buf(10)))).toThrow(/out of bounds/);
	});

	it('d2i_SSL_SESSION into a destroyed *a is a use-after-free', () => {
		const h = lab();
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_free', s);
		const der = unhex('300f 020101 02020304 04021301 0400 0400');
		h.run(() => h.at(12).call('d2i_SSL_SESSION', slotWith(h, s), slotWith(h, h.buf(der)), der.length));
		expect(h.fault?.kind).toBe('use-after-free');
	});

	it('PEM_read_bio_SSL_SESSION reuses *x like d2i and stores a new session in an empty *x', () => {
		const h = lab();
		const ssl = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set_cipher', s, cipherFind(h, ssl, 0x1301));
		h.call('SSL_SESSION_set_protocol_version', s, 0x0304); // version 0 would not decode (259)
		const mem = h.call('BIO_new', h.call('BIO_s_mem'));
		h.call('PEM_write_bio_SSL_SESSION', mem, s);
		h.call('PEM_write_bio_SSL_SESSION', mem, s);
		const x = slotWith(h, null);
		const r = h.call('PEM_read_bio_SSL_SESSION', mem, x, null, null);
		expect(h.loadPointer(x)).toEqual(r);
		const again = h.call('PEM_read_bio_SSL_SESSION', mem, x, null, null);
		expect(again).toEqual(r);
		expect(h.text).toBe('# new SSL_CTX#1\n# new SSL#1\n# new SSL_SESSION#1\n# new SSL_SESSION#2\n');
	});
});

describe('PEM, print, BIO and ERR bindings', () => {
	it('reproduces the pem-print.c transcript', () => {
		const h = lab();
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_client_method'));
			const ssl = h.call('SSL_new', ctx);
			const s = h.call('SSL_SESSION_new');
			h.call('SSL_SESSION_set_cipher', s, cipherFind(h, ssl, 0x1301));
			h.call('SSL_SESSION_set_protocol_version', s, 0x0304);
			h.call('SSL_SESSION_set1_id', s, h.buf(unhex('deadbeef')), 4);
			h.call('SSL_SESSION_set1_master_key', s, h.buf(unhex('09080706')), 4);
			h.call('SSL_SESSION_set_time', s, 1700000000);
			h.call('SSL_SESSION_set_timeout', s, 300);
			h.call('SSL_SESSION_set1_hostname', s, h.buf('h.example'));
			h.print(`PEM_write_SSL_SESSION -> ${h.n('PEM_write_SSL_SESSION', STDOUT, s)}\n`);
			h.print(`SSL_SESSION_print_fp -> ${h.n('SSL_SESSION_print_fp', STDOUT, s)}\n`);
			const mem = h.call('BIO_new', h.call('BIO_s_mem'));
			h.print(`PEM_write_bio -> ${h.n('PEM_write_bio_SSL_SESSION', mem, s)}\n`);
			const r = h.call('PEM_read_bio_SSL_SESSION', mem, null, null, null);
			const host = h.readCString(h.call('SSL_SESSION_get0_hostname', r));
			h.print(`PEM_read_bio -> #${h.num(r)} host=${host} time=${h.n('SSL_SESSION_get_time', r)} timeout=${h.n('SSL_SESSION_get_timeout', r)}\n`);
			const r2 = h.call('PEM_read_bio_SSL_SESSION', mem, null, null, null);
			h.print(`second read on empty BIO -> ${r2 ? 'obj' : 'NULL'}\n`);
			expect(h.n('ERR_GET_REASON', h.n('ERR_peek_last_error'))).toBe(108);
			h.call('ERR_clear_error');
			h.call('BIO_free', mem);
			h.call('SSL_SESSION_free', r);
			h.call('SSL_SESSION_free', s);
			h.call('SSL_free', ssl);
			h.call('SSL_CTX_free', ctx);
		});
		expect(h.text).toBe(expected('pem-print'));
	});

	it('PEM_write_bio_SSL_SESSION of a session without cipher returns 0 with PEM "ASN1 lib"', () => {
		const h = lab();
		const mem = h.call('BIO_new', h.call('BIO_s_mem'));
		expect(h.n('PEM_write_bio_SSL_SESSION', mem, h.call('SSL_SESSION_new'))).toBe(0);
		const e = h.n('ERR_get_error');
		expect([h.n('ERR_GET_LIB', e), h.n('ERR_GET_REASON', e)]).toEqual([9, 0x8000d]);
		expect(h.n('BIO_pending', mem)).toBe(0);
	});

	it('SSL_SESSION_print_fp(stdout, NULL) returns 0 and prints nothing', () => {
		const h = lab();
		expect(h.n('SSL_SESSION_print_fp', STDOUT, null)).toBe(0);
		expect(h.text).toBe('');
	});

	it('SSL_CIPHER_find returns NULL for an unknown id and SSL_CIPHER_get_name names known ones', () => {
		const h = lab();
		const ssl = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
		expect(cipherFind(h, ssl, 0x0000)).toBeNull();
		expect(h.readCString(h.call('SSL_CIPHER_get_name', cipherFind(h, ssl, 0xc02c)))).toBe('ECDHE-ECDSA-AES256-GCM-SHA384');
		expect(h.readCString(h.call('SSL_CIPHER_get_name', cipherFind(h, ssl, 0x1302)))).toBe('TLS_AES_256_GCM_SHA384');
		expect(h.readCString(h.call('SSL_CIPHER_get_name', null))).toBe('(NONE)');
	});

	it('SSL_CIPHER_standard_name, get_version, get_protocol_id and get_id describe a suite as OpenSSL does', () => {
		const h = lab();
		const ssl = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
		const c = cipherFind(h, ssl, 0xc02c);
		expect(h.readCString(h.call('SSL_CIPHER_standard_name', c))).toBe('TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384');
		expect(h.readCString(h.call('SSL_CIPHER_get_version', c))).toBe('TLSv1.2');
		expect(h.n('SSL_CIPHER_get_protocol_id', c)).toBe(0xc02c);
		expect(h.n('SSL_CIPHER_get_id', c)).toBe(0x0300c02c);
		expect(h.readCString(h.call('SSL_CIPHER_get_version', null))).toBe('(NONE)');
	});

	it('ERR_get_error returns the oldest error first and 0 once the queue is empty', () => {
		const h = lab();
		h.call('d2i_SSL_SESSION', null, slotWith(h, h.buf(unhex('010203'))), 3);
		expect(h.n('ERR_GET_REASON', h.n('ERR_get_error'))).toBe(155);
		expect(h.n('ERR_GET_REASON', h.n('ERR_get_error'))).toBe(102);
		expect(h.n('ERR_GET_REASON', h.n('ERR_get_error'))).toBe(524554);
		expect(h.n('ERR_get_error')).toBe(0);
		expect(h.call('ERR_reason_error_string', 0)).toBeNull();
	});

	it('ERR_get_error drains at most the 15 most recent errors, like OpenSSL\'s error ring', () => {
		const h = lab();
		const s = h.call('SSL_SESSION_new');
		for (let i = 0; i < 20; i++) {
			h.call('SSL_SESSION_set1_id', s, h.buf(40), 33);
			h.call('SSL_SESSION_set1_id_context', s, h.buf(40), 33);
		}
		let n = 0;
		while (h.n('ERR_get_error') !== 0) n++;
		expect(n).toBe(15);
	});

	it('BIO_free on a freed BIO is a double free', () => {
		const h = lab();
		const mem = h.call('BIO_new', h.call('BIO_s_mem'));
		h.run(() => {
			h.at(7).call('BIO_free', mem);
			h.at(8).call('BIO_free', mem);
		});
		expect(h.fault?.kind).toBe('double-free');
	});
});
