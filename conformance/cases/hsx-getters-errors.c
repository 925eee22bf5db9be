#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void show(const char *who, SSL_SESSION *x) {
    unsigned int l, cl; size_t tl; const unsigned char *t; unsigned char mk[600];
    long tick, hint, to, mkl;
    int ver, peer, res;
    SSL_SESSION_get_id(x, &l); SSL_SESSION_get0_id_context(x, &cl); SSL_SESSION_get0_ticket(x, &t, &tl);
    ver = SSL_SESSION_get_protocol_version(x); mkl = (long)SSL_SESSION_get_master_key(x, mk, 0);
    tick = (long)tl; hint = (long)SSL_SESSION_get_ticket_lifetime_hint(x); to = SSL_SESSION_get_timeout(x);
    peer = SSL_SESSION_get0_peer(x) != NULL; res = SSL_SESSION_is_resumable(x);
    printf("  %s #%ld ver=0x%x cipher=%s idlen=%u ctxlen=%u mk=%ld tick=%ld hint=%ld timeout=%ld peer=%d res=%d\n", who, num(x),
      ver, SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(x)), l, cl, mkl, tick, hint, to, peer, res);
}
static void errs(void) { unsigned long e; while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e)); }
static SSL_SESSION *one(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *saved, const char *what) {
    SSL *c, *s; int r, a, b, p; unsigned char buf[16]; size_t got = 0; SSL_SESSION *out;
    c = SSL_new(cctx); s = SSL_new(sctx);
    if (saved) SSL_set_session(c, saved);
    printf(">> %s%s\n", what, saved ? " (resume)" : "");
    r = connect_pair(c, s);
    printf("connect=%d reused=%d\n", r, SSL_session_reused(c));
    show("client", SSL_get_session(c)); show("server", SSL_get_session(s));
    r = SSL_read_ex(c, buf, sizeof buf, &got);
    printf("read c=%d err=%d got=%ld\n", r, SSL_get_error(c, r), (long)got);
    a = SSL_new_session_ticket(c); b = SSL_new_session_ticket(s);
    printf("nst c=%d s=%d\n", a, b);
    errs();
    p = SSL_renegotiate_pending(c);
    a = SSL_renegotiate(c);
    printf("reneg c=%d pend=%d/%d\n", a, p, SSL_renegotiate_pending(c));
    errs();
    printf("get_error(s,1)=%d get_error(s,0)=%d get_error(s,-1)=%d\n", SSL_get_error(s, 1), SSL_get_error(s, 0), SSL_get_error(s, -1));
    shutdown_pair(c, s);
    r = SSL_read_ex(c, buf, sizeof buf, &got);
    printf("read after shutdown c=%d err=%d shut=%d/%d\n", r, SSL_get_error(c, r), SSL_get_shutdown(c), SSL_get_shutdown(s));
    out = SSL_get1_session(c);
    SSL_free(c); SSL_free(s);
    return out;
}
static void trial(const char *what, int ver, long sopts) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *a, *b;
    SSL_CTX_set_max_proto_version(cctx, ver); SSL_CTX_set_max_proto_version(sctx, ver);
    if (sopts) SSL_CTX_set_options(sctx, sopts);
    SSL_CTX_set_num_tickets(sctx, 1);
    a = one(cctx, sctx, NULL, what);
    b = one(cctx, sctx, a, what);
    SSL_SESSION_free(a); SSL_SESSION_free(b);
    SSL_CTX_free(cctx); SSL_CTX_free(sctx);
}
int main(void) {
    trial("1.2 ticket", TLS1_2_VERSION, 0);
    trial("1.2 sessid", TLS1_2_VERSION, SSL_OP_NO_TICKET);
    trial("1.3", TLS1_3_VERSION, 0);
    trial("1.3 stateful", TLS1_3_VERSION, SSL_OP_NO_TICKET);
    return 0;
}
