/* The client's session keeps the server's certificate; the server's has none. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *fresh = SSL_SESSION_new();

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    printf("client session peer: %s\n", SSL_SESSION_get0_peer(SSL_get_session(c)) ? "certificate" : "NULL");
    printf("server session peer: %s\n", SSL_SESSION_get0_peer(SSL_get_session(s)) ? "certificate" : "NULL");
    printf("fresh session peer: %s\n", SSL_SESSION_get0_peer(fresh) ? "certificate" : "NULL");

    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(fresh);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
