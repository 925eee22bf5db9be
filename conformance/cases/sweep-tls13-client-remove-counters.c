/* Sweep (autoflush template, reduced): when a TLS 1.3 client with
 * SSL_SESS_CACHE_CLIENT resumes, the resumed session leaves the client cache
 * (remove_cb). The counters the callback sees show when that happens relative to
 * the end of the handshake; the server issues stateless tickets (trial 0) or
 * stateful ones (SSL_OP_NO_TICKET, trial 1). */
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_CTX *sctx, *cctx;
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) {
    printf("[client remove_cb] #%ld connect=%ld connect_good=%ld hits=%ld number=%ld; server accept_good=%ld hits=%ld\n",
           num(sess), SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx),
           SSL_CTX_sess_number(cctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx));
}
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[client new_cb] #%ld connect_good=%ld number=%ld\n", num(sess), SSL_CTX_sess_connect_good(cctx),
           SSL_CTX_sess_number(cctx));
    return 0;
}

static void trial(int stateful) {
    SSL_SESSION *prev = NULL;
    int i;
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    if (stateful) SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    printf(">> stateful=%d\n", stateful);
    for (i = 1; i <= 3; i++) {
        SSL *c = SSL_new(cctx);
        SSL *s = SSL_new(sctx);
        if (prev) SSL_set_session(c, prev);
        printf("-- connect %d\n", i);
        printf("connect=%d reused=%d\n", connect_pair(c, s), SSL_session_reused(c));
        SSL_SESSION_free(prev);
        prev = SSL_get1_session(c);
        shutdown_pair(c, s);
        SSL_free(c);
        SSL_free(s);
    }
    SSL_SESSION_free(prev);
    SSL_CTX_sess_set_remove_cb(cctx, NULL);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(0);
    trial(1);
    return 0;
}
