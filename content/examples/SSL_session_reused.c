/* Did the last handshake resume? Ask after it. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);

    printf("fresh SSL: %d\n", SSL_session_reused(c));
    connect_pair(c, s);
    printf("first handshake: client %d server %d\n", SSL_session_reused(c), SSL_session_reused(s));
    saved = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);

    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    connect_pair(c, s);
    printf("with the saved session: client %d server %d\n", SSL_session_reused(c), SSL_session_reused(s));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
