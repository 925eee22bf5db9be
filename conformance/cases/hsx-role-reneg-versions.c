#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <string.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void errs(void) { unsigned long e; while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e)); }
static void stats(const char *who, SSL_CTX *c) {
    printf("%s: number=%ld connect=%ld/%ld/%ld accept=%ld/%ld/%ld hits=%ld misses=%ld timeouts=%ld\n", who, SSL_CTX_sess_number(c),
           SSL_CTX_sess_connect(c), SSL_CTX_sess_connect_good(c), SSL_CTX_sess_connect_renegotiate(c), SSL_CTX_sess_accept(c),
           SSL_CTX_sess_accept_good(c), SSL_CTX_sess_accept_renegotiate(c), SSL_CTX_sess_hits(c), SSL_CTX_sess_misses(c), SSL_CTX_sess_timeouts(c));
}
int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX *gctx = SSL_CTX_new(TLS_method());
    SSL *c, *s, *g; int r, i; unsigned char buf[16]; size_t got = 0; SSL_SESSION *t13, *t12, *h;
    unsigned char id[32], key[48];
    printf(">> (c) generic SSL, no state\n");
    g = SSL_new(gctx);
    r = SSL_do_handshake(g);
    printf("do_handshake=%d err=%d\n", r, SSL_get_error(g, r)); errs();
    r = SSL_shutdown(g);
    printf("shutdown=%d\n", r); errs();
    r = SSL_read_ex(g, buf, sizeof buf, &got);
    printf("read=%d err=%d\n", r, SSL_get_error(g, r)); errs();
    SSL_free(g);
    c = SSL_new(cctx);
    r = SSL_shutdown(c);
    printf("fresh client shutdown=%d\n", r); errs();
    SSL_free(c);

    printf(">> (a) server-initiated renegotiation, TLS 1.2\n");
    SSL_CTX_set_max_proto_version(sctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    c = SSL_new(cctx); s = SSL_new(sctx);
    printf("connect=%d\n", connect_pair(c, s));
    printf("client #%ld server #%ld\n", num(SSL_get_session(c)), num(SSL_get_session(s)));
    r = SSL_renegotiate(s);
    printf("SSL_renegotiate(s)=%d pending s=%d\n", r, SSL_renegotiate_pending(s));
    for (i = 0; i < 4; i++) {
        r = SSL_do_handshake(s);
        printf("round %d: do_handshake(s)=%d err=%d\n", i, r, SSL_get_error(s, r)); errs();
        r = SSL_read_ex(c, buf, sizeof buf, &got);
        printf("  read(c)=%d err=%d\n", r, SSL_get_error(c, r)); errs();
        r = SSL_read_ex(s, buf, sizeof buf, &got);
        printf("  read(s)=%d err=%d pending s=%d c=%d\n", r, SSL_get_error(s, r), SSL_renegotiate_pending(s), SSL_renegotiate_pending(c)); errs();
    }
    printf("client #%ld server #%ld reused %d/%d\n", num(SSL_get_session(c)), num(SSL_get_session(s)), SSL_session_reused(c), SSL_session_reused(s));
    stats("server", sctx); stats("client", cctx);
    shutdown_pair(c, s);
    t12 = SSL_get1_session(c);
    SSL_free(c); SSL_free(s);

    printf(">> (b) TLS 1.2 session offered to a TLS 1.3 server\n");
    SSL_CTX_set_max_proto_version(sctx, 0);
    c = SSL_new(cctx); s = SSL_new(sctx);
    SSL_set_session(c, t12);
    printf("connect=%d reused=%d version 0x%x\n", connect_pair(c, s), SSL_session_reused(c), SSL_version(c));
    printf("client #%ld server #%ld\n", num(SSL_get_session(c)), num(SSL_get_session(s)));
    stats("server", sctx); stats("client", cctx);
    shutdown_pair(c, s);
    t13 = SSL_get1_session(c);
    SSL_free(c); SSL_free(s);

    printf(">> (b2) TLS 1.3 session offered to a TLS 1.2-only server\n");
    SSL_CTX_set_max_proto_version(sctx, TLS1_2_VERSION);
    c = SSL_new(cctx); s = SSL_new(sctx);
    SSL_set_session(c, t13);
    printf("connect=%d reused=%d version 0x%x\n", connect_pair(c, s), SSL_session_reused(c), SSL_version(c));
    printf("client #%ld server #%ld\n", num(SSL_get_session(c)), num(SSL_get_session(s)));
    stats("server", sctx); stats("client", cctx);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);

    printf(">> (j) hand-made TLS 1.2 session without EMS in the server cache\n");
    memset(id, 7, sizeof id); memset(key, 9, sizeof key);
    h = SSL_SESSION_new();
    SSL_SESSION_set1_id(h, id, sizeof id);
    SSL_SESSION_set1_master_key(h, key, sizeof key);
    SSL_SESSION_set_protocol_version(h, TLS1_2_VERSION);
    SSL_SESSION_set_cipher(h, SSL_CIPHER_find(SSL_new(sctx), (const unsigned char *)"\xc0\x2c"));
    SSL_CTX_add_session(sctx, h);
    c = SSL_new(cctx); s = SSL_new(sctx);
    SSL_set_session(c, h);
    printf("connect=%d reused=%d\n", connect_pair(c, s), SSL_session_reused(c));
    printf("client #%ld server #%ld\n", num(SSL_get_session(c)), num(SSL_get_session(s)));
    stats("server", sctx); stats("client", cctx);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    SSL_SESSION_free(h);
    SSL_SESSION_free(t12); SSL_SESSION_free(t13);
    SSL_CTX_free(cctx); SSL_CTX_free(sctx); SSL_CTX_free(gctx);
    return 0;
}
