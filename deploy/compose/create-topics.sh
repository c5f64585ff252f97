#!/usr/bin/env bash
# Creates every topic of topics.txt (name, partitions) on the compose broker; replication factor 1 (one broker).
# Run by the kafka-init service of docker-compose.yml; safe to run again (--if-not-exists).
set -euo pipefail
bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
topics_file="${TOPICS_FILE:-/rcm/topics.txt}"
while read -r topic partitions _; do
  case "$topic" in ''|'#'*) continue ;; esac
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor 1 --config min.insync.replicas=1
done < "$topics_file"
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list
