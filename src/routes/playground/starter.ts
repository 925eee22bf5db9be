/** The program a first-time visitor sees: the classic delayed failure, in a dozen lines. */
export const STARTER = `/* One SSL_SESSION_free too many on a cached session.
 * Nothing goes wrong at the extra free: the cache still lists the
 * session, and the failure comes later, when the cache walks into it.
 * Press Run, then step back and forth and watch the references. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    unsigned char id[32];
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *a = SSL_SESSION_new();
    SSL_SESSION *b = SSL_SESSION_new();

    memset(id, 1, sizeof(id));
    SSL_SESSION_set1_id(a, id, sizeof(id));
    memset(id, 2, sizeof(id));
    SSL_SESSION_set1_id(b, id, sizeof(id));

    SSL_CTX_add_session(ctx, a);    /* the cache takes its own reference */
    SSL_SESSION_free(a);            /* fine: we drop ours, the cache keeps a */
    SSL_SESSION_free(a);            /* BUG: this releases the cache's reference */
    printf("cached sessions: %ld\\n", SSL_CTX_sess_number(ctx));

    SSL_CTX_sess_set_cache_size(ctx, 2);
    SSL_CTX_add_session(ctx, b);    /* full: evicts the tail, which is freed memory */
    printf("not reached\\n");
    return 0;
}
`;
