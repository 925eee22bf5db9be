/* SSL_SESSION_print_fp probe: prints each session of variants.inc (made by print-cases.py). */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
static struct { const char *name, *hex; } V[] = {
#include "variants.inc"
};
int main(void) {
    static unsigned char buf[4096];
    for (unsigned k = 0; k < sizeof V / sizeof *V; k++) {
        int n = strlen(V[k].hex) / 2;
        for (int i = 0; i < n; i++) sscanf(V[k].hex + 2 * i, "%2hhx", &buf[i]);
        const unsigned char *q = buf; SSL_SESSION *s = d2i_SSL_SESSION(NULL, &q, n);
        if (labs(SSL_SESSION_get_time(s) - (long)time(NULL)) <= 2) SSL_SESSION_set_time(s, 1234567890);
        printf("@@ %s %s\n", V[k].name, V[k].hex);
        int rc = SSL_SESSION_print_fp(stdout, s);
        printf("@@rc %d\n", rc);
        if (k == 0 || k == 14) {
            SSL_SESSION_set_time(s, 0); SSL_SESSION_set_timeout(s, 0); SSL_SESSION_set_cipher(s, NULL);
            printf("@@ %s+time0-timeout0-cipherNULL %s\n", V[k].name, V[k].hex);
            rc = SSL_SESSION_print_fp(stdout, s);
            printf("@@rc %d\n", rc);
        }
        SSL_SESSION_free(s);
    }
    return 0;
}
