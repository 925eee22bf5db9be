#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    int r = SSL_SESSION_free(s);
    return 0;
}
