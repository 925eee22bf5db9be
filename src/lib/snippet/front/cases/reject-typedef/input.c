#include <openssl/ssl.h>
#include <stdio.h>

typedef int myint;
int main(void) { return 0; }
