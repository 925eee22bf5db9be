#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_CTX *sctx, *cctx;
static SSL_SESSION *store;
static int copymode;
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[%s new_cb] #%ld\n", SSL_get_SSL_CTX(ssl) == sctx ? "server" : "client", num(sess));
    if (SSL_get_SSL_CTX(ssl) == sctx && store == NULL) { store = sess; return 1; }
    return 0;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(sess)); }
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) {
    printf("[get_cb] len %d -> #%ld copy %d\n", len, num(store), copymode);
    if (store && copymode == 0) { SSL_SESSION_up_ref(store); *copy = 0; }
    return store;
}
static void stats(void) {
    printf("  s: n=%ld acc=%ld/%ld hits=%ld cb=%ld misses=%ld to=%ld | c: n=%ld con=%ld/%ld hits=%ld misses=%ld\n",
      SSL_CTX_sess_number(sctx), SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_cb_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_timeouts(sctx),
      SSL_CTX_sess_number(cctx), SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx), SSL_CTX_sess_misses(cctx));
}
static SSL_SESSION *conn(SSL_SESSION *resume) {
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx); SSL_SESSION *got; int r; unsigned long e;
    if (resume) SSL_set_session(c, resume);
    r = connect_pair(c, s);
    printf("  connect=%d reused=%d/%d c#%ld s#%ld\n", r, SSL_session_reused(c), SSL_session_reused(s), num(SSL_get_session(c)), num(SSL_get_session(s)));
    while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e));
    got = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    return got;
}
int main(void) {
    int v, vp, sc, m, cp;
    int vers[2] = { TLS1_2_VERSION, TLS1_3_VERSION };
    long modes[3] = { SSL_SESS_CACHE_SERVER, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_LOOKUP };
    SSL_SESSION *a, *b;
    for (v = 0; v < 2; v++) for (vp = 0; vp < 2; vp++) for (sc = 0; sc < 2; sc++) for (m = 0; m < 3; m++) for (cp = 0; cp < 2; cp++) {
        sctx = SSL_CTX_new(TLS_server_method());
        cctx = SSL_CTX_new(TLS_client_method());
        store = NULL; copymode = cp;
        SSL_CTX_set_max_proto_version(cctx, vers[v]);
        SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
        SSL_CTX_set_num_tickets(sctx, 1);
        if (vp) SSL_CTX_set_verify(sctx, SSL_VERIFY_PEER, NULL);
        if (sc) SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"ctx", 3);
        SSL_CTX_set_session_cache_mode(sctx, modes[m]);
        SSL_CTX_sess_set_new_cb(sctx, on_new);
        SSL_CTX_sess_set_remove_cb(sctx, on_remove);
        SSL_CTX_sess_set_get_cb(sctx, on_get);
        printf(">> v=%x verify=%d sidctx=%d mode=%lx copy=%d\n", vers[v], vp, sc, modes[m], cp);
        a = conn(NULL); stats();
        b = conn(a); stats();
        SSL_SESSION_free(a); SSL_SESSION_free(b);
        if (store) SSL_SESSION_free(store);
        SSL_CTX_free(cctx); SSL_CTX_free(sctx);
    }
    return 0;
}
