/* Sweep 2 (get_session_cb): an external cache whose get_session_cb returns
 * the session it stored first, whatever id the client asks for.
 * TLS 1.2: the server resumes that session (cb_hits and hits count) and
 * its ServerHello carries that session's id; the client does not recognise
 * its own id, counts a miss, makes a new session and then gets the server's
 * ChangeCipherSpec instead of a certificate: unexpected message (244).
 * TLS 1.3 (stateful tickets): the session's PSK is not the one the client
 * keyed its binder with: binder does not verify (253), server side. */
#include <openssl/ssl.h>
#include <stdio.h>

static SSL_CTX *sctx, *cctx;
static SSL_SESSION *store;
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static int on_new(SSL *ssl, SSL_SESSION *s) {
    printf("[server new_cb] #%ld -> %d\n", num(s), store == NULL);
    if (store != NULL)
        return 0;
    store = s;
    return 1;
}
static SSL_SESSION *on_get(SSL *ssl, const unsigned char *id, int len, int *copy) {
    printf("[server get_cb] len=%d -> #%ld\n", len, num(store));
    return store;
}
static void stats(const char *who, SSL_CTX *c) {
    printf("%s: connect=%ld/%ld accept=%ld/%ld hits=%ld cb_hits=%ld misses=%ld\n", who, SSL_CTX_sess_connect(c),
           SSL_CTX_sess_connect_good(c), SSL_CTX_sess_accept(c), SSL_CTX_sess_accept_good(c), SSL_CTX_sess_hits(c),
           SSL_CTX_sess_cb_hits(c), SSL_CTX_sess_misses(c));
}
static SSL_SESSION *conn(int n, SSL_SESSION *resume) {
    SSL *c = SSL_new(cctx), *s = SSL_new(sctx);
    SSL_SESSION *got;
    unsigned long e;
    int r;
    if (resume != NULL)
        SSL_set_session(c, resume);
    r = connect_pair(c, s);
    printf("-- connect %d: %d\n", n, r);
    while ((e = ERR_get_error()) != 0)
        printf("  error: lib=%d reason=%d\n", ERR_GET_LIB(e), ERR_GET_REASON(e));
    printf("reused=%d/%d client #%ld server #%ld\n", SSL_session_reused(c), SSL_session_reused(s),
           num(SSL_get_session(c)), num(SSL_get_session(s)));
    stats("server", sctx);
    stats("client", cctx);
    got = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    return got;
}
static void trial(int version) {
    SSL_SESSION *a, *b, *x;
    printf(">> max version %x\n", version);
    store = NULL;
    sctx = SSL_CTX_new(TLS_server_method());
    cctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(cctx, version);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL);
    SSL_CTX_sess_set_new_cb(sctx, on_new);
    SSL_CTX_sess_set_get_cb(sctx, on_get);
    a = conn(1, NULL);
    b = conn(2, NULL);
    printf("-- resume the second session; the callback returns the first\n");
    x = conn(3, b);
    SSL_SESSION_free(x);
    printf("-- resume the first session\n");
    x = conn(4, a);
    SSL_SESSION_free(x);
    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    SSL_SESSION_free(store);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION);
    trial(TLS1_3_VERSION);
    return 0;
}
