#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int x = 1;
    long x = 2;
    return 0;
}
