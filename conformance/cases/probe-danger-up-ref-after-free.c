/* MISTAKE: "reviving" a destroyed session with SSL_SESSION_up_ref. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    SSL_SESSION *copy = SSL_SESSION_dup(s);
    SSL_SESSION_free(s);
    printf("freed the original, copy resumable %d\n", SSL_SESSION_is_resumable(copy));
    SSL_SESSION_up_ref(s);
    printf("not reached in the simulation\n");
    SSL_SESSION_free(copy);
    return 0;
}
