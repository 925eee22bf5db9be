/* TLS 1.3 stateful tickets (server SSL_OP_NO_TICKET) whose cached session has
 * expired (server timeout 1 s, 2 s wait): the lookup finds it, counts a
 * timeout, and the handshake is a full one. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <unistd.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[server remove_cb] #%ld\n", num(sess)); }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int r;
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_timeout(sctx, 1);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d, server cache %ld\n", r, SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf(">> wait 2 s\n");
    sleep(2);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d/%d\n", r, SSL_session_reused(c), SSL_session_reused(s));
    printf("server: hits %ld misses %ld timeouts %ld cache %ld\n", SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx),
           SSL_CTX_sess_timeouts(sctx), SSL_CTX_sess_number(sctx));
    printf("client: misses %ld\n", SSL_CTX_sess_misses(cctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    printf(">> free contexts\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
