/* MISTAKE: SSL_free twice. The first call destroys the SSL and drops its two
 * context references; the second reads the freed object: error at that line. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_free(ssl);
    printf("first SSL_free done\n");
    SSL_free(ssl);
    printf("not reached in the simulation\n");
    SSL_CTX_free(ctx);
    return 0;
}
