# shellcheck shell=sh
# The JDK that Docent builds and runs on. Sourced by ./mvnw and ./docent, so both pick the same one.
# POSIX sh (./mvnw runs under /bin/sh with `set -euf`); defines functions only, changes nothing.
#
#   use_jdk <name>      exports JAVA_HOME as the first JDK 21+ of: $JAVA_HOME; the `java` on the
#                       PATH; the newest under /usr/lib/jvm or /Library/Java/JavaVirtualMachines.
#                       On JDK 24+ adds --sun-misc-unsafe-memory-access=allow to MAVEN_OPTS once
#                       (Maven's Guice still uses sun.misc.Unsafe; JDK 24+ warns on every build).
#                       When there is none, says what it found (as <name>) and returns 1.
#   java_major <java>   the major version of a java binary (17, 21, 25...), or 0.

docent_min_java=21

java_major() {
  _jm=$("$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = //p' | head -n 1) || :
  _jm=${_jm%%.*}
  echo "${_jm:-0}"
}

java_home_of() { # the java.home of a java binary (follows symlinks and macOS's /usr/bin/java stub)
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p' | head -n 1 || :
}

is_jdk21() { # is the directory $1 a JDK (java and javac) of version 21 or newer?
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] &&
    [ "$(java_major "$1/bin/java")" -ge "$docent_min_java" ]
}

find_jdk() ( # prints the JDK's home, or returns 1
  if [ -n "${JAVA_HOME-}" ] && is_jdk21 "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    exit 0
  fi
  path_java=$(command -v java 2>/dev/null) || path_java=
  if [ -n "$path_java" ]; then
    path_home=$(java_home_of "$path_java")
    if is_jdk21 "$path_home"; then
      echo "$path_home"
      exit 0
    fi
  fi
  set +f # ./mvnw runs with globbing off
  best= best_major=0
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home/bin/java")
    if [ "$major" -gt "$best_major" ]; then
      best=$home best_major=$major
    fi
  done
  [ "$best_major" -ge "$docent_min_java" ] || exit 1
  echo "$best"
)

use_jdk() {
  if ! _jdk=$(find_jdk); then
    {
      echo "$1: Docent needs a JDK $docent_min_java or newer (Elasticsearch 9 requires it) and found none:"
      if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        echo "  JAVA_HOME=$JAVA_HOME is Java $(java_major "$JAVA_HOME/bin/java")"
      elif [ -n "${JAVA_HOME-}" ]; then
        echo "  JAVA_HOME=$JAVA_HOME has no bin/java"
      else
        echo "  JAVA_HOME is not set"
      fi
      if _java=$(command -v java 2>/dev/null); then
        echo "  java on the PATH ($_java) is Java $(java_major "$_java")"
      else
        echo "  there is no java on the PATH"
      fi
      echo "  nothing newer under /usr/lib/jvm or /Library/Java/JavaVirtualMachines"
      echo "Install a JDK $docent_min_java+ (e.g. Temurin from https://adoptium.net) there, or set JAVA_HOME to one."
    } >&2
    return 1
  fi
  if [ -n "${JAVA_HOME-}" ] && [ "$JAVA_HOME" != "$_jdk" ]; then
    echo "$1: JAVA_HOME=$JAVA_HOME is not a JDK $docent_min_java+; using $_jdk" >&2
  fi
  JAVA_HOME=$_jdk
  export JAVA_HOME
  if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
    case " ${MAVEN_OPTS-} " in
    *" --sun-misc-unsafe-memory-access=allow "*) ;;
    *) MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
    esac
    export MAVEN_OPTS
  fi
}
