"""The batched MinHash signatures are datasketch's, and Devanagari text is handled as words."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH
from llmworks_curation.minhash import Shingler, bands, near_duplicates, signatures
from llmworks_curation.text import dedupe_key, script_of, words

TEXTS = [
    "the quick brown fox jumps over the lazy dog and then runs far away into the forest",
    "short one",
    "",
    "a b c d e",
    "भारत एक विशाल देश है और यहाँ की संस्कृति बहुत पुरानी है।",
    "Rivers carry water from the mountains to the sea, shaping valleys and feeding farms!",
]


def test_signatures_equal_datasketch_minhash_of_the_same_shingles():
    sigs = signatures(TEXTS * 700, num_perm=64, ngram=3, seed=7)  # several blocks of rows
    for i, text in enumerate(TEXTS * 700):
        if i % 97:
            continue
        m = MinHash(num_perm=64, seed=7, hashfunc=lambda x: x)
        m.update_batch([int(h) for h in Shingler(3).hashes(text)])
        assert np.array_equal(sigs[i], m.hashvalues), text


def test_bands_are_datasketchs():
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    assert bands(0.8, 128) == (lsh.b, lsh.r)


def test_near_duplicates_point_at_the_first_row_of_the_cluster():
    base = " ".join(f"w{i}" for i in range(60))
    texts = [base, base.replace("w30", "x30"), "something else entirely with other words in it", base.replace("w59", "y59")]
    found = {d.row: d.of for d in near_duplicates(signatures(texts), 0.8)}
    assert found == {1: 0, 3: 0}


def test_devanagari_words_and_keys():
    assert words("हिंदी भाषा में।") == ["हिंदी", "भाषा", "में"]
    assert dedupe_key("  हिंदी,  भाषा!! ") == "हिंदी भाषा"
    assert script_of("नमस्ते दुनिया") == "Devanagari" and script_of("hello") == "Latin" and script_of("123") == "Common"
