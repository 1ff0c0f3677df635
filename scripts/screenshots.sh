#!/usr/bin/env bash
# Regenerates the dashboard screenshots in docs/ (pair page, event page, network, events list, API reference)
# by running the browser test that takes them, in headless Chromium on the seed dispatches.
set -euo pipefail
cd "$(dirname "$0")/.."
ATTACHE_SCREENSHOTS="$PWD/docs" dotnet test tests/Attache.Api.Tests -c Release --filter "FullyQualifiedName~MainPages_Screenshots"
