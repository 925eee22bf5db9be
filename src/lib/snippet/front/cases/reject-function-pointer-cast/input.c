#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    void *v = (void (*)(SSL *))SSL_free;
    return 0;
}
