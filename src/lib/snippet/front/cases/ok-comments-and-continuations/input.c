/* leading
   comment */
#include <stdio.h> // trailing comment
#define LONG_VALUE \
    (1 + 2)
// #include <nothing.h> in a comment
int main(void) { /* #define */ return LONG_VALUE - 3; // done
}
