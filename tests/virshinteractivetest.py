#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
# virshinteractivetest.py: virsh's interactive shell on a terminal
#
# Runs virsh -c test:///default on a pseudo-terminal and types into it:
# commands, tab completion of a command and of a domain name, an option
# name, quit.  The transcript (banner, prompts, completions, output, the
# terminal's control sequences) must be the one Debian's virsh 9.0 gives
# for the same keys, when it is installed; the history file must hold the
# commands typed.
import os
import pty
import select
import shutil
import sys
import tempfile
import time

KEYS = [
    (b"hostna\t", "hostname"),          # a command completed
    (b"\n", "virsh # "),
    (b"dominfo te\t", "test"),          # a domain name completed
    (b"\n", "virsh # "),
    (b"list --al\t", "--all"),          # an option completed
    (b"\n", "virsh # "),
    (b"nosuchcmd\n", "virsh # "),       # an error, and the shell goes on
    (b"quit\n", None),
]

tests = []


def check(desc, ok, diag=""):
    tests.append(ok)
    if not ok and diag:
        for line in diag.splitlines():
            print("# " + line)
    print("%s %d - %s" % ("ok" if ok else "not ok", len(tests), desc))


def read_until(fd, pattern, timeout=10.0):
    buf = b""
    end = time.time() + timeout
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        buf += data
        if pattern is not None and pattern.encode() in buf:
            break
    return buf.decode(errors="replace")


def session(virsh, cache):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["LC_ALL"] = "C"
        os.environ["XDG_CACHE_HOME"] = cache
        os.environ.pop("VIRSH_HISTSIZE", None)
        os.execv(virsh, [virsh, "-c", "test:///default"])
    out = [read_until(fd, "virsh # ")]
    for keys, pattern in KEYS:
        os.write(fd, keys)
        out.append(read_until(fd, pattern, 10.0 if pattern else 3.0))
    os.waitpid(pid, 0)
    os.close(fd)
    text = "".join(out)
    # what differs between hosts and runs: polkit's notice, the clock
    lines = []
    for line in text.split("\r\n"):
        if line.startswith("Authorization not available"):
            continue
        if line.startswith("CPU time:"):
            line = "CPU time: @TIME@"
        lines.append(line)
    return "\r\n".join(lines)


def main():
    top = os.environ.get("abs_top_builddir", os.path.join(os.path.dirname(__file__), ".."))
    ours = os.path.join(top, "tools", "virsh")
    cache = tempfile.mkdtemp(prefix="virsh-pty-")
    try:
        got = session(ours, cache)
        check("the shell starts with libvirt's banner and prompt",
              "Welcome to virsh, the virtualization interactive terminal." in got and
              "virsh # " in got, got)
        check("completion of a command, a domain and an option",
              "hostname " in got and "dominfo test " in got and "--all " in got, got)
        check("an unknown command does not end the shell",
              "error: unknown command: 'nosuchcmd'" in got, got)
        history = os.path.join(cache, "libvirt", "virsh", "history")
        try:
            with open(history) as f:
                saved = [line.strip() for line in f.read().split("\n")]
        except OSError:
            saved = []
        check("the history is saved under XDG_CACHE_HOME/libvirt/virsh",
              "hostname" in saved and "dominfo test" in saved and "list --all" in saved,
              "history: %r" % saved)

        oracle = "/usr/bin/virsh"
        if os.environ.get("WITH_SANITIZERS") == "yes":
            skip = "a sanitizer build's shell writes its own reports"
        elif not os.access(oracle, os.X_OK):
            skip = "Debian's virsh is not installed"
        else:
            skip = None
            theirs = session(oracle, tempfile.mkdtemp(prefix="virsh-pty-", dir=cache))
            check("the transcript is libvirt 9.0's, key for key", got == theirs,
                  "ours:   %r\nlibvirt: %r" % (got, theirs))
        if skip:
            tests.append(True)
            print("ok %d # SKIP %s" % (len(tests), skip))
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print("1..%d" % len(tests))
    return 0 if all(tests) else 1


if __name__ == "__main__":
    sys.exit(main())
