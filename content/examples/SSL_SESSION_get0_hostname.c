/* Host name (SNI) and ALPN protocol recorded in a session. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    const unsigned char *alpn;
    size_t len;

    printf("hostname: %s\n", SSL_SESSION_get0_hostname(s) ? "set" : "(none)");
    SSL_SESSION_set1_hostname(s, "example.com");
    printf("hostname: %s\n", SSL_SESSION_get0_hostname(s));

    SSL_SESSION_set1_alpn_selected(s, (const unsigned char *)"h2", 2);
    SSL_SESSION_get0_alpn_selected(s, &alpn, &len);
    printf("alpn: %c%c (length %zu)\n", alpn[0], alpn[1], len);

    SSL_SESSION_set1_hostname(s, NULL);      /* NULL clears */
    printf("hostname: %s\n", SSL_SESSION_get0_hostname(s) ? "set" : "(none)");
    SSL_SESSION_free(s);
    return 0;
}
