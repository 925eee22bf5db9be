/* SSL_OP_NO_TICKET on a TLS 1.2 server: session ids instead of tickets. */
#include <openssl/ssl.h>
#include <stdio.h>

static void run(int noticket) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    unsigned int len;

    if (noticket)
        SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    SSL_SESSION_get_id(SSL_get_session(s), &len);
    printf("NO_TICKET=%d: server id length %u, cached %ld, client has ticket %d\n", noticket, len,
           SSL_CTX_sess_number(sctx), SSL_SESSION_has_ticket(SSL_get_session(c)));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    run(0);
    run(1);
    return 0;
}
