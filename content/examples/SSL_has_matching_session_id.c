/* The lookup key includes the SSL's current protocol version. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s12 = SSL_SESSION_new(), *s13 = SSL_SESSION_new();
    unsigned char id12[4] = { 1, 1, 1, 1 }, id13[4] = { 3, 3, 3, 3 };

    SSL_SESSION_set1_id(s12, id12, 4);
    SSL_SESSION_set_protocol_version(s12, TLS1_2_VERSION);
    SSL_SESSION_set1_id(s13, id13, 4);
    SSL_SESSION_set_protocol_version(s13, TLS1_3_VERSION);
    SSL_CTX_add_session(ctx, s12);
    SSL_CTX_add_session(ctx, s13);

    printf("SSL_version before any handshake: 0x%x\n", SSL_version(ssl));
    printf("TLS 1.2 id found: %d\n", SSL_has_matching_session_id(ssl, id12, 4));
    printf("TLS 1.3 id found: %d\n", SSL_has_matching_session_id(ssl, id13, 4));

    SSL_free(ssl);
    SSL_SESSION_free(s12);
    SSL_SESSION_free(s13);
    SSL_CTX_free(ctx);
    return 0;
}
