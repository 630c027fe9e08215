"""Time from process start to the first appearance of a marker in a pseudo-terminal (80x24).

Usage: python3 first-screen.py RUNS TIMEOUT_S MARKER CMD [ARG...] [--- MARKER CMD [ARG...]]...
Runs each command RUNS times, interleaved (one run of each in turn, so that a change in the load of
a shared machine falls on all of them alike), and prints one JSON list per command of milliseconds
(null for a run that timed out). Python's pty keeps the measurement free of `script`'s own start-up,
and the same harness times the baseline command.
"""
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

runs, timeout = int(sys.argv[1]), float(sys.argv[2])
jobs, job = [], []
for arg in sys.argv[3:] + ['---']:
    if arg == '---':
        jobs.append((job[0].encode(), job[1:]))
        job = []
    else:
        job.append(arg)


def one_run(marker, command):
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
        os.execvp(command[0], command)
    seen = b''
    elapsed = None
    while time.perf_counter() - started < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen = seen[-len(marker):] + chunk
        if marker in seen:
            elapsed = (time.perf_counter() - started) * 1000
            break
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    # Drain until the child is gone, so it can restore the terminal and exit.
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            if select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 65536)
        except OSError:
            pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


times = [[] for _ in jobs]
for _ in range(runs):
    for index, (marker, command) in enumerate(jobs):
        times[index].append(one_run(marker, command))
print(json.dumps(times))
