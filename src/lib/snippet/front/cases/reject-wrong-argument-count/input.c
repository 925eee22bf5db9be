#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_CTX_free(ctx, ctx);
    SSL_CTX_new();
    return 0;
}
