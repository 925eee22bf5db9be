#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int x = { 1, 2 };
    return 0;
}
