"""Make the open substitute fonts usable in Chromium PDFs (GBT9704.md §3, TOOLCHAIN.md).

Chromium embeds CFF-outline fonts (Fandol .otf, Debian's Noto CJK .ttc) as Type 3, unsubset,
with ToUnicode entries pointing at Kangxi radicals. For every face the PDF uses we therefore:
  1. convert CFF outlines to TrueType quadratics (cu2qu), so Chromium embeds subset CID TrueType;
  2. drop U+2E80–2FDF (radicals) and U+F900–FAFF (compatibility ideographs) from the cmap,
     so the reverse mapping of a shared glyph is the ordinary ideograph (extracted text = source);
  3. normalise ascent/descent to the ideographic em box (0.88 / 0.12 em, no line gap), so every
     face shares one baseline on the 22-line grid (FandolSong even has a positive hhea descent).
Outputs go to .cache/fonts/ (gitignored); a face whose source and this script are unchanged is skipped.
Usage: /usr/bin/python3 scripts/fonts/prepare.py OUT_DIR
"""
import hashlib
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor

FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'
NOTO = '/usr/share/fonts/opentype/noto'
WENKAI = '/usr/share/fonts/truetype/lxgw-wenkai'

# name → (source file, index in a collection, optional Unicode subset)
# The 小标宋 face is a 65 535-glyph collection member: keep only what a Chinese official document
# can contain (CJK ideographs, punctuation, full-width forms, ASCII) so conversion stays ~1 min.
CJK_DOC_RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x218F), (0x2460, 0x24FF),
                  (0x2500, 0x257F), (0x25A0, 0x26FF), (0x3000, 0x303F), (0x3200, 0x33FF),
                  (0x4E00, 0x9FFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF)]
FACES = {
    'fang': (f'{FANDOL}/FandolFang-Regular.otf', None, None),     # 仿宋: body text
    'hei': (f'{FANDOL}/FandolHei-Regular.otf', None, None),       # 黑体: 第N条, level-1 headings
    'kai': (f'{FANDOL}/FandolKai-Regular.otf', None, None),       # 楷体: level-2 headings
    'song': (f'{FANDOL}/FandolSong-Regular.otf', None, None),     # 宋体: page numbers
    'xbs': (f'{NOTO}/NotoSerifCJK-Black.ttc', 2, CJK_DOC_RANGES),  # 小标宋: 标志 and titles (index 2 = SC)
    'fallback': (f'{WENKAI}/LXGWWenKai-Regular.ttf', None, None),  # full GBK coverage for rare place names
}
DROP_RANGES = [(0x2E80, 0x2FDF), (0xF900, 0xFAFF)]
ASCENT, DESCENT = 0.88, 0.12


def dropped(cp):
    return any(lo <= cp <= hi for lo, hi in DROP_RANGES)


def cff_to_glyf(font):
    """Replace CFF outlines by quadratic TrueType glyphs (the fontTools otf2ttf recipe)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    font['glyf'] = glyf
    for tag in ('CFF ', 'VORG'):
        if tag in font:
            del font[tag]
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for k in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
              'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, k, 0)
    maxp.maxZones = 1
    post = font['post']
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font.sfntVersion = '\x00\x01\x00\x00'


def normalise_metrics(font):
    upm = font['head'].unitsPerEm
    asc, desc = round(ASCENT * upm), round(DESCENT * upm)
    hhea, os2 = font['hhea'], font['OS/2']
    hhea.ascent, hhea.descent, hhea.lineGap = asc, -desc, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = asc, -desc, 0
    os2.usWinAscent, os2.usWinDescent = asc, desc
    os2.version = max(os2.version, 4)  # fsSelection bit 7 is defined from version 4 on
    os2.fsSelection |= 1 << 7  # USE_TYPO_METRICS


def prepare(name, src, index, keep, out_dir):
    from fontTools.ttLib import TTFont
    from fontTools import subset
    font = TTFont(src, fontNumber=index if index is not None else -1, lazy=False)
    if keep:
        opts = subset.Options()
        opts.layout_features = ['*']
        opts.name_IDs = ['*']
        opts.notdef_outline = True
        opts.glyph_names = True
        opts.hinting = False
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=[cp for lo, hi in keep for cp in range(lo, hi + 1)])
        sub.subset(font)
    if 'CFF ' in font:
        cff_to_glyf(font)
    for table in font['cmap'].tables:
        if table.isUnicode():
            table.cmap = {cp: g for cp, g in table.cmap.items() if not dropped(cp)}
    normalise_metrics(font)
    tmp = os.path.join(out_dir, f'.{name}.ttf.tmp')
    font.save(tmp)
    os.replace(tmp, os.path.join(out_dir, f'{name}.ttf'))
    return name


def identity(src, index, keep):
    st = os.stat(src)
    script = open(__file__, 'rb').read()
    return hashlib.sha256(json.dumps([src, st.st_size, int(st.st_mtime), index, keep]).encode() + script).hexdigest()


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    stamp_path = os.path.join(out_dir, 'stamps.json')
    stamps = json.load(open(stamp_path)) if os.path.exists(stamp_path) else {}
    todo = {}
    for name, (src, index, keep) in FACES.items():
        ident = identity(src, index, keep)
        if stamps.get(name) == ident and os.path.exists(os.path.join(out_dir, f'{name}.ttf')):
            continue
        todo[name] = ident
    with ProcessPoolExecutor(max_workers=2) as pool:
        jobs = {n: pool.submit(prepare, n, *FACES[n], out_dir) for n in todo}
        for n, job in jobs.items():
            job.result()
            stamps[n] = todo[n]
            print(f'[fonts] {n}.ttf written', flush=True)
            with open(stamp_path, 'w') as f:
                json.dump(stamps, f, indent=1)
    if not todo:
        print('[fonts] up to date')


if __name__ == '__main__':
    main()
