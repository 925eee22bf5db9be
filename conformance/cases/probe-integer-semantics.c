/* C integer semantics the interpreter must reproduce (LP64, gcc x86-64):
 * unsigned wrap-around, conversions that truncate, char signedness, shifts,
 * division and remainder of negatives, 64-bit values near the limits. */
#include <stdio.h>

int main(void) {
    unsigned char uc = (unsigned char)300;
    char c = (char)200;
    short sh = (short)70000;
    unsigned int u = 0;
    int i = 7;
    long l = 0x7fffffffffffffffL;
    unsigned long ul = 0;
    long long ll = 1LL << 62;
    u = u - 1;
    ul = ul - 1;
    printf("uc %d c %d sh %d u %u ul %lu\n", uc, c, sh, u, ul);
    printf("div %d %d %d %d\n", -7 / 2, -7 % 2, 7 / -2, 7 % -2);
    printf("shift %d %u %ld %lld\n", i << 3, 0x80000000u >> 31, 1L << 40, ll >> 61);
    printf("l %ld l-2000 %ld l/3 %ld l%%1000 %ld\n", l, l - 2000, l / 3, l % 1000);
    printf("l+1 wraps as unsigned: %lu\n", (unsigned long)l + 1);
    printf("mix %ld %d %u\n", (long)(int)0x80000000u, (int)3000000000u, (unsigned)-1);
    printf("compare %d %d %d\n", -1 < 0u, (long)-1 < 0L, (unsigned char)-1 == 255);
    printf("logic %d %d %d %d\n", 5 && 0, 5 || 0, !7, ~0);
    printf("bits %x %x %x\n", 0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f);
    i = 10;
    i += 5; i -= 3; i *= 4; i /= 5; i %= 7; i <<= 2; i >>= 1; i |= 1; i &= 0xd; i ^= 3;
    printf("compound %d\n", i);
    printf("cond %d\n", i > 3 ? 10 : 20);
    return 0;
}
