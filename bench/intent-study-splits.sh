#!/usr/bin/env bash
# Derives the banking77 study splits used in the README's intent figures, deterministically
# (no randomness: file order and the alphabetical order of the intents decide).
#   usage: bench/intent-study-splits.sh <banking77 dir with train.csv and test.csv> <out dir>
# Writes:
#   10shot-train.csv   the first 10 training rows of each of the 77 intents
#   oos-train.csv      58 in-scope intents: their training rows except every 10th
#   oos-val.csv        every 10th training row of the 58, plus as 'oos' the training rows of 10 held-out intents
#   oos-test.csv       the test rows of the 58, plus as 'oos' the test rows of 9 other held-out intents
# Held out: the intents at alphabetical positions 3, 7, 11, ... (every 4th, 0-based 3 mod 4), 19 in all;
# the even-numbered ones among them are validation's out-of-scope, the odd-numbered ones test's, so
# the threshold is never chosen on the kinds of out-of-scope messages it is judged on.
set -euo pipefail
src="$1"; out="$2"; mkdir -p "$out"
python_free_csv_fields='
function label_of(line,   n) { n = match(line, /,[^,]*$/); return substr(line, n + 1) }
function text_of(line,   n) { n = match(line, /,[^,]*$/); return substr(line, 1, n - 1) }'
# One record a line: a quoted text that spans lines is joined with a space (13 rows of banking77).
one_per_line() { tr -d '\r' < "$1" | awk '{ buf = (buf == "" ? $0 : buf " " $0); if (gsub(/"/, "\"", buf) % 2 == 0) { print buf; buf = "" } }'; }
one_per_line "$src/train.csv" > "$out/.train"; one_per_line "$src/test.csv" > "$out/.test"
awk "$python_free_csv_fields"'NR > 1 { print label_of($0) }' "$out/.train" | LC_ALL=C sort -u > "$out/.intents"
awk 'NR % 4 == 0' "$out/.intents" > "$out/.held"
awk 'NR % 2 == 1' "$out/.held" > "$out/.held-val"
awk 'NR % 2 == 0' "$out/.held" > "$out/.held-test"
awk "$python_free_csv_fields"'NR == 1 { print "text,label"; next } { l = label_of($0); if (++n[l] <= 10) print text_of($0) "," l }' "$out/.train" > "$out/10shot-train.csv"
awk "$python_free_csv_fields"'
  FILENAME ~ /held-val$/ { hv[$0] = 1; next }
  FILENAME ~ /held$/ { h[$0] = 1; next }
  FNR == 1 { print "text,label" > T; print "text,label" > V; next }
  { l = label_of($0); t = text_of($0)
    if (l in hv) print t ",oos" > V
    else if (!(l in h)) { if (++n[l] % 10 == 0) print t "," l > V; else print t "," l > T } }' \
  T="$out/oos-train.csv" V="$out/oos-val.csv" "$out/.held-val" "$out/.held" "$out/.train"
awk "$python_free_csv_fields"'
  FILENAME ~ /held-test$/ { ht[$0] = 1; next }
  FILENAME ~ /held$/ { h[$0] = 1; next }
  FNR == 1 { print "text,label"; next }
  { l = label_of($0); t = text_of($0); if (l in ht) print t ",oos"; else if (!(l in h)) print t "," l }' \
  "$out/.held-test" "$out/.held" "$out/.test" > "$out/oos-test.csv"
rm -f "$out"/.train "$out"/.test "$out"/.intents "$out"/.held "$out"/.held-val "$out"/.held-test
wc -l "$out"/*.csv >&2
