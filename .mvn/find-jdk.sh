# SPDX-License-Identifier: EPL-2.0
# Sourced (POSIX sh) by mvnw and ./disputatio to choose a JDK: Tycho 5 and the Eclipse
# Platform need Java 21 or newer, and the system default JDK is often older. It starts no
# process when JAVA_HOME or the default JDK fits: ./disputatio runs it on every command, and
# each fork of a busy machine cost milliseconds.
disputatio_jdk_ok() {
  [ -x "$1/bin/java" ] || return 1
  disputatio_jdk_major=0
  while IFS= read -r disputatio_line; do
    case $disputatio_line in
      JAVA_VERSION=\"[0-9]*)
        disputatio_jdk_major=${disputatio_line#JAVA_VERSION=\"}
        disputatio_jdk_major=${disputatio_jdk_major%%[!0-9]*}
        break ;;
    esac
  done < "$1/release" 2>/dev/null || true
  [ "${disputatio_jdk_major:-0}" -ge 21 ]
}
if [ -n "${JAVA_HOME-}" ] && disputatio_jdk_ok "$JAVA_HOME"; then
  :
elif disputatio_jdk_ok /usr/lib/jvm/temurin-25-jdk-amd64; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
else
  disputatio_path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$disputatio_path_java" ] && disputatio_jdk_ok "$(dirname "$(dirname "$(readlink -f "$disputatio_path_java")")")"; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$disputatio_path_java")")")
  else
    echo "Disputatio needs a JDK 21 or newer. Set JAVA_HOME to one (found: ${JAVA_HOME:-no JAVA_HOME}," >&2
    echo "no /usr/lib/jvm/temurin-25-jdk-amd64, java on PATH: ${disputatio_path_java:-none})." >&2
    exit 1
  fi
fi
export JAVA_HOME
