#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = NULL;
    if (SSL_SESSION_free(s)) return 1;
    return 0;
}
