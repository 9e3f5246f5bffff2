/*
 * Baseline client: N "AT\r" round trips over a tty, each ending when the reply ends with "OK\r\n" (so a module's
 * echo "AT\r" before "\r\nOK\r\n" is fine); prints microseconds per exchange after the warm-up.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

static int exchange(int fd) {
    static const char at[] = "AT\r";
    if (write(fd, at, 3) != 3) {
        return -1;
    }
    char buf[256];
    size_t have = 0;
    while (have < 4 || memcmp(buf + have - 4, "OK\r\n", 4) != 0) {
        if (have == sizeof buf) {
            return -1;
        }
        ssize_t n = read(fd, buf + have, sizeof buf - have);
        if (n <= 0) {
            return -1;
        }
        have += (size_t) n;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: client <tty> <warm-up> <exchanges>\n");
        return 2;
    }
    int fd = open(argv[1], O_RDWR | O_NOCTTY);
    if (fd < 0) {
        perror(argv[1]);
        return 1;
    }
    struct termios t;
    if (tcgetattr(fd, &t) == 0) {
        cfmakeraw(&t);
        tcsetattr(fd, TCSANOW, &t);
    }
    long warm = atol(argv[2]), n = atol(argv[3]);
    for (long i = 0; i < warm; i++) {
        if (exchange(fd)) {
            fprintf(stderr, "exchange failed\n");
            return 1;
        }
    }
    double *each = malloc(sizeof(double) * (size_t) (n > 0 ? n : 1));
    if (!each) {
        return 1;
    }
    double start = now_us(), last = start;
    for (long i = 0; i < n; i++) {
        if (exchange(fd)) {
            fprintf(stderr, "exchange failed\n");
            return 1;
        }
        double t = now_us();
        each[i] = t - last;
        last = t;
    }
    printf("%.2f\n", (last - start) / n);
    if (n > 0) {
        qsort(each, (size_t) n, sizeof(double), by_value);
        fprintf(stderr, "%ld exchanges: percentiles 10/50/90: %.1f / %.1f / %.1f us\n", n, each[n / 10], each[n / 2],
                each[n * 9 / 10]);
    }
    free(each);
    return 0;
}
