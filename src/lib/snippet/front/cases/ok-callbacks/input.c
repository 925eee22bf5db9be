/* Callbacks passed by name, with the library's exact signatures. */
#include <openssl/ssl.h>
#include <stdio.h>

static int on_new(SSL *ssl, SSL_SESSION *sess) { return 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("removed\n"); }
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy)
{
    *copy = 0;
    return NULL;
}

int main(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_sess_set_new_cb(ctx, on_new);
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    SSL_CTX_sess_set_get_cb(ctx, on_get);
    SSL_CTX_sess_set_remove_cb(ctx, NULL);
    SSL_CTX_free(ctx);
    return 0;
}
