#!/usr/bin/env bash
# Long seeded fuzz of the parser, validator and formatter over plugins/io.atflow.lang/src/test/resources/fuzz-corpus.
# Usage: bench/lang/fuzz.sh [iterations] [seed]. Failing inputs are saved as target/fuzz-crash-*.atflow.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
module="$root/plugins/io.atflow.lang"
cd "$root"
./mvnw -o -q -pl plugins/io.atflow.lang test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$module/target/bench.classpath" -Dmdep.includeScope=test >/dev/null
cd "$module"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.atflow.lang.robustness.FuzzCheck "${1:-100000}" "${2:-$RANDOM}"
