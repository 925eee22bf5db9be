#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_CTX_frobnicate(ctx);
    return 0;
}
