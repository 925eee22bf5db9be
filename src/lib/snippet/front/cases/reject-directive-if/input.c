#if 1
#endif
int main(void) { return 0; }
