#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    const int limit = 3;
    limit = 4;
    const char *msg = "hi";
    msg[0] = 'H';
    return 0;
}
