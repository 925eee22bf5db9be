/* A TLS 1.2 cache hit neither moves the session in the list nor changes its
 * time, even with SSL_SESS_CACHE_UPDATE_TIME: the resumed session (the oldest,
 * at the tail) is still the first one a flush removes. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("  [server remove_cb] #%ld\n", num(sess)); }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved, *srv;
    SSL *c, *s;
    unsigned char id[32];
    long t0;
    int i, r;
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_UPDATE_TIME);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    srv = SSL_get1_session(s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_set_time(srv, SSL_SESSION_get_time(srv) - 10);
    t0 = SSL_SESSION_get_time(srv);
    for (i = 0; i < 3; i++) {
        SSL_SESSION *x = SSL_SESSION_new();
        memset(id, 0x60 + i, sizeof(id));
        SSL_SESSION_set1_id(x, id, sizeof(id));
        SSL_SESSION_set_protocol_version(x, TLS1_2_VERSION);
        SSL_SESSION_set_timeout(x, 7200);
        SSL_CTX_add_session(sctx, x);
        printf("planted #%ld\n", num(x));
        SSL_SESSION_free(x);
    }
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d, server session is #%ld, time unchanged %d\n", r, SSL_session_reused(s),
           num(SSL_get0_session(s)), SSL_SESSION_get_time(srv) == t0);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    printf("-- flush(0): tail first\n");
    SSL_CTX_flush_sessions(sctx, 0);
    SSL_SESSION_free(srv);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
