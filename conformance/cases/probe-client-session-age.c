/* The client does not check a saved session's age in TLS 1.2 (the server
 * decides), but in TLS 1.3 it does not offer a ticket older than its lifetime
 * hint: moving the saved session's time back 8000 s (hint 7200) gives a full
 * handshake; 7000 s back still resumes. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <time.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

static void trial(int version, int no_ticket, long age) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL_SESSION *saved;
    SSL *c, *s;
    int r;
    printf(">> version 0x%x%s, saved session aged %ld s\n", version, no_ticket ? " (ids)" : "", age);
    SSL_CTX_set_max_proto_version(cctx, version);
    if (no_ticket)
        SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    shutdown_pair(c, s);
    saved = SSL_get1_session(c);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_set_time(saved, (long)time(NULL) - age);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect_pair -> %d reused %d/%d; server hits %ld misses %ld timeouts %ld\n", r, SSL_session_reused(c),
           SSL_session_reused(s), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_timeouts(sctx));
    printf("client session is the saved one: %d\n", SSL_get0_session(c) == saved);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION, 1, 8000);
    trial(TLS1_2_VERSION, 0, 8000);
    trial(TLS1_3_VERSION, 0, 7000);
    trial(TLS1_3_VERSION, 0, 8000);
    return 0;
}
