#!/usr/bin/env python3
"""Derives pinyin.txt (Han character -> toneless pinyin) from Unicode's Unihan readings.

Run from this folder after `apt-get install unicode-data`:
    python3 make-pinyin.py /usr/share/unicode/Unihan_Readings.txt.bz2 > pinyin.txt
Each character of the CJK Unified Ideographs block (U+4E00-U+9FFF) with a kMandarin reading gets its first (most
common) reading with the tone mark removed and u-umlaut written u, as the English press writes names. Lines group
the characters by reading, so the table stays small. Readings a character takes as a surname live in
pinyin-surnames.txt (written by hand), not here.
"""
import bz2, sys, unicodedata
from collections import defaultdict

def toneless(reading):
    plain = ''.join(c for c in unicodedata.normalize('NFD', reading) if not unicodedata.combining(c))
    return plain.replace('ü', 'u').lower()

by_reading = defaultdict(list)
with bz2.open(sys.argv[1], 'rt', encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or '\tkMandarin\t' not in line:
            continue
        code, _, value = line.rstrip('\n').split('\t')
        cp = int(code[2:], 16)
        if 0x4E00 <= cp <= 0x9FFF:
            by_reading[toneless(value.split()[0])].append(chr(cp))

print('# Han character -> toneless pinyin, derived by make-pinyin.py from Unicode Unihan_Readings.txt (kMandarin,')
print('# first reading). One line per reading: the reading, a tab, then its characters. Do not edit: regenerate.')
for reading in sorted(by_reading):
    print(reading + '\t' + ''.join(by_reading[reading]))
