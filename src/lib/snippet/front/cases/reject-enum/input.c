#include <openssl/ssl.h>
#include <stdio.h>

enum color { RED, GREEN };
int main(void) { return 0; }
