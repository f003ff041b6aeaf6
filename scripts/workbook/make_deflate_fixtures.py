#!/usr/bin/env python3
"""Writes the raw-DEFLATE fixtures of the workbook tests, with zlib as the
reference encoder and decoder.

    python3 scripts/workbook/make_deflate_fixtures.py

Output: Tests/SRBKitTests/Fixtures/workbooks/deflate/
  NAME.deflate        a raw DEFLATE stream (no zlib header; wbits=-15)
  manifest.tsv        name, expected outcome, inflated length, CRC-32 (hex), what it is
                      outcome "ok": zlib inflates it to that length and CRC;
                      otherwise the error the decoder must report (zlib rejects it too)
Deterministic: the same script writes the same bytes.
"""
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "SRBKitTests", "Fixtures", "workbooks", "deflate")

rows = []


def emit(name, stream, outcome="ok", note=""):
    with open(os.path.join(OUT, name + ".deflate"), "wb") as f:
        f.write(stream)
    if outcome == "ok":
        data = zlib.decompress(stream, wbits=-15)
        rows.append((name, "ok", len(data), "%08x" % zlib.crc32(data), note))
    else:
        try:
            d = zlib.decompressobj(wbits=-15)
            d.decompress(stream)
            if not d.eof:
                raise zlib.error("incomplete stream")
            raise SystemExit("zlib accepted the corrupt fixture " + name)
        except zlib.error as error:
            rows.append((name, outcome, 0, "-", note + " (zlib: %s)" % error))


def compress(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, wbits=-15, pieces=None, flush=None):
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, 9, strategy)
    if pieces is None:
        return c.compress(data) + c.flush()
    out = b""
    step = len(data) // pieces
    for i in range(pieces):
        out += c.compress(data[i * step:(i + 1) * step if i < pieces - 1 else len(data)])
        if i < pieces - 1:
            out += c.flush(flush[i % len(flush)])
    return out + c.flush()


def vietnamese_register(rng, lines):
    wards = ["Bồ Đề", "Cự Khối", "Gia Thụy", "Giang Biên", "Long Biên", "Ngọc Lâm", "Ngọc Thụy",
             "Phúc Lợi", "Phúc Đồng", "Sài Đồng", "Thượng Thanh", "Thạch Bàn", "Việt Hưng", "Đức Giang"]
    out = ["mã,phường/xã,ngày sinh,giới tính,lần sinh\n"]
    for i in range(lines):
        out.append("%06d,%s,%02d/%02d/%d,%s,%d\n" % (
            i + 1, rng.choice(wards), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2024),
            rng.choice(["Nam", "Nữ"]), rng.randint(1, 4)))
    return "".join(out).encode("utf-8")


def sheet_xml(rng, rows_count):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet><sheetData>']
    for r in range(1, rows_count + 1):
        out.append('<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c>'
                   '<c r="C%d" s="1"><v>%d</v></c></row>' % (r, r, r, r, rng.randint(0, 13), r, rng.randint(43000, 45600)))
    out.append("</sheetData></worksheet>")
    return "".join(out).encode("utf-8")


class BitWriter:
    """Bits least significant first, as DEFLATE packs them."""

    def __init__(self):
        self.bits = []

    def put(self, value, count):
        for i in range(count):
            self.bits.append((value >> i) & 1)

    def put_code(self, code, length):
        # Huffman codes are packed most significant bit first.
        for i in reversed(range(length)):
            self.bits.append((code >> i) & 1)

    def align(self):
        while len(self.bits) % 8:
            self.bits.append(0)

    def bytes(self):
        self.align()
        return bytes(sum(self.bits[i + j] << j for j in range(8)) for i in range(0, len(self.bits), 8))


def canonical(lengths):
    """Canonical codes for code lengths (RFC 1951 3.2.2)."""
    maximum = max(lengths) if lengths else 0
    count = [0] * (maximum + 1)
    for length in lengths:
        if length:
            count[length] += 1
    code, next_code = 0, [0] * (maximum + 2)
    for bits in range(1, maximum + 1):
        code = (code + count[bits - 1]) << 1 if bits > 1 else 0
        next_code[bits] = code
    codes = []
    for length in lengths:
        if length:
            codes.append(next_code[length])
            next_code[length] += 1
        else:
            codes.append(None)
    return codes


ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


def dynamic_block(writer, literal_lengths, distance_lengths, symbols, final=True,
                  code_length_lengths=None, code_length_symbols=None):
    """A dynamic block: header from the given code lengths, then `symbols`
    (("lit", byte) | ("match", length_symbol, extra_value, extra_bits, distance_symbol, dextra, dbits) | ("eob",))."""
    writer.put(1 if final else 0, 1)
    writer.put(2, 2)
    writer.put(len(literal_lengths) - 257, 5)
    writer.put(len(distance_lengths) - 1, 5)
    if code_length_lengths is None:
        code_length_lengths = [4 if s < 16 else 0 for s in range(19)]
    writer.put(15, 4)  # all 19 code-length code lengths follow
    for s in ORDER:
        writer.put(code_length_lengths[s], 3)
    cl_codes = canonical(code_length_lengths)
    for s in (code_length_symbols if code_length_symbols is not None else literal_lengths + distance_lengths):
        if isinstance(s, tuple):  # (symbol, extra value, extra bits)
            writer.put_code(cl_codes[s[0]], code_length_lengths[s[0]])
            writer.put(s[1], s[2])
        else:
            writer.put_code(cl_codes[s], code_length_lengths[s])
    lit_codes = canonical(literal_lengths)
    dist_codes = canonical(distance_lengths)
    for sym in symbols:
        if sym[0] == "lit":
            writer.put_code(lit_codes[sym[1]], literal_lengths[sym[1]])
        elif sym[0] == "eob":
            writer.put_code(lit_codes[256], literal_lengths[256])
        else:
            _, lsym, lextra, lbits, dsym, dextra, dbits = sym
            writer.put_code(lit_codes[lsym], literal_lengths[lsym])
            writer.put(lextra, lbits)
            writer.put_code(dist_codes[dsym], distance_lengths[dsym])
            writer.put(dextra, dbits)


def fixed_literal(writer, symbol):
    if symbol < 144:
        writer.put_code(0x30 + symbol, 8)
    elif symbol < 256:
        writer.put_code(0x190 + symbol - 144, 9)
    elif symbol < 280:
        writer.put_code(symbol - 256, 7)
    else:
        writer.put_code(0xC0 + symbol - 280, 8)


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    rng = random.Random(20240501)
    register = vietnamese_register(rng, 900)              # ~45 KB of CSV-like text
    sheet = sheet_xml(rng, 700)                           # ~60 KB of sheet XML
    noise = bytes(rng.getrandbits(8) for _ in range(6000))
    block = bytes(rng.getrandbits(8) for _ in range(32000))
    far = block * 3                                       # matches ~32 000 bytes back
    run = b"a" * 70000                                    # distance 1, length 258
    datasets = {"register": register, "sheet": sheet, "noise": noise}

    emit("empty-level6", compress(b""), note="empty input")
    emit("empty-level0", compress(b"", level=0), note="empty input, stored")
    emit("one-byte", compress(b"A"), note="1-byte input")
    emit("one-byte-level0", compress(b"A", level=0), note="1-byte input, stored")
    for name, data in datasets.items():
        for level in (0, 1, 6, 9):
            emit("%s-level%d" % (name, level), compress(data, level=level), note="level %d" % level)
        for strategy, label in ((zlib.Z_FIXED, "fixed"), (zlib.Z_HUFFMAN_ONLY, "huffman-only"),
                                (zlib.Z_RLE, "rle"), (zlib.Z_FILTERED, "filtered")):
            emit("%s-%s" % (name, label), compress(data, strategy=strategy), note="strategy " + label)
    emit("register-head", compress(register[:4000], level=9), note="the first 4 000 bytes: bit flips target")
    emit("run-distance-one", compress(run, level=9), note="70 000 'a': distance 1, length 258")
    emit("run-rle", compress(run, strategy=zlib.Z_RLE), note="RLE strategy on a run")
    emit("far-back-references", compress(far, level=9), note="random 32 000 bytes thrice: distances near 32 KiB")
    emit("far-back-references-fixed", compress(far, strategy=zlib.Z_FIXED), note="the same, fixed codes")
    emit("small-window", compress(register, wbits=-9), note="wbits -9 (512-byte window)")
    emit("sync-flush", compress(register, pieces=5, flush=[zlib.Z_SYNC_FLUSH]),
         note="Z_SYNC_FLUSH between pieces: empty stored blocks")
    emit("full-flush", compress(sheet, pieces=4, flush=[zlib.Z_FULL_FLUSH, zlib.Z_SYNC_FLUSH]),
         note="Z_FULL_FLUSH and Z_SYNC_FLUSH")
    emit("partial-and-block-flush", compress(register, pieces=6, flush=[zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]),
         note="Z_PARTIAL_FLUSH and Z_BLOCK")
    emit("mixed-levels", mixed_levels(register), note="stored, fixed and dynamic blocks in one stream")
    emit("big-8mib", big_stream(rng), note="8 MiB of pool copies: many window slides")

    # Valid streams zlib's encoder never writes, built bit by bit.
    w = BitWriter()
    lit = [0] * 257
    lit[ord("x")] = 1
    lit[256] = 1
    three = [0] * 258
    three[ord("x")] = 1
    three[256] = 2
    three[257] = 2
    dynamic_block(w, three, [1], [("lit", ord("x")), ("match", 257, 0, 0, 0, 0, 0), ("eob",)])
    emit("single-distance-code", w.bytes(), note="one distance code of length 1 (incomplete, allowed)")
    w = BitWriter()
    dynamic_block(w, lit, [0], [("lit", ord("x")), ("lit", ord("x")), ("eob",)])
    emit("no-distance-codes", w.bytes(), note="literals only, no distance code at all")
    w = BitWriter()
    w.put(0, 1); w.put(1, 2)
    fixed_literal(w, ord("h")); fixed_literal(w, ord("i")); fixed_literal(w, 256)
    w.put(1, 1); w.put(0, 2); w.align(); w.put(3, 16); w.put(0xFFFC, 16)
    w.bits.extend(sum(([(c >> i) & 1 for i in range(8)] for c in b"abc"), []))
    emit("fixed-then-stored", w.bytes(), note="a fixed block, then a final stored block")

    # Corrupt streams: each must give the named error, never a crash or a hang.
    emit("bad-block-type", bytes([0x07]), "invalidBlockType", "BFINAL=1, BTYPE=11")
    emit("stored-length-mismatch", bytes([0x01, 0x05, 0x00, 0x00, 0x00]) + b"hello",
         "storedLengthMismatch", "NLEN not the complement of LEN")
    w = BitWriter()
    w.put(1, 1); w.put(1, 2)
    fixed_literal(w, 257); w.put_code(0, 5); fixed_literal(w, 256)
    emit("distance-too-far-back", w.bytes(), "distanceTooFarBack", "a match before any output")
    w = BitWriter()
    w.put(1, 1); w.put(1, 2)
    fixed_literal(w, ord("a")); fixed_literal(w, 286); fixed_literal(w, 256)
    emit("fixed-symbol-286", w.bytes(), "invalidSymbol", "literal/length symbol 286 in a fixed block")
    w = BitWriter()
    w.put(1, 1); w.put(1, 2)
    fixed_literal(w, ord("a")); fixed_literal(w, 257); w.put_code(30, 5); fixed_literal(w, 256)
    emit("fixed-distance-30", w.bytes(), "invalidSymbol", "distance symbol 30 in a fixed block")
    w = BitWriter()
    dynamic_block(w, lit, [1], [("eob",)], code_length_lengths=[1] * 19)
    emit("oversubscribed-code-lengths", w.bytes(), "invalidCodeLengths", "19 code-length codes of 1 bit")
    w = BitWriter()
    bad = [0] * 257
    bad[ord("x")] = 2
    bad[ord("y")] = 2
    bad[256] = 2
    dynamic_block(w, bad, [1], [("eob",)])
    emit("incomplete-literal-code", w.bytes(), "invalidCodeLengths", "three 2-bit codes: incomplete")
    w = BitWriter()
    no_end = [0] * 257
    no_end[ord("x")] = 1
    no_end[ord("y")] = 1
    dynamic_block(w, no_end, [1], [("lit", ord("x"))])
    emit("missing-end-of-block", w.bytes(), "missingEndOfBlock", "code length 0 for symbol 256")
    w = BitWriter()
    cl = [4 if (s < 15 or s == 16) else 0 for s in range(19)]
    dynamic_block(w, lit, [1], [("eob",)], code_length_lengths=cl,
                  code_length_symbols=[(16, 0, 2)] + lit + [1])
    emit("repeat-without-previous", w.bytes(), "invalidRepeat", "code 16 first")
    w = BitWriter()
    cl = [4 if (s < 15 or s == 18) else 0 for s in range(19)]
    dynamic_block(w, lit, [1], [("eob",)], code_length_lengths=cl,
                  code_length_symbols=[(18, 127, 7)] * 3)
    emit("repeat-past-end", w.bytes(), "invalidRepeat", "zeros past the code count")
    w = BitWriter()
    w.put(1, 1); w.put(2, 2); w.put(30, 5); w.put(0, 5); w.put(0, 4)
    w.put(0, 64)
    emit("too-many-length-codes", w.bytes(), "tooManyCodes", "HLIT 30: 287 codes")
    whole = compress(register[:3000])
    emit("truncated-register", whole[:len(whole) // 2], "truncated", "half of a stream")
    emit("truncated-stored", compress(noise[:3000], level=0)[:1500], "truncated", "a stored block cut short")
    emit("truncated-header", compress(register)[:1], "truncated", "one byte of a dynamic header")
    emit("no-final-block", sync_only(register[:2000]), "truncated", "blocks end at a sync flush, no final block")

    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("name\toutcome\tlength\tcrc32\tnote\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT))
    print("%d fixtures, %d bytes" % (len(rows), total), file=sys.stderr)


def sync_only(data):
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_SYNC_FLUSH)


def mixed_levels(data):
    # zlib.compressobj cannot change level midway in Python (no deflateParams), so
    # splice streams: each piece ends with a sync flush, byte aligned, non-final.
    out = b""
    pieces = [(0, zlib.Z_DEFAULT_STRATEGY), (6, zlib.Z_FIXED), (9, zlib.Z_DEFAULT_STRATEGY), (1, zlib.Z_HUFFMAN_ONLY)]
    step = len(data) // len(pieces)
    for i, (level, strategy) in enumerate(pieces):
        c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
        piece = data[i * step:(i + 1) * step if i < len(pieces) - 1 else len(data)]
        if i < len(pieces) - 1:
            out += c.compress(piece) + c.flush(zlib.Z_SYNC_FLUSH)
        else:
            out += c.compress(piece) + c.flush()
    return out


def big_stream(rng):
    """8 MiB: a 20 000-byte random pool again and again, each copy after a
    counter, so matches reach 20 004 bytes back and the output slides its
    window many times, from a stream of about 100 KB."""
    pool = bytes(rng.getrandbits(8) for _ in range(20000))
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    out = []
    total = 0
    copy = 0
    while total < 8 << 20:
        piece = b"%04d" % copy + pool
        out.append(c.compress(piece))
        total += len(piece)
        copy += 1
    out.append(c.flush())
    return b"".join(out)


if __name__ == "__main__":
    main()
