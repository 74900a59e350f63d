#!/bin/sh
# Re-reads every tr() of the GUI into resources/translations/*.ts (Qt Linguist), keeping the
# translations already made. Run it after merging branches that add or change strings, then
# translate the new entries (linguist resources/translations/storefront_de.ts) until
# tst_translations passes. English needs only its plural forms (-pluralonly).
#   scripts/update-translations.sh          update both files
#   LUPDATE=/path/to/lupdate scripts/...    another lupdate
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-}
if [ -z "$LUPDATE" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
                     "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then LUPDATE=$candidate; break; fi
    done
fi
if [ -z "$LUPDATE" ]; then
    echo "update-translations: lupdate not found (apt-get install qt6-l10n-tools)" >&2
    exit 1
fi
# core: recommendation reasons, category names and service messages reach the screen.
sources="ui core app/gui/main.cpp"
dir=resources/translations
# -locations none: no line numbers in the files, so parallel branches merge cleanly.
# -no-obsolete: strings that left the source leave the files too.
common="-no-obsolete -locations none -extensions cpp,h"
# shellcheck disable=SC2086
"$LUPDATE" $common -source-language en -target-language en -pluralonly $sources \
    -ts "$dir/storefront_en.ts"
# shellcheck disable=SC2086
"$LUPDATE" $common -source-language en -target-language de $sources -ts "$dir/storefront_de.ts"
echo "update-translations: now translate every unfinished entry of $dir/storefront_de.ts"
