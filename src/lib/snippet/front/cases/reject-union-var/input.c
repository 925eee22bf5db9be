#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    union u { int a; long b; } v;
    return 0;
}
