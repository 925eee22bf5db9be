/* Sweep 2 (resumption failures): the client's saved session altered before it
 * is offered again (client cache on, remove_cb on both sides).
 * what 1: SSL_SESSION_set1_master_key with other bytes. TLS 1.2 (ids or
 *   tickets): the server resumes with its own secret and the client cannot
 *   decrypt its Finished: provider error 57/102 then 281 (bad record mac); the
 *   client's fatal alert removes its session (remove_cb). TLS 1.3: the binder
 *   does not verify (253), server side.
 * what 2: a TLS 1.2 ticket session whose id was emptied: the client still
 *   offers the ticket (with an empty session id); the server resumes and echoes
 *   the empty id, which the client does not take as a resumption: unexpected
 *   message (244) when the server's ChangeCipherSpec arrives. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static SSL_CTX *sctx, *cctx;
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) { printf("  [%s remove_cb] #%ld\n", ctx == sctx ? "server" : "client", num(s)); }

static void trial(int version, long sopts, int what) {
    SSL *c, *s;
    SSL_SESSION *saved;
    unsigned char key[48];
    unsigned long e;
    int r;
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    printf(">> version %x options %lx what %d\n", version, sopts, what);
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_options(sctx, sopts);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_remove_cb(sctx, on_remove);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    saved = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    memset(key, 0x77, sizeof(key));
    if (what == 1)
        SSL_SESSION_set1_master_key(saved, key, SSL_SESSION_get_master_key(saved, NULL, 0));
    if (what == 2)
        SSL_SESSION_set1_id(saved, NULL, 0);
    printf("saved #%ld resumable=%d\n", num(saved), SSL_SESSION_is_resumable(saved));
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect=%d reused=%d/%d client #%ld server #%ld saved resumable=%d\n", r, SSL_session_reused(c),
           SSL_session_reused(s), num(SSL_get_session(c)), num(SSL_get_session(s)), SSL_SESSION_is_resumable(saved));
    while ((e = ERR_get_error()) != 0)
        printf("  error: lib=%d reason=%d %s\n", ERR_GET_LIB(e), ERR_GET_REASON(e), ERR_reason_error_string(e));
    printf("server: accept=%ld/%ld hits=%ld number=%ld; client: connect=%ld/%ld hits=%ld misses=%ld number=%ld\n",
           SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_number(sctx),
           SSL_CTX_sess_connect(cctx), SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx),
           SSL_CTX_sess_misses(cctx), SSL_CTX_sess_number(cctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION, SSL_OP_NO_TICKET, 1);
    trial(TLS1_2_VERSION, 0, 1);
    trial(TLS1_3_VERSION, 0, 1);
    trial(TLS1_3_VERSION, SSL_OP_NO_TICKET, 1);
    trial(TLS1_2_VERSION, 0, 2);
    return 0;
}
