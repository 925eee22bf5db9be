/**
 * A fake NativeLibrary for front-end tests: the real OpenSSL 3.0 prototypes of the functions the dialect lists
 * (spec/snippet-c.md), with no implementations. The engine's bindings (src/lib/openssl/bindings) are the real one.
 */
import type { CValue, NativeFunction, NativeLibrary } from '../abi';

export const TEST_PROTOTYPES = [
	'const SSL_METHOD *TLS_method(void)', 'const SSL_METHOD *TLS_client_method(void)', 'const SSL_METHOD *TLS_server_method(void)',
	'SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth)', 'int SSL_CTX_up_ref(SSL_CTX *ctx)', 'void SSL_CTX_free(SSL_CTX *ctx)',
	'long SSL_CTX_set_session_cache_mode(SSL_CTX *ctx, long mode)', 'long SSL_CTX_get_session_cache_mode(SSL_CTX *ctx)',
	'long SSL_CTX_sess_set_cache_size(SSL_CTX *ctx, long t)', 'long SSL_CTX_sess_get_cache_size(SSL_CTX *ctx)',
	'long SSL_CTX_set_timeout(SSL_CTX *ctx, long t)', 'long SSL_CTX_get_timeout(const SSL_CTX *ctx)',
	'int SSL_CTX_set_session_id_context(SSL_CTX *ctx, const unsigned char *sid_ctx, unsigned int sid_ctx_len)',
	'uint64_t SSL_CTX_set_options(SSL_CTX *ctx, uint64_t op)', 'int SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version)',
	'int SSL_CTX_set_max_proto_version(SSL_CTX *ctx, int version)', 'int SSL_CTX_set_num_tickets(SSL_CTX *ctx, size_t num_tickets)',
	'size_t SSL_CTX_get_num_tickets(const SSL_CTX *ctx)', 'int SSL_CTX_set_max_early_data(SSL_CTX *ctx, uint32_t max_early_data)',
	'void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, void *callback)',
	'void SSL_CTX_sess_set_new_cb(SSL_CTX *ctx, int (*new_session_cb)(SSL *, SSL_SESSION *))',
	'void SSL_CTX_sess_set_remove_cb(SSL_CTX *ctx, void (*remove_session_cb)(SSL_CTX *ctx, SSL_SESSION *sess))',
	'void SSL_CTX_sess_set_get_cb(SSL_CTX *ctx, SSL_SESSION *(*get_session_cb)(SSL *, const unsigned char *, int, int *))',
	'int SSL_CTX_add_session(SSL_CTX *ctx, SSL_SESSION *c)', 'int SSL_CTX_remove_session(SSL_CTX *ctx, SSL_SESSION *c)',
	'void SSL_CTX_flush_sessions(SSL_CTX *ctx, long tm)', 'long SSL_CTX_sess_number(SSL_CTX *ctx)',
	'long SSL_CTX_sess_connect(SSL_CTX *ctx)', 'long SSL_CTX_sess_connect_good(SSL_CTX *ctx)', 'long SSL_CTX_sess_connect_renegotiate(SSL_CTX *ctx)',
	'long SSL_CTX_sess_accept(SSL_CTX *ctx)', 'long SSL_CTX_sess_accept_good(SSL_CTX *ctx)', 'long SSL_CTX_sess_accept_renegotiate(SSL_CTX *ctx)',
	'long SSL_CTX_sess_hits(SSL_CTX *ctx)', 'long SSL_CTX_sess_cb_hits(SSL_CTX *ctx)', 'long SSL_CTX_sess_misses(SSL_CTX *ctx)',
	'long SSL_CTX_sess_timeouts(SSL_CTX *ctx)', 'long SSL_CTX_sess_cache_full(SSL_CTX *ctx)',
	'SSL *SSL_new(SSL_CTX *ctx)', 'void SSL_free(SSL *ssl)', 'int SSL_clear(SSL *ssl)', 'SSL_CTX *SSL_get_SSL_CTX(const SSL *ssl)',
	'SSL_CTX *SSL_set_SSL_CTX(SSL *ssl, SSL_CTX *ctx)', 'int SSL_set_session(SSL *ssl, SSL_SESSION *session)',
	'SSL_SESSION *SSL_get_session(const SSL *ssl)', 'SSL_SESSION *SSL_get0_session(const SSL *ssl)', 'SSL_SESSION *SSL_get1_session(SSL *ssl)',
	'int SSL_session_reused(const SSL *s)', 'int SSL_copy_session_id(SSL *to, const SSL *from)',
	'int SSL_has_matching_session_id(const SSL *s, const unsigned char *id, unsigned int id_len)',
	'int SSL_set_session_id_context(SSL *ssl, const unsigned char *sid_ctx, unsigned int sid_ctx_len)',
	'int SSL_set_max_proto_version(SSL *s, int version)', 'int SSL_version(const SSL *s)', 'long SSL_get_default_timeout(const SSL *s)',
	'int SSL_do_handshake(SSL *s)', 'int SSL_read_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes)', 'int SSL_shutdown(SSL *s)',
	'void SSL_set_shutdown(SSL *ssl, int mode)', 'int SSL_get_shutdown(const SSL *ssl)', 'void SSL_set_quiet_shutdown(SSL *ssl, int mode)',
	'int SSL_renegotiate(SSL *s)', 'int SSL_renegotiate_pending(const SSL *s)', 'int SSL_new_session_ticket(SSL *s)',
	'const SSL_CIPHER *SSL_CIPHER_find(SSL *ssl, const unsigned char *ptr)', 'const char *SSL_CIPHER_get_name(const SSL_CIPHER *c)',
	'SSL_SESSION *SSL_SESSION_new(void)', 'int SSL_SESSION_up_ref(SSL_SESSION *ses)', 'void SSL_SESSION_free(SSL_SESSION *ses)',
	'SSL_SESSION *SSL_SESSION_dup(const SSL_SESSION *src)', 'long SSL_SESSION_get_time(const SSL_SESSION *s)',
	'long SSL_SESSION_set_time(SSL_SESSION *s, long t)', 'long SSL_SESSION_get_timeout(const SSL_SESSION *s)',
	'long SSL_SESSION_set_timeout(SSL_SESSION *s, long t)', 'const unsigned char *SSL_SESSION_get_id(const SSL_SESSION *s, unsigned int *len)',
	'int SSL_SESSION_set1_id(SSL_SESSION *s, const unsigned char *sid, unsigned int sid_len)',
	'const unsigned char *SSL_SESSION_get0_id_context(const SSL_SESSION *s, unsigned int *len)',
	'int SSL_SESSION_set1_id_context(SSL_SESSION *s, const unsigned char *sid_ctx, unsigned int sid_ctx_len)',
	'size_t SSL_SESSION_get_master_key(const SSL_SESSION *sess, unsigned char *out, size_t outlen)',
	'int SSL_SESSION_set1_master_key(SSL_SESSION *sess, const unsigned char *in, size_t len)',
	'int SSL_SESSION_get_protocol_version(const SSL_SESSION *s)', 'int SSL_SESSION_set_protocol_version(SSL_SESSION *s, int version)',
	'const SSL_CIPHER *SSL_SESSION_get0_cipher(const SSL_SESSION *s)', 'int SSL_SESSION_set_cipher(SSL_SESSION *s, const SSL_CIPHER *cipher)',
	'int SSL_SESSION_is_resumable(const SSL_SESSION *s)', 'int SSL_SESSION_has_ticket(const SSL_SESSION *s)',
	'void SSL_SESSION_get0_ticket(const SSL_SESSION *s, const unsigned char **tick, size_t *len)',
	'unsigned long SSL_SESSION_get_ticket_lifetime_hint(const SSL_SESSION *s)', 'uint32_t SSL_SESSION_get_max_early_data(const SSL_SESSION *s)',
	'int SSL_SESSION_set_max_early_data(SSL_SESSION *s, uint32_t max_early_data)',
	'void SSL_SESSION_get0_alpn_selected(const SSL_SESSION *s, const unsigned char **alpn, size_t *len)',
	'int SSL_SESSION_set1_alpn_selected(SSL_SESSION *s, const unsigned char *alpn, size_t len)',
	'const char *SSL_SESSION_get0_hostname(const SSL_SESSION *s)', 'int SSL_SESSION_set1_hostname(SSL_SESSION *s, const char *hostname)',
	'X509 *SSL_SESSION_get0_peer(SSL_SESSION *s)', 'unsigned int SSL_SESSION_get_compress_id(const SSL_SESSION *s)',
	'int SSL_SESSION_get0_ticket_appdata(SSL_SESSION *ss, void **data, size_t *len)',
	'int SSL_SESSION_set1_ticket_appdata(SSL_SESSION *ss, const void *data, size_t len)',
	'void *SSL_SESSION_get_ex_data(const SSL_SESSION *ss, int idx)', 'int SSL_SESSION_set_ex_data(SSL_SESSION *ss, int idx, void *data)',
	'int SSL_SESSION_print_fp(FILE *fp, const SSL_SESSION *ses)', 'int i2d_SSL_SESSION(const SSL_SESSION *in, unsigned char **pp)',
	'SSL_SESSION *d2i_SSL_SESSION(SSL_SESSION **a, const unsigned char **pp, long length)',
	'int PEM_write_SSL_SESSION(FILE *fp, const SSL_SESSION *x)', 'int PEM_write_bio_SSL_SESSION(BIO *bp, const SSL_SESSION *x)',
	'SSL_SESSION *PEM_read_bio_SSL_SESSION(BIO *bp, SSL_SESSION **x, void *cb, void *u)', 'BIO *BIO_new(const BIO_METHOD *type)',
	'const BIO_METHOD *BIO_s_mem(void)', 'int BIO_free(BIO *a)', 'unsigned long ERR_get_error(void)', 'unsigned long ERR_peek_last_error(void)',
	'void ERR_clear_error(void)', 'int ERR_GET_LIB(unsigned long errcode)', 'int ERR_GET_REASON(unsigned long errcode)',
	'const char *ERR_reason_error_string(unsigned long e)', 'int connect_pair(SSL *client, SSL *server)', 'void shutdown_pair(SSL *client, SSL *server)'
];

const CONSTANTS: [string, string, number][] = [
	['SSL_SESS_CACHE_OFF', 'long', 0], ['SSL_SESS_CACHE_CLIENT', 'long', 1], ['SSL_SESS_CACHE_SERVER', 'long', 2], ['SSL_SESS_CACHE_BOTH', 'long', 3],
	['SSL_SESS_CACHE_NO_AUTO_CLEAR', 'long', 0x80], ['SSL_SESS_CACHE_NO_INTERNAL_LOOKUP', 'long', 0x100], ['SSL_SESS_CACHE_NO_INTERNAL_STORE', 'long', 0x200],
	['SSL_SESS_CACHE_NO_INTERNAL', 'long', 0x300], ['SSL_SESS_CACHE_UPDATE_TIME', 'long', 0x400], ['SSL_OP_NO_TICKET', 'uint64_t', 0x4000],
	['SSL_OP_ALLOW_CLIENT_RENEGOTIATION', 'uint64_t', 0x100], ['TLS1_2_VERSION', 'int', 0x303], ['TLS1_3_VERSION', 'int', 0x304],
	['SSL_VERIFY_NONE', 'int', 0], ['SSL_VERIFY_PEER', 'int', 1], ['SSL_SENT_SHUTDOWN', 'int', 1], ['SSL_RECEIVED_SHUTDOWN', 'int', 2],
	['SSL_ERROR_NONE', 'int', 0], ['SSL_ERROR_SSL', 'int', 1], ['SSL_ERROR_WANT_READ', 'int', 2], ['SSL_ERROR_ZERO_RETURN', 'int', 6]
];

const noop = (): CValue => null;

export function testLibrary(extra: string[] = []): NativeLibrary {
	const functions = new Map<string, NativeFunction>();
	for (const p of [...TEST_PROTOTYPES, ...extra]) {
		const name = /(\w+)\s*\(/.exec(p)![1];
		functions.set(name, { prototype: p, call: noop });
	}
	const constants = new Map<string, { type: string; value: CValue }>(CONSTANTS.map(([n, type, value]) => [n, { type, value }]));
	constants.set('stdout', { type: 'FILE *', value: null });
	constants.set('stderr', { type: 'FILE *', value: null });
	return { functions, constants };
}
