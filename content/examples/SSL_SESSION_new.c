/* One session, three references: who owns what, and when it dies. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return (long)SSL_SESSION_get_ex_data(s, 1); }

int main(void) {
    SSL_SESSION *a = SSL_SESSION_new();          /* count 1: ours */
    SSL_SESSION *copy;
    printf("a is #%ld, resumable=%d, timeout=%ld\n", num(a),
           SSL_SESSION_is_resumable(a), SSL_SESSION_get_timeout(a));

    printf("up_ref -> %d\n", SSL_SESSION_up_ref(a));   /* count 2 */
    copy = SSL_SESSION_dup(a);                   /* a new object, count 1 */
    printf("copy is #%ld\n", num(copy));

    printf("first free of a\n");
    SSL_SESSION_free(a);                         /* count 1: still alive */
    printf("second free of a\n");
    SSL_SESSION_free(a);                         /* count 0: destroyed */
    SSL_SESSION_free(copy);
    SSL_SESSION_free(NULL);                      /* harmless */
    printf("done\n");
    return 0;
}
