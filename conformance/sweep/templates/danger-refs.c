/* Sweep template: reference mistakes around a handshake's session. WHO picks
 * the client (0) or server (1) session, GETTER get_session (0) / get0 (1) /
 * get1 (2), ACTION: 0 free it then SSL_free; 1 SSL_free then read it; 2 free it
 * twice; 3 SSL_free then free it; 4 free it then resume with it. */
#include <openssl/ssl.h>
#include <stdio.h>

#define VERSION TLS1_3_VERSION
#define WHO 0
#define GETTER 0
#define ACTION 0
#define CMODE -1
#define SMODE -1
#define SHUTDOWN 1
#define REMCB 1

static SSL_CTX *sctx, *cctx;
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { printf("[%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(sess)); }

int main(void) {
    SSL *c, *s, *x;
    SSL_SESSION *sess;
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(cctx, VERSION);
    if (CMODE >= 0) SSL_CTX_set_session_cache_mode(cctx, CMODE);
    if (SMODE >= 0) SSL_CTX_set_session_cache_mode(sctx, SMODE);
    if (REMCB) {
        SSL_CTX_sess_set_remove_cb(cctx, on_remove);
        SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    }
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("connect=%d\n", connect_pair(c, s));
    if (SHUTDOWN) shutdown_pair(c, s);
    x = WHO ? s : c;
    sess = GETTER == 0 ? SSL_get_session(x) : GETTER == 1 ? SSL_get0_session(x) : SSL_get1_session(x);
    printf("got #%ld\n", num(sess));
    if (ACTION == 0 || ACTION == 2 || ACTION == 4) {
        printf("-- free the session\n");
        SSL_SESSION_free(sess);
    }
    if (ACTION == 2) {
        printf("-- free it again\n");
        SSL_SESSION_free(sess);
    }
    if (ACTION == 4) {
        SSL *c2 = SSL_new(cctx), *s2 = SSL_new(sctx);
        printf("-- resume with it\n");
        SSL_set_session(c2, sess);
        printf("connect=%d reused=%d\n", connect_pair(c2, s2), SSL_session_reused(c2));
        shutdown_pair(c2, s2);
        SSL_free(c2);
        SSL_free(s2);
    }
    printf("-- SSL_free client\n");
    SSL_free(c);
    printf("-- SSL_free server\n");
    SSL_free(s);
    if (ACTION == 1) printf("-- read it: timeout %ld\n", SSL_SESSION_get_timeout(sess));
    if (ACTION == 3) {
        printf("-- free it after SSL_free\n");
        SSL_SESSION_free(sess);
    }
    printf("-- SSL_CTX_free client\n");
    SSL_CTX_free(cctx);
    printf("-- SSL_CTX_free server\n");
    SSL_CTX_free(sctx);
    printf("-- end\n");
    return 0;
}
