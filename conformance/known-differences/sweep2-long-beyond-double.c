/* Sweep 2 (huge values): session times and timeouts are longs. Values whose
 * magnitude exceeds 2^53 cross the interpreter/library boundary as doubles
 * (snippet/abi.ts), so the library stores and returns them rounded:
 * 2^62 + 1 comes back as 2^62, LONG_MAX - 1 as LONG_MAX. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    long big = 0x7fffffffffffffffL;
    SSL_SESSION_set_timeout(s, (1L << 62) + 1);
    printf("timeout %ld\n", SSL_SESSION_get_timeout(s));
    printf("set_time returns %ld\n", SSL_SESSION_set_time(s, big - 1));
    printf("time %ld\n", SSL_SESSION_get_time(s));
    SSL_SESSION_free(s);
    return 0;
}
