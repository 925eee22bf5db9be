/* The protocol version of a connection, before and after the handshake. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("before: 0x%x\n", SSL_version(c));
    connect_pair(c, s);
    printf("after: 0x%x, session 0x%x\n", SSL_version(c),
           SSL_SESSION_get_protocol_version(SSL_get_session(c)));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
