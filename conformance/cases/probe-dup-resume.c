/* SSL_SESSION_dup of a handshake session copies the ticket (unlike the
 * library's internal dup), so the copy resumes just like the original: TLS 1.2
 * tickets and TLS 1.3. With TLS 1.3 client caching, using the copy makes the
 * copy single-use, not the original. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[client remove_cb] #%ld\n", num(sess)); }

static void resume(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *with) {
    SSL *c = SSL_new(cctx);
    SSL *s = SSL_new(sctx);
    int r;
    SSL_set_session(c, with);
    r = connect_pair(c, s);
    printf("resume with #%ld: connect_pair %d reused %d\n", num(with), r, SSL_session_reused(c));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
}

static void trial(int version, long mode) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *orig, *copy;
    SSL *c, *s;
    printf(">> version 0x%x, client cache mode %ld\n", version, mode);
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(cctx, mode);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    orig = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    copy = SSL_SESSION_dup(orig);
    printf("orig #%ld ticket %d, copy #%ld ticket %d resumable %d, client cache %ld\n", num(orig),
           SSL_SESSION_has_ticket(orig), num(copy), SSL_SESSION_has_ticket(copy), SSL_SESSION_is_resumable(copy),
           SSL_CTX_sess_number(cctx));
    resume(cctx, sctx, copy);
    printf("after: orig resumable %d, copy resumable %d\n", SSL_SESSION_is_resumable(orig), SSL_SESSION_is_resumable(copy));
    resume(cctx, sctx, orig);
    SSL_SESSION_free(copy);
    SSL_SESSION_free(orig);
    SSL_CTX_sess_set_remove_cb(cctx, NULL);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION, SSL_SESS_CACHE_SERVER);
    trial(TLS1_3_VERSION, SSL_SESS_CACHE_CLIENT);
    return 0;
}
