#!/usr/bin/env python3
"""Regenerates fonts/CadreSans-*.ttf from Debian's fonts-liberation2 (2.1.5).

The PDF writer embeds subsets of these files. They are Liberation Sans 2.1.5 (SIL OFL
1.1), cut to the scripts Cadre covers (Latin with its extensions, Greek, Cyrillic,
punctuation and symbols), without TrueType hinting nor OpenType layout tables (the PDF
writer uses neither), which takes the three faces from 641 KB to 193 KB gzipped. A modified font may not keep the Reserved Font Names
"Liberation" and "Arimo" (OFL clause 3), so the family is renamed "Cadre Sans".

    apt-get download fonts-liberation2 && dpkg-deb -x fonts-liberation2_*.deb /tmp/lib2
    pip install fonttools && python3 fonts/make.py /tmp/lib2/usr/share/fonts/truetype/liberation2
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

# Latin (Basic, Latin-1, Extended-A/B, IPA bits, Extended Additional), combining marks,
# Greek (with polytonic), Cyrillic (with Supplement), punctuation, currency, letterlike
# symbols, arrows, maths and geometric shapes, f-ligatures.
UNICODES = (
    "U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,"
    "U+1F00-1FFF,U+2000-206F,U+20A0-20CF,U+2100-215F,U+2190-2199,U+2200-22FF,U+25A0-25FF,"
    "U+FB01-FB02"
)
FACES = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic"}


def main(src):
    here = os.path.dirname(os.path.abspath(__file__))
    for face, style in FACES.items():
        font = TTFont(os.path.join(src, f"LiberationSans-{face}.ttf"))
        options = subset.Options()
        options.hinting = False
        options.layout_features = []
        options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
        options.notdef_outline = True
        options.glyph_names = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
        subsetter.subset(font)
        for table in ("FFTM", "DSIG", "GSUB", "GPOS", "GDEF", "kern", "gasp"):
            if table in font:
                del font[table]
        names = font["name"]
        for record in list(names.names):
            text = record.toUnicode()
            if record.nameID in (1, 3, 4, 6):
                text = text.replace("Liberation Sans", "Cadre Sans").replace("LiberationSans", "CadreSans")
                text = text.replace("Liberation", "Cadre").replace("Arimo", "Cadre")
                record.string = text
        font["name"].setName("Version 2.1.5; derived from Liberation Sans 2.1.5 by Cadre", 5, 3, 1, 0x409)
        font.save(os.path.join(here, f"CadreSans-{style}.ttf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2")
