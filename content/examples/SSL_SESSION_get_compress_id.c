/* Compression is never negotiated: the id is always 0. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    printf("compress id: %u\n", SSL_SESSION_get_compress_id(s));
    SSL_SESSION_free(s);
    return 0;
}
