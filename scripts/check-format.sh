#!/usr/bin/env bash
# Fails, naming them, if tracked C++ files differ from what clang-format makes of them with the
# committed .clang-format. Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."

differ=()
while IFS= read -r -d '' file; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || differ+=("$file")
done < <(git ls-files -z -- '*.cpp' '*.h')

if [ ${#differ[@]} -ne 0 ]; then
    echo "formatting: ${#differ[@]} file(s) differ from .clang-format (clang-format -i FILE):" >&2
    printf '  %s\n' "${differ[@]}" >&2
    exit 1
fi
echo "formatting: every tracked .cpp and .h file matches .clang-format"
