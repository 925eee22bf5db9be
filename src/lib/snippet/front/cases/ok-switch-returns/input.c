static int sign(int x) {
    switch (x > 0) {
    case 1:
        return 1;
    default:
        return x < 0 ? -1 : 0;
    }
}

int main(void) { return sign(3) - 1; }
