/* Error queue around connections: SSL_renegotiate on a TLS 1.3 connection,
 * SSL_new_session_ticket on a TLS 1.2 one, SSL_shutdown during a failed
 * handshake, protocol version setters with invalid values, and SSL_read_ex
 * after the peer closed. Codes and reason strings only. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static void drain(const char *what) {
    unsigned long e;
    int n = 0;
    while ((e = ERR_get_error()) != 0) {
        const char *reason = ERR_reason_error_string(e);
        printf("  %s: lib %d reason %d (%s)\n", what, ERR_GET_LIB(e), ERR_GET_REASON(e), reason ? reason : "no string");
        n++;
    }
    if (n == 0)
        printf("  %s: queue empty\n", what);
}

static void pair(SSL_CTX *sctx, SSL_CTX *cctx, SSL **c, SSL **s) {
    int r;
    *c = SSL_new(cctx);
    *s = SSL_new(sctx);
    r = connect_pair(*c, *s);
    printf("connect_pair -> %d\n", r);
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    unsigned char buf[16];
    size_t got;
    int r;
    printf("set_min_proto_version(0x999) -> %d\n", SSL_CTX_set_min_proto_version(cctx, 0x999));
    drain("min 0x999");
    printf("set_max_proto_version(0x200) -> %d\n", SSL_CTX_set_max_proto_version(cctx, 0x200));
    drain("max 0x200");
    printf(">> TLS 1.3\n");
    pair(sctx, cctx, &c, &s);
    r = SSL_renegotiate(c);
    printf("SSL_renegotiate(TLS 1.3 client) -> %d\n", r);
    drain("renegotiate");
    shutdown_pair(c, s);
    r = SSL_read_ex(c, buf, sizeof(buf), &got);
    printf("SSL_read_ex after close -> %d\n", r);
    drain("read after close");
    SSL_free(c);
    SSL_free(s);
    printf(">> TLS 1.2\n");
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    pair(sctx, cctx, &c, &s);
    r = SSL_new_session_ticket(s);
    printf("SSL_new_session_ticket(TLS 1.2 server) -> %d\n", r);
    drain("new_session_ticket");
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    printf(">> no common version\n");
    SSL_CTX_set_min_proto_version(sctx, TLS1_3_VERSION);
    pair(sctx, cctx, &c, &s);
    drain("failed handshake");
    r = SSL_shutdown(s);
    printf("SSL_shutdown(server in init) -> %d\n", r);
    drain("shutdown in init");
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
