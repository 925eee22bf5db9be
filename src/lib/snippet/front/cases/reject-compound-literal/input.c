#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int *p = (int[]){ 1, 2 };
    return 0;
}
