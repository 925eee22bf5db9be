/* When each callback fires during a TLS 1.3 connection with client caching. */
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_CTX *sctx;
static long num(SSL_SESSION *s) { return (long)SSL_SESSION_get_ex_data(s, 1); }
static const char *side(SSL *ssl) { return SSL_get_SSL_CTX(ssl) == sctx ? "server" : "client"; }

static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("  [%s new_cb] #%ld\n", side(ssl), num(sess));
    return 0;                           /* not kept: the library drops its extra ref */
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) {
    printf("  [%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(sess));
}

int main(void) {
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    sctx = SSL_CTX_new(TLS_server_method());

    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("-- connect\n");
    connect_pair(c, s);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    printf("-- SSL_CTX_free(client)\n");
    SSL_CTX_free(cctx);
    printf("-- SSL_CTX_free(server)\n");
    SSL_CTX_free(sctx);
    return 0;
}
