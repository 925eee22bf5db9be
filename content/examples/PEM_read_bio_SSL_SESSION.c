/* Write a session as PEM into a memory BIO, then read it back. */
#include <openssl/ssl.h>
#include <openssl/pem.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new(), *back;
    const unsigned char suite[2] = { 0x13, 0x01 };
    unsigned char id[4] = { 0xde, 0xad, 0xbe, 0xef };
    BIO *mem = BIO_new(BIO_s_mem());

    SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION);
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, suite));
    SSL_SESSION_set1_id(s, id, 4);
    SSL_SESSION_set_time(s, 1700000000);
    SSL_SESSION_set_timeout(s, 300);

    printf("PEM to stdout -> %d\n", PEM_write_SSL_SESSION(stdout, s));
    printf("PEM to BIO -> %d\n", PEM_write_bio_SSL_SESSION(mem, s));
    back = PEM_read_bio_SSL_SESSION(mem, NULL, NULL, NULL);
    printf("read back #%ld, timeout %ld\n", (long)SSL_SESSION_get_ex_data(back, 1),
           SSL_SESSION_get_timeout(back));
    printf("nothing left -> %s\n", PEM_read_bio_SSL_SESSION(mem, NULL, NULL, NULL) ? "session" : "NULL");

    BIO_free(mem);
    SSL_SESSION_free(back);
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
