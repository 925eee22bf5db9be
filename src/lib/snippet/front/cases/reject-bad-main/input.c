#include <openssl/ssl.h>
#include <stdio.h>

void main(void) { }
