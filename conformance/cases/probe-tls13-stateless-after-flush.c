/* A TLS 1.3 server with a remove_cb caches every ticket's session, but its
 * tickets are stateless: after the server cache is flushed (sessions marked
 * non-resumable) the client's ticket still resumes, since only the ticket's
 * own contents are used. */
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
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_set_num_tickets(sctx, 1);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d, server cache %ld\n", r, SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf(">> flush the server cache\n");
    SSL_CTX_flush_sessions(sctx, 0);
    printf("server cache %ld\n", SSL_CTX_sess_number(sctx));
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d/%d, server hits %ld misses %ld, cache %ld\n", r, SSL_session_reused(c),
           SSL_session_reused(s), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    printf(">> free contexts\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
