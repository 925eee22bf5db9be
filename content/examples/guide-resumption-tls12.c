/* TLS 1.2 with session ids: a resumption allocates nothing. */
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

    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);   /* ids, not tickets */
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    printf("-- full handshake\n");
    first = connect_once(sctx, cctx, NULL);
    printf("-- resumption\n");
    second = connect_once(sctx, cctx, first);
    printf("same client session: %d; server cache %ld\n", first == second, SSL_CTX_sess_number(sctx));
    SSL_SESSION_free(second);
    SSL_SESSION_free(first);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
