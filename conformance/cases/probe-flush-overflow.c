/* SSL_CTX_flush_sessions(ctx, t): t = 0 flushes everything; t = 1 only what
 * expired before 1; negative t flushes nothing. A timeout so large that
 * time + timeout overflows makes a session that never expires and sorts at
 * the head; only flush(0) removes it. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", num(s));
}
static SSL_SESSION *add(SSL_CTX *ctx, unsigned char tag, long t, long timeout) {
    unsigned char id[32];
    SSL_SESSION *s = SSL_SESSION_new();
    memset(id, tag, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    SSL_SESSION_set_time(s, t);
    SSL_SESSION_set_timeout(s, timeout);
    printf("add #%ld (time %ld timeout %ld) -> %d\n", num(s), t, timeout, SSL_CTX_add_session(ctx, s));
    SSL_SESSION_free(s);
    return s;
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    long big = 0x7fffffffffffffffL;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    add(ctx, 1, 0, 0);
    add(ctx, 2, 1, 0);
    add(ctx, 3, 0, 1);
    add(ctx, 4, 1000, big);
    add(ctx, 5, 1000, big - 2000);
    add(ctx, 6, 5, 5);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    printf("-- flush(-5)\n");
    SSL_CTX_flush_sessions(ctx, -5);
    printf("-- flush(1)\n");
    SSL_CTX_flush_sessions(ctx, 1);
    printf("-- flush(2)\n");
    SSL_CTX_flush_sessions(ctx, 2);
    printf("-- flush(big)\n");
    SSL_CTX_flush_sessions(ctx, big);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    printf("-- flush(0)\n");
    SSL_CTX_flush_sessions(ctx, 0);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    SSL_CTX_free(ctx);
    return 0;
}
