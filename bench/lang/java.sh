# Sourced by bench/lang/run.sh and fuzz.sh: builds io.atflow.lang and compiles its tests (io.atflow.lang.tests), then
# `lang_java MAIN ARGS...` runs a main class of the tests' classes on a warm-up-friendly JVM.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
module="$root/plugins/io.atflow.lang.tests"
mkdir -p "$ATFLOW_CACHE"
log="$ATFLOW_CACHE/bench-lang-build.log"
# the language is installed (its jar is what the tests' class path takes from the local repository), then the tests
# compiled and their class path recorded
if ! (cd "$root" && ./mvnw -o -q -pl plugins/io.atflow.lang install -DskipTests >"$log" 2>&1 \
    && ./mvnw -o -q -pl plugins/io.atflow.lang.tests test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$module/target/bench.classpath" -Dmdep.includeScope=test >>"$log" 2>&1); then
  grep -E '^\[ERROR\]' "$log" | head -20 >&2
  echo "bench/lang: the build failed; see $log" >&2
  exit 2
fi

lang_java() {
  local jvm=(-Xmx1g)
  # Guice still uses sun.misc.Unsafe: allowed on JDK 23+ (as ./atflow does), so no warnings in the figures' output
  [ "$(atflow_java_major "$JAVA_HOME")" -ge 23 ] && jvm+=(--sun-misc-unsafe-memory-access=allow)
  cd "$module"
  exec "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "target/test-classes:$(cat target/bench.classpath)" "$@"
}
