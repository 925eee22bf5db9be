/* The protocol version is part of a session's cache key. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    printf("new session: version 0x%x\n", SSL_SESSION_get_protocol_version(s));
    printf("set TLS 1.2 -> %d\n", SSL_SESSION_set_protocol_version(s, TLS1_2_VERSION));
    printf("version 0x%x\n", SSL_SESSION_get_protocol_version(s));
    printf("set TLS 1.3 -> %d\n", SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION));
    printf("version 0x%x\n", SSL_SESSION_get_protocol_version(s));
    SSL_SESSION_free(s);
    return 0;
}
