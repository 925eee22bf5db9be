/* d2i_SSL_SESSION probe for real OpenSSL: one hex DER per stdin line -> result, allocation, consumed
 * bytes, the error queue and the re-encoding. gcc -O1 -o h d2i-harness.c -lssl -lcrypto */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
static int news = 0;
static void onnew(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp) { news++; }
static int hexval(int c){ return c<='9'?c-'0':(c|32)-'a'+10; }
int main(void) {
    char line[100000];
    static unsigned char buf[50000], out[60000];
    SSL_SESSION_get_ex_new_index(0, NULL, onnew, NULL, NULL);
    while (fgets(line, sizeof line, stdin)) {
        int n = 0, i; size_t L = strcspn(line, "\r\n"); line[L] = 0;
        for (i = 0; i + 1 < (int)L; i += 2) buf[n++] = hexval(line[i]) * 16 + hexval(line[i+1]);
        const unsigned char *q = buf; news = 0;
        ERR_clear_error();
        SSL_SESSION *s = d2i_SSL_SESSION(NULL, &q, n);
        printf("%s new=%d consumed=%d errs=", s ? "OK" : "NULL", news, (int)(q - buf));
        const char *file, *func, *data; int ln, fl; unsigned long e;
        while ((e = ERR_get_error_all(&file, &ln, &func, &data, &fl)) != 0)
            printf("%d:%d;", ERR_GET_LIB(e), ERR_GET_REASON(e));
        if (s) {
            long t = SSL_SESSION_get_time(s);
            if (labs(t - (long)time(NULL)) <= 2) SSL_SESSION_set_time(s, 12345);
            unsigned char *p = out; int m = i2d_SSL_SESSION(s, &p);
            printf(" der=");
            for (i = 0; i < m; i++) printf("%02x", out[i]);
            SSL_SESSION_free(s);
        }
        printf("\n");
    }
    return 0;
}
