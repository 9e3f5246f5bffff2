#!/usr/bin/env bash
# Language front-end benchmark: parse + validate of a generated 10,000-line script (warm), re-validation after a
# one-line edit, formatting. Usage: bench/lang/run.sh [lines] [runs]. Figures go into bench/README.md by hand.
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
  io.atflow.lang.bench.LangBenchmark "${1:-10000}" "${2:-10}"
