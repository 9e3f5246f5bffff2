#!/usr/bin/env bash
# Long seeded fuzz of the parser, validator and formatter over plugins/io.atflow.lang.tests/src/test/resources/fuzz-corpus.
# Usage: bench/lang/fuzz.sh [iterations] [seed]. Failing inputs are saved as target/fuzz-crash-*.atflow.
. "$(dirname "${BASH_SOURCE[0]}")/java.sh"
lang_java io.atflow.lang.robustness.FuzzCheck "${1:-100000}" "${2:-$RANDOM}"
