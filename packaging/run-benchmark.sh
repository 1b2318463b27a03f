#!/usr/bin/env bash
# Runs one of the project's benchmarks (classes under src/test/java/be/ghelamcoalert/bench with a
# main method; they are not unit tests and Surefire skips them).
#   bash packaging/run-benchmark.sh ImportCycleBenchmark [args...]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[ -x "$JAVA_HOME/bin/java" ] || JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
name="${1:?usage: run-benchmark.sh BenchmarkClass [args...]}"; shift
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  "be.ghelamcoalert.bench.$name" "$@"
