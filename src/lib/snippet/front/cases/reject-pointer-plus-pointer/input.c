#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    unsigned char b[4];
    unsigned char *p = b, *q = b;
    long d = p + q;
    long e = p * 2;
    return 0;
}
