#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    if (1) {
        return 0;
}
