#include <openssl/ssl.h>
#include <stdio.h>

static int helper(void) { return 1; }
