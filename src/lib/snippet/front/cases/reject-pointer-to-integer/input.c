#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    int x = s;
    long y = (long)s;
    return 0;
}
