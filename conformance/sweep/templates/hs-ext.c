/* Sweep template: hs-tls13-cb.c plus a third connection, flushes between connections, a tiny server cache, session id context, get_cb, server-side timeout, free order. */
#include <openssl/ssl.h>
#include <stdio.h>

#define VERSION TLS1_3_VERSION
#define SOPTS 0
#define COPTS 0
#define NTICKETS -1
#define SMODE -1
#define CMODE SSL_SESS_CACHE_CLIENT
#define NEWCB_S 1
#define NEWCB_C 1
#define REMCB_S 0
#define REMCB_C 1
#define NCONN 3
#define RESUME3 2
#define FLUSH 0
#define SCACHE -1
#define SIDCTX 0
#define GETCB 0
#define STIMEOUT -1
#define SERVERFIRST 0

static SSL_CTX *sctx;
static SSL_CTX *cctx;
static SSL_SESSION *kept[32];
static int nkept;

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

static const char *side(SSL *ssl) { return SSL_get_SSL_CTX(ssl) == sctx ? "server" : "client"; }

static int on_new_s(SSL *ssl, SSL_SESSION *sess) {
    printf("[%s new_cb] sess #%ld resumable=%d -> %d\n", side(ssl), num(sess),
           SSL_SESSION_is_resumable(sess), NEWCB_S == 2);
    if (NEWCB_S == 2) { kept[nkept++] = sess; return 1; }
    return 0;
}
static int on_new_c(SSL *ssl, SSL_SESSION *sess) {
    printf("[%s new_cb] sess #%ld resumable=%d -> %d\n", side(ssl), num(sess),
           SSL_SESSION_is_resumable(sess), NEWCB_C == 2);
    if (NEWCB_C == 2) { kept[nkept++] = sess; return 1; }
    return 0;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) {
    printf("[%s remove_cb] sess #%ld\n", ctx == sctx ? "server" : "client", num(sess));
}

static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) {
    printf("[server get_cb] len=%d\n", len);
    return NULL;
}

static void stats(const char *who, SSL_CTX *c) {
    printf("%s: number=%ld connect=%ld/%ld accept=%ld/%ld hits=%ld cb_hits=%ld misses=%ld timeouts=%ld cache_full=%ld\n",
           who, SSL_CTX_sess_number(c), SSL_CTX_sess_connect(c), SSL_CTX_sess_connect_good(c),
           SSL_CTX_sess_accept(c), SSL_CTX_sess_accept_good(c), SSL_CTX_sess_hits(c),
           SSL_CTX_sess_cb_hits(c), SSL_CTX_sess_misses(c), SSL_CTX_sess_timeouts(c),
           SSL_CTX_sess_cache_full(c));
}

static SSL_SESSION *run(int n, SSL_SESSION *resume) {
    SSL *c = SSL_new(cctx);
    SSL *s = SSL_new(sctx);
    SSL_SESSION *got;
    if (resume != NULL) {
        printf("-- set_session #%ld\n", num(resume));
        SSL_set_session(c, resume);
    }
    printf("-- connect %d\n", n);
    printf("connect=%d\n", connect_pair(c, s));
    printf("client #%ld server #%ld reused c=%d s=%d\n", num(SSL_get_session(c)),
           num(SSL_get_session(s)), SSL_session_reused(c), SSL_session_reused(s));
    stats("server", sctx);
    stats("client", cctx);
    printf("-- get1 client session\n");
    got = SSL_get1_session(c);
    printf("-- shutdown %d\n", n);
    shutdown_pair(c, s);
    printf("-- SSL_free client %d\n", n);
    SSL_free(c);
    printf("-- SSL_free server %d\n", n);
    SSL_free(s);
    return got;
}

int main(void) {
    SSL_SESSION *s1, *s2, *s3 = NULL;
    int i;
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(sctx, VERSION);
    SSL_CTX_set_max_proto_version(cctx, VERSION);
    if (SOPTS != 0) SSL_CTX_set_options(sctx, SOPTS);
    if (COPTS != 0) SSL_CTX_set_options(cctx, COPTS);
    if (NTICKETS >= 0) SSL_CTX_set_num_tickets(sctx, NTICKETS);
    if (SMODE >= 0) SSL_CTX_set_session_cache_mode(sctx, SMODE);
    if (CMODE >= 0) SSL_CTX_set_session_cache_mode(cctx, CMODE);
    if (NEWCB_S) SSL_CTX_sess_set_new_cb(sctx, on_new_s);
    if (NEWCB_C) SSL_CTX_sess_set_new_cb(cctx, on_new_c);
    if (REMCB_S) SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    if (REMCB_C) SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    if (SCACHE >= 0) SSL_CTX_sess_set_cache_size(sctx, SCACHE);
    if (SIDCTX) SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"sweep", 5);
    if (GETCB) SSL_CTX_sess_set_get_cb(sctx, on_get);
    if (STIMEOUT >= 0) SSL_CTX_set_timeout(sctx, STIMEOUT);

    s1 = run(1, NULL);
    printf("s1 = #%ld resumable=%d\n", num(s1), SSL_SESSION_is_resumable(s1));
    if (FLUSH & 1) { printf("-- flush server\n"); SSL_CTX_flush_sessions(sctx, 0); }
    if (FLUSH & 2) { printf("-- flush client\n"); SSL_CTX_flush_sessions(cctx, 0); }
    s2 = run(2, s1);
    printf("s2 = #%ld resumable=%d\n", num(s2), SSL_SESSION_is_resumable(s2));
    if (NCONN >= 3) {
        s3 = run(3, RESUME3 == 0 ? NULL : RESUME3 == 1 ? s1 : s2);
        printf("s3 = #%ld resumable=%d\n", num(s3), SSL_SESSION_is_resumable(s3));
    }
    printf("-- free s1\n");
    SSL_SESSION_free(s1);
    printf("-- free s2\n");
    SSL_SESSION_free(s2);
    printf("-- free s3\n");
    SSL_SESSION_free(s3);
    printf("-- free kept (%d)\n", nkept);
    for (i = 0; i < nkept; i++)
        SSL_SESSION_free(kept[i]);
    if (SERVERFIRST) {
        printf("-- SSL_CTX_free server\n");
        SSL_CTX_free(sctx);
    }
    printf("-- SSL_CTX_free client\n");
    SSL_CTX_free(cctx);
    if (!SERVERFIRST) {
        printf("-- SSL_CTX_free server\n");
        SSL_CTX_free(sctx);
    }
    printf("-- end\n");
    return 0;
}
