/* SSL_OP_NO_TLSv1* options: a client offers one contiguous block (with a hole, the lowest block:
 * only NO_TLSv1_2 means TLS 1.0-1.1, which then fails); the server picks versions one by one. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static void run(const char *tag, uint64_t copt, uint64_t sopt, int cmax) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int r;
    SSL_CTX_set_options(cctx, copt);
    SSL_CTX_set_options(sctx, sopt);
    if (cmax) SSL_CTX_set_max_proto_version(cctx, cmax);
    c = SSL_new(cctx); s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("%s: connect %d version c=0x%x s=0x%x reused %d err %d\n", tag, r, SSL_version(c), SSL_version(s), SSL_session_reused(c), ERR_GET_REASON(ERR_peek_error()));
    ERR_clear_error();
    SSL_free(c); SSL_free(s);
    SSL_CTX_free(sctx); SSL_CTX_free(cctx);
}

int main(void) {
    run("client no1.3", SSL_OP_NO_TLSv1_3, 0, 0);
    run("server no1.3", 0, SSL_OP_NO_TLSv1_3, 0);
    run("client no1.2", SSL_OP_NO_TLSv1_2, 0, 0);
    run("server no1.2", 0, SSL_OP_NO_TLSv1_2, 0);
    run("client no1.2 max1.2", SSL_OP_NO_TLSv1_2, 0, TLS1_2_VERSION);
    run("client no1.3 server no1.2", SSL_OP_NO_TLSv1_3, SSL_OP_NO_TLSv1_2, 0);
    run("client no1.3|1.2", SSL_OP_NO_TLSv1_3 | SSL_OP_NO_TLSv1_2, 0, 0);
    run("client no1.1|1.0", SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1, 0, 0);
    run("client all", SSL_OP_NO_TLSv1_3 | SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1, 0, 0);
    return 0;
}
