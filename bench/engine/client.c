/* Baseline client: N "AT\r" / "\r\nOK\r\n" round trips over a tty; prints microseconds per exchange. */
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

static int exchange(int fd) {
    static const char at[] = "AT\r";
    static const char ok[] = "\r\nOK\r\n";
    if (write(fd, at, 3) != 3) {
        return -1;
    }
    char buf[64];
    size_t have = 0;
    while (have < 6) {
        ssize_t n = read(fd, buf + have, sizeof buf - have);
        if (n <= 0) {
            return -1;
        }
        have += (size_t) n;
    }
    return memcmp(buf, ok, 6) == 0 ? 0 : -1;
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
    double start = now_us();
    for (long i = 0; i < n; i++) {
        if (exchange(fd)) {
            fprintf(stderr, "exchange failed\n");
            return 1;
        }
    }
    printf("%.2f\n", (now_us() - start) / n);
    return 0;
}
