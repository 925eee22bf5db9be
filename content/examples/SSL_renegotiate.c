/* OpenSSL 3.0 servers refuse client-initiated renegotiation unless allowed. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    unsigned char buf[1];
    size_t n;
    int i;

    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET | SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    printf("session #%ld\n", (long)SSL_SESSION_get_ex_data(SSL_get_session(c), 1));
    printf("renegotiate -> %d\n", SSL_renegotiate(c));
    printf("pending %d\n", SSL_renegotiate_pending(c));
    for (i = 0; i < 4; i++) {           /* pump both sides until it is done */
        SSL_do_handshake(c);
        SSL_read_ex(s, buf, sizeof(buf), &n);
    }
    printf("pending %d, session #%ld\n", SSL_renegotiate_pending(c),
           (long)SSL_SESSION_get_ex_data(SSL_get_session(c), 1));
    printf("client connect_renegotiate=%ld, server accept_renegotiate=%ld\n",
           SSL_CTX_sess_connect_renegotiate(cctx), SSL_CTX_sess_accept_renegotiate(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
