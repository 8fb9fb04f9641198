"""English verbs, to tell a name from the word it also is ("Frank says" against "Frank discussion").

Read from the spaCy English pipeline's lemmatizer tables (installed, never downloaded); shared by
the post-rules, the patient's own name matcher and the facility finder, which sit on either side of
each other's imports.
"""

from __future__ import annotations

from functools import lru_cache

_SUBJECT_VERBS = frozenset("""
is was has had have will would can could should shall may might must does did says said reports reported
states stated tells told rang rings phoned called calls came comes went goes drove brought brings fell found
took takes left arrived wants wanted knows thinks feels felt lives lived agrees agreed declined refused
""".split())


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    from triage.deid_text.spacy_model import load_lookups

    return load_lookups(("verb",))


def is_verb_after_subject(word: str) -> bool:
    """An auxiliary, a common verb, or a regular third-person or past form of a verb ("settles")."""
    if word in _SUBJECT_VERBS:
        return True
    known_verbs = verbs()
    return any(word.endswith(end) and len(word) - len(end) >= 3 and word[: len(word) - len(end)] + add in known_verbs
               for end, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ies", "y")))
