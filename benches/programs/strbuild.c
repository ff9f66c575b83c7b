#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100000;
    char **parts = malloc(n * sizeof *parts);
    size_t total_len = 0;
    for (long i = 0; i < n; i++) {
        char buf[64];
        int k = snprintf(buf, sizeof buf, "%ld:%ld", i * 7, i % 13);
        parts[i] = malloc(k + 1);
        memcpy(parts[i], buf, k + 1);
        total_len += k + 1;
    }
    char *text = malloc(total_len + 1);
    size_t pos = 0;
    for (long i = 0; i < n; i++) {
        size_t k = strlen(parts[i]);
        memcpy(text + pos, parts[i], k);
        pos += k;
        if (i + 1 < n) text[pos++] = ',';
        free(parts[i]);
    }
    text[pos] = 0;
    long total = 0;
    char *save = NULL;
    for (char *f = strtok_r(text, ",", &save); f; f = strtok_r(NULL, ",", &save)) total += strlen(f);
    printf("%ld\n", total);
    free(text);
    free(parts);
    return 0;
}
