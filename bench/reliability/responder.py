"""A scripted module on one kernel pty pair, for the faults the simulator does not make.

  responder.py MODE LINK [LOG]

Makes a pty pair (openpty), links LINK to its slave for the client to open like a serial port and answers on the
master: "AT" (and every command the mode does not single out) with OK; AT+CSQ as MODE says. With LOG, every command
line received is appended to LOG at once (flushed), so a test can compare it with the client's transcript. SIGTERM
removes LINK.

MODE  how AT+CSQ is answered
  ok          +CSQ: 20,99 and OK, as a module does
  rdy         RDY: the module restarted while the command was pending
  oversized   a 100,000-byte line without line end, then +CSQ: 20,99 and OK
  endless     bytes without a line end, 64 KiB every 10 ms, until the client goes away
  lf-only     every answer framed with LF alone (no CR)
  truncated   +CSQ: 20,99 and OK without the final CR LF, then silence
  garbage     200 random bytes (NUL, 0xFF, escapes; no CR or LF), then +CSQ: 20,99 and OK
  error       ERROR
  cme         +CME ERROR: 10 (SIM not inserted)
  wrong-shape +CSQ: 20 (a field missing) and OK
  silent      nothing
  late        echo on; the first AT+CSQ is answered (+CSQ: 31,99, OK) only when the next command arrives, before
              that command's echo, as a busy module finishes the old command first; later ones as "ok"
"""
import os
import pty
import random
import select
import signal
import sys
import time
import tty

CSQ = b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"


def csq_answer(mode, fd):
    if mode == "ok":
        return CSQ
    if mode == "rdy":
        return b"\r\nRDY\r\n"
    if mode == "oversized":
        return b"A" * 100_000 + CSQ
    if mode == "endless":
        chunk = b"B" * 65536
        try:
            while True:
                os.write(fd, chunk)
                time.sleep(0.01)
        except OSError:
            sys.exit(0)
    if mode == "lf-only":
        return b"\n+CSQ: 20,99\n\nOK\n"
    if mode == "truncated":
        return b"\r\n+CSQ: 20,99\r\n\r\nOK"
    if mode == "garbage":
        rnd = random.Random(7)
        noise = bytes(b for b in (rnd.randrange(256) for _ in range(400)) if b not in (10, 13))[:200]
        return noise + CSQ
    if mode == "error":
        return b"\r\nERROR\r\n"
    if mode == "cme":
        return b"\r\n+CME ERROR: 10\r\n"
    if mode == "wrong-shape":
        return b"\r\n+CSQ: 20\r\n\r\nOK\r\n"
    if mode in ("silent", "late"):
        return b""
    raise SystemExit("unknown mode " + mode)


def main():
    mode, link = sys.argv[1], sys.argv[2]
    log = open(sys.argv[3], "ab", buffering=0) if len(sys.argv) > 3 else None
    master, slave = pty.openpty()
    tty.setraw(slave)
    try:
        os.unlink(link)
    except FileNotFoundError:
        pass
    os.symlink(os.ttyname(slave), link)

    def stop(*_):
        try:
            os.unlink(link)
        except FileNotFoundError:
            pass
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    ok = b"\n\nOK\n" if mode == "lf-only" else b"\r\nOK\r\n"
    line = b""
    owed, csq_seen = b"", False
    while True:
        select.select([master], [], [])
        try:
            data = os.read(master, 4096)
        except OSError:
            time.sleep(0.01)  # no client has the slave open (our own descriptor keeps the pair alive)
            continue
        for b in data:
            if b != 13:
                line += bytes([b])
                continue
            text, line = line.strip(b"\n"), b""
            if log:
                log.write(text + b"\n")
            is_csq = text.upper() == b"AT+CSQ"
            if mode == "late":
                answer = b"" if is_csq and not csq_seen else CSQ if is_csq else ok
                os.write(master, owed + text + b"\r" + answer)
                owed = b"\r\n+CSQ: 31,99\r\n\r\nOK\r\n" if is_csq and not csq_seen else b""
                csq_seen = csq_seen or is_csq
                continue
            os.write(master, csq_answer(mode, master) if is_csq else ok)


if __name__ == "__main__":
    main()
