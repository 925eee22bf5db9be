/* MISTAKE: d2i_SSL_SESSION into an existing session resets its fields (a
 * hostname absent from the DER becomes NULL and the old string is freed): a
 * hostname pointer taken before the decode is dangling. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *src = SSL_SESSION_new(), *dst = SSL_SESSION_new(), *r;
    unsigned char *der = NULL;
    const unsigned char *p;
    const char *host;
    int len;
    SSL_SESSION_set_protocol_version(src, TLS1_2_VERSION);
    SSL_SESSION_set_cipher(src, SSL_CIPHER_find(ssl, (const unsigned char *)"\xc0\x2f"));
    len = i2d_SSL_SESSION(src, &der);
    SSL_SESSION_set1_hostname(dst, "kept.example");
    host = SSL_SESSION_get0_hostname(dst);
    printf("dst #%ld host %s\n", num(dst), host);
    p = der;
    r = d2i_SSL_SESSION(&dst, &p, len);
    printf("d2i into dst: same %d, host now %s\n", r == dst, SSL_SESSION_get0_hostname(dst) ? "set" : "NULL");
    printf("old pointer %s\n", host);
    OPENSSL_free(der);
    SSL_SESSION_free(src);
    SSL_SESSION_free(dst);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
