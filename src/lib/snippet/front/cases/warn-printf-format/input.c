#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    long l = 1;
    int i = 2;
    printf("%d %s %lu\n", l, i, i);
    printf("%d %d\n", i);
    printf("%f\n", i);
    printf("%d\n", i, i);
    return 0;
}
