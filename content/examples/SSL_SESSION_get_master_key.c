/* The master key (TLS 1.2) or resumption secret (TLS 1.3) of a session. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char key[48], out[8];
    size_t i, n;

    for (i = 0; i < sizeof(key); i++)
        key[i] = (unsigned char)i;
    printf("length of a new session's key: %zu\n", SSL_SESSION_get_master_key(s, NULL, 0));
    printf("set1_master_key(48 bytes) -> %d\n", SSL_SESSION_set1_master_key(s, key, 48));
    printf("length now: %zu\n", SSL_SESSION_get_master_key(s, NULL, 0));

    n = SSL_SESSION_get_master_key(s, out, sizeof(out));   /* copies only what fits */
    printf("copied %zu bytes:", n);
    for (i = 0; i < n; i++)
        printf(" %02x", out[i]);
    printf("\n");
    SSL_SESSION_free(s);
    return 0;
}
