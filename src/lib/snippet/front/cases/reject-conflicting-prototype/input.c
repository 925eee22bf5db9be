#include <openssl/ssl.h>
#include <stdio.h>

static int helper(int x);
static long helper(int x) { return x; }
int main(void) { return 0; }
