#!/usr/bin/env bash
# Checks the stubs against the real sources of Jenkins and the plugins they stand in for, with the
# project's stubcheck tool (StubCheck.java + extract-real-sources.sh, kept outside this repository).
# Both stub modules are checked in one run: jenkins-api-stubs (what the plugin's main code uses) and
# jenkins-test-stubs (what only its Jenkins tests use; it builds on jenkins-api-stubs, so the two are resolved together).
#
#   STUBCHECK_DIR=<folder with StubCheck.java> MIRROR_DIR=<folder of bare git clones> \
#     jenkins-api-stubs/check-stubs.sh [REAL_SOURCES_DIR]
#
# MIRROR_DIR holds bare clones named <owner>+<repo> (jenkinsci+jenkins, jenkinsci+stapler, ...); the tool's
# README lists the repositories and the pinned tags. The test stubs also need the mirror that the tool lists as
# optional for workflow-api-plugin (FlowDefinition). Without MIRROR_DIR an earlier extraction in
# REAL_SOURCES_DIR (default: $TMPDIR/stubcheck-real) is reused. Keep that folder outside every repository.
# Exit status: 0 = no problems; 1 = problems (listed); 2/3 = setup errors.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
test_stubs=$(cd "$here/../jenkins-test-stubs" && pwd)
tool=${STUBCHECK_DIR:?set STUBCHECK_DIR to the folder holding StubCheck.java and extract-real-sources.sh}
real=${1:-${TMPDIR:-/tmp}/stubcheck-real}

if [[ -n "${MIRROR_DIR:-}" ]]; then
  "$tool/extract-real-sources.sh" "$real"
elif [[ ! -f "$real/SOURCES.txt" ]]; then
  echo "No extracted sources in $real: set MIRROR_DIR to the folder of bare clones to extract them." >&2
  exit 2
fi
if ! grep -q '^jenkinsci/workflow-api-plugin ' "$real/SOURCES.txt"; then
  echo "No workflow-api-plugin sources in $real: jenkins-test-stubs stands in for its FlowDefinition." \
    "Bring a bare clone of jenkinsci/workflow-api-plugin to \$MIRROR_DIR/jenkinsci+workflow-api-plugin/repo and run again." >&2
  exit 3
fi

exec java "$tool/StubCheck.java" --stubs "$here/src/main/java" --stubs "$test_stubs/src/main/java" --real "$real"
