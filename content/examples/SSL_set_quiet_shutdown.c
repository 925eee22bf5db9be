/* Quiet shutdown: SSL_shutdown sets both flags and sends nothing. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int r;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    SSL_set_quiet_shutdown(c, 1);
    r = SSL_shutdown(c);
    printf("quiet shutdown -> %d, flags %d\n", r, SSL_get_shutdown(c));
    printf("server flags %d (nothing arrived)\n", SSL_get_shutdown(s));
    SSL_set_quiet_shutdown(s, 1);
    SSL_shutdown(s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
