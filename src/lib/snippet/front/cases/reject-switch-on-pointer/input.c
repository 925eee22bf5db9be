#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL *s = NULL;
    switch (s) { default: break; }
    return 0;
}
