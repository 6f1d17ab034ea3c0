# Sourced by province_load.sh and cpu_per_request.sh, after they set dll, port and Scheduling__Enabled's default:
# starts the application on the grown database named by Database__Provider / Database__ConnectionString, with the
# submitted dossiers the action measurements use listed in $work/dossiers.csv, this year's grown movement in
# $movement, Sở Nội vụ's and the Chairman's API tokens in $snv and $chairman, and the server's pid in $app
# (stopped on exit).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/grown-app.XXXXXX)
export Database__Provider=${Database__Provider:-Sqlite}
export Demo__Enabled=false Mail__PickupFolder="$work/mail"
export SignIn__ClientAttempts=100000 SignIn__AccountAttempts=100000 Logging__LogLevel__Default=Warning
year=$(TZ=Asia/Ho_Chi_Minh date +%Y)

sql() {
  if [ "$Database__Provider" = Sqlite ]; then sqlite3 -csv "${Database__ConnectionString#Data Source=}" "$1"
  else psql -At -F, "$(echo "$Database__ConnectionString" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -c "$1"; fi
}
sql "SELECT \"Id\", \"Revision\" FROM \"Dossiers\" WHERE \"State\" = 'submitted'" > "$work/dossiers.csv"
movement=$(sql "SELECT \"Id\" FROM \"Movements\" WHERE \"PlanNumber\" = '99/KH-UBND' AND \"StartYear\" = $year")
cd "$root/src/DossierFlow.Web"
token() { dotnet "$dll" create-api-token --user "$1" | tail -1; }
snv=$(token vanthu.snv); chairman=$(token chutich.ubnd)

dotnet "$dll" --urls "http://127.0.0.1:$port" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for i in $(seq 120); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.5; done
echo "server pid $app, RSS at rest $(awk '/VmRSS/ {print int($2/1024)}' /proc/$app/status) MB, $(wc -l < "$work/dossiers.csv") submitted dossiers"
