#define NAME foo
int main(void) { return 0; }
