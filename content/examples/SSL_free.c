/* SSL_free without SSL_shutdown spoils the session for later resumption. */
#include <openssl/ssl.h>
#include <stdio.h>

static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", (long)SSL_SESSION_get_ex_data(s, 1));
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *saved;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    saved = SSL_get1_session(c);
    printf("saved #%ld resumable=%d\n", (long)SSL_SESSION_get_ex_data(saved, 1),
           SSL_SESSION_is_resumable(saved));

    printf("SSL_free(client) without shutdown\n");
    SSL_free(c);
    printf("saved resumable=%d\n", SSL_SESSION_is_resumable(saved));
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
