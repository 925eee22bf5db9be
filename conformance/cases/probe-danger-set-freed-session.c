/* MISTAKE: handing a destroyed session to SSL_set_session (it takes a
 * reference: reads and writes the freed object). */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new();
    SSL_SESSION_free(s);
    printf("session freed\n");
    SSL_set_session(ssl, s);
    printf("not reached in the simulation\n");
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
