/* BUG: freeing a borrowed pointer. Nothing goes wrong at the free itself. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *sess;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);

    sess = SSL_get_session(c);          /* borrowed: no reference for us */
    printf("saving session #%ld\n", (long)SSL_SESSION_get_ex_data(sess, 1));
    SSL_SESSION_free(sess);             /* BUG: drops the SSL's own reference */
    printf("freed, and nothing complained\n");
    SSL_free(c);                        /* the SSL releases its stale pointer: error here */
    printf("never printed\n");
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
