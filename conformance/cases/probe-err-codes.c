/* The error queue after calls that fail: library and reason codes and the
 * reason strings. ERR_get_error drains oldest first; calls that fail without
 * queuing anything leave it empty. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <string.h>

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

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL_SESSION *s = SSL_SESSION_new();
    SSL *ssl;
    unsigned char big[600];
    const unsigned char junk[4] = { 0x04, 0x02, 0x00, 0x00 };
    const unsigned char *p = junk;
    int r;
    memset(big, 7, sizeof(big));
    r = SSL_SESSION_set1_id(s, big, 33);
    printf("set1_id(33) -> %d\n", r);
    drain("set1_id");
    r = SSL_SESSION_set1_id_context(s, big, 33);
    printf("set1_id_context(33) -> %d\n", r);
    drain("set1_id_context");
    r = SSL_SESSION_set1_master_key(s, big, 513);
    printf("set1_master_key(513) -> %d\n", r);
    drain("set1_master_key");
    ssl = SSL_new(NULL);
    printf("SSL_new(NULL) -> %s\n", ssl ? "object" : "NULL");
    drain("SSL_new");
    ssl = SSL_new(ctx);
    r = SSL_shutdown(ssl);
    printf("SSL_shutdown(unconnected) -> %d\n", r);
    drain("SSL_shutdown");
    r = SSL_CTX_set_session_id_context(ctx, big, 33);
    printf("SSL_CTX_set_session_id_context(33) -> %d\n", r);
    drain("SSL_CTX_set_session_id_context");
    r = SSL_set_session_id_context(ssl, big, 33);
    printf("SSL_set_session_id_context(33) -> %d\n", r);
    drain("SSL_set_session_id_context");
    printf("d2i(junk) -> %s\n", d2i_SSL_SESSION(NULL, &p, sizeof(junk)) ? "session" : "NULL");
    drain("d2i");
    printf("SSL_CTX_new(NULL) -> %s\n", SSL_CTX_new(NULL) ? "object" : "NULL");
    drain("SSL_CTX_new");
    printf("SSL_new_session_ticket(unconnected) -> %d\n", SSL_new_session_ticket(ssl));
    drain("SSL_new_session_ticket");
    printf("two failures queued, peek last:\n");
    SSL_SESSION_set1_id(s, big, 40);
    SSL_SESSION_set1_id_context(s, big, 40);
    printf("  peek_last reason %d\n", ERR_GET_REASON(ERR_peek_last_error()));
    drain("both");
    SSL_free(ssl);
    SSL_SESSION_free(s);
    SSL_CTX_free(ctx);
    return 0;
}
