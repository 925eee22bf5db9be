/* No enabled version (crossed min/max bounds, SSLv3 only): the side fails at its first handshake step
 * with "no protocols available", without counting connect/accept; a failing server leaves the
 * client waiting after its ClientHello (placeholder session made, connect counted). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static void run(const char *tag, int cmin, int cmax, int smin, int smax) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int r;
    unsigned long e;
    SSL_CTX_set_min_proto_version(cctx, cmin);
    SSL_CTX_set_max_proto_version(cctx, cmax);
    SSL_CTX_set_min_proto_version(sctx, smin);
    SSL_CTX_set_max_proto_version(sctx, smax);
    c = SSL_new(cctx); s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("%s: connect %d version c=0x%x s=0x%x counters c=%ld s=%ld\n", tag, r, SSL_version(c), SSL_version(s), SSL_CTX_sess_connect(cctx), SSL_CTX_sess_accept(sctx));
    while ((e = ERR_get_error()) != 0) printf("  error %d %s\n", ERR_GET_REASON(e), ERR_reason_error_string(e));
    SSL_free(c); SSL_free(s);
    SSL_CTX_free(sctx); SSL_CTX_free(cctx);
}

int main(void) {
    run("client min>max", TLS1_3_VERSION, TLS1_2_VERSION, 0, 0);
    run("server min>max", 0, 0, TLS1_3_VERSION, TLS1_2_VERSION);
    run("client ssl3 only", SSL3_VERSION, SSL3_VERSION, 0, 0);
    return 0;
}
