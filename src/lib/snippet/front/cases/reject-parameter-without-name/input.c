#include <openssl/ssl.h>
#include <stdio.h>

static int f(int) { return 0; }
int main(void) { return f(1); }
