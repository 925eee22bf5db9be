#include <openssl/ssl.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static SSL_CTX *sctx, *cctx;
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[%s remove_cb] #%ld resumable=%d\n", ctx == sctx ? "server" : "client", num(sess), SSL_SESSION_is_resumable(sess)); }
int main(void) {
    int v, sh, so, r1, r2;
    int vers[2] = { TLS1_2_VERSION, TLS1_3_VERSION };
    SSL *c, *s; SSL_SESSION *a;
    unsigned char buf[8]; size_t got;
    for (v = 0; v < 2; v++) for (so = 0; so < 2; so++) for (sh = 0; sh < 4; sh++) {
        sctx = SSL_CTX_new(TLS_server_method());
        cctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_max_proto_version(cctx, vers[v]);
        if (so) SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
        SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
        SSL_CTX_sess_set_remove_cb(sctx, on_remove); SSL_CTX_sess_set_remove_cb(cctx, on_remove);
        printf(">> v=%x sopt=%d shutdown mode %d\n", vers[v], so, sh);
        c = SSL_new(cctx); s = SSL_new(sctx);
        connect_pair(c, s);
        a = SSL_get1_session(c);
        if (sh == 1) { r1 = SSL_shutdown(c); printf("  shutdown c=%d\n", r1); }
        if (sh == 2) { r1 = SSL_shutdown(s); r2 = SSL_read_ex(c, buf, sizeof buf, &got); printf("  shutdown s=%d read c=%d err=%d shut c=%d\n", r1, r2, SSL_get_error(c, r2), SSL_get_shutdown(c)); }
        if (sh == 3) { r1 = SSL_shutdown(c); r2 = SSL_shutdown(c); printf("  shutdown c twice=%d %d err=%d\n", r1, r2, SSL_get_error(c, r2)); }
        printf("  free c\n"); SSL_free(c);
        printf("  free s\n"); SSL_free(s);
        printf("  a resumable=%d n=%ld/%ld\n", SSL_SESSION_is_resumable(a), SSL_CTX_sess_number(cctx), SSL_CTX_sess_number(sctx));
        SSL_SESSION_free(a);
        SSL_CTX_free(cctx); SSL_CTX_free(sctx);
    }
    return 0;
}
