/* Each SSL holds two references to its context. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    printf("session of a new SSL: %s\n", SSL_get_session(ssl) ? "yes" : "NULL");
    printf("SSL_new(NULL): %s\n", SSL_new(NULL) ? "SSL" : "NULL");

    printf("SSL_CTX_free (ours)\n");
    SSL_CTX_free(ctx);                   /* the SSL keeps the context alive */
    printf("SSL_free\n");
    SSL_free(ssl);                       /* ... until now */
    return 0;
}
