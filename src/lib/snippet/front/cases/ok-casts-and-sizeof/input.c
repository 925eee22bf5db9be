#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    unsigned char buf[16];
    const unsigned char *q = buf;
    long n = (long)(q - buf) + (long)sizeof(buf) - (long)sizeof buf + (long)sizeof(unsigned char *);
    int i = (int)n, j = (unsigned char)-1, k = (int)(unsigned char)(i >> 8);
    void *v = (void *)buf;
    unsigned char *u = (unsigned char *)v;
    size_t z = (size_t)-1;
    (void)u;
    printf("%ld %d %d %d %zu\n", n, i, j, k, z);
    return 0;
}
