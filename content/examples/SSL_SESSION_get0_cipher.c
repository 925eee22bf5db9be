/* Give a hand-built session a cipher suite, and read it back. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new();
    const unsigned char suite[2] = { 0x13, 0x01 };
    const SSL_CIPHER *c = SSL_CIPHER_find(ssl, suite);

    printf("new session has a cipher: %s\n", SSL_SESSION_get0_cipher(s) ? "yes" : "no");
    printf("set_cipher -> %d\n", SSL_SESSION_set_cipher(s, c));
    printf("cipher: %s\n", SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(s)));

    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
