/* SSL_clear after an orderly shutdown keeps the session: the same client SSL
 * offers it again on the next connect_pair and resumes (TLS 1.2 ids and TLS
 * 1.3). Counters show connect versus connect_good per SSL reuse. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

static void trial(int version) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int i;
    printf(">> version 0x%x\n", version);
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    for (i = 0; i < 3; i++) {
        int r = connect_pair(c, s);
        printf("connection %d: connect_pair %d reused %d/%d client #%ld server #%ld\n", i + 1, r, SSL_session_reused(c),
               SSL_session_reused(s), num(SSL_get0_session(c)), num(SSL_get0_session(s)));
        shutdown_pair(c, s);
        r = SSL_clear(c);
        printf("SSL_clear(c) -> %d", r);
        r = SSL_clear(s);
        printf(", SSL_clear(s) -> %d\n", r);
        printf("reused now %d, shutdown %d, client keeps #%ld server keeps #%ld\n", SSL_session_reused(c),
               SSL_get_shutdown(c), num(SSL_get0_session(c)), num(SSL_get0_session(s)));
    }
    printf("client connect %ld connect_good %ld hits %ld; server accept %ld accept_good %ld hits %ld\n",
           SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx),
           SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx));
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
