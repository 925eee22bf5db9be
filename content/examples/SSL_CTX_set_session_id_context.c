/* A server that verifies clients caches nothing without an id context. */
#include <openssl/ssl.h>
#include <stdio.h>

static int handshake(SSL_CTX *sctx, SSL_CTX *cctx) {
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    int ok = connect_pair(c, s);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    return ok;
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    unsigned char big[33] = { 0 };

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);         /* session ids */
    SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, NULL);
    printf("handshake -> %d\n", handshake(sctx, cctx));
    printf("server cached %ld\n", SSL_CTX_sess_number(sctx));

    printf("set 33 bytes -> %d\n", SSL_CTX_set_session_id_context(sctx, big, 33));
    printf("set \"web\" -> %d\n", SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"web", 3));
    printf("handshake -> %d\n", handshake(sctx, cctx));
    printf("server cached %ld\n", SSL_CTX_sess_number(sctx));
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
