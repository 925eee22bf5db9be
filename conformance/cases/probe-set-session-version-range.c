/* A client offered a saved TLS 1.3 session while its SSL only allows TLS 1.2
 * (SSL_set_max_proto_version): the session is not offered; the ClientHello
 * gets a new placeholder and the saved session only loses the SSL's
 * reference. The reverse (a TLS 1.2 session while TLS 1.3 is allowed) is
 * offered, but the server negotiates TLS 1.3 and does not look the legacy id
 * up: a full handshake without a miss. Limited to TLS 1.2 it resumes. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

static SSL_SESSION *first(SSL_CTX *cctx, SSL_CTX *sctx, int version) {
    SSL *c = SSL_new(cctx);
    SSL *s = SSL_new(sctx);
    SSL_SESSION *saved;
    SSL_set_max_proto_version(c, version);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    return saved;
}

static void again(SSL_CTX *cctx, SSL_CTX *sctx, SSL_SESSION *saved, int version) {
    SSL *c = SSL_new(cctx);
    SSL *s = SSL_new(sctx);
    int r;
    SSL_set_max_proto_version(c, version);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d, version 0x%x, client session #%ld, server hits %ld misses %ld\n", r,
           SSL_session_reused(c), SSL_version(c), num(SSL_get0_session(c)), SSL_CTX_sess_hits(sctx),
           SSL_CTX_sess_misses(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *s13, *s12;
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(sctx, 1);
    s13 = first(cctx, sctx, TLS1_3_VERSION);
    s12 = first(cctx, sctx, TLS1_2_VERSION);
    printf("saved: #%ld version 0x%x, #%ld version 0x%x\n", num(s13), SSL_SESSION_get_protocol_version(s13), num(s12),
           SSL_SESSION_get_protocol_version(s12));
    printf(">> TLS 1.3 session, SSL limited to TLS 1.2\n");
    again(cctx, sctx, s13, TLS1_2_VERSION);
    printf(">> TLS 1.2 session, SSL allows TLS 1.3\n");
    again(cctx, sctx, s12, TLS1_3_VERSION);
    printf(">> TLS 1.2 session, SSL limited to TLS 1.2\n");
    again(cctx, sctx, s12, TLS1_2_VERSION);
    SSL_SESSION_free(s13);
    SSL_SESSION_free(s12);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
