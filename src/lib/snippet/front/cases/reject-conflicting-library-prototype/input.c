#include <openssl/ssl.h>
#include <stdio.h>

int SSL_CTX_free(SSL_CTX *ctx);
int main(void) { return 0; }
