/* DER length encoding beyond 127 bytes: a 200-byte master key (81 C8) and a
 * 512-byte one (82 02 00) make the outer SEQUENCE use long-form lengths too.
 * i2d with a NULL pointer gives the size only; the bytes are printed around
 * the length fields, then a d2i round trip. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static void hex(const unsigned char *p, int n) {
    int i;
    for (i = 0; i < n; i++)
        printf("%02x", p[i]);
}

static void trial(SSL *ssl, size_t keylen) {
    SSL_SESSION *s = SSL_SESSION_new();
    SSL_SESSION *back;
    unsigned char key[512];
    unsigned char out[64];
    unsigned char *der = NULL;
    const unsigned char *p;
    int len, len2;
    size_t got;
    memset(key, 0xab, sizeof(key));
    SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION);
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x02"));
    SSL_SESSION_set1_master_key(s, key, keylen);
    SSL_SESSION_set_time(s, 0);
    SSL_SESSION_set_timeout(s, 0);
    len = i2d_SSL_SESSION(s, NULL);
    len2 = i2d_SSL_SESSION(s, &der);
    printf("key %zu: i2d(NULL) %d, i2d(&NULL) %d\n", keylen, len, len2);
    printf("  head: ");
    hex(der, 24);
    printf("\n  tail: ");
    hex(der + len - 22, 22);
    printf("\n");
    p = der;
    back = d2i_SSL_SESSION(NULL, &p, len);
    got = SSL_SESSION_get_master_key(back, out, 0);
    printf("  d2i consumed %ld, key length %zu, re-encoded %d\n", (long)(p - der), got, i2d_SSL_SESSION(back, NULL));
    OPENSSL_free(der);
    SSL_SESSION_free(back);
    SSL_SESSION_free(s);
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    trial(ssl, 100);
    trial(ssl, 127);
    trial(ssl, 128);
    trial(ssl, 200);
    trial(ssl, 512);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
