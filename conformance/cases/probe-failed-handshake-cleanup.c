/* A handshake that fails (no common protocol version): connect_pair returns
 * 0, the counters record the attempts only, SSL_shutdown fails, and freeing
 * the SSLs removes nothing from any cache (the bad-session rule needs a
 * completed handshake). A planted cached session is untouched. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[remove_cb] #%ld\n", num(sess)); }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *planted = SSL_SESSION_new();
    unsigned char id[32];
    SSL *c, *s;
    int r;
    memset(id, 3, sizeof(id));
    SSL_SESSION_set1_id(planted, id, sizeof(id));
    SSL_SESSION_set_protocol_version(planted, TLS1_2_VERSION);
    SSL_CTX_add_session(cctx, planted);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_min_proto_version(sctx, TLS1_3_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, planted);
    r = connect_pair(c, s);
    printf("connect_pair -> %d\n", r);
    ERR_clear_error();
    printf("client: connect %ld connect_good %ld misses %ld; server: accept %ld accept_good %ld misses %ld\n",
           SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_misses(cctx),
           SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_misses(sctx));
    printf("client session is planted %d, server session %s\n", SSL_get0_session(c) == planted,
           SSL_get0_session(s) ? "set" : "none");
    r = SSL_shutdown(c);
    printf("SSL_shutdown(c) -> %d, error reason %d\n", r, ERR_GET_REASON(ERR_peek_last_error()));
    ERR_clear_error();
    printf(">> free both SSLs\n");
    SSL_free(c);
    SSL_free(s);
    printf("planted resumable %d, client cache %ld\n", SSL_SESSION_is_resumable(planted), SSL_CTX_sess_number(cctx));
    SSL_SESSION_free(planted);
    printf(">> free contexts\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
