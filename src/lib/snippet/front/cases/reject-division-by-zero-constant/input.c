#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int a[4 / 0];
    return 0;
}
