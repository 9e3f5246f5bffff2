/* Minimal AT responder for the engine benchmark: answers "\r\nOK\r\n" to every command line ("AT\r"). */
#include <fcntl.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: responder <tty>\n");
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
    static const char ok[] = "\r\nOK\r\n";
    char buf[4096];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0) {
            return 0;
        }
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] == '\r' && write(fd, ok, sizeof ok - 1) != (ssize_t)(sizeof ok - 1)) {
                return 1;
            }
        }
    }
}
