#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    void (*fp)(SSL *) = SSL_free;
    return 0;
}
