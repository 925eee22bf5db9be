/* Sweep 2 (printf formatting): a 32-bit argument printed with a 64-bit
 * conversion (%ld %lu %lld %zu %lx). gcc -O0 on x86-64 passes it in a 64-bit
 * slot: the first five variadic arguments of printf (four of fprintf) go in
 * registers written with 32-bit moves, later ones are pushed the same way, so
 * the upper half is zero (-1 prints as 4294967295) -- except an integer
 * constant on the stack, pushed as a sign-extended immediate. Conversions of
 * 32 bits or fewer (%d %u %x %c) read the value itself. */
#include <openssl/ssl.h>
#include <stdio.h>

static int minus_nine(void) { return -9; }

int main(void) {
    int neg = -1, pos = 42;
    char ch = -2;
    unsigned char uc = 250;
    short sh = -4;
    long big = 5000000000L;
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *ssl = SSL_new(ctx);
    printf("[%ld] [%ld] [%lu] [%lld] [%zu]\n", neg, pos, neg, neg, neg);
    printf("[%ld] [%ld] [%ld] [%lx] [%ld]\n", ch, uc, sh, sh, neg * 2);
    printf("[%d] [%u] [%x] [%d %u]\n", big, big, big, neg, neg);
    printf("%ld %ld %ld %ld %ld | %ld %ld %ld %ld\n", -1, -2, -3, -4, -5, -6, neg, minus_nine(), (short)-7);
    fprintf(stdout, "%lx %lx %lx %lx | %lx %lx\n", -1, -1, -1, -1, -1, neg);
    printf("shutdown on an unconnected SSL: %ld, as int %d\n", SSL_shutdown(ssl), SSL_shutdown(ssl));
    ERR_clear_error();
    printf("number %d, mode %ld\n", SSL_CTX_sess_number(ctx), SSL_CTX_get_session_cache_mode(ctx));
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
