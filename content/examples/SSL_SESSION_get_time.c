/* Time and timeout of a session; the expiry instant is time + timeout. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    printf("default timeout %ld\n", SSL_SESSION_get_timeout(s));

    printf("set_time(1000) returns %ld\n", SSL_SESSION_set_time(s, 1000));
    printf("set_timeout(60) returns %ld\n", SSL_SESSION_set_timeout(s, 60));
    printf("time %ld timeout %ld -> expires after %ld\n", SSL_SESSION_get_time(s),
           SSL_SESSION_get_timeout(s), SSL_SESSION_get_time(s) + SSL_SESSION_get_timeout(s));

    printf("set_timeout(-5) returns %ld\n", SSL_SESSION_set_timeout(s, -5));
    printf("timeout is still %ld\n", SSL_SESSION_get_timeout(s));
    printf("set_time(0) returns %ld\n", SSL_SESSION_set_time(s, 0));
    SSL_SESSION_free(s);
    return 0;
}
