"""Server CPU time per request on a running DossierFlow: the process's user + system time (/proc/PID/stat) before and
after N sequential requests on one kept-alive connection, divided by N. Unlike requests per second under load, the
figure does not move with what else a shared machine runs. Not a test: a measurement for docs/performance.md.

usage: cpu_per_request.py BASE_URL SERVER_PID N [TARGET ...]
  TARGET is NAME=PATH for a page (signed in as DF_USER, default vanthu.snv), NAME=api:PATH for the API with the
  bearer token DF_TOKEN, or "actions" (receive + return of the submitted dossiers listed in DF_DOSSIERS, a file of
  "id,revision" lines, with DF_TOKEN; changes them: use a copy of the database). Each target gets 5 warm-up
  requests first. Prints the CPU ms per request, its ratio to /healthz's (always measured first) and the RSS."""
import http.client
import json
import os
import re
import sys
import time
import urllib.parse
import uuid

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / TICKS  # utime, stime


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) // 1024 for line in f if line.startswith("VmRSS:"))


class Client:
    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port)
        self.cookies = {}
        self.headers = {}

    def request(self, method, path, body=None, headers=None):
        h = dict(self.headers, **(headers or {}))
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.conn.request(method, path, body=body, headers=h)
        response = self.conn.getresponse()
        data = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return response.status, data


def signed_in(base, user, password):
    client = Client(base)
    _, form = client.request("GET", "/Account/Login")
    token = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', form).group(1).decode()
    body = urllib.parse.urlencode({"UserName": user, "Password": password, "__RequestVerificationToken": token})
    status, _ = client.request("POST", "/Account/Login", body, {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 302:
        sys.exit(f"could not sign in as {user}: {status}")
    return client


def measure(pid, n, call):
    for _ in range(5):
        call()
    before, started = cpu_ms(pid), time.monotonic()
    for _ in range(n):
        call()
    return (cpu_ms(pid) - before) / n, (time.monotonic() - started) * 1000 / n


def get(client, path):
    def call():
        status, _ = client.request("GET", path)
        if status != 200:
            sys.exit(f"{path}: {status}")
    return call


def actions(client, dossiers):
    def act(dossier, action, revision, comment):
        body = json.dumps({"action": action, "revision": revision, "operationId": str(uuid.uuid4()), "comment": comment})
        status, data = client.request("POST", f"/api/v1/dossiers/{dossier}/actions", body, {"Content-Type": "application/json"})
        if status != 200:
            sys.exit(f"{action} {dossier}: {status} {data[:300]!r}")
        return json.loads(data)["revision"]

    def call():  # one action per call: receive, then return of the same dossier
        if call.pending:
            dossier, revision = call.pending
            act(dossier, "return", revision, "Bổ sung bản sao quyết định.")
            call.pending = None
        else:
            dossier, revision = next(dossiers)
            call.pending = (dossier, act(dossier, "receive", revision, None))
    call.pending = None
    return call


def main():
    base, pid, n = sys.argv[1].rstrip("/"), int(sys.argv[2]), int(sys.argv[3])
    password = os.environ.get("DF_PASSWORD", "DossierFlow@2026")
    page = signed_in(base, os.environ.get("DF_USER", "vanthu.snv"), password)
    api = Client(base)
    api.headers["Authorization"] = "Bearer " + os.environ.get("DF_TOKEN", "")
    healthz, _ = measure(pid, n * 5, get(Client(base), "/healthz"))  # cheap: more requests for the clock's 10 ms ticks
    print(f"| target | CPU ms/request | vs /healthz | wall ms/request | server RSS |")
    print(f"|---|---:|---:|---:|---:|")
    print(f"| /healthz | {healthz:.2f} | 1 | - | {rss_mb(pid)} MB |")
    for target in sys.argv[4:]:
        if target == "actions":
            with open(os.environ["DF_DOSSIERS"]) as f:
                rows = iter([(l.split(",")[0], int(l.split(",")[1])) for l in f if "," in l])
            name, call = "workflow action (receive or return)", actions(api, rows)
        else:
            name, path = target.split("=", 1)
            call = get(api, path[4:]) if path.startswith("api:") else get(page, path)
        cpu, wall = measure(pid, n, call)
        print(f"| {name} | {cpu:.2f} | {cpu / max(healthz, 0.01):.1f} | {wall:.1f} | {rss_mb(pid)} MB |", flush=True)


if __name__ == "__main__":
    main()
