/*
 * Minimal AT responder for the engine benchmark: answers "\r\nOK\r\n" to every command line ("AT\r").
 *   responder TTY              serves an existing tty (e.g. one end of a socat pty pair)
 *   responder --openpty LINK   makes one kernel pty pair itself (openpty), links LINK to the slave device for the
 *                              client to open like a serial port, and serves the master side: no relay in between.
 * It keeps its own (idle) descriptor on the slave, so clients may come and go; SIGTERM removes LINK.
 */
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const char *link_path;

static void on_term(int sig) {
    (void) sig;
    if (link_path) {
        unlink(link_path);
    }
    _exit(0);
}

static void make_raw(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) == 0) {
        cfmakeraw(&t);
        tcsetattr(fd, TCSANOW, &t);
    }
}

static int open_pair(const char *link) {
    int master, slave;
    char name[128];
    if (openpty(&master, &slave, name, NULL, NULL) != 0) {
        perror("openpty");
        return -1;
    }
    make_raw(slave);
    unlink(link);
    if (symlink(name, link) != 0) {
        perror(link);
        return -1;
    }
    link_path = link;
    return master; /* the slave descriptor stays open (and idle) for the life of the process */
}

int main(int argc, char **argv) {
    int fd;
    signal(SIGTERM, on_term);
    signal(SIGINT, on_term);
    if (argc == 3 && strcmp(argv[1], "--openpty") == 0) {
        fd = open_pair(argv[2]);
    } else if (argc == 2) {
        fd = open(argv[1], O_RDWR | O_NOCTTY);
        if (fd < 0) {
            perror(argv[1]);
        } else {
            make_raw(fd);
        }
    } else {
        fprintf(stderr, "usage: responder TTY | responder --openpty LINK\n");
        return 2;
    }
    if (fd < 0) {
        return 1;
    }
    static const char ok[] = "\r\nOK\r\n";
    char buf[4096];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0) {
            on_term(0);
        }
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] == '\r' && write(fd, ok, sizeof ok - 1) != (ssize_t)(sizeof ok - 1)) {
                on_term(0);
            }
        }
    }
}
