#include <openssl/ssl.h>
#include <stdio.h>

static void apply(void (*f)(SSL *), SSL *s) { f(s); }
int main(void) { return 0; }
