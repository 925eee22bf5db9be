/* MISTAKE: keeping an interior pointer across a setter. The pointer from
 * SSL_SESSION_get0_hostname dies when SSL_SESSION_set1_hostname replaces the
 * string; reading it afterwards is a use-after-free at the printf. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    const char *host;
    SSL_SESSION_set1_hostname(s, "first.example");
    host = SSL_SESSION_get0_hostname(s);
    printf("host %s\n", host);
    SSL_SESSION_set1_hostname(s, "second.example");
    printf("now %s\n", SSL_SESSION_get0_hostname(s));
    printf("old pointer: %s\n", host);
    SSL_SESSION_free(s);
    return 0;
}
