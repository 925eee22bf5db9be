/* Resumable means: has an id or a ticket, and was never removed from a cache. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char id[4] = { 1, 2, 3, 4 };

    printf("fresh: %d\n", SSL_SESSION_is_resumable(s));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    printf("with an id: %d\n", SSL_SESSION_is_resumable(s));
    /* removing marks the session, even though it was never cached */
    printf("remove_session -> %d\n", SSL_CTX_remove_session(ctx, s));
    printf("after remove: %d\n", SSL_SESSION_is_resumable(s));

    SSL_SESSION_free(s);
    SSL_CTX_free(ctx);
    return 0;
}
