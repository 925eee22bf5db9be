/* Sweep 2 (timeouts): SSL_CTX_set_timeout stores a negative value as is and
 * handshake sessions take it; the NewSessionTicket lifetime hint is a uint32
 * on the wire, so the client's SSL_SESSION_get_ticket_lifetime_hint reads
 * 2^32 - 5 (TLS 1.2 and TLS 1.3). The sessions' own timeout stays -5 and they
 * are already expired: a flush at the current time removes them. */
#include <openssl/ssl.h>
#include <stdio.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) { printf("  [remove_cb] #%ld\n", num(s)); }

static void trial(int version) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    printf(">> max version %x\n", version);
    SSL_CTX_set_max_proto_version(cctx, version);
    printf("set_timeout(-5) -> prev %ld\n", SSL_CTX_set_timeout(sctx, -5));
    printf("get_timeout -> %ld\n", SSL_CTX_get_timeout(sctx));
    SSL_CTX_set_timeout(cctx, -5);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_remove_cb(cctx, on_remove);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    printf("connect=%d\n", connect_pair(c, s));
    printf("client #%ld timeout=%ld hint=%lu; server #%ld timeout=%ld\n", num(SSL_get_session(c)),
           SSL_SESSION_get_timeout(SSL_get_session(c)), SSL_SESSION_get_ticket_lifetime_hint(SSL_get_session(c)),
           num(SSL_get_session(s)), SSL_SESSION_get_timeout(SSL_get_session(s)));
    printf("client cache %ld; flush(now)\n", SSL_CTX_sess_number(cctx));
    SSL_CTX_flush_sessions(cctx, time(NULL));
    printf("client cache %ld\n", SSL_CTX_sess_number(cctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial(TLS1_2_VERSION);
    trial(TLS1_3_VERSION);
    return 0;
}
