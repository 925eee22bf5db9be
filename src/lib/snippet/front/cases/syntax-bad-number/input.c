#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int x = 08;
    int y = 12abc;
    return 0;
}
