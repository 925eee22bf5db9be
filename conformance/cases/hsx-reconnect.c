#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void errs(void) { unsigned long e; while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e)); }
static void trial(int ver, long sopts) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s; int r;
    SSL_CTX_set_max_proto_version(cctx, ver);
    SSL_CTX_set_options(sctx, sopts);
    SSL_CTX_set_num_tickets(sctx, 1);
    c = SSL_new(cctx); s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("first connect=%d c#%ld s#%ld\n", r, num(SSL_get_session(c)), num(SSL_get_session(s)));
    r = connect_pair(c, s);
    printf("second connect (no shutdown)=%d c#%ld s#%ld reused %d/%d\n", r, num(SSL_get_session(c)), num(SSL_get_session(s)), SSL_session_reused(c), SSL_session_reused(s));
    errs();
    printf("stats s: acc=%ld/%ld hits=%ld misses=%ld c: con=%ld/%ld hits=%ld misses=%ld\n", SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx),
      SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx), SSL_CTX_sess_misses(cctx));
    shutdown_pair(c, s);
    r = connect_pair(c, s);
    printf("third connect (after shutdown)=%d c#%ld s#%ld reused %d/%d shut %d/%d\n", r, num(SSL_get_session(c)), num(SSL_get_session(s)), SSL_session_reused(c), SSL_session_reused(s), SSL_get_shutdown(c), SSL_get_shutdown(s));
    errs();
    printf("stats s: acc=%ld/%ld hits=%ld misses=%ld c: con=%ld/%ld hits=%ld misses=%ld\n", SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx),
      SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx), SSL_CTX_sess_misses(cctx));
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s); SSL_CTX_free(cctx); SSL_CTX_free(sctx);
}
int main(void) {
    printf(">> TLS 1.2 ids\n"); trial(TLS1_2_VERSION, SSL_OP_NO_TICKET);
    printf(">> TLS 1.3\n"); trial(TLS1_3_VERSION, 0);
    return 0;
}
