"""Starts and stops a dynoscope-server for the black-box tests.

The binary comes from $DYNOSCOPE_SERVER (set by ctest). The server picks a free
port (--port 0) and the URL is read from its startup line, so parallel runs
never collide; stop() drains it with SIGTERM and kills it only as a last resort,
so no process outlives the tests.
"""
import http.client
import os
import re
import selectors
import signal
import subprocess
import urllib.parse

STARTUP_TIMEOUT_S = 10


class ServerProcess:
    def __init__(self, *args):
        binary = os.environ.get("DYNOSCOPE_SERVER")
        if not binary:
            raise RuntimeError("DYNOSCOPE_SERVER must name the dynoscope-server binary")
        self.proc = subprocess.Popen(
            [binary, "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self._read_startup_line()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            self.stop()
            raise RuntimeError(f"dynoscope-server did not start: {line!r} {self.proc.stderr.read()!r}")
        self.url = match.group(1)
        parsed = urllib.parse.urlparse(self.url)
        self.host, self.port = parsed.hostname, parsed.port

    def _read_startup_line(self):
        selector = selectors.DefaultSelector()
        selector.register(self.proc.stdout, selectors.EVENT_READ)
        ready = selector.select(timeout=STARTUP_TIMEOUT_S)
        selector.close()
        return self.proc.stdout.readline() if ready else ""

    def connection(self):
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def stop(self):
        """Drains the server with SIGTERM; returns its exit code. What it
        printed after the startup line is kept in .stdout and .stderr."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.stdout, self.stderr = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.stdout, self.stderr = self.proc.communicate()
        return self.proc.returncode
