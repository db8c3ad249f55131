"""Make the open substitute fonts usable in Chromium PDFs (GBT9704.md §3, TOOLCHAIN.md) and cheap to embed.

Chromium embeds CFF-outline fonts (Fandol .otf, Debian's Noto CJK .ttc) as Type 3, unsubset,
with ToUnicode entries pointing at Kangxi radicals. For every face the PDF uses we therefore:
  1. convert CFF outlines to TrueType quadratics (cu2qu), so Chromium embeds subset CID TrueType;
  2. drop U+2E80–2FDF (radicals) and U+F900–FAFF (compatibility ideographs) from the cmap,
     so the reverse mapping of a shared glyph is the ordinary ideograph (extracted text = source);
  3. normalise ascent/descent to the ideographic em box (0.88 / 0.12 em, no line gap), so every
     face shares one baseline on the 22-line grid (FandolSong even has a positive hhea descent).

Then each face is cut into the files the page loads, because Chromium's work per embedded face and
document grows with the size of the whole face, not with the few hundred glyphs a document uses
(measured with one reused tab: ≈ 310 → ≈ 125 ms of Chromium CPU per document, same pixels at 300 dpi):
  - a face that prints only a few fixed strings keeps only their characters (ROLE_TEXT);
  - a face that prints arbitrary text is sliced by character frequency: the ~3,800 common characters
    (GB 2312 level 1, punctuation, Latin) in one file, GB 2312 level 2 in another, the rest in
    files of SLICE_SIZE code points. The page declares each file with its unicode-range, so a
    document loads and embeds only the slices its text touches (as @fontsource slices Noto SC, GBT9704.md).
  - layout tables (GSUB/GPOS/BASE/GDEF) and vertical metrics go: the template turns kerning and
    punctuation trimming off and never sets vertical text, so no glyph or advance changes.
Outputs go to OUT_DIR with faces.json, the manifest src/pdf/fonts.ts reads (role → files and their
unicode-range); a face whose sources and this script are unchanged is skipped.
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
    'hei': (f'{FANDOL}/FandolHei-Regular.otf', None, None),       # 黑体: 第N条, the draft mark
    'song': (f'{FANDOL}/FandolSong-Regular.otf', None, None),     # 宋体: page numbers
    'xbs': (f'{NOTO}/NotoSerifCJK-Black.ttc', 2, CJK_DOC_RANGES),  # 小标宋: 标志 and titles (index 2 = SC)
    'fallback': (f'{WENKAI}/LXGWWenKai-Regular.ttf', None, None),  # full GBK coverage for rare place names
}
# What the template prints in the faces used for fixed strings only (tests/pdf/fonts.test.ts checks
# that src/pdf still uses them for nothing else): 第N条 labels (numerals.ts) and 草稿 in 黑体;
# page numbers `— n —` in 宋体.
ROLE_TEXT = {
    'hei': '第条零一二三四五六七八九十百千草稿',
    'song': ' —0123456789',
}
SLICE_SIZE = 2000
DROP_RANGES = [(0x2E80, 0x2FDF), (0xF900, 0xFAFF)]
DROP_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'vhea', 'vmtx', 'VORG']
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


def subset_options(layout):
    from fontTools import subset
    opts = subset.Options()
    opts.layout_features = ['*'] if layout else []
    opts.name_IDs = ['*']
    opts.notdef_outline = True
    opts.glyph_names = True
    opts.hinting = False
    if not layout:
        opts.drop_tables += DROP_TABLES
    return opts


def subset_font(font, unicodes, layout=False):
    from fontTools import subset
    sub = subset.Subsetter(subset_options(layout))
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def gb2312_level(cp):
    """1 or 2 for a hanzi of GB 2312 level 1 (常用, rows 16–55) or level 2 (rows 56–87), else 0."""
    try:
        code = chr(cp).encode('gb2312')
    except UnicodeEncodeError:
        return 0
    if len(code) != 2 or code[0] < 0xB0:
        return 0
    return 1 if code[0] <= 0xD7 else 2


def slices(codepoints):
    """Common characters first (every document needs them), then level 2, then the rest in code point order."""
    common = [cp for cp in codepoints if cp < 0x3400 or 0xFF00 <= cp <= 0xFFEF or gb2312_level(cp) == 1]
    level2 = [cp for cp in codepoints if gb2312_level(cp) == 2]
    taken = set(common) | set(level2)
    rest = [cp for cp in codepoints if cp not in taken]
    return [s for s in [common, level2] + [rest[i:i + SLICE_SIZE] for i in range(0, len(rest), SLICE_SIZE)] if s]


def unicode_range(codepoints):
    """CSS unicode-range of sorted code points, consecutive runs merged: U+20-7e,U+a0,…"""
    runs = []
    for cp in codepoints:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return ','.join(f'U+{a:x}' if a == b else f'U+{a:x}-{b:x}' for a, b in runs)


def prepare(name, src, index, keep, out_dir):
    """Writes the files of one face; returns its manifest entries."""
    from fontTools.ttLib import TTFont
    # recalcTimestamp off: the files (and so the fonts embedded in every PDF) are the same bytes on every
    # machine and every run, so PDFs rendered by separate CI jobs stay byte-identical.
    font = TTFont(src, fontNumber=index if index is not None else -1, lazy=False, recalcTimestamp=False)
    if keep:
        subset_font(font, [cp for lo, hi in keep for cp in range(lo, hi + 1)], layout=True)
    if 'CFF ' in font:
        cff_to_glyf(font)
    for table in font['cmap'].tables:
        if table.isUnicode():
            table.cmap = {cp: g for cp, g in table.cmap.items() if not dropped(cp)}
    normalise_metrics(font)
    whole = os.path.join(out_dir, f'.{name}.whole.ttf')
    font.save(whole)
    covered = sorted(font.getBestCmap())
    if name in ROLE_TEXT:
        parts = [sorted({ord(c) for c in ROLE_TEXT[name]} & set(covered))]
        files = [f'{name}.ttf']
    else:
        parts = slices(covered)
        files = [f'{name}-{i}.ttf' for i in range(len(parts))]
    entries = []
    for file, part in zip(files, parts):
        piece = TTFont(whole, lazy=False, recalcTimestamp=False)
        subset_font(piece, part)
        tmp = os.path.join(out_dir, f'.{file}.tmp')
        piece.save(tmp)
        os.replace(tmp, os.path.join(out_dir, file))
        entries.append({'file': file, 'unicodeRange': unicode_range(part)})
    os.remove(whole)
    return entries


def identity(src, index, keep):
    st = os.stat(src)
    script = open(__file__, 'rb').read()
    return hashlib.sha256(json.dumps([src, st.st_size, int(st.st_mtime), index, keep]).encode() + script).hexdigest()


def write_json(path, value):
    tmp = f'{path}.tmp'
    with open(tmp, 'w') as f:
        json.dump(value, f, indent=1, ensure_ascii=False)
    os.replace(tmp, path)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    manifest_path = os.path.join(out_dir, 'faces.json')
    stamp_path = os.path.join(out_dir, 'stamps.json')
    manifest = json.load(open(manifest_path)) if os.path.exists(manifest_path) else {}
    stamps = json.load(open(stamp_path)) if os.path.exists(stamp_path) else {}
    todo = {}
    for name, (src, index, keep) in FACES.items():
        ident = identity(src, index, keep)
        files = [e['file'] for e in manifest.get(name, [])]
        if stamps.get(name) == ident and files and all(os.path.exists(os.path.join(out_dir, f)) for f in files):
            continue
        todo[name] = ident
    with ProcessPoolExecutor(max_workers=2) as pool:
        jobs = {n: pool.submit(prepare, n, *FACES[n], out_dir) for n in todo}
        for n, job in jobs.items():
            manifest[n] = job.result()
            stamps[n] = todo[n]
            print(f'[fonts] {n}: {len(manifest[n])} file(s) written', flush=True)
    manifest = {n: manifest[n] for n in FACES}
    # The manifest after its files and before the stamps: an interrupted run is redone, never trusted.
    write_json(manifest_path, manifest)
    write_json(stamp_path, stamps)
    listed = {e['file'] for entries in manifest.values() for e in entries}
    for f in os.listdir(out_dir):
        if f.endswith('.ttf') and f not in listed:
            os.remove(os.path.join(out_dir, f))  # files of an earlier layout (e.g. unsliced faces)
    if not todo:
        print('[fonts] up to date')


if __name__ == '__main__':
    main()
