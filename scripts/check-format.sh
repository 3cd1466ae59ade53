#!/usr/bin/env bash
# Fails, naming them, if tracked C++ files differ from what clang-format makes of them with the
# committed .clang-format. Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."

# The committed .clang-format is read by clang-format 14 (Debian 12's); other versions accept
# other keys and format differently, so they would report differences that are not there.
# clang-format-14 if installed under that name, else clang-format; $CLANG_FORMAT overrides both.
if [ -z "${CLANG_FORMAT:-}" ]; then
    if command -v clang-format-14 >/dev/null 2>&1; then
        CLANG_FORMAT=clang-format-14
    else
        CLANG_FORMAT=clang-format
    fi
fi
if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
    echo "formatting: $CLANG_FORMAT not found; install clang-format 14 (Debian 12: apt install" \
        "clang-format, or run scripts/install-deps.sh)" >&2
    exit 1
fi
version=$("$CLANG_FORMAT" --version 2>/dev/null || true)
major=$(sed -n 's/.*clang-format version \([0-9]\{1,\}\)\..*/\1/p' <<<"$version" | head -n 1)
if [ "$major" != "14" ]; then
    echo "formatting: $CLANG_FORMAT is ${version:-of unknown version}; version 14 is needed" \
        "(the committed .clang-format is 14's, other versions format differently). Install" \
        "clang-format-14, or point CLANG_FORMAT at it." >&2
    exit 1
fi

# The list first, so that a git failure stops here rather than checking nothing. safe.directory:
# CI may run as root in a clone another user owns, where git otherwise refuses to list anything.
files=()
listing=$(mktemp)
trap 'rm -f "$listing"' EXIT
git -c safe.directory="$PWD" ls-files -z -- '*.cpp' '*.h' >"$listing"
mapfile -d '' -t files <"$listing"
if [ ${#files[@]} -eq 0 ]; then
    echo "formatting: git lists no .cpp or .h file here; nothing was checked" >&2
    exit 1
fi

differ=()
for file in "${files[@]}"; do
    "$CLANG_FORMAT" --dry-run -Werror "$file" >/dev/null 2>&1 || differ+=("$file")
done

if [ ${#differ[@]} -ne 0 ]; then
    echo "formatting: ${#differ[@]} file(s) differ from .clang-format (clang-format -i FILE):" >&2
    printf '  %s\n' "${differ[@]}" >&2
    exit 1
fi
echo "formatting: all ${#files[@]} tracked .cpp and .h files match .clang-format ($CLANG_FORMAT," \
    "$version)"
