/* SSL_set_session reference bookkeeping: setting the session the SSL already
 * has (no events), replacing it with another (old one loses the SSL's ref),
 * setting NULL, and the return values; SSL_get1_session refs. No handshake,
 * so the bad-session rule never applies. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *a = SSL_SESSION_new(), *b = SSL_SESSION_new(), *g;
    int r;
    r = SSL_set_session(ssl, a);
    printf("set a -> %d, current #%ld\n", r, num(SSL_get0_session(ssl)));
    r = SSL_set_session(ssl, a);
    printf("set a again -> %d\n", r);
    SSL_SESSION_free(a);
    printf("freed our a: still held by the SSL (no line above)\n");
    r = SSL_set_session(ssl, b);
    printf("set b -> %d, current #%ld\n", r, num(SSL_get0_session(ssl)));
    g = SSL_get1_session(ssl);
    printf("get1 -> #%ld\n", num(g));
    r = SSL_set_session(ssl, NULL);
    printf("set NULL -> %d, current #%ld\n", r, num(SSL_get0_session(ssl)));
    SSL_SESSION_free(b);
    printf("freed our b, get1 ref remains\n");
    SSL_SESSION_free(g);
    printf("freed the get1 ref\n");
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
