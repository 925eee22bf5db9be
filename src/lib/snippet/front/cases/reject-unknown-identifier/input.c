#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int x = undefined_thing + 1;
    return 0;
}
