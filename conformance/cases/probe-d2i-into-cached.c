/* d2i_SSL_SESSION into a session that is in the cache (same id): the object
 * is overwritten in place (no events, still cached, same count), but the list
 * is not re-sorted, so a later flush with a time stops at it although older
 * entries behind it have expired. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }
static void on_remove(SSL_CTX *c, SSL_SESSION *s) {
    printf("  [remove_cb] #%ld time %ld timeout %ld\n", num(s), SSL_SESSION_get_time(s), SSL_SESSION_get_timeout(s));
}
static SSL_SESSION *mk(unsigned char tag, long t, long timeout) {
    unsigned char id[32];
    SSL_SESSION *s = SSL_SESSION_new();
    memset(id, tag, sizeof(id));
    SSL_SESSION_set1_id(s, id, sizeof(id));
    SSL_SESSION_set_time(s, t);
    SSL_SESSION_set_timeout(s, timeout);
    SSL_SESSION_set_protocol_version(s, TLS1_2_VERSION);
    return s;
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *ssl = SSL_new(ctx);
    unsigned char id[32];
    unsigned char *der = NULL;
    const unsigned char *p;
    SSL_SESSION *a, *b, *c, *image, *r;
    int len;
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    a = mk(1, 1000, 100);
    b = mk(2, 1000, 200);
    c = mk(3, 1000, 300);
    SSL_SESSION_set_cipher(a, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x01"));
    SSL_SESSION_set_cipher(b, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x01"));
    SSL_SESSION_set_cipher(c, SSL_CIPHER_find(ssl, (const unsigned char *)"\x13\x01"));
    SSL_CTX_add_session(ctx, a);
    SSL_CTX_add_session(ctx, b);
    SSL_CTX_add_session(ctx, c);
    printf("a=#%ld b=#%ld c=#%ld number %ld\n", num(a), num(b), num(c), SSL_CTX_sess_number(ctx));
    printf(">> encode a copy of a with time 1000, timeout 5000 (same id)\n");
    image = SSL_SESSION_dup(a);
    SSL_SESSION_set_timeout(image, 5000);
    len = i2d_SSL_SESSION(image, &der);
    printf("i2d -> %d\n", len);
    p = der;
    r = d2i_SSL_SESSION(&a, &p, len);
    printf("d2i into a -> same object %d, advanced %ld, a timeout %ld, number %ld, resumable %d\n", r == a,
           (long)(p - der), SSL_SESSION_get_timeout(a), SSL_CTX_sess_number(ctx), SSL_SESSION_is_resumable(a));
    memset(id, 1, sizeof(id));
    printf("matching id of a: %d\n", SSL_has_matching_session_id(ssl, id, 32));
    printf(">> flush(1250): a (now 6000) is still at the tail, the walk stops there\n");
    SSL_CTX_flush_sessions(ctx, 1250);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    printf(">> set_timeout(a, 100) re-sorts; flush(1250) again\n");
    SSL_SESSION_set_timeout(a, 100);
    SSL_CTX_flush_sessions(ctx, 1250);
    printf("number %ld\n", SSL_CTX_sess_number(ctx));
    OPENSSL_free(der);
    SSL_SESSION_free(image);
    SSL_SESSION_free(a);
    SSL_SESSION_free(b);
    SSL_SESSION_free(c);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
