#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *c = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *s = SSL_SESSION_new();
    printf("%d %ld\n", SSL_CTX_add_session(c, s), SSL_CTX_sess_number(c));
    return 0;
}
