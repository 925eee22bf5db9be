/* Equal expiry keys and re-adding: a session inserted later with the same key
 * goes nearer the head; re-adding an already cached object (result 0)
 * unlinks and re-inserts it, so among equals it moves to the head side. Also a
 * different object with the same id replaces the entry silently. The order is
 * shown by SSL_CTX_flush_sessions(ctx, 0) (tail first). */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld expires %ld\n", num(s), SSL_SESSION_get_time(s) + SSL_SESSION_get_timeout(s));
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
    SSL_SESSION *s[6];
    SSL_SESSION *twin;
    int i, r;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 0; i < 5; i++) {
        s[i] = mk(i + 1, 2000, 100);
        r = SSL_CTX_add_session(ctx, s[i]);
        printf("add #%ld -> %d\n", num(s[i]), r);
    }
    printf(">> re-add the tail (#%ld) and a middle one (#%ld)\n", num(s[0]), num(s[2]));
    r = SSL_CTX_add_session(ctx, s[0]);
    printf("re-add -> %d\n", r);
    r = SSL_CTX_add_session(ctx, s[2]);
    printf("re-add -> %d\n", r);
    printf(">> a different object with #%ld's id and an earlier expiry\n", num(s[4]));
    twin = mk(5, 1000, 100);
    r = SSL_CTX_add_session(ctx, twin);
    printf("add twin #%ld -> %d, number %ld, #%ld resumable %d\n", num(twin), r, SSL_CTX_sess_number(ctx), num(s[4]),
           SSL_SESSION_is_resumable(s[4]));
    printf(">> set_time to the same key as the head: moves to the head\n");
    SSL_SESSION_set_time(s[1], 2000);
    printf(">> flush(0)\n");
    SSL_CTX_flush_sessions(ctx, 0);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    for (i = 0; i < 5; i++)
        SSL_SESSION_free(s[i]);
    SSL_SESSION_free(twin);
    SSL_CTX_free(ctx);
    return 0;
}
