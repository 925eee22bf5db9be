/* Sweep (hand variant): TLS 1.3; the SERVER session (get1) is added to the CLIENT cache next to a dup of the
 * client session; after both SSLs are freed, the next SSL_new(sctx) is a memory error in real OpenSSL. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static SSL_CTX *sctx, *cctx;
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(sess)); }
static int on_new(SSL *ssl, SSL_SESSION *sess) { printf("[%s new_cb] #%ld\n", SSL_get_SSL_CTX(ssl) == sctx ? "server" : "client", num(sess)); return 0; }
static void stats(const char *who, SSL_CTX *c) {
    printf("%s: number=%ld connect=%ld/%ld accept=%ld/%ld hits=%ld cb_hits=%ld misses=%ld timeouts=%ld cache_full=%ld\n", who, SSL_CTX_sess_number(c),
           SSL_CTX_sess_connect(c), SSL_CTX_sess_connect_good(c), SSL_CTX_sess_accept(c), SSL_CTX_sess_accept_good(c),
           SSL_CTX_sess_hits(c), SSL_CTX_sess_cb_hits(c), SSL_CTX_sess_misses(c), SSL_CTX_sess_timeouts(c), SSL_CTX_sess_cache_full(c));
}
static void setup(int version, long sopts) {
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(cctx, version);
    if (sopts) SSL_CTX_set_options(sctx, sopts);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
}

int main(void) {
    SSL *c, *s, *c2, *s2, *x;
    SSL_SESSION *cs, *ss, *dup;
    unsigned int len;
    const unsigned char *id;
    setup(TLS1_3_VERSION, 0);
    c = SSL_new(cctx); s = SSL_new(sctx);
    printf("connect=%d\n", connect_pair(c, s));
    cs = SSL_get1_session(c);
    ss = SSL_get1_session(s);
    id = SSL_SESSION_get_id(ss, &len);
    printf("server id len %u; matching on server ssl %d; on client ssl %d\n", len, SSL_has_matching_session_id(s, id, len), SSL_has_matching_session_id(c, id, len));
    dup = SSL_SESSION_dup(cs);
    printf("dup #%ld resumable=%d ticket=%d\n", num(dup), SSL_SESSION_is_resumable(dup), SSL_SESSION_has_ticket(dup));
    printf("add dup to client cache -> %d\n", SSL_CTX_add_session(cctx, dup));
    printf("add server session to client cache -> %d\n", SSL_CTX_add_session(cctx, ss));
    stats("client", cctx);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    c2 = SSL_new(cctx); s2 = SSL_new(sctx);
    SSL_set_session(c2, dup);
    printf("-- resume with dup: connect=%d reused=%d\n", connect_pair(c2, s2), SSL_session_reused(c2));
    stats("server", sctx);
    stats("client", cctx);
    printf("cs resumable=%d dup resumable=%d\n", SSL_SESSION_is_resumable(cs), SSL_SESSION_is_resumable(dup));
    printf("-- SSL_clear client and reconnect\n");
    shutdown_pair(c2, s2);
    printf("clear -> %d\n", SSL_clear(c2));
    SSL_free(s2);
    s2 = SSL_new(sctx);
    printf("connect=%d reused=%d\n", connect_pair(c2, s2), SSL_session_reused(c2));
    stats("server", sctx);
    stats("client", cctx);
    shutdown_pair(c2, s2);
    SSL_free(c2); SSL_free(s2);
    SSL_SESSION_free(cs); SSL_SESSION_free(ss); SSL_SESSION_free(dup);
    printf("-- free ctxs\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
