/* The SSL-level stores and macro aliases: SSL_get/set_time(out), quiet shutdown (the int mode is
 * kept as given: 5 reads back 5), num_tickets, max_early_data, verify mode, proto bounds, copied at
 * SSL_new and then independent of the SSL_CTX. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *ssl;
    SSL_SESSION *s = SSL_SESSION_new();
    long t0 = SSL_get_time(s);
    int r;
    printf("timeout %ld\n", SSL_get_timeout(s));
    r = SSL_set_timeout(s, 100);
    printf("set_timeout %d %ld\n", r, SSL_get_timeout(s));
    r = SSL_set_time(s, t0 - 50);
    printf("set_time returns t %d, %ld\n", r == (int)(t0 - 50), t0 - SSL_get_time(s));
    printf("null %ld %ld %ld %ld\n", SSL_get_time(NULL), SSL_get_timeout(NULL), SSL_set_time(NULL, 1), SSL_set_timeout(NULL, 1));
    printf("ctx quiet %d\n", SSL_CTX_get_quiet_shutdown(ctx));
    SSL_CTX_set_quiet_shutdown(ctx, 5);
    printf("ctx quiet %d\n", SSL_CTX_get_quiet_shutdown(ctx));
    SSL_CTX_set_num_tickets(ctx, 4);
    SSL_CTX_set_max_early_data(ctx, 1000);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE, NULL);
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    ssl = SSL_new(ctx);
    printf("ssl quiet %d tickets %zu early %u verify %d min %d max %d\n", SSL_get_quiet_shutdown(ssl), SSL_get_num_tickets(ssl),
           SSL_get_max_early_data(ssl), SSL_get_verify_mode(ssl), SSL_get_min_proto_version(ssl), SSL_get_max_proto_version(ssl));
    SSL_set_quiet_shutdown(ssl, 0);
    r = SSL_set_num_tickets(ssl, 0);
    printf("set tickets %d\n", r);
    r = SSL_set_max_early_data(ssl, 0xFFFFFFFFu);
    printf("set early %d\n", r);
    SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
    r = SSL_set_min_proto_version(ssl, TLS1_3_VERSION);
    printf("set min %d\n", r);
    r = SSL_set_max_proto_version(ssl, 0x0200);
    printf("set max bad %d\n", r);
    printf("ssl quiet %d tickets %zu early %u verify %d min %d max %d ctxverify %d early %u\n", SSL_get_quiet_shutdown(ssl), SSL_get_num_tickets(ssl),
           SSL_get_max_early_data(ssl), SSL_get_verify_mode(ssl), SSL_get_min_proto_version(ssl), SSL_get_max_proto_version(ssl),
           SSL_CTX_get_verify_mode(ctx), SSL_CTX_get_max_early_data(ctx));
    printf("ctx tickets %zu\n", SSL_CTX_get_num_tickets(ctx));
    SSL_free(ssl);
    SSL_SESSION_free(s);
    SSL_CTX_free(ctx);
    return 0;
}
