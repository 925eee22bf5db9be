#include <openssl/ssl.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_CTX *sctx, *cctx;
static void st(const char *what, int r) {
    printf("%-16s r=%2d  s: acc=%ld good=%ld reneg=%ld hits=%ld | c: con=%ld good=%ld reneg=%ld hits=%ld misses=%ld\n", what, r,
      SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_accept_renegotiate(sctx), SSL_CTX_sess_hits(sctx),
      SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_connect_renegotiate(cctx), SSL_CTX_sess_hits(cctx), SSL_CTX_sess_misses(cctx));
}
int main(void) {
    SSL *c, *s; int r, i; unsigned char buf[16]; size_t got = 0;
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(sctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    c = SSL_new(cctx); s = SSL_new(sctx);
    r = connect_pair(c, s);
    st("connect", r);
    r = SSL_renegotiate(s); st("renegotiate(s)", r);
    for (i = 0; i < 3; i++) {
        r = SSL_do_handshake(s); st("do_handshake(s)", r);
        r = SSL_read_ex(c, buf, sizeof buf, &got); st("read(c)", r);
        r = SSL_read_ex(s, buf, sizeof buf, &got); st("read(s)", r);
    }
    printf("client #%ld server #%ld\n", num(SSL_get_session(c)), num(SSL_get_session(s)));
    r = SSL_do_handshake(c); st("do_handshake(c)", r);
    r = SSL_do_handshake(s); st("do_handshake(s)", r);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s); SSL_CTX_free(cctx); SSL_CTX_free(sctx);
    return 0;
}
