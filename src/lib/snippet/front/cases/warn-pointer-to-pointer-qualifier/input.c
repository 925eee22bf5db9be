#include <openssl/ssl.h>

int main(void) {
    unsigned char buf[64], *p = buf;
    SSL_SESSION *s = d2i_SSL_SESSION(NULL, &p, 64);
    SSL_SESSION_free(s);
    return 0;
}
