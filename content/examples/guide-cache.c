/* The cache list is sorted by expiry; eviction and flushes start at the tail. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld expires %ld\n", (long)SSL_SESSION_get_ex_data(s, 1),
           SSL_SESSION_get_time(s) + SSL_SESSION_get_timeout(s));
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    long expiry[4] = { 1300, 1100, 1400, 1200 };
    unsigned char id[32];
    int i;

    SSL_CTX_sess_set_cache_size(ctx, 4);     /* holds 3 in OpenSSL 3.0 */
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 0; i < 4; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        memset(id, i + 1, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_SESSION_set_time(s, 1000);
        SSL_SESSION_set_timeout(s, expiry[i] - 1000);
        printf("add #%ld (expires %ld)\n", (long)SSL_SESSION_get_ex_data(s, 1), expiry[i]);
        SSL_CTX_add_session(ctx, s);
        SSL_SESSION_free(s);
    }
    printf("cached %ld, evicted %ld\n", SSL_CTX_sess_number(ctx), SSL_CTX_sess_cache_full(ctx));
    printf("flush(1250)\n");
    SSL_CTX_flush_sessions(ctx, 1250);
    printf("cached %ld\n", SSL_CTX_sess_number(ctx));
    printf("SSL_CTX_free\n");
    SSL_CTX_free(ctx);
    return 0;
}
