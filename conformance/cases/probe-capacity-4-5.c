/* Cache size 4 and 5: each new entry evicts from the tail while the count
 * (the new one included) is >= the limit, so the cache settles at N - 1. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", num(s));
}

static void trial(long size) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    unsigned char id[32];
    int i;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    printf(">> size %ld (previous %ld)\n", size, SSL_CTX_sess_set_cache_size(ctx, size));
    for (i = 0; i < 7; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        int r;
        memset(id, 0x40 + i, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_SESSION_set_time(s, 1000 + i);
        r = SSL_CTX_add_session(ctx, s);
        printf("add #%ld -> %d, number %ld, cache_full %ld\n", num(s), r, SSL_CTX_sess_number(ctx),
               SSL_CTX_sess_cache_full(ctx));
        SSL_SESSION_free(s);
    }
    SSL_CTX_free(ctx);
}

int main(void) {
    trial(4);
    trial(5);
    return 0;
}
