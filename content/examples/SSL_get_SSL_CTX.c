/* Switching an SSL's context does not move its session cache. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *other = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;

    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("same context: %d\n", SSL_set_SSL_CTX(s, other) == other);
    printf("SSL_get_SSL_CTX is other: %d\n", SSL_get_SSL_CTX(s) == other);
    connect_pair(c, s);
    printf("cached in the original: %ld, in other: %ld\n", SSL_CTX_sess_number(sctx), SSL_CTX_sess_number(other));
    printf("accept counted on other: %ld\n", SSL_CTX_sess_accept_good(other));

    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(other);
    SSL_CTX_free(sctx);
    return 0;
}
