/* Freeing a context flushes its cache: callbacks first, then frees. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return (long)SSL_SESSION_get_ex_data(s, 1); }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) { printf("  [remove_cb] #%ld\n", num(s)); }

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *kept = NULL;
    unsigned char id[32];
    int i;

    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 1; i <= 3; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        memset(id, i, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_CTX_add_session(ctx, s);
        if (i == 2)
            kept = s;                    /* keep our reference to #2 */
        else
            SSL_SESSION_free(s);         /* the cache holds the only one */
    }
    printf("SSL_CTX_free\n");
    SSL_CTX_free(ctx);
    printf("#%ld survives, resumable=%d\n", num(kept), SSL_SESSION_is_resumable(kept));
    SSL_SESSION_free(kept);
    return 0;
}
