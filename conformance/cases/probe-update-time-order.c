/* SSL_SESS_CACHE_UPDATE_TIME: every SSL_CTX_add_session (also a re-add of a
 * cached object) sets the session's time to now, which moves old sessions to
 * the head; without the flag a re-add keeps the time. Only relations to the
 * clock are printed. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", num(s));
}
static SSL_SESSION *mk(unsigned char tag, long t) {
    unsigned char id[32];
    SSL_SESSION *s = SSL_SESSION_new();
    memset(id, tag, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    SSL_SESSION_set_time(s, t);
    return s;
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    long before = (long)time(NULL);
    SSL_SESSION *old = mk(1, 1000), *future = mk(2, before + 100000), *mid = mk(3, 5000);
    long t;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    SSL_CTX_add_session(ctx, old);
    SSL_CTX_add_session(ctx, future);
    printf("without UPDATE_TIME: old time %ld\n", SSL_SESSION_get_time(old));
    printf("re-add old -> %d, time %ld\n", SSL_CTX_add_session(ctx, old), SSL_SESSION_get_time(old));
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_UPDATE_TIME);
    printf(">> with UPDATE_TIME\n");
    printf("add mid -> %d\n", SSL_CTX_add_session(ctx, mid));
    t = SSL_SESSION_get_time(mid);
    printf("mid time is now: %d\n", t >= before && t <= (long)time(NULL));
    printf("re-add future -> %d\n", SSL_CTX_add_session(ctx, future));
    t = SSL_SESSION_get_time(future);
    printf("future time is now: %d\n", t >= before && t <= (long)time(NULL));
    printf("old still %ld\n", SSL_SESSION_get_time(old));
    printf("-- flush(1400): old (1000 + 304) only\n");
    SSL_CTX_flush_sessions(ctx, 1400);
    printf("-- re-add old (refreshed) then flush(0): order tail to head\n");
    SSL_CTX_add_session(ctx, old);
    SSL_CTX_flush_sessions(ctx, 0);
    SSL_SESSION_free(old);
    SSL_SESSION_free(future);
    SSL_SESSION_free(mid);
    SSL_CTX_free(ctx);
    return 0;
}
