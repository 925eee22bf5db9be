/* A client resumes by handing the saved session to a new SSL. */
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
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);

    printf("-- second connection\n");
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("set_session -> %d\n", SSL_set_session(c, saved));
    connect_pair(c, s);
    printf("reused=%d, same session object: %d\n", SSL_session_reused(c), SSL_get_session(c) == saved);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);             /* our reference from SSL_get1_session */
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
