/* MISTAKE: asking a context for its statistics after its last SSL_CTX_free. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    SSL_CTX_free(ctx);
    printf("freed\n");
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    return 0;
}
