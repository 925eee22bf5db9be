/* Sweep 2 (memory errors): valgrind reports a conditional jump on an
 * uninitialised local ("Conditional jump or move depends on uninitialised
 * value(s)") as the first error, so the real transcript stops there. The
 * simulator zero-initialises locals and does not track definedness. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    int x;
    printf("start\n");
    if (x == 3)
        printf("three\n");
    printf("x=%d\n", x);
    SSL_SESSION_free(s);
    return 0;
}
