"""Measures, on a running DossierFlow, the time from a workflow action that queues a mail (a reviewer returns a
dossier) to that mail's file in the pickup folder. Not a test: a measurement for docs/performance.md.

usage: mail_latency.py BASE_URL PICKUP_FOLDER DOSSIER_ID LEADER_TOKEN DESK_TOKEN REVIEWER_TOKEN [ROUNDS]
Each round submits (leader), receives (desk) and returns (reviewer) the same dossier; the clock runs from the
return request being sent until a new .eml file is in the folder (checked every 5 ms)."""
import json
import os
import statistics
import sys
import time
import urllib.request
import uuid


def call(base, token, method, path, body=None):
    request = urllib.request.Request(base + path, method=method, headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"},
                                     data=None if body is None else json.dumps(body).encode())
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")


def act(base, token, dossier, action, comment=None):
    revision = call(base, token, "GET", f"/api/v1/dossiers/{dossier}")["revision"]
    call(base, token, "POST", f"/api/v1/dossiers/{dossier}/actions",
         {"action": action, "revision": revision, "operationId": str(uuid.uuid4()), "comment": comment, "criteriaConfirmed": False})


def main():
    base, folder, dossier, leader, desk, reviewer = sys.argv[1:7]
    rounds = int(sys.argv[7]) if len(sys.argv) > 7 else 5
    os.makedirs(folder, exist_ok=True)
    latencies = []
    for _ in range(rounds):
        act(base, leader, dossier, "submit")
        act(base, desk, dossier, "receive")
        before = set(os.listdir(folder))
        revision = call(base, reviewer, "GET", f"/api/v1/dossiers/{dossier}")["revision"]
        start = time.monotonic()
        call(base, reviewer, "POST", f"/api/v1/dossiers/{dossier}/actions",
             {"action": "return", "revision": revision, "operationId": str(uuid.uuid4()), "comment": "Đo thời gian gửi thư", "criteriaConfirmed": False})
        answered = time.monotonic() - start
        while not any(f.endswith(".eml") for f in set(os.listdir(folder)) - before):
            if time.monotonic() - start > 120:
                sys.exit("no mail within 120 s")
            time.sleep(0.005)
        latencies.append((answered, time.monotonic() - start))
        print(f"return answered in {answered:.3f} s, mail in the folder after {latencies[-1][1]:.3f} s", flush=True)
    mails = [m for _, m in latencies]
    print(f"{rounds} rounds: median {statistics.median(mails):.3f} s, min {min(mails):.3f} s, max {max(mails):.3f} s")


if __name__ == "__main__":
    main()
