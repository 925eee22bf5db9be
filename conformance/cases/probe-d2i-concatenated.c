/* Two sessions encoded back to back in one buffer: successive d2i calls walk
 * through it, each advancing the pointer by exactly one encoding; a third call
 * on the remaining zero bytes fails without allocating. Decoding into an
 * existing object with *a set reuses it. First: a session whose protocol
 * version was never set (0) encodes, but does not decode. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *a = SSL_SESSION_new(), *b = SSL_SESSION_new();
    SSL_SESSION *x = NULL, *y, *z;
    unsigned char buf[512];
    unsigned char *w = buf;
    const unsigned char *p = buf;
    unsigned int len;
    int la, lb;
    memset(buf, 0, sizeof(buf));
    SSL_SESSION_set_cipher(a, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x01"));
    SSL_SESSION_set_cipher(b, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x03"));
    SSL_SESSION_set1_id(a, (const unsigned char *)"first", 5);
    SSL_SESSION_set1_id(b, (const unsigned char *)"second-one", 10);
    SSL_SESSION_set1_hostname(a, "a.example");
    SSL_SESSION_set_time(a, 1000);
    SSL_SESSION_set_time(b, 2000);
    la = i2d_SSL_SESSION(a, &w);
    y = d2i_SSL_SESSION(NULL, &p, la);
    printf("version 0: i2d %d, d2i %s, reason %d, at %ld\n", la, y ? "session" : "NULL",
           ERR_GET_REASON(ERR_peek_last_error()), (long)(p - buf));
    ERR_clear_error();
    SSL_SESSION_set_protocol_version(a, TLS1_3_VERSION);
    SSL_SESSION_set_protocol_version(b, TLS1_2_VERSION);
    w = buf;
    la = i2d_SSL_SESSION(a, &w);
    lb = i2d_SSL_SESSION(b, &w);
    printf("encoded %d + %d, writer advanced %ld\n", la, lb, (long)(w - buf));
    y = d2i_SSL_SESSION(&x, &p, sizeof(buf));
    SSL_SESSION_get_id(y, &len);
    printf("first: #%ld stored in x %d, id len %u, host %s, at %ld\n", num(y), x == y, len,
           SSL_SESSION_get0_hostname(y), (long)(p - buf));
    z = d2i_SSL_SESSION(&x, &p, (long)(sizeof(buf) - (p - buf)));
    SSL_SESSION_get_id(z, &len);
    printf("second into x: same object %d, id len %u, host %s, time %ld, cipher %s, at %ld\n", z == y, len,
           SSL_SESSION_get0_hostname(z) ? SSL_SESSION_get0_hostname(z) : "(null)", SSL_SESSION_get_time(z),
           SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(z)), (long)(p - buf));
    z = d2i_SSL_SESSION(NULL, &p, (long)(sizeof(buf) - (p - buf)));
    printf("third: %s, at %ld, error lib %d\n", z ? "session" : "NULL", (long)(p - buf), ERR_GET_LIB(ERR_peek_last_error()));
    ERR_clear_error();
    SSL_SESSION_free(x);
    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
