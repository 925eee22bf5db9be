#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int inner(void) { return 1; }
    return 0;
}
