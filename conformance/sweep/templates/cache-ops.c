/* Sweep template: internal cache without handshakes. Sessions with chosen
 * times/timeouts go into a cache of size CACHESIZE; then duplicate and
 * re-adds, a shrink, partial and full flushes, set_time/set_timeout re-sorts. */
#include <openssl/ssl.h>
#include <stdio.h>

#define CACHESIZE 3
#define NADD 5
#define TIMEMODE 0
#define TIMEOUT 100
#define REMCB 1
#define MODE -1
#define SHRINK -1
#define FLUSHAT 1050
#define DUPID 0
#define RESORT 0

static SSL_CTX *ctx;
static SSL_SESSION *ss[8];
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *sess) {
    printf("  [remove_cb] #%ld (time %ld timeout %ld)\n", num(sess), SSL_SESSION_get_time(sess), SSL_SESSION_get_timeout(sess));
}
static void st(const char *what) {
    printf("%s: number=%ld cache_full=%ld timeouts=%ld size=%ld\n", what, SSL_CTX_sess_number(ctx),
           SSL_CTX_sess_cache_full(ctx), SSL_CTX_sess_timeouts(ctx), SSL_CTX_sess_get_cache_size(ctx));
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
static long when(int i) {
    if (TIMEMODE == 0) return 1000;
    if (TIMEMODE == 1) return 1000 + 10 * i;
    if (TIMEMODE == 2) return 1100 - 10 * i;
    return 1000 + 10 * (i % 2);
}

int main(void) {
    int i, r;
    long prev;
    ctx = SSL_CTX_new(TLS_server_method());
    if (MODE >= 0) SSL_CTX_set_session_cache_mode(ctx, MODE);
    prev = SSL_CTX_sess_set_cache_size(ctx, CACHESIZE);
    printf("set size %d -> prev %ld\n", CACHESIZE, prev);
    if (REMCB) SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 0; i < NADD; i++) {
        ss[i] = mk((unsigned char)(DUPID && i == NADD - 1 ? 1 : i + 1), when(i), TIMEOUT);
        r = SSL_CTX_add_session(ctx, ss[i]);
        printf("add #%ld (t=%ld) -> %d\n", num(ss[i]), when(i), r);
        st(" ");
    }
    printf("-- re-add first #%ld -> %d\n", num(ss[0]), SSL_CTX_add_session(ctx, ss[0]));
    st(" ");
    if (RESORT == 1) printf("-- set_time(first, 2000) -> %ld\n", SSL_SESSION_set_time(ss[0], 2000));
    if (RESORT == 2) printf("-- set_timeout(last, 1) -> %ld\n", SSL_SESSION_set_timeout(ss[NADD - 1], 1));
    if (RESORT == 3) printf("-- set_time(last, 500) -> %ld\n", SSL_SESSION_set_time(ss[NADD - 1], 500));
    if (SHRINK >= 0) {
        printf("-- shrink to %d -> prev %ld\n", SHRINK, SSL_CTX_sess_set_cache_size(ctx, SHRINK));
        st(" ");
        ss[NADD] = mk(9, 1000, TIMEOUT);
        printf("add #%ld -> %d\n", num(ss[NADD]), SSL_CTX_add_session(ctx, ss[NADD]));
        st(" ");
    }
    for (i = 0; i <= NADD; i++)
        if (ss[i]) printf("  #%ld resumable=%d\n", num(ss[i]), SSL_SESSION_is_resumable(ss[i]));
    if (FLUSHAT >= 0) {
        printf("-- flush(%d)\n", FLUSHAT);
        SSL_CTX_flush_sessions(ctx, FLUSHAT);
        st(" ");
    }
    printf("-- remove first -> %d\n", SSL_CTX_remove_session(ctx, ss[0]));
    printf("-- flush(0)\n");
    SSL_CTX_flush_sessions(ctx, 0);
    st(" ");
    printf("-- free all\n");
    for (i = 0; i <= NADD; i++)
        SSL_SESSION_free(ss[i]);
    SSL_CTX_free(ctx);
    printf("-- end\n");
    return 0;
}
