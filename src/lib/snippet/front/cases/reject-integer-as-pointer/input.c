#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION_free(42);
    return 0;
}
