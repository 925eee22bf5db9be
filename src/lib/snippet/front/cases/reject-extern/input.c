#include <openssl/ssl.h>
#include <stdio.h>

extern int counter;
int main(void) { return 0; }
