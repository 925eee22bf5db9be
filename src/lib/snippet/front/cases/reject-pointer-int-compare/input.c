#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL *s = NULL;
    if (s == 5) return 1;
    return 0;
}
