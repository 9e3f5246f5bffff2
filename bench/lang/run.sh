#!/usr/bin/env bash
# Language front-end benchmark: parse + validate of a generated 10,000-line script (warm), re-validation after a
# one-line edit, formatting. Usage: bench/lang/run.sh [lines] [runs]. Figures go into bench/README.md by hand.
. "$(dirname "${BASH_SOURCE[0]}")/java.sh"
lang_java io.atflow.lang.bench.LangBenchmark "${1:-10000}" "${2:-10}"
