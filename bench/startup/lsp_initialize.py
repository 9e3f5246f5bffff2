#!/usr/bin/env python3
"""Starts `atflow lsp` and prints the seconds from process start to the answer of `initialize`, then shuts it down."""
import json, os, subprocess, sys, time

def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body

def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise SystemExit("lsp_initialize: the server closed its output before answering")
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length))

def main():
    launcher = sys.argv[1]
    start = time.monotonic()
    p = subprocess.Popen([launcher, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                         "params": {"processId": os.getpid(), "rootUri": None, "capabilities": {}}}))
    p.stdin.flush()
    while True:
        msg = read_message(p.stdout)
        if msg.get("id") == 1:
            break
    elapsed = time.monotonic() - start
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None}))
    p.stdin.write(frame({"jsonrpc": "2.0", "method": "exit", "params": None}))
    p.stdin.flush()
    p.stdin.close()
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
    print("%.3f" % elapsed)

main()
