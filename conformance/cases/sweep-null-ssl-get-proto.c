/* Sweep (null-args): SSL_get_min_proto_version(NULL) dereferences NULL (SSL_ctrl). */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    printf("set min -> %d, get min %d\n", SSL_set_min_proto_version(ssl, TLS1_2_VERSION), SSL_get_min_proto_version(ssl));
    printf("now SSL_get_min_proto_version(NULL)\n");
    printf("%d\n", SSL_get_min_proto_version(NULL));
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
