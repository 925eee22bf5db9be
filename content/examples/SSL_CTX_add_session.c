/* Adding and removing by hand: return values and the remove callback. */
#include <openssl/ssl.h>
#include <stdio.h>

static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", (long)SSL_SESSION_get_ex_data(s, 1));
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *a = SSL_SESSION_new(), *b = SSL_SESSION_new();
    unsigned char id[4] = { 1, 2, 3, 4 };
    int r;

    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    SSL_SESSION_set1_id(a, id, 4);
    r = SSL_CTX_add_session(ctx, a);
    printf("add a -> %d, number %ld\n", r, SSL_CTX_sess_number(ctx));
    r = SSL_CTX_add_session(ctx, a);
    printf("add a again -> %d, number %ld\n", r, SSL_CTX_sess_number(ctx));

    r = SSL_CTX_remove_session(ctx, b);
    printf("remove b (empty id) -> %d\n", r);
    r = SSL_CTX_remove_session(ctx, a);
    printf("remove a -> %d, number %ld, resumable %d\n", r, SSL_CTX_sess_number(ctx),
           SSL_SESSION_is_resumable(a));
    r = SSL_CTX_remove_session(ctx, a);
    printf("remove a again -> %d\n", r);

    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    SSL_CTX_free(ctx);
    return 0;
}
