/* A context's defaults, and its reference count. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    printf("cache mode %ld (even for a client)\n", SSL_CTX_get_session_cache_mode(ctx));
    printf("cache size %ld, timeout %ld, tickets %zu\n", SSL_CTX_sess_get_cache_size(ctx),
           SSL_CTX_get_timeout(ctx), SSL_CTX_get_num_tickets(ctx));

    printf("up_ref -> %d\n", SSL_CTX_up_ref(ctx));
    printf("first free\n");
    SSL_CTX_free(ctx);                   /* one reference left */
    printf("second free\n");
    SSL_CTX_free(ctx);                   /* destroyed */
    return 0;
}
