#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL *s = new SSL;
    return 0;
}
