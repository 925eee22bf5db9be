/* An external cache: keep sessions from new_cb, serve them from get_cb. */
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_SESSION *store;      /* our one-slot "external cache" */

static long num(SSL_SESSION *s) { return (long)SSL_SESSION_get_ex_data(s, 1); }

static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("  [new_cb] #%ld -> kept\n", num(sess));
    store = sess;               /* the library gave us a reference */
    return 1;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) {
    printf("  [remove_cb] #%ld\n", num(sess));
}
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) {
    printf("  [get_cb] id of %d bytes -> #%ld\n", len, store ? num(store) : 0L);
    return store;               /* *copy stays 1: the library takes its own reference */
}

static void handshake(SSL_CTX *sctx, SSL_CTX *cctx, SSL_SESSION *resume, SSL_SESSION **out) {
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    if (resume)
        SSL_set_session(c, resume);
    connect_pair(c, s);
    printf("reused=%d\n", SSL_session_reused(s));
    if (out)
        *out = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_sess_set_get_cb(sctx, on_get);

    printf("-- full handshake\n");
    handshake(sctx, cctx, NULL, &saved);
    printf("-- resumption\n");
    handshake(sctx, cctx, saved, NULL);
    printf("internal cache: %ld\n", SSL_CTX_sess_number(sctx));

    SSL_SESSION_free(saved);
    SSL_SESSION_free(store);    /* release the reference new_cb kept */
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
