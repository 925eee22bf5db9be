/**
 * Bindings for the small libraries around serialization: SSL_CIPHER lookup, the ERR queue,
 * memory BIOs and SSL_SESSION_print(_fp).
 */
import type { CValue, NativeContext } from '../../snippet/abi';
import { servername, setServerName } from '../handshake/sni';
import type { BindingTable } from '../bindings/table';
import type { World } from '../world';
import { fault } from '../ledger';
import { isNull, num, ptr, sessionArg, sslArg } from '../bindings/args';
import { findCipher, NO_CIPHER_NAME, SslCipher } from './ciphers';
import { ERR_GET_LIB, ERR_GET_REASON, errPack, reasonString } from './err-codes';
import { MEM_METHOD, MemBio } from './mem-bio';
import { printSession, protocolName } from './session-print';
import { bioArg, staticString, streamArg } from './bind-support';

export function registerCiphers(t: BindingTable, w: World): void {
	w.ciphers = {
		byId: (id) => findCipher(id),
		idOf: (obj) => (obj instanceof SslCipher ? obj.id : null)
	};
	t.fn('const SSL_CIPHER *SSL_CIPHER_find(SSL *ssl, const unsigned char *ptr)', ([s, p], n) => {
		sslArg(w, s, 'SSL_CIPHER_find', 'crash'); // OpenSSL goes through ssl->method first
		const b = n.readBytes(p, 2);
		return ptr(findCipher((b[0] << 8) | b[1]));
	});
	// The connection's view: SSL_get_current_cipher is its session's cipher pointer (NULL SSL: crash,
	// no session or no cipher: NULL); SSL_get_version names SSL_version() (checked with real runs).
	const currentCipher = (c: CValue, fn: string): SslCipher | null => {
		const sess = sslArg(w, c, fn, 'crash').session;
		return sess && sess.fields.cipherId !== 0 ? findCipher(sess.fields.cipherId) : null;
	};
	t.fn('const SSL_CIPHER *SSL_get_current_cipher(const SSL *s)', ([s]) => ptr(currentCipher(s, 'SSL_get_current_cipher')));
	for (const name of ['SSL_get_cipher', 'SSL_get_cipher_name']) {
		t.fn(`const char *${name}(const SSL *s)`, ([s], n) => {
			const cipher = currentCipher(s, name);
			return staticString(n, cipher, cipher ? cipher.name : NO_CIPHER_NAME);
		});
	}
	// SNI (handshake/sni.ts): the name is the SSL's own string (a pointer into the SSL).
	const setName = (s: CValue, p: CValue, n: NativeContext, fn: string): number => {
		const ssl = sslArg(w, s, fn, 'crash');
		setServerName(ssl, null);
		if (isNull(p)) return 1;
		const name = n.readCString(p);
		if (name.length === 0 || name.length > 255) {
			w.pushError(20 /* ERR_LIB_SSL */, 319 /* SSL_R_SSL3_EXT_INVALID_SERVERNAME */, fn);
			return 0;
		}
		setServerName(ssl, name);
		return 1;
	};
	t.fn('long SSL_set_tlsext_host_name(SSL *s, const char *name)', ([s, p], n) => setName(s, p, n, 'SSL_set_tlsext_host_name'));
	t.fn('const char *SSL_get_servername(const SSL *s, const int type)', ([s, ty], n) => {
		const ssl = sslArg(w, s, 'SSL_get_servername', 'crash');
		const name = num(ty) === 0 ? servername(ssl) : null;
		return name === null ? null : staticString(n, ssl, name);
	});
	t.fn('const char *SSL_get_version(const SSL *s)', ([s], n) => {
		const name = protocolName(sslArg(w, s, 'SSL_get_version', 'crash').version);
		return staticString(n, null, name);
	});
	t.fn('const char *SSL_CIPHER_get_name(const SSL_CIPHER *c)', ([c], n) => {
		const cipher = !isNull(c) && typeof c === 'object' && c !== null && c.kind === 'obj' ? c.object : null;
		if (cipher instanceof SslCipher) return staticString(n, cipher, cipher.name);
		if (cipher === null) return staticString(n, null, NO_CIPHER_NAME);
		// A cipher object the table does not know (engine fallback): name it by id like OpenSSL's unknown-id print.
		return staticString(n, cipher, NO_CIPHER_NAME);
	});
	const cipherOf = (c: CValue, fn: string): SslCipher => {
		if (isNull(c) || typeof c !== 'object' || c === null || c.kind !== 'obj' || !(c.object instanceof SslCipher)) {
			fault(w, 'null-dereference', null, `${fn} dereferences a NULL SSL_CIPHER *`);
		}
		return c.object;
	};
	t.fn('const char *SSL_CIPHER_standard_name(const SSL_CIPHER *c)', ([c], n) => {
		if (isNull(c)) return staticString(n, null, NO_CIPHER_NAME);
		const cipher = cipherOf(c, 'SSL_CIPHER_standard_name');
		return staticString(n, cipher, cipher.standardName);
	});
	t.fn('const char *SSL_CIPHER_get_version(const SSL_CIPHER *c)', ([c], n) => {
		if (isNull(c)) return staticString(n, null, NO_CIPHER_NAME);
		const cipher = cipherOf(c, 'SSL_CIPHER_get_version');
		return staticString(n, cipher, cipher.version);
	});
	t.fn('unsigned short SSL_CIPHER_get_protocol_id(const SSL_CIPHER *c)', ([c]) => cipherOf(c, 'SSL_CIPHER_get_protocol_id').id);
	t.fn('uint32_t SSL_CIPHER_get_id(const SSL_CIPHER *c)', ([c]) => {
		if (isNull(c) || typeof c !== 'object' || c === null || c.kind !== 'obj' || !(c.object instanceof SslCipher)) {
			fault(w, 'null-dereference', null, 'SSL_CIPHER_get_id dereferences a NULL SSL_CIPHER *');
		}
		return 0x03000000 + c.object.id;
	});
}

/** OpenSSL's per-thread error ring keeps the 15 most recent errors (observed: 40 pushed, 15 drained). */
export const ERR_QUEUE_CAPACITY = 15;

export function registerErrors(t: BindingTable, w: World): void {
	const packed = (i: number) => {
		if (w.errors.length > ERR_QUEUE_CAPACITY) w.errors.splice(0, w.errors.length - ERR_QUEUE_CAPACITY);
		if (i < 0) i = w.errors.length - 1;
		const e = w.errors[i];
		return e ? errPack(e.lib, e.reason) : 0;
	};
	t.fn('unsigned long ERR_get_error(void)', () => {
		const e = packed(0);
		w.errors.shift();
		return e;
	});
	t.fn('unsigned long ERR_peek_error(void)', () => packed(0));
	t.fn('unsigned long ERR_peek_last_error(void)', () => packed(-1));
	t.fn('void ERR_clear_error(void)', () => {
		w.errors.length = 0;
		return null;
	});
	t.fn('int ERR_GET_LIB(unsigned long errcode)', ([e]) => ERR_GET_LIB(num(e)));
	t.fn('int ERR_GET_REASON(unsigned long errcode)', ([e]) => ERR_GET_REASON(num(e)));
	t.fn('const char *ERR_reason_error_string(unsigned long e)', ([e], n) => {
		const s = reasonString(num(e));
		return s === null ? null : staticString(n, null, s);
	});
}

export function registerBio(t: BindingTable, w: World): void {
	t.fn('const BIO_METHOD *BIO_s_mem(void)', () => ptr(MEM_METHOD));
	t.fn('BIO *BIO_new(const BIO_METHOD *type)', ([m], n) => {
		if (isNull(m)) return null;
		const bio = new MemBio(w);
		bio.allocation = n.allocHeap(new Uint8Array(1), 'BIO_new');
		return ptr(bio);
	});
	t.fn('int BIO_free(BIO *a)', ([b], n) => {
		if (isNull(b)) return 0;
		if (typeof b === 'object' && b !== null && b.kind === 'obj' && b.object instanceof MemBio && b.object.freed) {
			fault(w, 'double-free', null, `BIO_free releases ${b.object.label}, which was already freed`);
		}
		const bio = bioArg(w, b, 'BIO_free');
		if (bio) {
			bio.freed = true;
			if (bio.allocation) n.freeHeap(bio.allocation, 'BIO_free');
		}
		return 1;
	});
	t.fn('int BIO_write(BIO *b, const void *data, int dlen)', ([b, d, len], n) => {
		const bio = bioArg(w, b, 'BIO_write');
		if (!bio) return -1;
		if (num(len) <= 0) return 0;
		return bio.write(n.readBytes(d, num(len)));
	});
	t.fn('int BIO_read(BIO *b, void *data, int dlen)', ([b, d, len], n) => {
		const bio = bioArg(w, b, 'BIO_read');
		if (!bio) return -1;
		if (num(len) <= 0) return 0;
		if (bio.pending === 0) return -1; // empty memory BIO: "retry" (-1), as OpenSSL's default
		const got = bio.read(num(len));
		n.writeBytes(d, got);
		return got.length;
	});
	t.fn('size_t BIO_ctrl_pending(BIO *b)', ([b]) => bioArg(w, b, 'BIO_ctrl_pending')?.pending ?? 0);
	t.fn('int BIO_pending(BIO *b)', ([b]) => bioArg(w, b, 'BIO_pending')?.pending ?? 0);
}

export function registerPrint(t: BindingTable, w: World): void {
	t.fn('int SSL_SESSION_print_fp(FILE *fp, const SSL_SESSION *ses)', ([fp, s], n) => {
		const stream = streamArg(w, fp, 'SSL_SESSION_print_fp');
		const session = sessionArg(w, s, 'SSL_SESSION_print_fp', 'null');
		if (!session) return 0;
		const r = printSession(session.fields);
		if (r.text) n.write(stream, r.text);
		return r.ok ? 1 : 0;
	});
	t.fn('int SSL_SESSION_print(BIO *bp, const SSL_SESSION *ses)', ([b, s]) => {
		const bio = bioArg(w, b, 'SSL_SESSION_print');
		const session = sessionArg(w, s, 'SSL_SESSION_print', 'null');
		if (!session) return 0;
		if (!bio) fault(w, 'null-dereference', null, 'SSL_SESSION_print writes to a NULL BIO *');
		const r = printSession(session.fields);
		bio.writeText(r.text);
		return r.ok ? 1 : 0;
	});
}
