#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int n = 4;
    unsigned char buf[n];
    return 0;
}
