"""Which language a reply is in, by py3langid.

Why py3langid: a maintained fork of langid.py (Lui & Baldwin's naive Bayes over byte n-grams), pure
Python on numpy with its model inside the 4.5 MB wheel, so it installs from PyPI alone and needs no
download at run time (fastText-based identifiers fetch a model; lingua's wheels are ~100 MB;
langdetect is unmaintained since 2021 and random unless seeded). It is restricted here to the
languages a reply could plausibly be in, which keeps it from naming rare neighbours (Extremaduran
for Spanish) on short replies.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

CANDIDATES = (
    "en", "es", "fr", "de", "it", "pt", "ru", "zh", "ar", "hi", "ja", "ko", "nl", "ca", "gl", "pl",
    "tr", "uk", "vi", "id", "sv", "ro", "fa", "ur", "he", "el", "cs", "bn", "mr", "ne",
)  # fmt: skip
# Fewer letters (and vowel signs) than this and no identifier is reliable: the check does not apply.
MIN_LETTERS = 12


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATES))
    return identifier


def identify(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short to tell.

    Code, numbers and URLs are stripped first: they say nothing about the language of the prose.
    """
    prose = re.sub(r"```.*?```|`[^`]*`|https?://\S+|\d+", " ", text, flags=re.S)
    letters = sum(unicodedata.category(ch)[0] in "LM" for ch in prose)
    # A CJK character counts three: it is about a word.
    letters += 2 * sum("\u3000" < ch < "\ud7b0" and unicodedata.category(ch) == "Lo" for ch in prose)
    if letters < MIN_LETTERS:
        return None
    code, _ = _identifier().classify(prose)
    return str(code)
