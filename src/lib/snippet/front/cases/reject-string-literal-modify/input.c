#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    "abc"[0] = 'x';
    return 0;
}
