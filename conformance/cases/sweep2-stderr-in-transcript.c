/* Sweep 2 (printf formatting): the transcript is what the real run prints on
 * one stream, stdout and stderr interleaved in order (the oracle captures
 * both; both are unbuffered): fprintf(stderr, ...) and library output to
 * stderr (SSL_SESSION_print_fp) appear between the stdout lines. */
#include <openssl/ssl.h>
#include <openssl/pem.h>
#include <stdio.h>
int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char id[4] = {1, 2, 3, 4};
    SSL_SESSION_set1_id(s, id, 4);
    SSL_SESSION_set_time(s, 1700000000);
    SSL_SESSION_set_timeout(s, 300);
    SSL_SESSION_set_protocol_version(s, TLS1_2_VERSION);
    printf("before\n");
    fprintf(stderr, "err line 1\n");
    SSL_SESSION_print_fp(stderr, s);
    printf("middle\n");
    fprintf(stderr, "partial ");
    printf("out ");
    fprintf(stderr, "end\n");
    printf("\n");
    SSL_SESSION_free(s);
    fprintf(stderr, "after free\n");
    return 0;
}
