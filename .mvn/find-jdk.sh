# Sourced by ./mvnw and .ci/run. CIIP builds with release 21: when JAVA_HOME is unset and the default java is older,
# use the newest JDK 21 or later found under /usr/lib/jvm (such as the Temurin 25 JDK beside JDK 17).
ciip_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
if [ -z "${JAVA_HOME-}" ]; then
  ciip_default_java=$(command -v java || true)
  if [ -z "$ciip_default_java" ] || [ "$(ciip_java_major "$ciip_default_java")" -lt 21 ] 2>/dev/null; then
    for ciip_jdk in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV); do
      if [ -x "$ciip_jdk/bin/javac" ] && [ "$(ciip_java_major "$ciip_jdk/bin/java")" -ge 21 ] 2>/dev/null; then
        JAVA_HOME=$ciip_jdk
        export JAVA_HOME
        break
      fi
    done
  fi
fi
