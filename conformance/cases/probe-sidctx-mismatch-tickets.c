/* Stateless tickets presented to a server SSL whose session id context
 * differs from the one the ticket's session was made with: TLS 1.2 and
 * TLS 1.3. The ticket is decrypted (# new) and dropped (# free), the handshake
 * is a full one, and no error is raised. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

static void trial(int version) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int r;
    printf(">> version 0x%x\n", version);
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"first", 5);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    printf("saved #%ld\n", num(saved));
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session_id_context(s, (const unsigned char *)"second", 6);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d/%d, error %lu, server hits %ld misses %ld, client misses %ld\n", r,
           SSL_session_reused(c), SSL_session_reused(s), ERR_peek_last_error(), SSL_CTX_sess_hits(sctx),
           SSL_CTX_sess_misses(sctx), SSL_CTX_sess_misses(cctx));
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
