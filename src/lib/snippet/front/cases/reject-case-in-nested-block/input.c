#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    int x = 1;
    switch (x) {
    case 1: {
        case 2: x++;
    }
    }
    return 0;
}
