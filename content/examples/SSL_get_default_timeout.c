/* The protocol method's default session lifetime. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    printf("default timeout %ld seconds\n", SSL_get_default_timeout(ssl));
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
