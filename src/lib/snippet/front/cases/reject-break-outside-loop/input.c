#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    break;
    continue;
    return 0;
}
