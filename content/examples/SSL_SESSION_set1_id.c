/* Reading and writing a session id (at most 32 bytes). */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char id[33] = { 0xde, 0xad, 0xbe, 0xef };
    const unsigned char *p;
    unsigned int len, i;

    p = SSL_SESSION_get_id(s, &len);
    printf("new session: id length %u, resumable %d\n", len, SSL_SESSION_is_resumable(s));

    printf("set1_id(4 bytes) -> %d\n", SSL_SESSION_set1_id(s, id, 4));
    p = SSL_SESSION_get_id(s, &len);
    printf("id: ");
    for (i = 0; i < len; i++)
        printf("%02x", p[i]);
    printf(" (length %u), resumable %d\n", len, SSL_SESSION_is_resumable(s));

    printf("set1_id(33 bytes) -> %d\n", SSL_SESSION_set1_id(s, id, 33));
    SSL_SESSION_get_id(s, &len);
    printf("length still %u\n", len);
    SSL_SESSION_free(s);
    return 0;
}
