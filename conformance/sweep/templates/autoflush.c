/* Sweep template: automatic flush every 256th handshake, on the server cache
 * (SIDE 0) or the client cache (SIDE 1), with resumption (RESUME: 0 never,
 * 1 every connection resumes the previous session, 2 every other one),
 * tickets on/off, TLS 1.2/1.3, number of tickets, and NO_AUTO_CLEAR. */
#include <openssl/ssl.h>
#include <stdio.h>

#define VERSION TLS1_2_VERSION
#define SIDE 0
#define SOPTS SSL_OP_NO_TICKET
#define NTICKETS -1
#define RESUME 0
#define NOAUTO 0
#define NCONN 257

static int conn;
static SSL_CTX *sctx, *cctx;
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) {
    /* planted sessions have small times; handshake ones "now" (never printed: not deterministic) */
    printf("[%s remove_cb] during connection %d, %s accept_good=%ld connect_good=%ld\n", ctx == sctx ? "server" : "client",
           conn, SSL_SESSION_get_time(sess) < 100000 ? "planted" : "handshake", SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_connect_good(cctx));
}

int main(void) {
    SSL_CTX *cache;
    SSL_SESSION *prev = NULL;
    unsigned char id[32];
    int i;
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(cctx, VERSION);
    if (SOPTS != 0) SSL_CTX_set_options(sctx, SOPTS);
    if (NTICKETS >= 0) SSL_CTX_set_num_tickets(sctx, NTICKETS);
    cache = SIDE ? cctx : sctx;
    SSL_CTX_set_session_cache_mode(cache, (SIDE ? SSL_SESS_CACHE_CLIENT : SSL_SESS_CACHE_SERVER) | (NOAUTO ? SSL_SESS_CACHE_NO_AUTO_CLEAR : 0));
    SSL_CTX_sess_set_remove_cb(cache, on_remove);
    for (i = 0; i < 2; i++) {
        SSL_SESSION *old = SSL_SESSION_new();
        memset(id, 7 + i, sizeof(id));
        SSL_SESSION_set1_id(old, id, sizeof(id));
        SSL_SESSION_set_time(old, 1000 + i);
        SSL_CTX_add_session(cache, old);
        SSL_SESSION_free(old);
    }
    printf(">> planted 2 expired sessions; number=%ld\n", SSL_CTX_sess_number(cache));
    for (conn = 1; conn <= NCONN; conn++) {
        SSL *c = SSL_new(cctx);
        SSL *s = SSL_new(sctx);
        if (prev != NULL && (RESUME == 1 || (RESUME == 2 && conn % 2 == 0)))
            SSL_set_session(c, prev);
        if (!connect_pair(c, s))
            printf("connect %d failed\n", conn);
        if (conn >= 254 && conn <= 257)
            printf("conn %d reused=%d number=%ld\n", conn, SSL_session_reused(c), SSL_CTX_sess_number(cache));
        SSL_SESSION_free(prev);
        prev = SSL_get1_session(c);
        shutdown_pair(c, s);
        SSL_free(c);
        SSL_free(s);
    }
    printf("accept_good=%ld connect_good=%ld hits=%ld number=%ld\n", SSL_CTX_sess_accept_good(sctx),
           SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_number(cache));
    SSL_SESSION_free(prev);
    SSL_CTX_sess_set_remove_cb(cache, NULL);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
