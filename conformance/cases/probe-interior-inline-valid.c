/* Interior pointers that stay valid across setters: the id, id context and
 * master key live in fixed arrays inside the session, so a pointer from
 * SSL_SESSION_get_id / get0_id_context read after set1_id / set1_id_context
 * shows the new bytes (no memory error), unlike hostname/ALPN strings. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    const unsigned char *id, *ctx;
    unsigned int len, clen;
    SSL_SESSION_set1_id(s, (const unsigned char *)"\x01\x02\x03", 3);
    SSL_SESSION_set1_id_context(s, (const unsigned char *)"one", 3);
    id = SSL_SESSION_get_id(s, &len);
    ctx = SSL_SESSION_get0_id_context(s, &clen);
    printf("id %u: %02x%02x%02x, ctx %u: %c%c%c\n", len, id[0], id[1], id[2], clen, ctx[0], ctx[1], ctx[2]);
    SSL_SESSION_set1_id(s, (const unsigned char *)"\x0a\x0b\x0c\x0d", 4);
    SSL_SESSION_set1_id_context(s, (const unsigned char *)"two", 3);
    printf("same pointers now: %02x%02x%02x%02x, %c%c%c\n", id[0], id[1], id[2], id[3], ctx[0], ctx[1], ctx[2]);
    printf("getter agrees: %d\n", SSL_SESSION_get_id(s, &len) == id && len == 4);
    SSL_SESSION_set1_id(s, NULL, 0);
    SSL_SESSION_get_id(s, &len);
    printf("after set1_id(NULL, 0): len %u, old bytes still there %02x\n", len, id[0]);
    SSL_SESSION_free(s);
    return 0;
}
