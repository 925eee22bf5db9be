#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    unsigned SSL *s;
    return 0;
}
