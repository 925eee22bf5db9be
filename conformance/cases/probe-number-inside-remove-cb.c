/* What remove_session_cb sees of the cache: SSL_CTX_sess_number and the
 * session's resumable flag inside the callback, for an explicit remove, an
 * eviction and a flush (each entry is unhashed before its callback). */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld number %ld resumable %d cache_full %ld\n", num(s), SSL_CTX_sess_number(ctx),
           SSL_SESSION_is_resumable(s), SSL_CTX_sess_cache_full(ctx));
}
static SSL_SESSION *add(SSL_CTX *ctx, unsigned char tag) {
    unsigned char id[32];
    SSL_SESSION *s = SSL_SESSION_new();
    memset(id, tag, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    SSL_SESSION_set_time(s, 1000 + tag);
    SSL_CTX_add_session(ctx, s);
    return s;
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *s[6];
    int i;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 0; i < 4; i++)
        s[i] = add(ctx, i + 1);
    printf(">> explicit remove of #%ld\n", num(s[1]));
    SSL_CTX_remove_session(ctx, s[1]);
    printf(">> cache size 3, one more add evicts\n");
    SSL_CTX_sess_set_cache_size(ctx, 3);
    s[4] = add(ctx, 5);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    printf(">> flush(0)\n");
    SSL_CTX_flush_sessions(ctx, 0);
    for (i = 0; i < 5; i++)
        SSL_SESSION_free(s[i]);
    SSL_CTX_free(ctx);
    return 0;
}
