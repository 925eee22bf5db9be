/* Sweep: names semantics.md uses that a snippet may call: SSL_CTX_ctrl (the
 * macros' target), SSL_get_verify_result,
 * SSL_OP_NO_ANTI_REPLAY, SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION, X509_V_OK. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *ssl;
    printf("options set %d %d, X509_V_OK=%d\n", SSL_OP_NO_ANTI_REPLAY != 0,
           SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION != 0, X509_V_OK);
    printf("set_options -> %d\n", (SSL_CTX_set_options(ctx, SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) & SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) != 0);
    printf("ctrl sess_number %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_NUMBER, 0, NULL));
    printf("set cache size via ctrl %ld\n", SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_SIZE, 7, NULL));
    printf("now %ld\n", SSL_CTX_sess_get_cache_size(ctx));
    ssl = SSL_new(ctx);
    printf("verify result %ld\n", SSL_get_verify_result(ssl));
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
