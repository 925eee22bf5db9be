#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int x = 1;
    x + 1 = 2;
    (x + 1)++;
    return 0;
}
