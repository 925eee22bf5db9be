#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int a[2] = {1, 2, 3};
    char s[3] = "abcd";
    return 0;
}
