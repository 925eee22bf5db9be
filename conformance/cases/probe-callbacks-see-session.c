/* Inside new_session_cb: is the session argument the SSL's current session,
 * is it resumable, is it already in the internal cache (number), and how does
 * SSL_session_reused read? TLS 1.2 ids and TLS 1.3 (two tickets), client
 * caching on both sides' callbacks. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_CTX *server_ctx;

static int on_new(SSL *ssl, SSL_SESSION *sess) {
    SSL_CTX *ctx = SSL_get_SSL_CTX(ssl);
    printf("[%s new_cb] #%ld current %d resumable %d number %ld reused %d\n", ctx == server_ctx ? "server" : "client",
           num(sess), SSL_get0_session(ssl) == sess, SSL_SESSION_is_resumable(sess), SSL_CTX_sess_number(ctx),
           SSL_session_reused(ssl));
    return 0;
}

static void trial(int version) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    printf(">> version 0x%x\n", version);
    server_ctx = sctx;
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf("-- resumption\n");
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    connect_pair(c, s);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION);
    trial(TLS1_3_VERSION);
    return 0;
}
