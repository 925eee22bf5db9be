/* SSL_new copies num_tickets and options from its context: changing the
 * context afterwards does not affect an SSL already made (2 tickets are still
 * sent; SSL_OP_NO_TICKET set later still lets TLS 1.2 use a ticket), while
 * the cache mode is read from the context at the moment of use. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_CTX *server_ctx;
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[%s new_cb] #%ld\n", SSL_get_SSL_CTX(ssl) == server_ctx ? "server" : "client", num(sess));
    return 0;
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int r;
    unsigned int len;
    server_ctx = sctx;
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    printf(">> TLS 1.3: num_tickets set to 0 after SSL_new\n");
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_CTX_set_num_tickets(sctx, 0);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    r = connect_pair(c, s);
    printf("connect_pair -> %d, client cache %ld\n", r, SSL_CTX_sess_number(cctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    printf(">> TLS 1.3: a new SSL now gets no tickets\n");
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d, client cache %ld, client resumable %d\n", r, SSL_CTX_sess_number(cctx),
           SSL_SESSION_is_resumable(SSL_get0_session(c)));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    printf(">> TLS 1.2: SSL_OP_NO_TICKET set after SSL_new, client cache mode off after SSL_new\n");
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_OFF);
    r = connect_pair(c, s);
    SSL_SESSION_get_id(SSL_get0_session(s), &len);
    printf("connect_pair -> %d, client has ticket %d, server session id len %u, server cache %ld, client cache %ld\n", r,
           SSL_SESSION_has_ticket(SSL_get0_session(c)), len, SSL_CTX_sess_number(sctx), SSL_CTX_sess_number(cctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
