/* PEM_read_SSL_SESSION on a write-only stream (stdout/stderr): NULL, PEM "no start line". */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <stdio.h>
int main(void) {
    SSL_SESSION *x = NULL;
    SSL_SESSION *s = PEM_read_SSL_SESSION(stdout, &x, NULL, NULL);
    unsigned long e = ERR_get_error();
    printf("%d %d %lu %d %d\n", s == NULL, x == NULL, ERR_GET_LIB(e), ERR_GET_REASON(e), (int)ERR_get_error());
    s = PEM_read_SSL_SESSION(stderr, NULL, NULL, NULL);
    e = ERR_get_error();
    printf("%d %lu %d %s\n", s == NULL, ERR_GET_LIB(e), ERR_GET_REASON(e), ERR_reason_error_string(e));
    return 0;
}
