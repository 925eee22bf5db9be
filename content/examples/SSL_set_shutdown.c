/* Marking a connection as shut down without sending anything. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *saved;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    saved = SSL_get1_session(c);
    printf("after the handshake: %d\n", SSL_get_shutdown(c));
    SSL_set_shutdown(c, SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
    printf("after set: %d\n", SSL_get_shutdown(c));
    SSL_free(c);                        /* counts as a clean close */
    printf("saved session resumable=%d\n", SSL_SESSION_is_resumable(saved));
    SSL_set_shutdown(s, SSL_SENT_SHUTDOWN);
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
