#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    printf(L"wide");
    return 0;
}
