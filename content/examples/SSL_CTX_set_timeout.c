/* The context timeout applies to sessions made by later handshakes. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;

    printf("default %ld\n", SSL_CTX_get_timeout(sctx));
    printf("set 60, previous %ld\n", SSL_CTX_set_timeout(sctx, 60));
    printf("now %ld\n", SSL_CTX_get_timeout(sctx));

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    printf("server session timeout %ld, client session timeout %ld\n",
           SSL_SESSION_get_timeout(SSL_get_session(s)), SSL_SESSION_get_timeout(SSL_get_session(c)));
    printf("set 0, previous %ld\n", SSL_CTX_set_timeout(sctx, 0));
    printf("get -> %ld (0 means the method default)\n", SSL_CTX_get_timeout(sctx));

    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
