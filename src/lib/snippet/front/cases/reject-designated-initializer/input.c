#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int a[3] = { [1] = 5 };
    return 0;
}
