#!/usr/bin/env bash
# Builds everything (tests skipped) and starts the whole system locally on embedded defaults:
# an in-JVM Kafka broker, an embedded PostgreSQL, the sandbox clearinghouse and the six services, then runs the
# demo. Ctrl-C stops every process it started. Options: --sessions N, --no-demo, --pg server, --exit.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -ntp -q install -DskipTests
exec java -cp "local/target/classes:$(cat local/target/classpath.txt)" org.rcm.local.LocalStackMain "$@"
