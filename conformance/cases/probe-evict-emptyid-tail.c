/* A session with an empty id at the tail of a full cache: eviction asks to
 * remove it, which does nothing for an empty id, so eviction stops and the
 * cache grows past its limit. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", num(s));
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *empty = SSL_SESSION_new();
    unsigned char id[32];
    int i;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    SSL_CTX_sess_set_cache_size(ctx, 3);
    SSL_SESSION_set_time(empty, 10);
    printf("add empty-id #%ld -> %d\n", num(empty), SSL_CTX_add_session(ctx, empty));
    for (i = 0; i < 4; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        int r;
        memset(id, 0x10 + i, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_SESSION_set_time(s, 1000 + i);
        r = SSL_CTX_add_session(ctx, s);
        printf("add #%ld -> %d, number %ld, cache_full %ld\n", num(s), r, SSL_CTX_sess_number(ctx),
               SSL_CTX_sess_cache_full(ctx));
        SSL_SESSION_free(s);
    }
    printf("remove empty -> %d\n", SSL_CTX_remove_session(ctx, empty));
    printf("-- move the empty one off the tail: set_time(empty, 5000)\n");
    SSL_SESSION_set_time(empty, 5000);
    {
        SSL_SESSION *s = SSL_SESSION_new();
        memset(id, 0x30, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_SESSION_set_time(s, 2000);
        printf("add #%ld -> %d\n", num(s), SSL_CTX_add_session(ctx, s));
        printf("number %ld, cache_full %ld\n", SSL_CTX_sess_number(ctx), SSL_CTX_sess_cache_full(ctx));
        SSL_SESSION_free(s);
    }
    printf("-- SSL_CTX_free\n");
    SSL_CTX_free(ctx);
    printf("empty resumable %d\n", SSL_SESSION_is_resumable(empty));
    SSL_SESSION_free(empty);
    return 0;
}
