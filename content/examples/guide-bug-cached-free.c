/* BUG: one free too many on a cached session; the error waits for eviction. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static SSL_SESSION *make(int tag) {
    unsigned char id[32];
    SSL_SESSION *s = SSL_SESSION_new();
    memset(id, tag, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    return s;
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *a = make(1), *b = make(2);

    SSL_CTX_sess_set_cache_size(ctx, 2);
    SSL_CTX_add_session(ctx, a);        /* a: ours + the cache's */
    SSL_SESSION_free(a);                /* fine: only the cache holds a now */
    SSL_SESSION_free(a);                /* BUG: destroys a while it is cached */
    printf("a is gone, but the cache still links it\n");
    SSL_CTX_add_session(ctx, b);        /* the cache is full: evicting a reads freed memory */
    printf("never printed\n");
    return 0;
}
