/* The statistics of a TLS 1.2 full handshake and a resumption. */
#include <openssl/ssl.h>
#include <stdio.h>

static void stats(const char *who, SSL_CTX *x) {
    printf("%s: number=%ld connect=%ld/%ld accept=%ld/%ld hits=%ld misses=%ld timeouts=%ld\n", who,
           SSL_CTX_sess_number(x), SSL_CTX_sess_connect(x), SSL_CTX_sess_connect_good(x),
           SSL_CTX_sess_accept(x), SSL_CTX_sess_accept_good(x), SSL_CTX_sess_hits(x),
           SSL_CTX_sess_misses(x), SSL_CTX_sess_timeouts(x));
    printf("%s: cb_hits=%ld cache_full=%ld renegotiate=%ld/%ld\n", who, SSL_CTX_sess_cb_hits(x),
           SSL_CTX_sess_cache_full(x), SSL_CTX_sess_connect_renegotiate(x),
           SSL_CTX_sess_accept_renegotiate(x));
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved = NULL;
    SSL *c, *s;
    int i;

    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    for (i = 0; i < 2; i++) {
        c = SSL_new(cctx);
        s = SSL_new(sctx);
        if (i == 1)
            SSL_set_session(c, saved);
        connect_pair(c, s);
        if (i == 0)
            saved = SSL_get1_session(c);
        shutdown_pair(c, s);
        SSL_free(c);
        SSL_free(s);
    }
    stats("server", sctx);
    stats("client", cctx);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
