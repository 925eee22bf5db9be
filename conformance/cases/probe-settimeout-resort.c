/* SSL_SESSION_set_timeout / set_time on cached sessions re-sort the list at
 * once; on a session that is not cached they just change the values. A
 * rejected set_timeout (negative) leaves the position unchanged. Partial
 * flushes show the resulting order. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld time %ld timeout %ld\n", num(s), SSL_SESSION_get_time(s), SSL_SESSION_get_timeout(s));
}
static SSL_SESSION *mk(unsigned char tag, long t, long timeout) {
    unsigned char id[32];
    SSL_SESSION *s = SSL_SESSION_new();
    memset(id, tag, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    SSL_SESSION_set_time(s, t);
    SSL_SESSION_set_timeout(s, timeout);
    return s;
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *a = mk(1, 1000, 100), *b = mk(2, 1000, 200), *c = mk(3, 1000, 300), *d = mk(4, 1000, 400);
    SSL_SESSION *loose = mk(9, 1000, 10);
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    SSL_CTX_add_session(ctx, a);
    SSL_CTX_add_session(ctx, b);
    SSL_CTX_add_session(ctx, c);
    SSL_CTX_add_session(ctx, d);
    printf("a=#%ld b=#%ld c=#%ld d=#%ld loose=#%ld\n", num(a), num(b), num(c), num(d), num(loose));
    printf("set_timeout(d, 50) -> %ld\n", SSL_SESSION_set_timeout(d, 50));
    printf("set_timeout(a, 1000) -> %ld\n", SSL_SESSION_set_timeout(a, 1000));
    printf("set_timeout(b, -1) -> %ld\n", SSL_SESSION_set_timeout(b, -1));
    printf("set_time(c, 500) -> %ld\n", SSL_SESSION_set_time(c, 500));
    printf("set_timeout(loose, 5000) -> %ld (not cached)\n", SSL_SESSION_set_timeout(loose, 5000));
    printf("-- flush(1060): d (1050) and c (800) expired\n");
    SSL_CTX_flush_sessions(ctx, 1060);
    printf("number %ld, c resumable %d, d resumable %d, b resumable %d\n", SSL_CTX_sess_number(ctx),
           SSL_SESSION_is_resumable(c), SSL_SESSION_is_resumable(d), SSL_SESSION_is_resumable(b));
    printf("-- d put back with its new values, loose added\n");
    printf("add d -> %d, add loose -> %d\n", SSL_CTX_add_session(ctx, d), SSL_CTX_add_session(ctx, loose));
    printf("-- set_time(loose, 0): expires at 5000, still the head\n");
    SSL_SESSION_set_time(loose, 0);
    printf("-- flush(1201)\n");
    SSL_CTX_flush_sessions(ctx, 1201);
    printf("-- flush(0)\n");
    SSL_CTX_flush_sessions(ctx, 0);
    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    SSL_SESSION_free(c);
    SSL_SESSION_free(d);
    SSL_SESSION_free(loose);
    SSL_CTX_free(ctx);
    return 0;
}
