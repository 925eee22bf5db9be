/* PEM through a memory BIO: two sessions written back to back are read in
 * order; a third read finds no start line (NULL, PEM error); reading into an
 * existing session object reuses it. Output is deterministic: hand-built
 * sessions with fixed times. (printf evaluates its arguments right to left, so
 * b is written first and read first.) */
#include <openssl/ssl.h>
#include <openssl/pem.h>
#include <openssl/err.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *a = SSL_SESSION_new(), *b = SSL_SESSION_new();
    SSL_SESSION *x, *y, *reuse = NULL;
    BIO *bio = BIO_new(BIO_s_mem());
    unsigned long e;
    SSL_SESSION_set_protocol_version(a, TLS1_3_VERSION);
    SSL_SESSION_set_protocol_version(b, TLS1_2_VERSION);
    SSL_SESSION_set_cipher(a, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x01"));
    SSL_SESSION_set_cipher(b, SSL_CIPHER_find(ssl, (const unsigned char *)"\xc0\x2b"));
    SSL_SESSION_set1_id(a, (const unsigned char *)"aaaa", 4);
    SSL_SESSION_set1_id(b, (const unsigned char *)"bbbbbb", 6);
    SSL_SESSION_set_time(a, 1700000000);
    SSL_SESSION_set_time(b, 1700000100);
    SSL_SESSION_set_timeout(b, 60);
    printf("write a %d, write b %d\n", PEM_write_bio_SSL_SESSION(bio, a), PEM_write_bio_SSL_SESSION(bio, b));
    PEM_write_SSL_SESSION(stdout, b);
    x = PEM_read_bio_SSL_SESSION(bio, NULL, NULL, NULL);
    printf("read 1: #%ld version %x time %ld\n", num(x), SSL_SESSION_get_protocol_version(x), SSL_SESSION_get_time(x));
    y = PEM_read_bio_SSL_SESSION(bio, &reuse, NULL, NULL);
    printf("read 2: #%ld stored %d version %x timeout %ld cipher %s\n", num(y), reuse == y,
           SSL_SESSION_get_protocol_version(y), SSL_SESSION_get_timeout(y),
           SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(y)));
    printf("read 3: %s\n", PEM_read_bio_SSL_SESSION(bio, &reuse, NULL, NULL) ? "session" : "NULL");
    e = ERR_peek_last_error();
    printf("error lib %d reason %d, reuse still #%ld\n", ERR_GET_LIB(e), ERR_GET_REASON(e), num(reuse));
    ERR_clear_error();
    SSL_SESSION_free(x);
    SSL_SESSION_free(y);
    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    BIO_free(bio);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
