#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    volatile int x = 0;
    return 0;
}
