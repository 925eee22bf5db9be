#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    SSL_free(s);
    return 0;
}
