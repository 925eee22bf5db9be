/* A TLS 1.3 client session carries the server's ticket. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *got;
    const unsigned char *tick;
    size_t len;

    SSL_CTX_set_num_tickets(sctx, 1);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    got = SSL_get1_session(c);
    SSL_SESSION_get0_ticket(got, &tick, &len);
    printf("client: has_ticket=%d ticket bytes>0: %d hint=%lu\n",
           SSL_SESSION_has_ticket(got), len > 0, SSL_SESSION_get_ticket_lifetime_hint(got));
    printf("server: has_ticket=%d\n", SSL_SESSION_has_ticket(SSL_get_session(s)));

    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(got);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
