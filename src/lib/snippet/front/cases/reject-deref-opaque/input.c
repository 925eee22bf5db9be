#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    int x = *ctx;
    void *v = ctx;
    int y = *v;
    return 0;
}
