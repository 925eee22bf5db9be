#include <openssl/ssl.h>
#include <stdio.h>

static int helper(int);
int main(void) { return helper(1); }
