/* Every construct of the dialect, compiled without a diagnostic. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define N 8
#define MASK (N - 1)
#define BOTH SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER

static int counter;
static const char *const names[3] = { "zero", "one", "two" };
unsigned char table[N] = { 1, 2, 3 };
static char greeting[] = "hello";
long big = 0x7fffffffffffffffL;
unsigned long long huge = 18446744073709551615ULL;
SSL_SESSION *kept[8];

static long square(long x) { return x * x; }
static void bump(int *p) { (*p)++; }
static int classify(int v);

static int classify(int v)
{
    switch (v & MASK) {
    case 0:
        return 0;
    case 1:
    case 2:
        v += 10;
        break;
    default:
        v = -v;
    }
    return v;
}

int main(void)
{
    int i, j = 0, *pj = &j;
    unsigned int u = 3u;
    short sh = -2;
    unsigned short ush = 65535;
    signed char sc = -1;
    char c = 'A', nl = '\n', hex = '\x41', oct = '\101';
    long l = -5L;
    long long ll = 1LL << 40;
    size_t z = sizeof(table) / sizeof(table[0]);
    time_t now = time(NULL);
    uint8_t b8 = 255;
    uint32_t b32 = 0xffffffffU;
    uint64_t b64 = (uint64_t)1 << 63;
    unsigned char buf[32], *p = buf;
    const unsigned char *cp = buf;
    unsigned char **pp = &p;
    SSL_CTX *ctx = SSL_CTX_new(TLS_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new(), **sp = &s;
    char *heap;

    for (i = 0; i < N; i++)
        table[i] = (unsigned char)(i * 3 + 1);
    for (int k = 0, m = 2; k < m; k++, m--)
        counter += k;
    while (j < 5)
        j++;
    do {
        j--;
    } while (j > 0 && !(j == 3) || j < -10);
    if (c == 'A')
        bump(&counter);
    else if (c != 'B') {
        counter = counter ? counter : 1;
    } else
        ;
    for (;;) {
        if (++j > 3)
            break;
        if (j % 2)
            continue;
    }
    memset(buf, 0, sizeof buf);
    memcpy(buf, "abc", 3);
    p = buf + 2;
    p -= 1;
    p++;
    --p;
    l = p - buf;
    i = p[0] + *(p + 1) + *cp + **pp;
    u <<= 2;
    u >>= 1;
    u |= 0x10;
    u &= ~0x1u;
    u ^= 3;
    j *= 2;
    j /= 2;
    j %= 5;
    j = -j + +j - (j << 2) + (j >> 1);
    i = (j < 1) + (j <= 1) + (j > 1) + (j >= 1) + (i & 1) + (i ^ 1) + (i | 1);
    b8 += 1;
    b32 = b32 + 1;
    b64 = b64 >> 1;
    ll = ll * 3 / 2 % 1000;
    sh = (short)(sh * 2);
    ush = (unsigned short)(ush + 1);
    sc = (signed char)(sc - 1);
    l = square(l) + (long)SSL_SESSION_get_ex_data(s, 1) + sizeof(int) + sizeof(SSL_SESSION *);
    heap = malloc(16);
    if (heap == NULL)
        return 1;
    heap[0] = greeting[0];
    free(heap);
    SSL_SESSION_set1_id(s, buf, sizeof(buf));
    SSL_SESSION_set1_hostname(s, "example.com");
    SSL_CTX_set_session_cache_mode(ctx, BOTH);
    kept[0] = *sp;
    printf("%d %i %u %ld %lu %lld %llu %zu %x %lx %02x %c %s %p %%\n", i, j, u, l, (unsigned long)l, ll, huge, z, u, (long)u, b8, c, names[1], (void *)ctx);
    printf("%5d|%-5d|%.3s|%*d\n", i, j, "abcdef", 4, j);
    fprintf(stderr, "%s%c", classify(j) > 0 ? "pos" : "neg", nl);
    puts(greeting);
    putchar(hex + oct - 'A');
    i = strlen(greeting) > 3 && strcmp(names[0], "zero") == 0 || memcmp(buf, table, 2) != 0;
    (void)now;
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    if (counter < 0)
        exit(2);
    return big > 0 ? 0 : 1;
}
