#include <openssl/ssl.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_CTX *sctx, *cctx;
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[%s new_cb] #%ld\n", SSL_get_SSL_CTX(ssl) == sctx ? "server" : "client", num(sess));
    return 0;
}
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(sess)); }
static void stats(void) {
    printf("  s: n=%ld acc=%ld/%ld hits=%ld misses=%ld to=%ld | c: n=%ld con=%ld/%ld hits=%ld misses=%ld\n",
      SSL_CTX_sess_number(sctx), SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_timeouts(sctx),
      SSL_CTX_sess_number(cctx), SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx), SSL_CTX_sess_misses(cctx));
}
static SSL_SESSION *conn(SSL_SESSION *resume) {
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx); SSL_SESSION *got; int r;
    if (resume) SSL_set_session(c, resume);
    r = connect_pair(c, s);
    printf("  connect=%d reused=%d/%d c#%ld s#%ld\n", r, SSL_session_reused(c), SSL_session_reused(s), num(SSL_get_session(c)), num(SSL_get_session(s)));
    got = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    return got;
}
int main(void) {
    int v, so, co, sm, cm;
    int vers[2] = { TLS1_2_VERSION, TLS1_3_VERSION };
    long smodes[3] = { SSL_SESS_CACHE_SERVER, SSL_SESS_CACHE_OFF, SSL_SESS_CACHE_BOTH };
    long cmodes[2] = { SSL_SESS_CACHE_SERVER, SSL_SESS_CACHE_CLIENT };
    SSL_SESSION *a, *b;
    for (v = 0; v < 2; v++) for (so = 0; so < 2; so++) for (co = 0; co < 2; co++) for (sm = 0; sm < 3; sm++) for (cm = 0; cm < 2; cm++) {
        sctx = SSL_CTX_new(TLS_server_method());
        cctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_max_proto_version(cctx, vers[v]);
        if (so) SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
        if (co) SSL_CTX_set_options(cctx, SSL_OP_NO_TICKET);
        SSL_CTX_set_session_cache_mode(sctx, smodes[sm]);
        SSL_CTX_set_session_cache_mode(cctx, cmodes[cm]);
        SSL_CTX_set_num_tickets(sctx, 1);
        SSL_CTX_sess_set_new_cb(sctx, on_new); SSL_CTX_sess_set_new_cb(cctx, on_new);
        SSL_CTX_sess_set_remove_cb(sctx, on_remove); SSL_CTX_sess_set_remove_cb(cctx, on_remove);
        printf(">> v=%x sopt=%d copt=%d smode=%ld cmode=%ld\n", vers[v], so, co, smodes[sm], cmodes[cm]);
        a = conn(NULL); stats();
        b = conn(a); stats();
        SSL_SESSION_free(a); SSL_SESSION_free(b);
        SSL_CTX_free(cctx); SSL_CTX_free(sctx);
    }
    return 0;
}
