/* Sweep (null-args): SSL_set_session(NULL, s) is a null dereference; valgrind
 * cannot unwind out of libssl there, so the real transcript says "line ?". */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    printf("now SSL_set_session(NULL, s)\n");
    printf("%d\n", SSL_set_session(NULL, s));
    SSL_SESSION_free(s);
    return 0;
}
