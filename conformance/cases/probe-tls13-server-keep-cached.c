/* TLS 1.3 server that caches (remove_cb set) and whose new_cb returns 1,
 * keeping every ticket's session: at SSL_CTX_free all are removed (callbacks)
 * but none is destroyed until the application frees its references. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_SESSION *kept[8];
static int nkept;
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[server new_cb] #%ld\n", num(sess));
    kept[nkept++] = sess;
    return 1;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) {
    printf("[server remove_cb] #%ld resumable %d\n", num(sess), SSL_SESSION_is_resumable(sess));
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int i;
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf("server cache %ld\n", SSL_CTX_sess_number(sctx));
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    connect_pair(c, s);
    printf("reused %d, server cache %ld\n", SSL_session_reused(s), SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    printf(">> free the server context\n");
    SSL_CTX_free(sctx);
    printf(">> release %d kept sessions\n", nkept);
    for (i = 0; i < nkept; i++)
        SSL_SESSION_free(kept[i]);
    SSL_CTX_free(cctx);
    return 0;
}
