/* Plain C the dialect promises, checked against gcc: globals and static
 * locals, arrays of pointers, switch with fall-through, do/while, recursion,
 * pointer arithmetic on byte buffers, calloc/realloc/memcpy/memcmp/strcmp.
 * Two counter() calls in one printf run right to left, like gcc's. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT 4
static int calls;
static const char *names[3] = { "zero", "one", "two" };
static long table[COUNT] = { 10, 20, 30 };

static int counter(void) {
    static int n = 100;
    calls++;
    return n++;
}
static long fact(int k) { return k <= 1 ? 1 : k * fact(k - 1); }
static const char *kind(int v) {
    switch (v) {
    case 0:
        return "zero";
    case 1:
    case 2:
        return "small";
    default:
        break;
    }
    return "big";
}

int main(void) {
    SSL_SESSION *kept[COUNT];
    unsigned char *buf = calloc(8, 1);
    unsigned char copy[8];
    unsigned char *p;
    int i = 0, total = 0, fall = 0;
    for (int j = 0; j < COUNT; j++)
        kept[j] = SSL_SESSION_new();
    do {
        total += (int)table[i];
        i++;
    } while (i < COUNT);
    printf("total %d table[3] %ld names %s %s\n", total, table[3], names[1], names[2]);
    printf("counter %d %d calls %d\n", counter(), counter(), calls);
    printf("fact %ld %ld\n", fact(10), fact(20));
    printf("kind %s %s %s %s\n", kind(0), kind(2), kind(7), kind(-1));
    switch (3) {
    case 3:
        fall++;
    case 4:
        fall += 10;
        break;
    case 5:
        fall += 100;
    }
    printf("fall %d\n", fall);
    for (p = buf; p < buf + 8; p++)
        *p = (unsigned char)(p - buf) * 3;
    memcpy(copy, buf, sizeof(copy));
    buf = realloc(buf, 16);
    buf[15] = 0xee;
    printf("buf %d %d %d memcmp %d strcmp %d %d\n", buf[2], buf[7], buf[15], memcmp(copy, buf, 8),
           strcmp("abc", "abd") < 0, strcmp("same", "same"));
    printf("sizeof %d %d %d\n", (int)sizeof(copy), (int)sizeof(kept), (int)sizeof(long long));
    for (i = COUNT - 1; i >= 0; i--) {
        if (i == 2)
            continue;
        SSL_SESSION_free(kept[i]);
    }
    SSL_SESSION_free(kept[2]);
    free(buf);
    return 0;
}
