/* A server that allows early data records the limit in every session. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *fresh = SSL_SESSION_new();

    printf("fresh session: %u\n", SSL_SESSION_get_max_early_data(fresh));
    printf("set -> %d\n", SSL_SESSION_set_max_early_data(fresh, 512));
    printf("now %u\n", SSL_SESSION_get_max_early_data(fresh));

    SSL_CTX_set_max_early_data(sctx, 1024);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    printf("client session from the handshake: %u\n",
           SSL_SESSION_get_max_early_data(SSL_get_session(c)));

    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(fresh);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
