#include <openssl/ssl.h>
#include <stdio.h>

static void f(void) { return 1; }
static int g(void) { return; }
int main(void) { f(); return g(); }
