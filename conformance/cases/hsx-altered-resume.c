#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void trial(int ver, long sopts, int what) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s; SSL_SESSION *saved; int r; unsigned long e;
    printf(">> ver %x sopts %ld what %d\n", ver, sopts, what);
    SSL_CTX_set_max_proto_version(cctx, ver);
    SSL_CTX_set_options(sctx, sopts);
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"one", 3);
    c = SSL_new(cctx); s = SSL_new(sctx);
    connect_pair(c, s);
    saved = SSL_get1_session(c);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    if (what == 1) SSL_SESSION_set1_hostname(saved, "example.com");
    if (what == 2) SSL_SESSION_set1_alpn_selected(saved, (const unsigned char *)"h2", 2);
    if (what == 4) SSL_SESSION_set_protocol_version(saved, 0x0302);
    if (what == 5) SSL_SESSION_set_cipher(saved, SSL_CIPHER_find(c = SSL_new(cctx), (const unsigned char *)"\x13\x01"));
    c = SSL_new(cctx); s = SSL_new(sctx);
    if (what == 3) SSL_set_session_id_context(s, (const unsigned char *)"two", 3);
    SSL_set_session(c, saved);
    r = connect_pair(c, s);
    printf("connect=%d reused=%d/%d c#%ld s#%ld hits=%ld misses=%ld/%ld\n", r, SSL_session_reused(c), SSL_session_reused(s), num(SSL_get_session(c)), num(SSL_get_session(s)), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_misses(sctx), SSL_CTX_sess_misses(cctx));
    while ((e = ERR_get_error()) != 0) printf("  error: %s\n", ERR_reason_error_string(e));
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    SSL_SESSION_free(saved);
    SSL_CTX_free(cctx); SSL_CTX_free(sctx);
}
int main(void) {
    int w;
    for (w = 1; w <= 5; w++) {
        trial(TLS1_2_VERSION, 0, w);
        trial(TLS1_2_VERSION, SSL_OP_NO_TICKET, w);
        trial(TLS1_3_VERSION, 0, w);
    }
    return 0;
}
