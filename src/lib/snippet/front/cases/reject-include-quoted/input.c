#include "mine.h"
int main(void) { return 0; }
