/* Flushing removes expired sessions from the tail of the expiry-ordered list. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static void on_remove(SSL_CTX *ctx, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld\n", (long)SSL_SESSION_get_ex_data(s, 1));
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    long expiry[3] = { 1100, 1050, 1200 };
    unsigned char id[32];
    int i;

    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    for (i = 0; i < 3; i++) {
        SSL_SESSION *s = SSL_SESSION_new();
        memset(id, i + 1, sizeof(id));
        SSL_SESSION_set1_id(s, id, sizeof(id));
        SSL_SESSION_set_time(s, 1000);
        SSL_SESSION_set_timeout(s, expiry[i] - 1000);
        SSL_CTX_add_session(ctx, s);
        SSL_SESSION_free(s);           /* the cache keeps the only reference */
    }
    printf("flush(1050)\n");
    SSL_CTX_flush_sessions(ctx, 1050); /* expires at 1050: still valid */
    printf("flush(1101)\n");
    SSL_CTX_flush_sessions(ctx, 1101);
    printf("left: %ld\n", SSL_CTX_sess_number(ctx));
    printf("flush(0)\n");
    SSL_CTX_flush_sessions(ctx, 0);    /* 0 removes everything */
    printf("left: %ld\n", SSL_CTX_sess_number(ctx));
    SSL_CTX_free(ctx);
    return 0;
}
