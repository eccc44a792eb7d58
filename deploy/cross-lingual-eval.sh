#!/usr/bin/env bash
# The cross-lingual evaluation: the whole pipeline harvests the sandbox (default scale 1, today's
# registry sizes), then every subject's learner query in English, Traditional and Simplified Chinese
# and Malay is asked of the search API with the cross-lingual path on and off, judged by the
# sandbox's ground truth. Prints recall@10 and MRR per query class and language and checks the
# goals (exit 2 when one is missed). Options as deploy/run-local.sh (--scale, --seed). Data in
# .run/cross-lingual-eval.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mvn -B -q install -DskipTests
exec java -cp "deploy/launcher/target/classes:$(cat deploy/launcher/target/classpath.txt)" \
  org.mcfed.launcher.eval.CrossLingualEvaluationMain --repo "$ROOT" "$@"
