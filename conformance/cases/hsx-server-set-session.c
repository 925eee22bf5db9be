#include <openssl/ssl.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void trial(int ver, long sopts, int resume, int nt) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s; SSL_SESSION *x, *saved = NULL; int r;
    printf(">> ver %x sopts %ld resume %d nt %d\n", ver, sopts, resume, nt);
    SSL_CTX_set_max_proto_version(cctx, ver);
    SSL_CTX_set_options(sctx, sopts);
    SSL_CTX_set_num_tickets(sctx, nt);
    if (resume) {
        c = SSL_new(cctx); s = SSL_new(sctx);
        connect_pair(c, s);
        saved = SSL_get1_session(c);
        shutdown_pair(c, s);
        SSL_free(c); SSL_free(s);
    }
    c = SSL_new(cctx); s = SSL_new(sctx);
    if (saved) SSL_set_session(c, saved);
    x = SSL_SESSION_new();
    SSL_set_session(s, x);
    SSL_SESSION_free(x);
    printf("-- connect\n");
    r = connect_pair(c, s);
    printf("connect=%d reused=%d/%d c#%ld s#%ld\n", r, SSL_session_reused(c), SSL_session_reused(s), num(SSL_get_session(c)), num(SSL_get_session(s)));
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx); SSL_CTX_free(sctx);
}
int main(void) {
    trial(TLS1_2_VERSION, 0, 0, 2);
    trial(TLS1_2_VERSION, 0, 1, 2);
    trial(TLS1_2_VERSION, SSL_OP_NO_TICKET, 1, 2);
    trial(TLS1_3_VERSION, 0, 0, 2);
    trial(TLS1_3_VERSION, 0, 1, 2);
    trial(TLS1_3_VERSION, SSL_OP_NO_TICKET, 1, 2);
    trial(TLS1_3_VERSION, 0, 1, 0);
    return 0;
}
