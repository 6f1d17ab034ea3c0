#!/usr/bin/env bash
# Measures the pages and actions of issue 16 on a grown database (grow-database): starts the application from a
# Release build on the database named by Database__Provider / Database__ConnectionString, issues the API tokens,
# lists the submitted dossiers the action measurement will receive and return, and runs the load runner
# (tests/DossierFlow.Benchmarks, "province-load"). The action measurement changes those dossiers: run it on a copy.
#
#   Database__Provider=Sqlite Database__ConnectionString="Data Source=/tmp/copy.db" \
#     bash tests/tools/province_load.sh src/DossierFlow.Web/bin/Release/net10.0/DossierFlow.Web.dll 5142 10
set -euo pipefail
dll=$(realpath "$1"); port=${2:-5142}; seconds=${3:-10}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/province-load.XXXXXX)
export Database__Provider=${Database__Provider:-Sqlite}
export Demo__Enabled=false Mail__PickupFolder="$work/mail" Scheduling__Enabled=${Scheduling__Enabled:-true}
export SignIn__ClientAttempts=100000 SignIn__AccountAttempts=100000 Logging__LogLevel__Default=Warning
year=$(TZ=Asia/Ho_Chi_Minh date +%Y)

sql() {
  if [ "$Database__Provider" = Sqlite ]; then sqlite3 -csv "${Database__ConnectionString#Data Source=}" "$1"
  else psql -At -F, "$(echo "$Database__ConnectionString" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -c "$1"; fi
}
sql "SELECT \"Id\", \"Revision\" FROM \"Dossiers\" WHERE \"State\" = 'submitted'" > "$work/dossiers.csv"
export DF_MOVEMENT=$(sql "SELECT \"Id\" FROM \"Movements\" WHERE \"PlanNumber\" = '99/KH-UBND' AND \"StartYear\" = $year")
export DF_YEAR=$year
cd "$root/src/DossierFlow.Web"
token() { dotnet "$dll" create-api-token --user "$1" | tail -1; }
export DF_TOKEN_SNV=$(token vanthu.snv) DF_TOKEN_CHAIRMAN=$(token chutich.ubnd)

dotnet "$dll" --urls "http://127.0.0.1:$port" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for i in $(seq 120); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.5; done
echo "server pid $app, RSS at rest $(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status) MB, $(wc -l < "$work/dossiers.csv") submitted dossiers"
cd "$root"
dotnet run -c Release --project tests/DossierFlow.Benchmarks -- province-load "http://127.0.0.1:$port" "$app" "$seconds" "$work/dossiers.csv"
