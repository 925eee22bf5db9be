/* Give a second client SSL the session of the first. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s, *c2, *s2;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);

    c2 = SSL_new(cctx);
    s2 = SSL_new(sctx);
    printf("copy -> %d\n", SSL_copy_session_id(c2, c));
    printf("shared session: %d\n", SSL_get_session(c2) == SSL_get_session(c));
    connect_pair(c2, s2);
    printf("second connection reused=%d\n", SSL_session_reused(c2));

    shutdown_pair(c2, s2);
    SSL_free(c2);
    SSL_free(s2);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
