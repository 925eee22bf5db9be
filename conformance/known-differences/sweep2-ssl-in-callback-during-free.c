/* Sweep 2 (callbacks calling cache APIs): the last SSL_free of an SSL whose
 * context dies with it flushes the cache; a remove_session_cb that uses that
 * SSL (here SSL_has_matching_session_id) reads an object that is being
 * destroyed but not yet freed in real OpenSSL (its lock is the one the flush
 * holds, so the lookup returns 0). The simulator marks the SSL destroyed when
 * SSL_free starts and reports a use-after-free in the callback (line 16). */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static SSL *probe;
static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    unsigned char id[32];
    memset(id, 1, sizeof(id));
    printf("[remove_cb] #%ld matching=%d\n", num(s), SSL_has_matching_session_id(probe, id, 32));
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char id[32];
    memset(id, 1, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    probe = SSL_new(ctx);
    SSL_CTX_add_session(ctx, s);
    SSL_SESSION_free(s);
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    SSL_CTX_free(ctx);
    printf("context released by the application; the SSL holds it\n");
    SSL_free(probe);
    printf("end\n");
    return 0;
}
