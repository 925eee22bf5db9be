/* Sweep (hand variant, reduced): SSL_copy_session_id from a server SSL after a
 * TLS 1.3 handshake into a fresh SSL, which is then freed; the next SSL_new on
 * the server ctx. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx), *x, *y;
    printf("connect=%d\n", connect_pair(c, s));
    printf("server session #%ld\n", num(SSL_get_session(s)));
    x = SSL_new(sctx);
    printf("copy_session_id -> %d\n", SSL_copy_session_id(x, s));
    printf("x has #%ld\n", num(SSL_get_session(x)));
    SSL_free(x);
    printf("-- SSL_new(sctx) again\n");
    y = SSL_new(sctx);
    printf("y=%d\n", y != NULL);
    SSL_free(y);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    printf("-- end\n");
    return 0;
}
