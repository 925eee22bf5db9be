/* printf conversions the dialect promises, with flags, width and precision,
 * as glibc prints them. */
#include <stdio.h>
#include <string.h>

int main(void) {
    long big = 9223372036854775807L;
    long neg = -9223372036854775807L - 1;
    unsigned long ubig = 18446744073709551615UL;
    long long ll = -1234567890123LL;
    size_t z = 48;
    int i = -42;
    unsigned int u = 4294967295U;
    const char *s = "session";
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%i]\n", i, i, i, i, 42, 42, 7);
    printf("[%u] [%x] [%X] [%08x] [%#x] [%lx]\n", u, 255u, 255u, 0xbeefu, 255u, 0x1234abcdL);
    printf("[%ld] [%ld] [%lu] [%lld] [%llu]\n", big, neg, ubig, ll, (unsigned long long)ll);
    printf("[%zu] [%3zu] [%c] [%c%c] [%%]\n", z, z, 'A', 'o', 'k');
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.4s] [%-10.2s]\n", s, s, s, s, s, s);
    printf("[%02x%02x%02x] [%p]\n", 0xde, 0x0, 0xff, (void *)NULL);
    printf("[%5.2d] [%.0d] [%.3d] [%-+6d]\n", 7, 0, 5, 3);
    printf("[%lu] [%d]\n", (unsigned long)strlen(s), (int)sizeof(long));
    puts("puts adds a newline");
    putchar('x');
    putchar('\n');
    fprintf(stdout, "fprintf to stdout %d\n", 1);
    return 0;
}
