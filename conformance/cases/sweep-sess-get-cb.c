/* Sweep (null-args): the callback getters SSL_CTX_sess_get_{new,remove,get}_cb
 * (semantics.md: NULL if unset). */
#include <openssl/ssl.h>
#include <stdio.h>

static int on_new(SSL *ssl, SSL_SESSION *sess) { return 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { }
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) { return NULL; }

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    printf("unset: new=%d remove=%d get=%d\n", SSL_CTX_sess_get_new_cb(ctx) == NULL,
           SSL_CTX_sess_get_remove_cb(ctx) == NULL, SSL_CTX_sess_get_get_cb(ctx) == NULL);
    SSL_CTX_sess_set_new_cb(ctx, on_new);
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    SSL_CTX_sess_set_get_cb(ctx, on_get);
    printf("set: new=%d remove=%d get=%d\n", SSL_CTX_sess_get_new_cb(ctx) != NULL,
           SSL_CTX_sess_get_remove_cb(ctx) != NULL, SSL_CTX_sess_get_get_cb(ctx) != NULL);
    SSL_CTX_sess_set_new_cb(ctx, NULL);
    printf("reset: new=%d\n", SSL_CTX_sess_get_new_cb(ctx) == NULL);
    SSL_CTX_free(ctx);
    return 0;
}
