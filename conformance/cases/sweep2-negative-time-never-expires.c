/* Sweep 2 (timeouts): ssl_session_calculate_timeout computes the overflow
 * limit as (uint64)TIME_MAX - (uint64)time, so a session whose time is
 * negative (SSL_SESSION_set_time(s, -50)) counts as "overflowed": it never
 * expires (no flush(t) removes it, only flush(0)) and it sorts after every
 * non-overflowed session, whatever its time + timeout. Time 0 is normal. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld time=%ld timeout=%ld\n", num(s), SSL_SESSION_get_time(s), SSL_SESSION_get_timeout(s));
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    long times[6] = {-50, -100, 1000, -1, 0, 5};
    long timeouts[6] = {200, 200, 100, 0, 10, 0};
    unsigned char id[32];
    int i;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 0; i < 6; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        memset(id, i + 1, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_SESSION_set_timeout(s, timeouts[i]);
        printf("#%ld set_time(%ld) -> %ld\n", num(s), times[i], SSL_SESSION_set_time(s, times[i]));
        SSL_CTX_add_session(ctx, s);
        SSL_SESSION_free(s);
    }
    printf("-- flush(1101)\n");
    SSL_CTX_flush_sessions(ctx, 1101);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    printf("-- flush(2000000000)\n");
    SSL_CTX_flush_sessions(ctx, 2000000000);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    printf("-- cache size 3, one more add evicts from the tail\n");
    SSL_CTX_sess_set_cache_size(ctx, 3);
    {
        SSL_SESSION *s = SSL_SESSION_new();
        memset(id, 9, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_SESSION_set_time(s, 7);
        printf("add #%ld -> %d\n", num(s), SSL_CTX_add_session(ctx, s));
        SSL_SESSION_free(s);
    }
    printf("-- flush(0)\n");
    SSL_CTX_flush_sessions(ctx, 0);
    SSL_CTX_free(ctx);
    return 0;
}
