/* SSL_CTX_set_timeout decides the timeout of sessions that handshakes create
 * later, on each side from its own session_ctx; sessions already made keep
 * theirs. 0 means the method default (7200). A TLS 1.3 client's ticket
 * lifetime hint is the server's session timeout. */
#include <openssl/ssl.h>
#include <stdio.h>

static void trial(int version, long server_timeout, long client_timeout) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *cs, *ss;
    long prev_s = SSL_CTX_set_timeout(sctx, server_timeout);
    long prev_c = SSL_CTX_set_timeout(cctx, client_timeout);
    printf(">> version 0x%x: set_timeout server %ld (was %ld), client %ld (was %ld)\n", version, server_timeout,
           prev_s, client_timeout, prev_c);
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("connect_pair -> %d\n", connect_pair(c, s));
    cs = SSL_get_session(c);
    ss = SSL_get_session(s);
    printf("client session timeout %ld hint %lu; server session timeout %ld\n", SSL_SESSION_get_timeout(cs),
           SSL_SESSION_get_ticket_lifetime_hint(cs), SSL_SESSION_get_timeout(ss));
    printf("ctx timeouts now: server %ld client %ld\n", SSL_CTX_get_timeout(sctx), SSL_CTX_get_timeout(cctx));
    SSL_CTX_set_timeout(sctx, 42);
    printf("after set_timeout(sctx, 42): server session still %ld\n", SSL_SESSION_get_timeout(ss));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION, 100, 50);
    trial(TLS1_3_VERSION, 100, 50);
    trial(TLS1_2_VERSION, 0, 0);
    trial(TLS1_3_VERSION, 0, 999);
    trial(TLS1_3_VERSION, 700000, 10);
    return 0;
}
