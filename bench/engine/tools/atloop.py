"""Python clients: N "AT\r" -> "...OK\r\n" round trips on a tty; prints microseconds per exchange after the warm-up.

  atloop.py termios  TTY WARM N   plain os.open + termios raw mode + os.write/os.read (standard library only)
  atloop.py pyserial TTY WARM N   pyserial's Serial.write + read_until(b"OK\r\n") (Debian's python3-serial)
"""
import os
import sys
import termios
import time
import tty

OK = b"OK\r\n"


def termios_loop(path):
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd, termios.TCSANOW)

    def exchange():
        os.write(fd, b"AT\r")
        got = b""
        while not got.endswith(OK):
            chunk = os.read(fd, 256)
            if not chunk:
                raise SystemExit("the tty closed")
            got += chunk

    return exchange


def pyserial_loop(path):
    import serial  # only this mode needs it

    port = serial.Serial(path, 115200, timeout=5)

    def exchange():
        port.write(b"AT\r")
        if not port.read_until(OK).endswith(OK):
            raise SystemExit("no OK within 5 s")

    return exchange


def main():
    mode, path, warm, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    exchange = {"termios": termios_loop, "pyserial": pyserial_loop}[mode](path)
    for _ in range(warm):
        exchange()
    start = time.perf_counter()
    for _ in range(n):
        exchange()
    print("%.2f" % ((time.perf_counter() - start) * 1e6 / n))


if __name__ == "__main__":
    main()
