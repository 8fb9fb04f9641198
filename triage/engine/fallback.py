"""One entry point for every screen: the engine's suggestion, or the rules alone when it cannot.

The desktop app loads its models in a separate process (``ui/widgets/model_loader.py``); until they
arrive, and after that process dies, a screen still needs a suggestion, made at once and saying the
models did not judge it. Loading the models in the caller's process instead would import torch in
the GUI process and freeze it for 0.4-1.5 s, so this module never does.
"""

from __future__ import annotations

from typing import Any, Sequence

from triage import scales
from triage.engine.engine import Engine
from triage.engine.operating_point import site_point
from triage.errors import ModelUnavailable
from triage.intake import Intake
from triage.suggestion import ImageAssessment, Suggestion

LOADING = "models still loading or unavailable"


def rules_only(intake: Intake, images: Sequence[ImageAssessment] = (), *,
               why: str = LOADING, scale: str | None = None) -> Suggestion:
    """The engine's rules-only suggestion, built instantly (no model file is read), on ``scale``
    (None: the installation's, ``triage.scales.active``).

    Never raises on odd input; the reasons say the models did not judge it, and ``why``."""
    return Engine.without_models(why).suggest(intake, images=list(images), scale=scales.get(scale).code)


def suggest_or_rules(engine: Any | None, intake: Intake,
                     images: Sequence[ImageAssessment] = (), *, scale: str | None = None) -> Suggestion:
    """``engine.suggest(intake, images)``, or the rules alone when ``engine`` is None (still
    loading) or raises :class:`~triage.errors.ModelUnavailable` (its process is gone).

    ``engine`` is an :class:`~triage.engine.engine.Engine` or anything with the same ``suggest``
    (the GUI's proxy to the model process). Other exceptions propagate: they are bugs to report,
    not a reason to hide the models' absence.

    ``scale`` is the installation's triage scale ("KTAS"/"ESI"); None reads it from
    ``triage.scales.active()``, which the app sets from the database — read here, in the caller's
    process, because the model process does not know it. The installation's site line
    (``operating_point.site_point``) travels with the call the same way."""
    code = scales.get(scale).code
    if engine is not None:
        point = site_point(code)  # the installation's calibrated line, when it has one
        extra = {"point": point} if point is not None else {}
        try:
            return engine.suggest(intake, images=list(images), scale=code, **extra)
        except ModelUnavailable as exc:  # the model process is gone: the rules still stand
            return rules_only(intake, images, why=f"models unavailable: {exc}", scale=code)
    return rules_only(intake, images, scale=code)
