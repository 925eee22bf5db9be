/* Sessions the application still holds survive SSL_CTX_free of the context
 * whose cache held them: marked non-resumable, in no cache. A dup copies the
 * mark. Offered by a client, such a session is not used: a placeholder is
 * made and the full handshake follows. Putting it in a new cache works but
 * does not clear the mark. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX *other;
    SSL_SESSION *saved, *copy;
    SSL *c, *s;
    int r;
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf("saved #%ld resumable %d, client cache %ld\n", num(saved), SSL_SESSION_is_resumable(saved),
           SSL_CTX_sess_number(cctx));
    printf(">> free the client context\n");
    SSL_CTX_free(cctx);
    printf("saved resumable %d\n", SSL_SESSION_is_resumable(saved));
    copy = SSL_SESSION_dup(saved);
    printf("dup #%ld resumable %d\n", num(copy), SSL_SESSION_is_resumable(copy));
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d, client session #%ld, server hits %ld misses %ld\n", r, SSL_session_reused(c),
           num(SSL_get0_session(c)), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    other = SSL_CTX_new(TLS_client_method());
    r = SSL_CTX_add_session(other, saved);
    printf("add to another cache -> %d, number %ld, resumable %d\n", r, SSL_CTX_sess_number(other),
           SSL_SESSION_is_resumable(saved));
    SSL_SESSION_free(saved);
    SSL_SESSION_free(copy);
    printf(">> free the rest\n");
    SSL_CTX_free(other);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
