/* MISTAKE: adding a destroyed session to a cache: SSL_CTX_add_session takes a
 * reference on the freed object, error at that line. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char id[32];
    memset(id, 9, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    SSL_SESSION_free(s);
    printf("session freed, number %ld\n", SSL_CTX_sess_number(ctx));
    SSL_CTX_add_session(ctx, s);
    printf("not reached in the simulation\n");
    return 0;
}
