#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int a[0];
    int b[-1];
    return 0;
}
