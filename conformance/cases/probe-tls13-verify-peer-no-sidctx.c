/* TLS 1.3 server with SSL_VERIFY_PEER and no session id context (the client
 * sends no certificate; the server does not insist). Tickets are still sent
 * but ssl_update_cache gives up (no new_cb, nothing cached even with a
 * remove_cb); what happens when the client offers such a ticket? Then the
 * same with a session id context. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[server new_cb] #%ld\n", num(sess));
    return 0;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[server remove_cb] #%ld\n", num(sess)); }

static void trial(int with_context) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int r;
    printf(">> %s session id context\n", with_context ? "with" : "without");
    SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, NULL);
    if (with_context)
        SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"ctx", 3);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d, client ticket %d, server cache %ld\n", r, SSL_SESSION_has_ticket(SSL_get0_session(c)),
           SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("resume: connect_pair -> %d reused %d, error reason %d, server hits %ld misses %ld\n", r,
           SSL_session_reused(c), ERR_GET_REASON(ERR_peek_last_error()), SSL_CTX_sess_hits(sctx),
           SSL_CTX_sess_misses(sctx));
    ERR_clear_error();
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(0);
    trial(1);
    return 0;
}
