/* A server context in mode SSL_SESS_CACHE_CLIENT (no SERVER bit): TLS 1.2
 * with ids, the server sends an empty session id, caches nothing, calls no
 * new_cb, and the client's session (empty id, no ticket) cannot be resumed.
 * With TLS 1.3 stateful tickets (server SSL_OP_NO_TICKET) the ticket ids are
 * not cached either, so the resumption is a server miss and a full handshake. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("[new_cb] #%ld\n", num(sess));
    return 0;
}

static void trial(int version) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    unsigned int len;
    int r;
    printf(">> version 0x%x\n", version);
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    SSL_SESSION_get_id(SSL_get0_session(c), &len);
    printf("connect_pair -> %d, client id len %u, resumable %d, server cache %ld\n", r, len,
           SSL_SESSION_is_resumable(SSL_get0_session(c)), SSL_CTX_sess_number(sctx));
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("again: connect_pair -> %d reused %d, server hits %ld misses %ld\n", r, SSL_session_reused(c),
           SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION);
    trial(TLS1_3_VERSION);
    return 0;
}
