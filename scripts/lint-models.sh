#!/usr/bin/env bash
# Lints the process models with bpmnlint and the rules in .bpmnlintrc: bpmnlint's recommended rules and
# Camunda 7.24 compatibility, the checks Camunda Modeler runs when HR opens a model. Errors fail the run;
# warnings are printed only.
#
#   scripts/lint-models.sh [model.bpmn ...]      (default: processes/*.bpmn)
#
# The npm packages are installed once, when missing, into a cache directory outside the repository
# (WERVING_LINT_TOOLS, by default under ~/.cache/werving). bpmnlint stays on 11.x: 12.x needs a package
# that the npm registry used here does not serve.
set -euo pipefail
cd "$(dirname "$0")/.."

BPMNLINT_VERSION=11.15.0
CAMUNDA_COMPAT_VERSION=2.61.0
tools="${WERVING_LINT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/werving/bpmnlint-$BPMNLINT_VERSION-camunda-compat-$CAMUNDA_COMPAT_VERSION}"

if ! command -v npx >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "lint-models: installing Node.js and npm from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if ! command -v npx >/dev/null 2>&1; then
  echo "lint-models: Node.js with npm and npx is needed to lint the process models" >&2
  exit 1
fi

installed_version() {
  node -p "require(process.argv[1]).version" "$tools/node_modules/$1/package.json" 2>/dev/null || true
}

if [[ $(installed_version bpmnlint) != "$BPMNLINT_VERSION" \
   || $(installed_version bpmnlint-plugin-camunda-compat) != "$CAMUNDA_COMPAT_VERSION" ]]; then
  echo "lint-models: installing bpmnlint $BPMNLINT_VERSION and bpmnlint-plugin-camunda-compat $CAMUNDA_COMPAT_VERSION into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund \
    "bpmnlint@$BPMNLINT_VERSION" "bpmnlint-plugin-camunda-compat@$CAMUNDA_COMPAT_VERSION" >/dev/null
fi

if [[ $# -gt 0 ]]; then
  models=("$@")
else
  shopt -s nullglob
  models=(processes/*.bpmn)
  if [[ ${#models[@]} -eq 0 ]]; then
    echo "lint-models: no process models in processes/" >&2
    exit 1
  fi
fi

echo "lint-models: bpmnlint ${models[*]}"
# bpmnlint resolves the plugin named in .bpmnlintrc from the working directory; NODE_PATH points it at the cache.
NODE_PATH="$tools/node_modules" npx --prefix "$tools" --no bpmnlint "${models[@]}"
echo "lint-models: no errors"
