/* Sweep 2 (counters after every operation): SSL_renegotiate sets a pending
 * renegotiation that SSL_clear refuses (0, ERR_R_INTERNAL_ERROR) -- after its
 * bad-session removal and its hit/shutdown reset, but before it resets the
 * method and the state machine (SSL_version stays 0x303, still "finished").
 * A. On a fresh SSL (version-flexible method) SSL_renegotiate returns 1; every
 *    handshake start then fails in the SSL_clear that state_machine runs
 *    (nothing counted on that side).
 * B. After a TLS 1.2 handshake without shutdown: SSL_clear fails, the session is
 *    gone; SSL_do_handshake starts the renegotiation (new session, counted as
 *    connect_renegotiate); connect_pair's SSL_set_connect_state + SSL_clear fail. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void stats(SSL_CTX *sctx, SSL_CTX *cctx) {
    printf("client connect=%ld/%ld/%ld; server accept=%ld/%ld/%ld hits=%ld\n", SSL_CTX_sess_connect(cctx),
           SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_connect_renegotiate(cctx), SSL_CTX_sess_accept(sctx),
           SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_accept_renegotiate(sctx), SSL_CTX_sess_hits(sctx));
}
static void fresh(int version, int server_side) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method()), *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    int r;
    unsigned long e;
    printf(">> A: version %x, SSL_renegotiate on the fresh %s\n", version, server_side ? "server" : "client");
    SSL_CTX_set_max_proto_version(cctx, version);
    r = SSL_renegotiate(server_side ? s : c);
    printf("renegotiate -> %d, pending c=%d s=%d\n", r, SSL_renegotiate_pending(c), SSL_renegotiate_pending(s));
    r = connect_pair(c, s);
    printf("connect=%d\n", r);
    while ((e = ERR_get_error()) != 0)
        printf("  error: lib=%d reason=%d\n", ERR_GET_LIB(e), ERR_GET_REASON(e));
    stats(sctx, cctx);
    printf("version c=%x s=%x\n", SSL_version(c), SSL_version(s));
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    SSL_CTX *sctx, *cctx;
    SSL *c, *s;
    int r;
    fresh(TLS1_2_VERSION, 0);
    fresh(TLS1_3_VERSION, 1);

    printf(">> B: after a TLS 1.2 handshake\n");
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET | SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("connect=%d\n", connect_pair(c, s));
    printf("renegotiate -> %d\n", SSL_renegotiate(c));
    r = SSL_clear(c);
    printf("clear -> %d, error reason %d\n", r, ERR_GET_REASON(ERR_get_error()));
    printf("version=%x reused=%d shutdown=%d in_init=%d before=%d finished=%d session #%ld pending=%d\n", SSL_version(c),
           SSL_session_reused(c), SSL_get_shutdown(c), SSL_in_init(c), SSL_in_before(c), SSL_is_init_finished(c),
           num(SSL_get_session(c)), SSL_renegotiate_pending(c));
    r = SSL_do_handshake(c);
    printf("do_handshake -> %d, SSL_get_error %d\n", r, SSL_get_error(c, r));
    stats(sctx, cctx);
    printf("connect again=%d, error reason %d\n", connect_pair(c, s), ERR_GET_REASON(ERR_peek_error()));
    ERR_clear_error();
    stats(sctx, cctx);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
