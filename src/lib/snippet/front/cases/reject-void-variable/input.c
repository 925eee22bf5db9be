#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    void v;
    return 0;
}
