#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    double d = 1.5;
    return 0;
}
