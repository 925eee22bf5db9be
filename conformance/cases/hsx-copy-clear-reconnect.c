#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void errs(void) { unsigned long e; while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e)); }
static void trial(int ver, int mode) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s, *c2, *s2; int r;
    printf(">> ver %x mode %d\n", ver, mode);
    SSL_CTX_set_max_proto_version(cctx, ver);
    SSL_CTX_set_num_tickets(sctx, 1);
    c = SSL_new(cctx); s = SSL_new(sctx);
    connect_pair(c, s);
    c2 = SSL_new(cctx); s2 = SSL_new(sctx);
    if (mode == 0) { r = SSL_copy_session_id(c2, c); printf("copy -> %d c2 #%ld version %x\n", r, num(SSL_get_session(c2)), SSL_version(c2)); }
    if (mode == 1) { shutdown_pair(c, s); r = SSL_clear(c); SSL_clear(s); printf("clear -> %d\n", r); c2 = c; s2 = s; }
    if (mode == 2) { shutdown_pair(c, s); SSL_set_session(c, NULL); SSL_set_session(s, NULL); c2 = c; s2 = s; }
    r = connect_pair(c2, s2);
    printf("connect -> %d reused %d/%d c#%ld s#%ld\n", r, SSL_session_reused(c2), SSL_session_reused(s2), num(SSL_get_session(c2)), num(SSL_get_session(s2)));
    errs();
    shutdown_pair(c2, s2);
    if (c2 != c) { SSL_free(c2); SSL_free(s2); shutdown_pair(c, s); }
    SSL_free(c); SSL_free(s);
    SSL_CTX_free(cctx); SSL_CTX_free(sctx);
}
int main(void) {
    int m;
    for (m = 0; m < 3; m++) { trial(TLS1_2_VERSION, m); trial(TLS1_3_VERSION, m); }
    return 0;
}
