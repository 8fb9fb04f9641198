"""The triage engine: rules from the manuals, the text and image models, and the one entry point.

``Engine.suggest`` combines the rule floors (``rules``, ``news2``), the text classifier
(``text_model`` + ``boosted_trees``), the ESI mapping (``esi``) and the image model
(``image_model``, inference only) into a :class:`~triage.suggestion.Suggestion`.
"""

from triage.engine.engine import IMAGE_FLOOR, RULES_ONLY_LEVEL, Engine
from triage.engine.fallback import suggest_or_rules

__all__ = ["Engine", "IMAGE_FLOOR", "RULES_ONLY_LEVEL", "suggest_or_rules"]
