#!/usr/bin/env bash
# Generates the Prisma client without Prisma's native schema engine, which cannot be
# downloaded offline. `prisma generate` never runs the engine but insists it exists,
# so point it at any existing file for this one command unless a real one is set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PRISMA_SCHEMA_ENGINE_BINARY:-}" ]; then
  export PRISMA_SCHEMA_ENGINE_BINARY="$PWD/package.json"
fi
exec npx --no-install prisma generate --no-hints
