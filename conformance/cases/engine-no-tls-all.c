/* A client whose options disable every version: "no protocols available", nothing counted or
 * created, the SSL stays in init (not before); SSL_shutdown then fails as in init. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int r;
    unsigned long e;
    SSL_CTX_set_options(cctx, SSL_OP_NO_TLSv1_3 | SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1);
    c = SSL_new(cctx); s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect %d session %d in_init %d before %d\n", r, SSL_get_session(c) != NULL, SSL_in_init(c), SSL_in_before(c));
    while ((e = ERR_get_error()) != 0) printf("  error %d %s\n", ERR_GET_REASON(e), ERR_reason_error_string(e));
    printf("client connect=%ld good=%ld server accept=%ld\n", SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_accept(sctx));
    r = SSL_do_handshake(c);
    printf("again %d get_error %d\n", r, SSL_get_error(c, r));
    while ((e = ERR_get_error()) != 0) printf("  error %d %s\n", ERR_GET_REASON(e), ERR_reason_error_string(e));
    printf("client connect=%ld\n", SSL_CTX_sess_connect(cctx));
    r = SSL_shutdown(c);
    printf("shutdown %d\n", r);
    while ((e = ERR_get_error()) != 0) printf("  error %d %s\n", ERR_GET_REASON(e), ERR_reason_error_string(e));
    SSL_free(c); SSL_free(s);
    SSL_CTX_free(sctx); SSL_CTX_free(cctx);
    return 0;
}
