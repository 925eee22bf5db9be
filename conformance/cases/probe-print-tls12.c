/* SSL_SESSION_print_fp of hand-built sessions: TLS 1.2 (Master-Key line, no
 * Max Early Data), a ticket with lifetime hint (built from DER), SSL 3.0 /
 * TLS 1.0 / TLS 1.1 protocol names, an unknown protocol, no cipher, time 0
 * and timeout 0, and SSL_SESSION_print on a memory BIO. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new();
    SSL_SESSION *t;
    unsigned char key[48];
    unsigned char id[4] = { 0xca, 0xfe, 0x00, 0x01 };
    /* TLS 1.2, cipher C02F, id 0102, key AABB, time 1700000000, timeout 300,
     * id ctx "x", verify result 0 (absent), ticket hint 7200, ticket 0A0B0C */
    static const unsigned char der[] = {
        0x30, 0x33, 0x02, 0x01, 0x01, 0x02, 0x02, 0x03, 0x03, 0x04, 0x02, 0xc0, 0x2f,
        0x04, 0x02, 0x01, 0x02, 0x04, 0x02, 0xaa, 0xbb,
        0xa1, 0x06, 0x02, 0x04, 0x65, 0x53, 0xf1, 0x00,
        0xa2, 0x04, 0x02, 0x02, 0x01, 0x2c,
        0xa4, 0x03, 0x04, 0x01, 0x78,
        0xa9, 0x04, 0x02, 0x02, 0x1c, 0x20,
        0xaa, 0x05, 0x04, 0x03, 0x0a, 0x0b, 0x0c
    };
    const unsigned char *p = der;
    int i;
    memset(key, 0x5a, sizeof(key));
    SSL_SESSION_set_protocol_version(s, TLS1_2_VERSION);
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, (const unsigned char *)"\xc0\x2f"));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    SSL_SESSION_set1_id_context(s, (const unsigned char *)"ctx", 3);
    SSL_SESSION_set1_master_key(s, key, sizeof(key));
    SSL_SESSION_set_time(s, 1700000000);
    SSL_SESSION_set_timeout(s, 7200);
    SSL_SESSION_set1_hostname(s, "example.org");
    printf("print_fp -> %d\n", SSL_SESSION_print_fp(stdout, s));
    t = d2i_SSL_SESSION(NULL, &p, sizeof(der));
    printf("d2i %s\n", t ? "ok" : "failed");
    if (t != NULL) {
        printf("print_fp -> %d\n", SSL_SESSION_print_fp(stdout, t));
        SSL_SESSION_free(t);
    }
    for (i = 0; i < 5; i++) {
        static const int versions[5] = { 0x0300, 0x0301, 0x0302, 0x0304, 0x0505 };
        SSL_SESSION_set_protocol_version(s, versions[i]);
        SSL_SESSION_set_time(s, 0);
        SSL_SESSION_set_timeout(s, 0);
        if (i == 4)
            SSL_SESSION_set_cipher(s, NULL);
        printf("-- version 0x%x\n", versions[i]);
        SSL_SESSION_print_fp(stdout, s);
    }
    printf("print_fp(NULL session) -> %d\n", SSL_SESSION_print_fp(stdout, NULL));
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
