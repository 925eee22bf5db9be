/* Heap buffers: a correct i2d into a malloc'd buffer of the right size, then
 * MISTAKE: i2d into a buffer 4 bytes too small — libssl writes past its end:
 * error at the i2d line. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char *buf, *p;
    int len;
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x01"));
    SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION);
    len = i2d_SSL_SESSION(s, NULL);
    buf = malloc(len);
    p = buf;
    printf("size %d, wrote %d, advanced %ld\n", len, i2d_SSL_SESSION(s, &p), (long)(p - buf));
    free(buf);
    buf = malloc(len - 4);
    p = buf;
    printf("into %d bytes\n", len - 4);
    len = i2d_SSL_SESSION(s, &p);
    printf("not reached in the simulation: %d\n", len);
    free(buf);
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
