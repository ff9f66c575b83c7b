#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    long x = 12345, total = 0;
    for (long i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) % 2147483648L;
        if (x % 3 == 0)
            total += x / 7;
        else
            total -= i & 255;
    }
    printf("%ld\n", total);
    return 0;
}
