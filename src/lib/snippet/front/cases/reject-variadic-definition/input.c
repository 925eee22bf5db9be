#include <openssl/ssl.h>
#include <stdio.h>

static int sum(int n, ...) { return n; }
int main(void) { return sum(1, 2); }
