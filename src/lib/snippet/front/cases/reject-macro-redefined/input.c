#define N 1
#define N 2
int main(void) { return N; }
