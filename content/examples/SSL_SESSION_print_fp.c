/* A human-readable dump of a hand-built TLS 1.3 session. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new();
    const unsigned char suite[2] = { 0x13, 0x01 };
    unsigned char id[4] = { 0xde, 0xad, 0xbe, 0xef };
    unsigned char key[4] = { 9, 8, 7, 6 };

    SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION);
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, suite));
    SSL_SESSION_set1_id(s, id, 4);
    SSL_SESSION_set1_master_key(s, key, 4);
    SSL_SESSION_set_time(s, 1700000000);
    SSL_SESSION_set_timeout(s, 300);
    printf("print_fp -> %d\n", SSL_SESSION_print_fp(stdout, s));

    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
