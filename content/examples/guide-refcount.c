/* Reference counting in five minutes: follow #n through one connection. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return (long)SSL_SESSION_get_ex_data(s, 1); }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *mine;

    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);                  /* creates #1 (client) and #2 (server) */

    mine = SSL_get1_session(c);          /* #1: held by c and by us */
    printf("client session #%ld, server session #%ld\n", num(mine), num(SSL_get0_session(s)));
    shutdown_pair(c, s);

    printf("-- SSL_free(c): c lets go of #1, we still hold it\n");
    SSL_free(c);
    printf("-- SSL_free(s): #2 was not cached (TLS 1.2 tickets), so it dies\n");
    SSL_free(s);
    printf("-- SSL_SESSION_free(mine): last reference to #1\n");
    SSL_SESSION_free(mine);
    printf("-- SSL_CTX_free, twice\n");
    SSL_CTX_free(sctx);
    SSL_CTX_free(cctx);
    return 0;
}
