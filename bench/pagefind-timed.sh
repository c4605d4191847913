#!/usr/bin/env bash
# Pagefind's binary for a measured build (bench/measure-build.ts sets PAGEFIND_EXTENDED_BINARY_PATH
# to this file): Pagefind's Node API kills its binary without waiting for it, so GNU time never
# counts its CPU. This waits for it and appends bash's `times` to $NEWSDESK_BENCH_PAGEFIND_CPU:
# two lines a run, the shell's own user and system time, then its children's (the binary's).
# `<file>.running` says a run is not over yet, so the reader waits for its times.
: > "$NEWSDESK_BENCH_PAGEFIND_CPU.running"
"$NEWSDESK_BENCH_PAGEFIND_REAL" "$@" <&0 &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT
wait "$child"
# A trapped signal ends the first wait early; the second waits for the binary itself.
wait "$child" 2>/dev/null
# Not in a pipeline: `times` in a subshell would count none of this shell's children.
times >> "$NEWSDESK_BENCH_PAGEFIND_CPU"
rm -f "$NEWSDESK_BENCH_PAGEFIND_CPU.running"
