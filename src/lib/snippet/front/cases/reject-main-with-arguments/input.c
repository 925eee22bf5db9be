#include <openssl/ssl.h>
#include <stdio.h>

int main(int argc, char **argv) { return argc; }
