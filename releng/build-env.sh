# Sourced by ./mvnw and ./atflow: selects the JDK and the Maven distribution this project builds with.
# The machine needs only some JDK >= 21 under /usr/lib/jvm and a system `mvn` (any 3.x), which is used once to
# fetch the pinned Maven distribution from the repository the machine's Maven is already configured for.

ATFLOW_MAVEN_VERSION=3.9.11
ATFLOW_CACHE=${ATFLOW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/atflow}

atflow_die() { echo "atflow: $*" >&2; exit 2; }

atflow_java_major() { # prints the feature version of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] || return 0
  # the JDK's release file says it without starting a JVM (each start costs a tenth of a second)
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  if [ -n "$v" ]; then echo "$v"; return 0; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

atflow_select_jdk() {
  local preferred=/usr/lib/jvm/temurin-25-jdk-amd64 candidate major
  if [ -n "${ATFLOW_JAVA_HOME:-}" ]; then JAVA_HOME=$ATFLOW_JAVA_HOME
  elif [ -x "$preferred/bin/javac" ]; then JAVA_HOME=$preferred
  else
    JAVA_HOME=
    for candidate in /usr/lib/jvm/*; do
      major=$(atflow_java_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then JAVA_HOME=$candidate; fi
    done
  fi
  [ -n "$JAVA_HOME" ] || atflow_die "no JDK 21 or newer found under /usr/lib/jvm (install Temurin 25 or set ATFLOW_JAVA_HOME)"
  major=$(atflow_java_major "$JAVA_HOME")
  [ -n "$major" ] && [ "$major" -ge 21 ] || atflow_die "ATFLOW_JAVA_HOME=$JAVA_HOME is not a JDK 21 or newer"
  export JAVA_HOME
}

# JDK 23+ warns on every start that Maven's, Guice's and Netty's libraries use sun.misc.Unsafe; a user should see
# ATFlow's lines only (Maven, the CLI, the Studio). The flag is unknown to JDK 21/22: added only where the JDK knows it.
atflow_quiet_jvm_opts() {
  [ "$(atflow_java_major "$JAVA_HOME")" -ge 23 ] && echo "--sun-misc-unsafe-memory-access=allow"
  return 0
}

atflow_select_maven() {
  local home="$ATFLOW_CACHE/apache-maven-$ATFLOW_MAVEN_VERSION" archive scratch quiet
  quiet=$(atflow_quiet_jvm_opts)
  case " ${MAVEN_OPTS:-} " in *" $quiet "*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }$quiet" ;; esac
  if [ ! -x "$home/bin/mvn" ]; then
    command -v mvn >/dev/null 2>&1 || atflow_die "Maven $ATFLOW_MAVEN_VERSION is not cached and no system 'mvn' is available to fetch it (apt-get install maven)"
    mkdir -p "$ATFLOW_CACHE"
    echo "atflow: fetching Apache Maven $ATFLOW_MAVEN_VERSION (once) into $ATFLOW_CACHE" >&2
    # From a neutral folder: inside the project, the reactor's .mvn/extensions.xml would load Tycho 5 into the
    # system Maven (3.8 on Debian), which cannot run it.
    scratch=$(mktemp -d)
    if ! (cd "$scratch" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy           -Dartifact="org.apache.maven:apache-maven:$ATFLOW_MAVEN_VERSION:tar.gz:bin"           -DoutputDirectory="$scratch" >"$scratch/fetch.log" 2>&1); then
      grep -E '^\[ERROR\]' "$scratch/fetch.log" | head -5 >&2
      rm -rf "$scratch"
      atflow_die "could not fetch Apache Maven $ATFLOW_MAVEN_VERSION with the system mvn (is Maven Central reachable? see ~/.m2/settings.xml)"
    fi
    archive="$scratch/apache-maven-$ATFLOW_MAVEN_VERSION-bin.tar.gz"
    # unpacked beside the cache and moved in whole, so an interrupted fetch never leaves a half Maven behind
    tar -xzf "$archive" -C "$scratch" && rm -rf "$home" && mv "$scratch/apache-maven-$ATFLOW_MAVEN_VERSION" "$home" \
      || { rm -rf "$scratch"; atflow_die "could not unpack Apache Maven $ATFLOW_MAVEN_VERSION into $ATFLOW_CACHE"; }
    rm -rf "$scratch"
  fi
  ATFLOW_MVN="$home/bin/mvn"
}
