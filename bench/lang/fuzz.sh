#!/usr/bin/env bash
# Long seeded fuzz of the parser, validator and formatter over plugins/io.atflow.lang/src/test/resources/fuzz-corpus.
# Usage: bench/lang/fuzz.sh [iterations] [seed]. Failing inputs are saved as target/fuzz-crash-*.atflow.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
module="$root/plugins/io.atflow.lang"
cd "$root"
mkdir -p "$ATFLOW_CACHE"
log="$ATFLOW_CACHE/bench-lang-build.log"
if ! ./mvnw -o -q -pl plugins/io.atflow.lang test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$module/target/bench.classpath" -Dmdep.includeScope=test >"$log" 2>&1; then
  grep -E '^\[ERROR\]' "$log" | head -20 >&2
  echo "bench/lang: the build failed; see $log" >&2
  exit 2
fi
cd "$module"
jvm=(-Xmx1g)
# Guice still uses sun.misc.Unsafe: allowed on JDK 23+ (as ./atflow does), so no warnings in the figures' output
[ "$(atflow_java_major "$JAVA_HOME")" -ge 23 ] && jvm+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.atflow.lang.robustness.FuzzCheck "${1:-100000}" "${2:-$RANDOM}"
