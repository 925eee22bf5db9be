#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL s;
    return 0;
}
