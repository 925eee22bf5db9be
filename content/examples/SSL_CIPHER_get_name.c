/* Find a cipher suite by its two-byte id and print its name. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    const unsigned char aes128[2] = { 0x13, 0x01 }, aes256[2] = { 0x13, 0x02 };
    const unsigned char ecdhe[2] = { 0xc0, 0x2c }, none[2] = { 0x00, 0x00 };

    printf("13 01: %s\n", SSL_CIPHER_get_name(SSL_CIPHER_find(ssl, aes128)));
    printf("13 02: %s\n", SSL_CIPHER_get_name(SSL_CIPHER_find(ssl, aes256)));
    printf("c0 2c: %s\n", SSL_CIPHER_get_name(SSL_CIPHER_find(ssl, ecdhe)));
    printf("00 00: %s\n", SSL_CIPHER_find(ssl, none) ? "found" : "NULL");
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
