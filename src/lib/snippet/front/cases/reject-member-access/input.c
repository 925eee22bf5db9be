#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL *s = NULL;
    int v = s->version;
    return 0;
}
