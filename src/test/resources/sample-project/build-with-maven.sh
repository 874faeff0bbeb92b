#!/usr/bin/env bash
# Builds the sample downstream project with real Maven, as its users would: installs proofs-check into
# the local repository (mvn install, tests skipped), copies this project to a temporary directory and runs
# its `mvn test`. The sample holds a false claim and an unreadable one, so that build must FAIL with
# exactly those two tests failing; this script exits 0 when it does. Not part of `mvn test` (too slow).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
sample="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
offline=${MAVEN_OFFLINE:--o}
if [ -z "${SKIP_INSTALL:-}" ]; then   # SKIP_INSTALL=1: proofs-check is already in the local repository
  (cd "$home" && mvn -q -B $offline -DskipTests install)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$sample/pom.xml" "$sample/derivations" "$sample/src" "$work/"
if (cd "$work" && mvn -q -B $offline test > "$work/build.log" 2>&1); then
  echo "sample project: the build passed, but it has a false claim and an unreadable one" >&2
  exit 1
fi
report="$work/target/surefire-reports/TEST-org.example.DerivationsTest.xml"
tests=$(grep -o 'tests="[0-9]*"' "$report" | head -1)
failures=$(grep -o 'failures="[0-9]*"' "$report" | head -1)
echo "sample project: $tests $failures"
grep -o '<testcase name="[^"]*"' "$report" | sed 's/<testcase name=/  /'
[ "$tests" = 'tests="4"' ] && [ "$failures" = 'failures="2"' ]
