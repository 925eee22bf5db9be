#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int grid[2][3];
    return 0;
}
