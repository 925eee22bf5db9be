/* A cache of size 3 keeps only 2 sessions in OpenSSL 3.0. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", (long)SSL_SESSION_get_ex_data(s, 1));
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    unsigned char id[32];
    int i;

    printf("default size %ld\n", SSL_CTX_sess_get_cache_size(ctx));
    printf("set 3, previous %ld\n", SSL_CTX_sess_set_cache_size(ctx, 3));
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 1; i <= 4; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        memset(id, i, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        printf("add #%d -> %d\n", i, SSL_CTX_add_session(ctx, s));
        printf("  number %ld, cache_full %ld\n", SSL_CTX_sess_number(ctx), SSL_CTX_sess_cache_full(ctx));
        SSL_SESSION_free(s);
    }
    printf("set -1 returns %ld\n", SSL_CTX_sess_set_cache_size(ctx, -1));
    SSL_CTX_free(ctx);
    return 0;
}
