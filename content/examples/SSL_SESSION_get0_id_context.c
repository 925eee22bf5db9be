/* The session id context: which application a session belongs to. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char big[40] = { 0 };
    const unsigned char *p;
    unsigned int len, i;

    SSL_SESSION_get0_id_context(s, &len);
    printf("new session: context length %u\n", len);

    printf("set1_id_context(\"mail\") -> %d\n",
           SSL_SESSION_set1_id_context(s, (const unsigned char *)"mail", 4));
    p = SSL_SESSION_get0_id_context(s, &len);
    printf("context: ");
    for (i = 0; i < len; i++)
        printf("%c", p[i]);
    printf(" (length %u)\n", len);

    printf("set1_id_context(40 bytes) -> %d\n", SSL_SESSION_set1_id_context(s, big, 40));
    SSL_SESSION_get0_id_context(s, &len);
    printf("length still %u\n", len);
    SSL_SESSION_free(s);
    return 0;
}
