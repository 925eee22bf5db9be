#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *sess = SSL_SESSION_new();
    SSL *s = sess;
    return 0;
}
