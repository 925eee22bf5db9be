/* MISTAKE: OPENSSL_free twice on the buffer i2d allocated (*pp == NULL form):
 * the second free is an invalid free at that line. Before it, reading one
 * byte past the end of a malloc'd block is an invalid read. (Only the first
 * error is reported: the read.) */
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char *der = NULL;
    unsigned char *small = malloc(3);
    int len;
    small[0] = 1;
    small[1] = 2;
    small[2] = 3;
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x01"));
    SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION);
    len = i2d_SSL_SESSION(s, &der);
    printf("i2d allocated %d bytes, first %02x\n", len, der[0]);
    OPENSSL_free(der);
    printf("sum %d\n", small[0] + small[1] + small[2]);
    printf("past the end: %d\n", small[3]);
    OPENSSL_free(der);
    free(small);
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
