/* MISTAKE: the id pointer from SSL_SESSION_get_id lives inside the session;
 * after the last SSL_SESSION_free, reading through it is a use-after-free. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char id[8];
    const unsigned char *p;
    unsigned int len;
    memset(id, 0x42, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    p = SSL_SESSION_get_id(s, &len);
    printf("len %u first %02x\n", len, p[0]);
    SSL_SESSION_free(s);
    printf("freed\n");
    printf("first byte now %02x\n", p[0]);
    return 0;
}
