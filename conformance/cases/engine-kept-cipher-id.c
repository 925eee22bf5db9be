/* OpenSSL keeps cipher_id apart from the cipher pointer: d2i (also of a stateless ticket) and a
 * resuming client set it; SSL_SESSION_set_cipher(s, NULL) clears only the pointer, and then
 * SSL_SESSION_print shows cipher_id in hex and i2d still encodes it. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <string.h>

static void show(const char *tag, SSL_SESSION *s) {
    SSL_SESSION *d = SSL_SESSION_dup(s);
    BIO *b = BIO_new(BIO_s_mem());
    char buf[4096];
    int n, len;
    const char *p;
    SSL_SESSION_set_cipher(d, NULL);
    len = i2d_SSL_SESSION(d, NULL);
    SSL_SESSION_print(b, d);
    n = BIO_read(b, buf, sizeof(buf) - 1);
    buf[n > 0 ? n : 0] = 0;
    p = NULL;
    for (int i = 0; i + 11 < n; i++)
        if (memcmp(buf + i, "Cipher    :", 11) == 0) { p = buf + i; break; }
    printf("%s: i2d=%d %.*s\n", tag, len > 0, p ? 20 : 0, p ? p : "");
    BIO_free(b);
    SSL_SESSION_free(d);
}

static void run(int v) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    SSL_SESSION *cs, *ss;
    SSL_CTX_set_max_proto_version(cctx, v);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    c = SSL_new(cctx); s = SSL_new(sctx);
    connect_pair(c, s);
    cs = SSL_get1_session(c); ss = SSL_get1_session(s);
    show("full client", cs);
    show("full server", ss);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    c = SSL_new(cctx); s = SSL_new(sctx);
    SSL_set_session(c, cs);
    printf("resumed %d\n", connect_pair(c, s) && SSL_session_reused(c));
    show("old client", cs);
    show("resumed client", SSL_get_session(c));
    show("resumed server", SSL_get_session(s));
    show("old server", ss);
    shutdown_pair(c, s);
    SSL_free(c); SSL_free(s);
    SSL_SESSION_free(cs); SSL_SESSION_free(ss);
    SSL_CTX_free(sctx); SSL_CTX_free(cctx);
}

int main(void) {
    SSL_SESSION *a = SSL_SESSION_new(), *b;
    unsigned char buf[512], *p = buf;
    const unsigned char *q = buf;
    int len;
    SSL_CTX *x = SSL_CTX_new(TLS_method());
    SSL *y = SSL_new(x);
    SSL_SESSION_set_cipher(a, SSL_CIPHER_find(y, (const unsigned char *)"\xc0\x2c"));
    SSL_SESSION_set1_id(a, (const unsigned char *)"abc", 3);
    SSL_SESSION_set_protocol_version(a, TLS1_2_VERSION);
    show("set_cipher", a);
    len = i2d_SSL_SESSION(a, &p);
    b = d2i_SSL_SESSION(NULL, &q, len);
    show("d2i", b);
    SSL_SESSION_set_cipher(b, NULL);
    printf("get0 null %d\n", SSL_SESSION_get0_cipher(b) == NULL);
    SSL_SESSION_set_cipher(b, SSL_CIPHER_find(y, (const unsigned char *)"\x13\x01"));
    SSL_SESSION_set_cipher(b, NULL);
    show("d2i set other then null", b);
    SSL_SESSION_free(a); SSL_SESSION_free(b); SSL_free(y); SSL_CTX_free(x);
    run(TLS1_2_VERSION);
    run(TLS1_3_VERSION);
    return 0;
}
