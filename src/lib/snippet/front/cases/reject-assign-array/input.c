#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    char a[4], b[4];
    a = b;
    return 0;
}
