/* The verify mode is copied into each SSL at SSL_new. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;

    /* the client does not insist on a valid certificate (the test server's is self-signed) */
    SSL_CTX_set_verify(cctx, SSL_VERIFY_NONE, NULL);
    /* the server asks for one; without an id context it will not cache */
    SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("connect -> %d\n", connect_pair(c, s));
    printf("server cached %ld\n", SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
