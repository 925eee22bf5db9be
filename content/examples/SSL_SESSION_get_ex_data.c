/* Index 1 holds each session's trace number; a copy gets its own. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *a = SSL_SESSION_new();
    SSL_SESSION *b = SSL_SESSION_new();
    SSL_SESSION *c = SSL_SESSION_dup(a);
    printf("a=#%ld b=#%ld copy of a=#%ld\n", (long)SSL_SESSION_get_ex_data(a, 1),
           (long)SSL_SESSION_get_ex_data(b, 1), (long)SSL_SESSION_get_ex_data(c, 1));
    SSL_SESSION_free(c);
    SSL_SESSION_free(b);
    SSL_SESSION_free(a);
    return 0;
}
