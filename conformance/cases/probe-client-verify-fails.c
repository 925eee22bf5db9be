/* A client that verifies the server (SSL_VERIFY_PEER) rejects the oracle's
 * self-signed certificate: the handshake fails on the client with a fatal
 * alert. Which sessions exist, what the counters say, what is cached, for
 * TLS 1.2 (ids) and TLS 1.3. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[new_cb] #%ld\n", num(sess));
    return 0;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[remove_cb] #%ld\n", num(sess)); }

static void trial(int version) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    unsigned long e;
    int r;
    printf(">> version 0x%x\n", version);
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    e = ERR_peek_last_error();
    printf("connect_pair -> %d, last error lib %d reason %d\n", r, ERR_GET_LIB(e), ERR_GET_REASON(e));
    ERR_clear_error();
    printf("client #%ld resumable %d; server #%ld resumable %d\n", num(SSL_get0_session(c)),
           SSL_get0_session(c) ? SSL_SESSION_is_resumable(SSL_get0_session(c)) : -1, num(SSL_get0_session(s)),
           SSL_get0_session(s) ? SSL_SESSION_is_resumable(SSL_get0_session(s)) : -1);
    printf("client connect %ld good %ld cache %ld; server accept %ld good %ld cache %ld\n", SSL_CTX_sess_connect(cctx),
           SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_number(cctx), SSL_CTX_sess_accept(sctx),
           SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_number(sctx));
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION);
    trial(TLS1_3_VERSION);
    return 0;
}
