#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_CTX *sctx, *cctx;
static int on_new(SSL *ssl, SSL_SESSION *sess) { printf("[%s new_cb] #%ld\n", SSL_get_SSL_CTX(ssl) == sctx ? "server" : "client", num(sess)); return 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(sess)); }
static void stats(void) {
    printf("  s: n=%ld acc=%ld/%ld/%ld hits=%ld misses=%ld | c: n=%ld con=%ld/%ld/%ld hits=%ld misses=%ld\n",
      SSL_CTX_sess_number(sctx), SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_accept_renegotiate(sctx), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx),
      SSL_CTX_sess_number(cctx), SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_connect_renegotiate(cctx), SSL_CTX_sess_hits(cctx), SSL_CTX_sess_misses(cctx));
}
int main(void) {
    int so, cm, who, i; SSL *c, *s; unsigned char buf[8]; size_t got;
    for (so = 0; so < 2; so++) for (cm = 0; cm < 2; cm++) for (who = 0; who < 2; who++) {
        sctx = SSL_CTX_new(TLS_server_method()); cctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
        SSL_CTX_set_options(sctx, SSL_OP_ALLOW_CLIENT_RENEGOTIATION | SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION | (so ? SSL_OP_NO_TICKET : 0));
        if (cm) SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
        SSL_CTX_sess_set_new_cb(sctx, on_new); SSL_CTX_sess_set_new_cb(cctx, on_new);
        SSL_CTX_sess_set_remove_cb(sctx, on_remove); SSL_CTX_sess_set_remove_cb(cctx, on_remove);
        printf(">> noticket=%d clientcache=%d initiator=%s\n", so, cm, who ? "server" : "client");
        c = SSL_new(cctx); s = SSL_new(sctx);
        connect_pair(c, s);
        printf("  client #%ld server #%ld\n", num(SSL_get_session(c)), num(SSL_get_session(s)));
        SSL_renegotiate(who ? s : c);
        for (i = 0; i < 3; i++) {
            SSL_do_handshake(who ? s : c);
            SSL_read_ex(who ? c : s, buf, sizeof buf, &got);
            SSL_read_ex(who ? s : c, buf, sizeof buf, &got);
        }
        printf("  client #%ld server #%ld reused %d/%d pending %d/%d\n", num(SSL_get_session(c)), num(SSL_get_session(s)), SSL_session_reused(c), SSL_session_reused(s), SSL_renegotiate_pending(c), SSL_renegotiate_pending(s));
        stats();
        shutdown_pair(c, s);
        SSL_free(c); SSL_free(s);
        SSL_CTX_free(cctx); SSL_CTX_free(sctx);
    }
    return 0;
}
