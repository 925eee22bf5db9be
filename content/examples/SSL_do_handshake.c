/* A handshake on an SSL that was never set up as client or server fails. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    int r = SSL_do_handshake(ssl);
    unsigned long e = ERR_get_error();
    printf("SSL_do_handshake -> %d\n", r);
    printf("error reason %d: %s\n", ERR_GET_REASON(e), ERR_reason_error_string(e));
    printf("session: %s\n", SSL_get_session(ssl) ? "yes" : "NULL");
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
