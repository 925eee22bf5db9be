#include <openssl/ssl.h>
#include <stdio.h>

struct point { int x; };
int main(void) { return 0; }
