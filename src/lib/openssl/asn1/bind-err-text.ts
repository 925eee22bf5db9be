/**
 * The ERR text functions (ERR_error_string(_n), ERR_lib/func_error_string, ERR_print_errors(_fp))
 * and the library initialisers older programs call (no-ops in OpenSSL 3.0 that answer 1).
 */
import type { BindingTable } from '../bindings/table';
import type { World } from '../world';
import { num } from '../bindings/args';
import { errorString, errPack, libString } from './err-codes';
import { bioArg, staticString, streamArg } from './bind-support';
import { fault } from '../ledger';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/**
 * ERR_print_errors drains the queue, one line per error. Real lines start with a thread id and end
 * with OpenSSL's source file and line, neither reproducible; the middle part matches.
 */
function drainLines(w: World): string {
	let out = '';
	for (const e of w.errors.splice(0)) {
		const code = errPack(e.lib, e.reason);
		const [, hex, lib, , reason] = errorString(code).split(':');
		out += `00000000:error:${hex}:${lib}:${e.fn}:${reason}:session-lab:0:\n`;
	}
	return out;
}

export function registerErrorText(t: BindingTable, w: World): void {
	t.fn('void ERR_error_string_n(unsigned long e, char *buf, size_t len)', ([e, b, l], n) => {
		const len = num(l);
		if (len > 0) n.writeBytes(b, Uint8Array.from([...latin1(errorString(num(e), len)), 0]));
		return null;
	});
	t.fn('char *ERR_error_string(unsigned long e, char *buf)', ([e, b], n) => {
		const text = errorString(num(e));
		if (b === null || b === 0) return staticString(n, null, text);
		n.writeBytes(b, Uint8Array.from([...latin1(text), 0]));
		return b;
	});
	t.fn('const char *ERR_lib_error_string(unsigned long e)', ([e], n) => {
		const s = libString(num(e));
		return s === null ? null : staticString(n, null, s);
	});
	t.fn('const char *ERR_func_error_string(unsigned long e)', () => null);
	t.fn('void ERR_print_errors_fp(FILE *fp)', ([fp], n) => {
		const stream = streamArg(w, fp, 'ERR_print_errors_fp');
		n.write(stream, drainLines(w));
		return null;
	});
	t.fn('void ERR_print_errors(BIO *bp)', ([b]) => {
		const bio = bioArg(w, b, 'ERR_print_errors');
		if (!bio) fault(w, 'null-dereference', null, 'ERR_print_errors writes to a NULL BIO *');
		bio.writeText(drainLines(w));
		return null;
	});
	// Initialisers: the 3.0 macros expand to OPENSSL_init_ssl / OPENSSL_init_crypto, which answer 1.
	for (const name of ['SSL_library_init', 'SSL_load_error_strings', 'ERR_load_crypto_strings', 'OpenSSL_add_ssl_algorithms', 'SSLeay_add_ssl_algorithms', 'OpenSSL_add_all_algorithms', 'ERR_load_SSL_strings']) {
		t.fn(`int ${name}(void)`, () => 1);
	}
	t.fn('int OPENSSL_init_ssl(uint64_t opts, const void *settings)', () => 1);
	t.fn('int OPENSSL_init_crypto(uint64_t opts, const void *settings)', () => 1);
	for (const name of ['ERR_free_strings', 'EVP_cleanup', 'CRYPTO_cleanup_all_ex_data', 'OPENSSL_cleanup']) {
		t.fn(`void ${name}(void)`, () => null);
	}
}
