#!/usr/bin/env bash
# Sourced by the bench scripts (from the repository root): a Release build that records the commit it was built from,
# and that record read back, so a result names the commit of the binary it measured, not the worktree's HEAD when the
# result was written (a build given by PORTAL_BENCH_BIN or SERMO_BIN may come from another commit or worktree).
#   bench_build PROJECT OUT LOG   builds PROJECT into OUT (log in LOG; errors to stderr) and writes OUT/source-commit
#   bench_commit OUT              prints that record: a short commit, "+ dirty" when the tree had changes the build read
# "Dirty" counts tracked and untracked files under src/ and bench/ and the central build files, but not results, notes
# or scripts (*.md, *.sh, *.py, *.lua), which no build reads.

bench_source_commit() {
  local commit
  commit="$(git rev-parse --short HEAD)"
  if [ -n "$(git status --porcelain --untracked-files=all -- src bench Directory.Build.props Directory.Packages.props global.json \
      ':(exclude)*.md' ':(exclude)*.sh' ':(exclude)*.py' ':(exclude)*.lua')" ]; then
    commit="$commit + dirty"
  fi
  echo "$commit"
}

bench_build() { # project out log
  local project=$1 out=$2 log=$3 commit
  # Read before the build: what the compiler sees is the tree as it is now.
  commit="$(bench_source_commit)"
  rm -f "$out/source-commit"
  dotnet build -c Release "$project" -o "$out" -v q -nologo > "$log" || { grep -E "error|rror\(s\)" "$log" >&2; return 1; }
  echo "$commit" > "$out/source-commit"
}

bench_commit() { # out
  if [ -f "$1/source-commit" ]; then
    cat "$1/source-commit"
  else
    echo "unknown ($1 has no source-commit: not built by bench_build)"
  fi
}
