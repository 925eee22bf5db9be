#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    const char *c = "x";
    char *q = c;
    unsigned char *u = q;
    return 0;
}
