/* TLS 1.3: every ticket is a new session object on both sides. */
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_SESSION *connect_once(SSL_CTX *sctx, SSL_CTX *cctx, SSL_SESSION *resume) {
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    SSL_SESSION *got;
    if (resume)
        SSL_set_session(c, resume);
    printf("connect -> %d", connect_pair(c, s));
    printf(", reused %d\n", SSL_session_reused(c));
    got = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    return got;
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *first, *second;

    printf("-- full handshake (two tickets)\n");
    first = connect_once(sctx, cctx, NULL);
    printf("-- resumption (one ticket)\n");
    second = connect_once(sctx, cctx, first);
    printf("first #%ld, second #%ld\n", (long)SSL_SESSION_get_ex_data(first, 1),
           (long)SSL_SESSION_get_ex_data(second, 1));
    SSL_SESSION_free(second);
    SSL_SESSION_free(first);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
