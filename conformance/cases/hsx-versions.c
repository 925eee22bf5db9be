#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void stats(const char *who, SSL_CTX *c) {
    printf("%s: number=%ld connect=%ld/%ld accept=%ld/%ld hits=%ld cb_hits=%ld misses=%ld timeouts=%ld\n",
           who, SSL_CTX_sess_number(c), SSL_CTX_sess_connect(c), SSL_CTX_sess_connect_good(c),
           SSL_CTX_sess_accept(c), SSL_CTX_sess_accept_good(c), SSL_CTX_sess_hits(c),
           SSL_CTX_sess_cb_hits(c), SSL_CTX_sess_misses(c), SSL_CTX_sess_timeouts(c));
}
static void trial(const char *what, int cmin, int cmax, int smin, int smax, long sopts) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s; int r; unsigned long e;
    SSL_CTX_set_min_proto_version(cctx, cmin); SSL_CTX_set_max_proto_version(cctx, cmax);
    SSL_CTX_set_min_proto_version(sctx, smin); SSL_CTX_set_max_proto_version(sctx, smax);
    if (sopts) SSL_CTX_set_options(sctx, sopts);
    c = SSL_new(cctx); s = SSL_new(sctx);
    printf(">> %s: fresh version c=0x%x s=0x%x\n", what, SSL_version(c), SSL_version(s));
    r = connect_pair(c, s);
    printf("connect=%d version c=0x%x s=0x%x sess c=#%ld s=#%ld shut c=%d s=%d\n", r, SSL_version(c), SSL_version(s), num(SSL_get_session(c)), num(SSL_get_session(s)), SSL_get_shutdown(c), SSL_get_shutdown(s));
    if (SSL_get_session(c)) { unsigned int l; SSL_SESSION_get_id(SSL_get_session(c), &l); printf("  c sess ver=0x%x idlen=%u resumable=%d\n", SSL_SESSION_get_protocol_version(SSL_get_session(c)), l, SSL_SESSION_is_resumable(SSL_get_session(c))); }
    if (SSL_get_session(s)) { unsigned int l; SSL_SESSION_get_id(SSL_get_session(s), &l); printf("  s sess ver=0x%x idlen=%u resumable=%d\n", SSL_SESSION_get_protocol_version(SSL_get_session(s)), l, SSL_SESSION_is_resumable(SSL_get_session(s))); }
    while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e));
    stats("server", sctx); stats("client", cctx);
    printf("shutdown c=%d\n", SSL_shutdown(c));
    while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e));
    printf("shutdown s=%d\n", SSL_shutdown(s));
    while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e));
    printf("shutdown c=%d\n", SSL_shutdown(c));
    printf("shutdown s=%d\n", SSL_shutdown(s));
    printf("shut c=%d s=%d\n", SSL_get_shutdown(c), SSL_get_shutdown(s));
    SSL_free(c); SSL_free(s); SSL_CTX_free(cctx); SSL_CTX_free(sctx);
}
int main(void) {
    trial("c<=1.2 s>=1.3", 0, TLS1_2_VERSION, TLS1_3_VERSION, 0, 0);
    trial("c>=1.3 s<=1.2", TLS1_3_VERSION, 0, 0, TLS1_2_VERSION, 0);
    trial("c default s<=1.2 noticket", 0, 0, 0, TLS1_2_VERSION, SSL_OP_NO_TICKET);
    trial("c default s<=1.2 tickets", 0, 0, 0, TLS1_2_VERSION, 0);
    trial("both 1.1", 0, TLS1_1_VERSION, 0, TLS1_1_VERSION, 0);
    trial("c<=1.2 default", 0, TLS1_2_VERSION, 0, 0, 0);
    return 0;
}
