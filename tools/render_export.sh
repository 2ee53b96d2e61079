#!/bin/sh
# Render the export workbook of the demo data to PDF and PNG with LibreOffice (headless), so
# the layout and the charts can be looked at without Excel: docs/screenshots/export-*.png.
#
#   tools/render_export.sh            # needs: libreoffice-calc poppler-utils fonts-dejavu-core
#
# Two workbooks: `userjourney demo` (Familie Schmidt and Müller, Anhang 6.5/6.7) and
# `userjourney demo --verlauf` (30 families whose summary is Anhang 6.6, entered over the
# project so that the sheet "Verlauf" has a history), the latter with the
# project period and Stand of Anhang 6.6. Not part of CI (LibreOffice is large).
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-$repo/.venv/bin/python}
out="$repo/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/export-*.png

cd "$repo"
"$python" -m userjourney demo --db "$work/demo.sqlite" >/dev/null
"$python" -m userjourney export "$work/export-demo.xlsx" --db "$work/demo.sqlite" --stand 2022-05-31 >/dev/null
"$python" -m userjourney demo --verlauf --db "$work/anna.sqlite" >/dev/null
"$python" -m userjourney export "$work/export-anna.xlsx" --db "$work/anna.sqlite" \
    --from 2020-08-01 --to 2021-12-31 --stand 2021-12-31 >/dev/null

# a private LibreOffice profile: never touch the user's
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
    "$work/export-demo.xlsx" "$work/export-anna.xlsx" >/dev/null
for name in export-demo export-anna; do
    # the cover, the four Bereiche, the Minijobs, the Verlauf and the first page of the raw data
    pdftoppm -png -r "${DPI:-80}" -f 1 -l 8 "$work/$name.pdf" "$out/$name"
done
ls "$out"/export-*.png
