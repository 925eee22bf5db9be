/* MISTAKE: the ALPN pointer from SSL_SESSION_get0_alpn_selected is freed when
 * SSL_SESSION_set1_alpn_selected replaces the value: reading through the old
 * pointer is a use-after-free at that line. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    const unsigned char *alpn;
    size_t len;
    SSL_SESSION_set1_alpn_selected(s, (const unsigned char *)"h2", 2);
    SSL_SESSION_get0_alpn_selected(s, &alpn, &len);
    printf("alpn %zu %c%c\n", len, alpn[0], alpn[1]);
    SSL_SESSION_set1_alpn_selected(s, (const unsigned char *)"http/1.1", 8);
    printf("replaced\n");
    printf("old first byte %c\n", alpn[0]);
    SSL_SESSION_free(s);
    return 0;
}
