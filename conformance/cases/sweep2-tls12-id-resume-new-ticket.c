/* Sweep 2 (tickets on/off): a TLS 1.2 session resumed by its id while the
 * server has tickets enabled (it had SSL_OP_NO_TICKET when the session was
 * made). The client sends an empty ticket extension, so the server issues a
 * ticket inside the resumption (encode copy new/free, lifetime hint 0, no
 * server new_cb). The client dups its session for the ticket and, with client
 * caching, removes the old one from its cache (remove_cb; the saved session
 * becomes non-resumable); the new session is not cached (a resumption). The
 * next resumption uses the ticket (decrypted session on the server). */
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_CTX *sctx, *cctx;
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) { printf("  [%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(s)); }
static int on_new(SSL *ssl, SSL_SESSION *s) {
    printf("  [%s new_cb] #%ld ticket=%d\n", SSL_get_SSL_CTX(ssl) == sctx ? "server" : "client", num(s), SSL_SESSION_has_ticket(s));
    return 0;
}
static SSL_SESSION *conn(int n, SSL_SESSION *resume) {
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    SSL_SESSION *got;
    int r;
    if (resume != NULL)
        SSL_set_session(c, resume);
    r = connect_pair(c, s);
    printf("-- connect %d: %d reused=%d/%d client #%ld (ticket %d, hint %lu) server #%ld\n", n, r, SSL_session_reused(c),
           SSL_session_reused(s), num(SSL_get_session(c)), SSL_SESSION_has_ticket(SSL_get_session(c)),
           SSL_SESSION_get_ticket_lifetime_hint(SSL_get_session(c)), num(SSL_get_session(s)));
    printf("server: number=%ld hits=%ld misses=%ld; client: number=%ld hits=%ld misses=%ld\n", SSL_CTX_sess_number(sctx),
           SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_number(cctx), SSL_CTX_sess_hits(cctx),
           SSL_CTX_sess_misses(cctx));
    got = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    return got;
}
static void trial(long cmode) {
    SSL_SESSION *a, *b, *x;
    printf(">> client cache mode %ld\n", cmode);
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(cctx, cmode);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    a = conn(1, NULL);
    printf("-- server enables tickets\n");
    SSL_CTX_clear_options(sctx, SSL_OP_NO_TICKET);
    b = conn(2, a);
    printf("a resumable=%d\n", SSL_SESSION_is_resumable(a));
    x = conn(3, b);
    SSL_SESSION_free(x);
    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    printf("-- SSL_CTX_free\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(SSL_SESS_CACHE_CLIENT);
    trial(SSL_SESS_CACHE_OFF);
    return 0;
}
