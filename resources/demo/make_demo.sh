#!/bin/sh
# Builds the demo corpus archives from the plain-text sources, reproducibly.
#
#   resources/demo/make_demo.sh
#
# Reads packages.tsv (one row per package: role, archive, name, version, format, needle, ...), packs
# src/<role>/<name>-<version>/ into <archive>, and rewrites needles.txt from the rows marked as needles.
# Same inputs give the same bytes: fixed mtimes (2024-01-01 UTC), sorted entries, fixed owner and modes, gzip -n,
# zip -X. The encrypted zips (password `infected`, as malware datasets ship them) come from zipcrypto.py, because
# `zip -P` seeds its encryption headers from the clock.
# Needs: tar (GNU), gzip, bzip2, xz, zip, python3. The build does not run this; the archives are committed.
set -eu

export TZ=UTC LC_ALL=C
umask 022
EPOCH=1704067200  # 2024-01-01T00:00:00Z
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT INT TERM

# stage <srcdir>: copy into $STAGE/tree with normalised modes and times; prints the staged directory.
stage() {
    rm -rf "$STAGE/tree"
    mkdir -p "$STAGE/tree"
    cp -R "$1/." "$STAGE/tree/"
    find "$STAGE/tree" -type d -exec chmod 755 {} +
    find "$STAGE/tree" -type f -exec chmod 644 {} +
    find "$STAGE/tree" -exec touch -h -d "@$EPOCH" {} +
}

tar_stream() {  # tar of the staged tree's contents, to stdout
    (cd "$STAGE/tree" && find . -mindepth 1 -maxdepth 1 -printf '%P\n' | sort |
        tar --sort=name --format=gnu --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner \
            --mode='a=rX,u+w' -cf - -T -)
}

zip_tree() {  # plain zip of the staged tree's contents into $1 (absolute path)
    rm -f "$1"
    (cd "$STAGE/tree" && find . -type f -printf '%P\n' | sort | zip -X -D -9 -q "$1" -@)
}

rm -f background/* known/* batch/*
mkdir -p background known batch

count=0
while IFS="$(printf '\t')" read -r role archive name version format needle rest; do
    case "$role" in '#'* | '') continue ;; esac
    src="src/$role/$name-$version"
    [ -d "$src" ] || { echo "missing sources: $src" >&2; exit 1; }
    out="$HERE/$archive"
    stage "$src"
    case "$format" in
        tar.gz) tar_stream | gzip -9 -n >"$out" ;;
        tar.bz2) tar_stream | bzip2 -9 >"$out" ;;
        tar.xz) tar_stream | xz -6 -T1 --check=crc64 >"$out" ;;
        zip | whl | egg | whl-as-tar.gz) zip_tree "$out" ;;
        zip-infected) python3 "$HERE/zipcrypto.py" "$out" infected "$STAGE/tree" ;;
        *) echo "unknown format '$format' for $archive" >&2; exit 1 ;;
    esac
    count=$((count + 1))
done <packages.tsv

awk -F '\t' '$1 !~ /^#/ && $6 == "yes" { print $3 }' packages.tsv | sort -u >needles.txt
echo "built $count archives; $(wc -l <needles.txt) needles"
