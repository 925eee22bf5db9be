#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    widget *w = NULL;
    return 0;
}
