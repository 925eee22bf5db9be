/* SSL_shutdown before SSL_free keeps the session resumable. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *saved;
    int r;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    saved = SSL_get1_session(c);
    r = SSL_shutdown(c);
    printf("client shutdown -> %d (close_notify sent)\n", r);
    r = SSL_shutdown(s);
    printf("server shutdown -> %d\n", r);
    r = SSL_shutdown(c);
    printf("client shutdown -> %d (both directions closed)\n", r);
    SSL_free(c);
    SSL_free(s);
    printf("saved session resumable=%d\n", SSL_SESSION_is_resumable(saved));
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
