#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    unsigned long n = sizeof(SSL_SESSION);
    return 0;
}
