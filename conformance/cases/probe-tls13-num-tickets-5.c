/* TLS 1.3 with SSL_CTX_set_num_tickets(sctx, 5), client caching on, no
 * callbacks: five tickets, every one a dup on the server after the first and
 * on the client; the client cache holds five; a resumption gets one ticket. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int r = SSL_CTX_set_num_tickets(sctx, 5);
    printf("set_num_tickets -> %d, get %zu\n", r, SSL_CTX_get_num_tickets(sctx));
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d\n", r);
    printf("client cache %ld, server cache %ld, client session #%ld server session #%ld\n", SSL_CTX_sess_number(cctx),
           SSL_CTX_sess_number(sctx), num(SSL_get0_session(c)), num(SSL_get0_session(s)));
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf(">> resume with #%ld\n", num(saved));
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d/%d\n", r, SSL_session_reused(c), SSL_session_reused(s));
    printf("client cache %ld, saved resumable %d\n", SSL_CTX_sess_number(cctx), SSL_SESSION_is_resumable(saved));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    printf(">> free contexts\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
