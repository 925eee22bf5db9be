#include <openssl/ssl.h>
#include <stdio.h>

int SSL_CTX_free(int x) { return x; }
int main(void) { return 0; }
