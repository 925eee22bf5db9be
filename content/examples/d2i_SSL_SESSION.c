/* Serialize a session to DER and decode it into a new object. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new(), *back;
    const unsigned char suite[2] = { 0x13, 0x01 };
    unsigned char id[4] = { 0xaa, 0xbb, 0xcc, 0xdd };
    unsigned char *der = NULL;
    const unsigned char *p;
    int len;

    printf("i2d without a cipher -> %d\n", i2d_SSL_SESSION(s, NULL));
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, suite));
    SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION);
    SSL_SESSION_set1_id(s, id, 4);
    SSL_SESSION_set_time(s, 1700000000);
    SSL_SESSION_set_timeout(s, 600);

    printf("length -> %d\n", i2d_SSL_SESSION(s, NULL));
    len = i2d_SSL_SESSION(s, &der);              /* allocates der */
    printf("encoded %d bytes, starts %02x %02x\n", len, der[0], der[1]);

    p = der;
    back = d2i_SSL_SESSION(NULL, &p, len);        /* a new object */
    printf("decoded #%ld, consumed %ld bytes, timeout %ld, resumable %d\n",
           (long)SSL_SESSION_get_ex_data(back, 1), (long)(p - der),
           SSL_SESSION_get_timeout(back), SSL_SESSION_is_resumable(back));

    p = der;
    printf("truncated input -> %s\n", d2i_SSL_SESSION(NULL, &p, 10) ? "session" : "NULL");
    OPENSSL_free(der);
    SSL_SESSION_free(back);
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
