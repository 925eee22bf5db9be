#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    bool ok = 1;
    return 0;
}
