/* SSL_CTX_add_session with a NULL session is not checked: a NULL
 * dereference inside the library, reported at the call's line. The NULL
 * checks that do exist come first (remove and flush of an empty cache). */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    printf("remove(NULL) -> %d\n", SSL_CTX_remove_session(ctx, NULL));
    SSL_CTX_flush_sessions(ctx, 0);
    printf("flush of an empty cache done\n");
    printf("add(NULL) -> %d\n", SSL_CTX_add_session(ctx, NULL));
    printf("not reached\n");
    SSL_CTX_free(ctx);
    return 0;
}
