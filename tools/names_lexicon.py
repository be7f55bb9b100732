#!/usr/bin/env python3
"""Regenerates src/data/names.bloom, the word lists of the names tagger, as one
Bloom filter (so that no list needs parsing at start-up, and it stays small).

Sets, each stored as "<tag>:<lowercase word>":
  m: / f:  given names, male / female: the US Census Bureau's 1990 name files
           (public domain) shipped in the PyPI package `names` 0.3.0, each name
           in the set of the sex it is more frequent for; plus the hand-made
           lists below of common given names of other cultures (Arabic, Chinese,
           Indian, African, Slavic, ...).
  s:       surnames: the 15,000 most frequent of the same census file, plus the
           hand-made list of common surnames of other cultures below.
  w:       common words: words written in lower case at least twice in the
           CoNLL-2003 English training text (derived counts only; no text is
           kept), so that a capitalised common word ("Design", "Law") is known
           not to be a name.

    python3 -m venv /tmp/gaz-venv && /tmp/gaz-venv/bin/pip install names==0.3.0
    /tmp/gaz-venv/bin/python tools/names_lexicon.py ../shared/corpora/conll2003_train.jsonl > src/data/names.bloom

The filter: a text header ending in the line "AABLOOM1", then the number of
bits (u32 LE, a power of two), the number of hashes (u32 LE), then the bits.
Hash i of a key is FNV-1a 64 of the byte i followed by the key's UTF-8 bytes,
folded to 32 bits (x ^ x >> 32) — the same function as src/extract/names/tagger.rs.
"""
import collections
import json
import os
import re
import sys

import names

BITS = 1 << 18
HASHES = 4
SURNAMES = 15_000
WORD_MIN_COUNT = 2

MALE_OTHER = """mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein hussain khaled
khalid omar umar abdullah abdul ibrahim youssef yusuf mahmoud mustafa mostafa saleh salih karim
nasser walid tariq tarek hamid rashid said saeed jamal faisal fahd sultan abdel abdallah osama
bashar recep tayyip reza hossein javad mehdi amir ehsan jinping wenbin jun wei lei qiang ming
hao jian bo peng yong gang tao xiaoping zemin jintao keqiang yi hui chao kai narendra rahul amit
sanjay vijay arun ravi rajesh suresh ramesh anil sunil manmohan rajiv sachin virat arvind
shashi imran nawaz shehbaz asif pervez nelson jacob thabo cyril kofi kwame olusegun goodluck
muhammadu uhuru yoweri paul vladimir dmitry sergei sergey igor alexei alexey boris mikhail
nikolai viktor yuri andrei oleg volodymyr petro ivan jaroslaw lech andrzej zbigniew milos
recep emmanuel jacques francois nicolas jean pierre olaf angela helmut gerhard jose juan carlos
luis jorge miguel pedro andres manuel alejandro hugo evo nicolas luiz inacio jair shinzo
fumio yoshihide junichiro kim moon jae yoon suk khaled christoph feroz""".split()
FEMALE_OTHER = """fatima fatma aisha aysha ayesha maryam mariam zainab layla leila noor nour
amina yasmin yasmine sara hana huda malala benazir indira sonia priya pooja anjali sunita
kamala nirmala mamata mahenoor feroza nadia olga irina natalia natalya svetlana tatiana yulia
elena ekaterina anna marta agnieszka ngozi chimamanda ellen wangari winnie graca xiaoling
mei ling hua yan jing li fang ying tsai ing wen angela theresa ursula giorgia marine segolene
christine dilma cristina michelle hillary""".split()
SURNAMES_OTHER = """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin
luo gao zheng liang xie tang han cao deng feng zeng peng xiao cai pan tian dong yuan jiang
ye du su wei cheng lu ding shen ren yao jin fu xi lam chan wong leung cheung kwok ng tsang
mao deng hua kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song
nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly sato suzuki takahashi tanaka
watanabe ito yamamoto nakamura kobayashi abe kishida suga koizumi singh kumar sharma patel
gupta shah modi gandhi khan reddy rao iyer nair menon das bose banerjee chatterjee mukherjee
mansuri ahmed hussein hassan ali abbas rahman al-assad assad erdogan rouhani khamenei
raisi zarif netanyahu abbas haniyeh nasrallah hariri aziz hosseini karimi mohammadi rezaei
mubarak sisi morsi gaddafi saleh hadi mandela zuma ramaphosa mugabe kenyatta museveni
buhari obasanjo kagame abiy okonkwo adeyemi mensah osei diallo traore keita toure ndiaye
putin medvedev lavrov navalny gorbachev yeltsin ivanov petrov smirnov kuznetsov popov
zelensky poroshenko kuchma lukashenko kaczynski walesa tusk duda orban babis havel
merkel scholz schroeder kohl macron hollande sarkozy chirac heusgen lopez garcia martinez
rodriguez hernandez gonzalez perez sanchez ramirez torres flores rivera gomez diaz morales
ortiz gutierrez chavez maduro lula bolsonaro morales fernandez kirchner milei obrador
da silva santos oliveira souza pereira costa ferreira almeida nakamura bin al""".split()


def fnv(i, key):
    h = 0xcbf29ce484222325
    for b in bytes([i]) + key.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return (h ^ (h >> 32)) & 0xFFFFFFFF


def census(path):
    out = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out[parts[0].lower()] = float(parts[1])
    return out


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/conll2003_train.jsonl"
    base = os.path.dirname(names.__file__)
    male = census(os.path.join(base, "dist.male.first"))
    female = census(os.path.join(base, "dist.female.first"))
    keys = set()
    for name in set(male) | set(female):
        keys.add(("m:" if male.get(name, 0) >= female.get(name, 0) else "f:") + name)
    keys.update("m:" + n for n in MALE_OTHER)
    keys.update("f:" + n for n in FEMALE_OTHER)
    with open(os.path.join(base, "dist.all.last")) as f:
        for n, line in enumerate(f):
            if n >= SURNAMES:
                break
            keys.add("s:" + line.split()[0].lower())
    keys.update("s:" + n for n in SURNAMES_OTHER)
    counts = collections.Counter()
    word = re.compile(r"^[a-z][a-z'\-]*$")
    with open(corpus) as f:
        for line in f:
            for token in json.loads(line)["text"].split():
                if word.match(token):
                    counts[token] += 1
    keys.update("w:" + w for w, c in counts.items() if c >= WORD_MIN_COUNT)

    bits = bytearray(BITS // 8)
    for key in keys:
        for i in range(HASHES):
            h = fnv(i, key) & (BITS - 1)
            bits[h >> 3] |= 1 << (h & 7)
    out = sys.stdout.buffer
    out.write(b"# Names tagger word lists as a Bloom filter; generated by tools/names_lexicon.py.\n")
    out.write(b"# Given names and surnames: US Census Bureau 1990 (public domain, via PyPI `names` 0.3.0)\n")
    out.write(b"# and hand-made lists; common words: counts from CoNLL-2003 English train.\n")
    out.write(f"# {len(keys)} keys.\n".encode())
    out.write(b"AABLOOM1\n")
    out.write(BITS.to_bytes(4, "little"))
    out.write(HASHES.to_bytes(4, "little"))
    out.write(bytes(bits))


if __name__ == "__main__":
    main()
