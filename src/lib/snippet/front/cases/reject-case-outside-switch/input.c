#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    case 1: ;
    return 0;
}
