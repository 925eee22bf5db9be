/* SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE with new/get
 * callbacks (an external cache of one entry): new_cb still runs but nothing
 * is cached internally; the internal lookup misses, get_cb serves the
 * session and it is not added to the internal cache either. TLS 1.2 ids. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_SESSION *store;

static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[server new_cb] #%ld\n", num(sess));
    if (store == NULL) {
        store = sess;
        return 1;
    }
    return 0;
}
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) {
    printf("[server get_cb] len %d copy %d -> #%ld\n", len, *copy, num(store));
    return store;
}
static void stats(SSL_CTX *sctx) {
    printf("server: number %ld hits %ld cb_hits %ld misses %ld accept_good %ld\n", SSL_CTX_sess_number(sctx),
           SSL_CTX_sess_hits(sctx), SSL_CTX_sess_cb_hits(sctx), SSL_CTX_sess_misses(sctx),
           SSL_CTX_sess_accept_good(sctx));
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int i;
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    printf("mode was %ld\n", SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE));
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_get_cb(sctx, on_get);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    stats(sctx);
    for (i = 0; i < 2; i++) {
        printf(">> resumption %d\n", i + 1);
        c = SSL_new(cctx);
        s = SSL_new(sctx);
        SSL_set_session(c, saved);
        connect_pair(c, s);
        printf("reused %d/%d\n", SSL_session_reused(c), SSL_session_reused(s));
        shutdown_pair(c, s);
        SSL_free(c);
        SSL_free(s);
        stats(sctx);
    }
    printf(">> external store dropped\n");
    SSL_SESSION_free(store);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
