/* get_session_cb results that the server then refuses (TLS 1.2 ids, default
 * mode): the callback's session is counted (cb_hits) and put in the internal
 * cache before the checks run. A TLS 1.3-versioned copy is silently not used
 * but stays cached; an expired one counts a timeout and is removed again
 * (remove_cb). Both end in a full handshake. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_SESSION *answer;
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) {
    printf("[server get_cb] -> #%ld\n", num(answer));
    return answer;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[server remove_cb] #%ld\n", num(sess)); }
static void stats(SSL_CTX *sctx) {
    printf("server: hits %ld cb_hits %ld misses %ld timeouts %ld number %ld\n", SSL_CTX_sess_hits(sctx),
           SSL_CTX_sess_cb_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_timeouts(sctx), SSL_CTX_sess_number(sctx));
}

static void attempt(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *saved) {
    SSL *c = SSL_new(cctx);
    SSL *s = SSL_new(sctx);
    int r;
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d\n", r, SSL_session_reused(s));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    stats(sctx);
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved, *orig, *old_copy;
    SSL *c, *s;
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_sess_set_get_cb(sctx, on_get);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    orig = SSL_get1_session(s);
    SSL_free(c);
    SSL_free(s);
    printf(">> take the server session out of the cache, keep a copy outside\n");
    answer = SSL_SESSION_dup(orig);
    old_copy = SSL_SESSION_dup(orig);
    SSL_CTX_remove_session(sctx, orig);
    SSL_SESSION_free(orig);
    printf(">> callback answers a TLS 1.3-versioned copy\n");
    SSL_SESSION_set_protocol_version(answer, TLS1_3_VERSION);
    attempt(cctx, sctx, saved);
    printf(">> callback answers another copy, TLS 1.2 but expired (time 1000)\n");
    SSL_SESSION_free(answer);
    answer = old_copy;
    SSL_SESSION_set_time(answer, 1000);
    attempt(cctx, sctx, saved);
    printf("copy resumable %d\n", SSL_SESSION_is_resumable(answer));
    SSL_SESSION_free(answer);
    printf(">> flush\n");
    SSL_CTX_flush_sessions(sctx, 0);
    stats(sctx);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
