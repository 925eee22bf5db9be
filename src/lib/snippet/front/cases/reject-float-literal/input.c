#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    long x = 1.5;
    return 0;
}
