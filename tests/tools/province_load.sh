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
export Scheduling__Enabled=${Scheduling__Enabled:-true}
source "$(dirname "$0")/grown_app.sh"
export DF_MOVEMENT=$movement DF_YEAR=$year DF_TOKEN_SNV=$snv DF_TOKEN_CHAIRMAN=$chairman
cd "$root"
dotnet run -c Release --project tests/DossierFlow.Benchmarks -- province-load "http://127.0.0.1:$port" "$app" "$seconds" "$work/dossiers.csv"
