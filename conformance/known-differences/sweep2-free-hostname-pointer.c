/* Sweep 2 (memory errors): the hostname (also ALPN, ticket, ticket appdata)
 * is a separate heap block in a real SSL_SESSION, so OPENSSL_free of the
 * pointer SSL_SESSION_get0_hostname returned is a valid free; the error comes
 * at SSL_SESSION_free, which frees it again. The simulator treats the pointer
 * as interior to the session and reports an invalid free at the OPENSSL_free. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    const char *h;
    SSL_SESSION_set1_hostname(s, "example.com");
    h = SSL_SESSION_get0_hostname(s);
    printf("h=%s\n", h);
    OPENSSL_free((void *)h);
    printf("freed the hostname\n");
    SSL_SESSION_free(s);
    printf("end\n");
    return 0;
}
