/* TLS 1.2 session ids, new_cb returning 1 on both sides (the application
 * keeps every session it is given), client caching, remove_cb on both:
 * three resumptions, then the statistics of both contexts; at the end the
 * contexts are freed before the kept references. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_SESSION *kept[8];
static int nkept;

static int on_new_server(SSL *ssl, SSL_SESSION *sess) {
    printf("[server new_cb] #%ld\n", num(sess));
    kept[nkept++] = sess;
    return 1;
}
static int on_new_client(SSL *ssl, SSL_SESSION *sess) {
    printf("[client new_cb] #%ld\n", num(sess));
    kept[nkept++] = sess;
    return 1;
}
static void on_remove_server(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[server remove_cb] #%ld\n", num(sess)); }
static void on_remove_client(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[client remove_cb] #%ld\n", num(sess)); }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved = NULL;
    SSL *c, *s;
    int i, r;
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(sctx, on_new_server);
    SSL_CTX_sess_set_new_cb(cctx, on_new_client);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove_server);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove_client);
    for (i = 0; i < 4; i++) {
        printf(">> connection %d\n", i + 1);
        c = SSL_new(cctx);
        s = SSL_new(sctx);
        if (saved != NULL)
            SSL_set_session(c, saved);
        r = connect_pair(c, s);
        printf("connect_pair -> %d reused %d/%d\n", r, SSL_session_reused(c), SSL_session_reused(s));
        shutdown_pair(c, s);
        if (saved == NULL)
            saved = SSL_get1_session(c);
        SSL_free(c);
        SSL_free(s);
    }
    printf("client: connect %ld connect_good %ld hits %ld misses %ld number %ld\n", SSL_CTX_sess_connect(cctx),
           SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx), SSL_CTX_sess_misses(cctx), SSL_CTX_sess_number(cctx));
    printf("server: accept %ld accept_good %ld hits %ld cb_hits %ld misses %ld timeouts %ld number %ld\n",
           SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_cb_hits(sctx),
           SSL_CTX_sess_misses(sctx), SSL_CTX_sess_timeouts(sctx), SSL_CTX_sess_number(sctx));
    printf(">> free contexts\n");
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    printf(">> free %d kept references and the saved one\n", nkept);
    for (i = 0; i < nkept; i++)
        SSL_SESSION_free(kept[i]);
    SSL_SESSION_free(saved);
    return 0;
}
