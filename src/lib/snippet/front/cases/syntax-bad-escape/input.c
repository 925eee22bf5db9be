#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    printf("\q");
    char c = 'ab';
    return 0;
}
