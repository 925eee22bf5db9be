#include <openssl/ssl.h>
#include <stdio.h>

static long base = 5;
static long twice = base * 2;
int main(void) { return 0; }
