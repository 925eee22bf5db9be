/* SSL_CTX_remove_session on the session a live server SSL is using (TLS 1.2
 * ids): removed and marked non-resumable at once. Freeing both SSLs without a
 * shutdown then applies the bad-session rule anyway: remove_cb fires a second
 * time for the server session (no longer cached), and the client's saved
 * session is marked too, so the next connection is a full handshake that
 * never asks the server cache (no miss). */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[server remove_cb] #%ld\n", num(sess)); }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int r;
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    r = SSL_CTX_remove_session(sctx, SSL_get0_session(s));
    printf("remove live -> %d, number %ld, resumable %d\n", r, SSL_CTX_sess_number(sctx),
           SSL_SESSION_is_resumable(SSL_get0_session(s)));
    saved = SSL_get1_session(c);
    printf(">> free without shutdown (bad-session rule on both)\n");
    SSL_free(c);
    SSL_free(s);
    printf("saved resumable %d\n", SSL_SESSION_is_resumable(saved));
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d, server misses %ld hits %ld\n", r, SSL_session_reused(c),
           SSL_CTX_sess_misses(sctx), SSL_CTX_sess_hits(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    printf(">> free contexts\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
