#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int helper(int);
    return 0;
}
