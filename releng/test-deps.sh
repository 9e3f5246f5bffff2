# Sourced by ./run-tests: installs the system packages the test suite needs when they are missing
# (Debian/Ubuntu: Xvfb for the workbench tests, GTK 3 for SWT, socat for pseudo-terminal tests, ser2net for the
# RFC 2217 integration test, mosquitto and its clients for the tests of `atflow broker --upstream`).

atflow_install_test_deps() {
  local need=()
  command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || need+=(libgtk-3-0)
  command -v socat >/dev/null 2>&1 || need+=(socat)
  command -v ser2net >/dev/null 2>&1 || [ -x /usr/sbin/ser2net ] || need+=(ser2net)
  command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || need+=(mosquitto)
  command -v mosquitto_sub >/dev/null 2>&1 || need+=(mosquitto-clients)
  command -v mvn >/dev/null 2>&1 || [ -x "$ATFLOW_CACHE/apache-maven-$ATFLOW_MAVEN_VERSION/bin/mvn" ] || need+=(maven)
  command -v gcc >/dev/null 2>&1 || need+=(gcc)
  [ ${#need[@]} -eq 0 ] && return 0
  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || atflow_die "missing packages ${need[*]}; install them (apt-get install ${need[*]}) and rerun"
    sudo=sudo
  fi
  echo "run-tests: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; } \
    || atflow_die "could not install ${need[*]} with apt-get"
}
