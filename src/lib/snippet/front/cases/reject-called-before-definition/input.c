#include <stdio.h>

int main(void) {
    return helper(2);
}

static int helper(int x) { return x + 1; }
