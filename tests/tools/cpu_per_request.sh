#!/usr/bin/env bash
# The server's CPU time per request for the pages and actions of issue 16 (tests/tools/cpu_per_request.py), on a grown
# database: starts the application from a Release build as province_load.sh does, with the scheduler off unless
# Scheduling__Enabled says otherwise (its polling would be counted in the pages' time), issues Sở Nội vụ's and the
# Chairman's API tokens, and measures N sequential requests per target. DF_ONLY_ACTIONS=1 measures /healthz and the
# actions only (they change the submitted dossiers: run on a copy); DF_NO_ACTIONS=1 leaves the actions out.
#
#   Database__ConnectionString="Data Source=/tmp/copy.db" \
#     bash tests/tools/cpu_per_request.sh src/DossierFlow.Web/bin/Release/net10.0/DossierFlow.Web.dll 5142 200
set -euo pipefail
dll=$(realpath "$1"); port=${2:-5142}; n=${3:-200}
export Scheduling__Enabled=${Scheduling__Enabled:-false}
source "$(dirname "$0")/grown_app.sh"
echo "$n requests per target"
measure() { python3 "$root/tests/tools/cpu_per_request.py" "http://127.0.0.1:$port" "$app" "$n" "$@"; }
if [ "${DF_ONLY_ACTIONS:-}" != 1 ]; then
  DF_TOKEN=$snv measure "Sở Nội vụ inbox page=/Inbox" "GET /api/v1/inbox=api:/api/v1/inbox" "home page (Sở Nội vụ)=/"
  DF_TOKEN=$chairman DF_USER=chutich.ubnd measure "GET /api/v1/chairman/inbox=api:/api/v1/chairman/inbox" "/Chairman page=/Chairman"
  DF_USER=${DF_UNIT_CLERK:-canbo.tt0001} measure "unit clerk's dossier list=/Dossiers"
  DF_USER=quantri measure "deadline progress (movement page)=/Admin/Movements/Details/$movement?year=$year"
fi
if [ "${DF_NO_ACTIONS:-}" != 1 ]; then
  DF_TOKEN=$snv DF_DOSSIERS="$work/dossiers.csv" measure actions
fi
