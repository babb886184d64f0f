#!/usr/bin/env python3
"""Derives hangul-mandarin.txt (Hangul spelling of a Mandarin syllable -> toneless pinyin) from pinyin.txt.

Run from this folder:  python3 make-hangul-mandarin.py pinyin.txt > hangul-mandarin.txt
Every pinyin syllable that pinyin.txt knows is written in Hangul by the Korean standard for writing Mandarin (the
Chinese table of the 외래어 표기법: zh/j ㅈ, ch/q/c ㅊ, sh/x ㅅ, z ㅉ, s ㅆ, r ㄹ; i after zh ch sh r z c s is 으;
ia ie iao iu ian iang iong lose their y-glide after j and q, not x (자, 샤); ui and un with an initial are 우이 and 운, alone 웨이 and 원).
Several pinyin syllables share one Hangul spelling (feng and peng are both 펑); they are listed on one line, the one
with more characters in pinyin.txt first. The third field says whether a Sino-Korean reading can be spelt the same
way: "mandarin" when no Korean Hanja reading is (즈, 펑, 샤오: a name with such a syllable is not a Korean name),
"shared" when one can (정, 신, 양). The test is an approximation by syllable shape, written from the rules of
Sino-Korean syllables (no ㅆ/ㅉ onsets, no open 으, no -eng, -ing after most onsets, no two-syllable readings).
"""
import sys
from collections import defaultdict

ONSETS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
CODAS = {'': 0, 'ㄴ': 4, 'ㄹ': 8, 'ㅇ': 21}
INITIALS = {'zh': 'ㅈ', 'ch': 'ㅊ', 'sh': 'ㅅ', 'b': 'ㅂ', 'p': 'ㅍ', 'm': 'ㅁ', 'f': 'ㅍ', 'd': 'ㄷ', 't': 'ㅌ', 'n': 'ㄴ',
            'l': 'ㄹ', 'g': 'ㄱ', 'k': 'ㅋ', 'h': 'ㅎ', 'j': 'ㅈ', 'q': 'ㅊ', 'x': 'ㅅ', 'r': 'ㄹ', 'z': 'ㅉ', 'c': 'ㅊ', 's': 'ㅆ'}
# final -> syllables as (vowel, coda); the first takes the onset, the others start with ㅇ
FINALS = {
    'a': [('ㅏ', '')], 'o': [('ㅗ', '')], 'e': [('ㅓ', '')], 'ai': [('ㅏ', ''), ('ㅣ', '')], 'ei': [('ㅔ', ''), ('ㅣ', '')],
    'ao': [('ㅏ', ''), ('ㅗ', '')], 'ou': [('ㅓ', ''), ('ㅜ', '')], 'an': [('ㅏ', 'ㄴ')], 'en': [('ㅓ', 'ㄴ')],
    'ang': [('ㅏ', 'ㅇ')], 'eng': [('ㅓ', 'ㅇ')], 'ong': [('ㅜ', 'ㅇ')], 'er': [('ㅓ', 'ㄹ')],
    'i': [('ㅣ', '')], 'ia': [('ㅑ', '')], 'ie': [('ㅖ', '')], 'iao': [('ㅑ', ''), ('ㅗ', '')], 'iu': [('ㅠ', '')],
    'ian': [('ㅖ', 'ㄴ')], 'in': [('ㅣ', 'ㄴ')], 'iang': [('ㅑ', 'ㅇ')], 'ing': [('ㅣ', 'ㅇ')], 'iong': [('ㅠ', 'ㅇ')],
    'u': [('ㅜ', '')], 'ua': [('ㅘ', '')], 'uo': [('ㅝ', '')], 'uai': [('ㅘ', ''), ('ㅣ', '')], 'ui': [('ㅜ', ''), ('ㅣ', '')],
    'uan': [('ㅘ', 'ㄴ')], 'un': [('ㅜ', 'ㄴ')], 'uang': [('ㅘ', 'ㅇ')],
    'v': [('ㅟ', '')], 've': [('ㅞ', '')], 'van': [('ㅟ', ''), ('ㅏ', 'ㄴ')], 'vn': [('ㅟ', 'ㄴ')],
}
ALONE = {  # syllables with no initial, spelt with y and w
    'yi': 'i', 'ya': 'ia', 'ye': 'ie', 'yao': 'iao', 'you': 'iu', 'yan': 'ian', 'yin': 'in', 'yang': 'iang', 'ying': 'ing',
    'yong': 'iong', 'yu': 'v', 'yue': 've', 'yuan': 'van', 'yun': 'vn', 'wu': 'u', 'wa': 'ua', 'wo': 'uo', 'wai': 'uai',
    'wan': 'uan', 'wang': 'uang',
}
ALONE_SPECIAL = {'wei': [('ㅞ', ''), ('ㅣ', '')], 'wen': [('ㅝ', 'ㄴ')], 'weng': [('ㅝ', 'ㅇ')], 'yo': [('ㅛ', '')]}
PALATAL = {'ia': [('ㅏ', '')], 'ie': [('ㅔ', '')], 'iao': [('ㅏ', ''), ('ㅗ', '')], 'iu': [('ㅜ', '')], 'ian': [('ㅔ', 'ㄴ')],
           'iang': [('ㅏ', 'ㅇ')], 'iong': [('ㅜ', 'ㅇ')]}


def compose(onset, vowel, coda):
    return chr(0xAC00 + (ONSETS.index(onset) * 21 + VOWELS.index(vowel)) * 28 + CODAS[coda])


def hangul(syllable):
    if syllable in ALONE_SPECIAL:
        parts, onset = ALONE_SPECIAL[syllable], 'ㅇ'
    elif syllable in ALONE or syllable in FINALS:
        parts, onset = FINALS[ALONE.get(syllable, syllable)], 'ㅇ'
    else:
        initial = next((i for i in INITIALS if syllable.startswith(i)), None)
        if initial is None:
            return None
        final = syllable[len(initial):]
        if initial in ('j', 'q', 'x') and final.startswith('u'):
            final = 'v' + final[1:]
        if initial in ('zh', 'ch', 'sh', 'r', 'z', 'c', 's') and final == 'i':
            parts = [('ㅡ', '')]
        elif initial in ('j', 'q') and final in PALATAL:
            parts = PALATAL[final]
        elif final in FINALS:
            parts = FINALS[final]
        else:
            return None
        onset = INITIALS[initial]
    out = [compose(onset, *parts[0])] + [compose('ㅇ', *p) for p in parts[1:]]
    return ''.join(out)


def decompose(c):
    code = ord(c) - 0xAC00
    return ONSETS[code // 588], VOWELS[(code % 588) // 28], {v: k for k, v in CODAS.items()}.get(code % 28, '?')


def mandarin_only(spelling):
    if len(spelling) > 1:
        return True
    onset, vowel, coda = decompose(spelling)
    if onset in 'ㅆㅉ' or (vowel == 'ㅡ' and coda == ''):
        return True
    if vowel == 'ㅓ' and coda == 'ㅇ' and onset not in 'ㅅㅈㅊㅇ':
        return True
    if vowel == 'ㅣ' and coda == 'ㅇ' and onset != 'ㅇ':
        return True
    if vowel == 'ㅜ' and coda == 'ㅇ' and onset in 'ㄷㅌㄴㄹㅋㅎ':
        return True
    if vowel == 'ㅓ' and coda == 'ㄴ' and onset in 'ㅍㅁㄷㅌㄴㄹㅋ':
        return True
    if vowel == 'ㅓ' and coda == '' and onset in 'ㄷㅌㄴㄹㅋㅁ':
        return True
    if vowel == 'ㅝ' and coda == '' or vowel == 'ㅞ' and onset != 'ㄱ' or vowel == 'ㅟ' and (coda == 'ㄴ' or onset in 'ㅈㅅㄴㄹ'):
        return True
    if vowel == 'ㅘ' and (onset in 'ㄷㄹㅌㄴ' or coda and onset in 'ㅈㅊㅅ') or vowel == 'ㅔ' and coda:
        return True
    if vowel == 'ㅖ' and (coda == 'ㄴ' or onset in 'ㅂㅁㄷㅌㄴㅅ'):
        return True
    if vowel == 'ㅑ' and onset in 'ㄹㄴㅁㄷㅌㅂㅍㅅ':
        return True
    if vowel == 'ㅠ' and onset in 'ㅅㄴㅁㄷ':
        return True
    return False


counts = {}
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or '\t' not in line:
            continue
        reading, chars = line.rstrip('\n').split('\t')
        counts[reading] = len(chars)

by_spelling = defaultdict(list)
for reading in counts:
    spelling = hangul(reading)
    if spelling:
        by_spelling[spelling].append(reading)

print('# Hangul spelling of a Mandarin syllable (the Korean standard for writing Mandarin) -> toneless pinyin, derived')
print('# by make-hangul-mandarin.py from pinyin.txt. Fields: Hangul, pinyin readings (commonest first, comma-separated),')
print('# mandarin|shared (whether a Sino-Korean reading is spelt the same way). Do not edit: regenerate.')
for spelling in sorted(by_spelling):
    readings = sorted(by_spelling[spelling], key=lambda r: (-counts[r], r))
    print(f"{spelling}\t{','.join(readings)}\t{'mandarin' if mandarin_only(spelling) else 'shared'}")
