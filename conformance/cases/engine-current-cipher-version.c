/* SSL_get_version (names SSL_version: TLSv1.3 before a handshake and after SSL_clear) and
 * SSL_get_current_cipher / SSL_get_cipher(_name): the session's cipher pointer, "(NONE)" without. */
#include <openssl/ssl.h>
#include <stdio.h>

static void run(int v) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *cs;
    SSL_CTX_set_max_proto_version(cctx, v);
    c = SSL_new(cctx); s = SSL_new(sctx);
    printf("before: %s %s cipher=%d name=%s\n", SSL_get_version(c), SSL_get_version(s), SSL_get_current_cipher(c) == NULL, SSL_get_cipher(c));
    printf("connect %d\n", connect_pair(c, s));
    printf("after: %s %s %s %s %s\n", SSL_get_version(c), SSL_get_version(s), SSL_get_cipher(c), SSL_get_cipher_name(s), SSL_CIPHER_get_name(SSL_get_current_cipher(c)));
    printf("same %d\n", SSL_get_current_cipher(c) == SSL_SESSION_get0_cipher(SSL_get_session(c)));
    cs = SSL_get1_session(c);
    SSL_SESSION_set_cipher(cs, NULL);
    printf("cleared: %d %s\n", SSL_get_current_cipher(c) == NULL, SSL_get_cipher(c));
    shutdown_pair(c, s);
    SSL_clear(c);
    printf("clear: %s %d\n", SSL_get_version(c), SSL_get_current_cipher(c) == NULL);
    SSL_free(c); SSL_free(s);
    SSL_SESSION_free(cs);
    SSL_CTX_free(sctx); SSL_CTX_free(cctx);
}

int main(void) {
    run(TLS1_2_VERSION);
    run(TLS1_3_VERSION);
    return 0;
}
