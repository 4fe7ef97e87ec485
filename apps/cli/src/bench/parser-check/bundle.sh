#!/bin/sh
# Bundles parseArticle of packages/parser at a revision (or the working tree: WORK) with esbuild into
# packages/parser/.prof/NAME/p.mjs, for A/B runs of two parser versions in one process (ab.mjs) and
# profiles with real function names. The bundle sits two levels below packages/parser, so the
# knowledge base's `../../data` paths resolve.
#
#   sh apps/cli/src/bench/parser-check/bundle.sh main base && sh apps/cli/src/bench/parser-check/bundle.sh WORK new
#   node apps/cli/src/bench/parser-check/ab.mjs 300 9
set -e
cd "$(dirname "$0")/../../../../.."
REV=$1
OUT=packages/parser/.prof/$2
mkdir -p "$OUT"
if [ "$REV" = WORK ]; then
  SRC=packages/parser/src/index.ts
else
  TREE=packages/parser/.prof/src-$2
  rm -rf "$TREE" && mkdir -p "$TREE"
  git archive "$REV" packages/parser/src | tar -x -C "$TREE"
  ln -s "$PWD/packages/parser/data" "$TREE/packages/parser/data"
  SRC=$TREE/packages/parser/src/index.ts
fi
ESBUILD=$(ls -d node_modules/.pnpm/esbuild@*/node_modules/esbuild/bin/esbuild | head -1)
"$ESBUILD" "$SRC" --bundle --platform=node --format=esm --outfile="$OUT/p.mjs" --log-level=warning \
  --banner:js="import{createRequire as __cr}from'module';const require=__cr(import.meta.url);"
echo "$OUT/p.mjs"
