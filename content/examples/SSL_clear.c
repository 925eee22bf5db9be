/* SSL_clear keeps a cleanly shut down session for the next handshake. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    printf("before clear: reused=%d shutdown=%d session #%ld\n", SSL_session_reused(c),
           SSL_get_shutdown(c), (long)SSL_SESSION_get_ex_data(SSL_get_session(c), 1));

    printf("SSL_clear(client) -> %d\n", SSL_clear(c));
    printf("SSL_clear(server) -> %d\n", SSL_clear(s));
    printf("after clear: shutdown=%d, client still has #%ld\n", SSL_get_shutdown(c),
           (long)SSL_SESSION_get_ex_data(SSL_get_session(c), 1));

    printf("connect again -> %d\n", connect_pair(c, s));
    printf("reused=%d\n", SSL_session_reused(c));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
