#!/usr/bin/env bash
# The one test command (README.md): installs what the tests need when missing (Debian), starts PostgreSQL on
# loopback, runs every test project, prints "N passed, N failed", stops what it started, and exits non-zero
# when any test failed or did not run.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

packages=(postgresql-15 python3-aiosmtpd python3-icalendar python3-openpyxl python3-docx chromium libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2 wrk hyperfine)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

work=$(mktemp -d /tmp/dossierflow-tests.XXXXXX)
chmod 755 "$work"   # the postgres user must reach its data folder inside
pgbin=/usr/lib/postgresql/15/bin
pgport=${DOSSIERFLOW_TEST_PGPORT:-54329}
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  [ -n "${smtppid:-}" ] && kill "$smtppid" 2>/dev/null
  [ -f "$work/pg/data/postmaster.pid" ] && as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$work/pg"
as_pg "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/pg/initdb.log" 2>&1 \
  && as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 30 \
       -o "-p $pgport -h 127.0.0.1 -k $work/pg -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null \
  || { echo "PostgreSQL did not start:"; cat "$work/pg/"*.log; echo "0 passed, 1 failed"; exit 1; }

# A real SMTP server (Debian's aiosmtpd) that writes each message it receives to a folder.
smtpport=${DOSSIERFLOW_TEST_SMTPPORT:-2525}
mkdir -p "$work/mail"
PYTHONPATH="$root/tests/tools" /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtpport" -c emlsink.EmlDir "$work/mail" >"$work/smtp.log" 2>&1 &
smtppid=$!
for i in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$smtpport") 2>/dev/null && break; sleep 0.1; done

export DOSSIERFLOW_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
export DOSSIERFLOW_TEST_SMTP="127.0.0.1:$smtpport"
export DOSSIERFLOW_TEST_MAILDIR="$work/mail"
export DOSSIERFLOW_TEST_CHROMIUM=/usr/bin/chromium
export CI=${CI:-true}   # tests that need a service fail (not skip) when it is missing

# Build everything first, with every core, then run the test projects: built and run project by project, a test run
# held a build node, and the web tests (the longest) were built and started last, after all the others had run.
dotnet build "$root/DossierFlow.sln" 2>&1 | tee "$work/build.log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  # Without tiered PGO: its instrumentation pays off in long-lived processes, while the tests are mostly start-up
  # (test hosts, the application's verb processes, one WebApplicationFactory per class); it saved about 15 % of the
  # CPU time of the scheduling tests (docs/performance.md).
  DOTNET_TieredPGO=0 dotnet test "$root/DossierFlow.sln" --no-build --results-directory "$work/results" --logger "trx" "$@" 2>&1 | tee "$work/test.log"
  status=${PIPESTATUS[0]}
fi

passed=0; failed=0
for f in "$work"/results/*.trx; do
  [ -f "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  n=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${n:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a build or runner failure counts
# Where the time went, per test: DOSSIERFLOW_TEST_KEEP=<folder> keeps the .trx files (docs/performance.md).
if [ -n "${DOSSIERFLOW_TEST_KEEP:-}" ]; then mkdir -p "$DOSSIERFLOW_TEST_KEEP" && cp "$work"/results/*.trx "$DOSSIERFLOW_TEST_KEEP"/ 2>/dev/null; fi
echo "$passed passed, $failed failed"
exit "$status"
