/* Version limits decide which protocol, and so which session kind, you get. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;

    printf("server min 1.3 -> %d\n", SSL_CTX_set_min_proto_version(sctx, TLS1_3_VERSION));
    printf("client max 1.2 -> %d\n", SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION));
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("connect -> %d\n", connect_pair(c, s));
    SSL_free(c);
    SSL_free(s);

    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("SSL_set_max_proto_version(c, 1.3) -> %d\n", SSL_set_max_proto_version(c, TLS1_3_VERSION));
    printf("connect -> %d\n", connect_pair(c, s));
    printf("version 0x%x\n", SSL_version(c));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
