"""National Early Warning Score 2 (Royal College of Physicians, 2017).

NEWS2 adds 0-3 points for each of seven parameters. At triage some are often missing; the score
of the measured ones is a lower bound of the full score (a missing parameter adds ≥ 0), so a
partial total that reaches a trigger is still a valid trigger. Below ``MIN_PARAMETERS`` measured
parameters the score says too little and ``news2`` returns None.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from triage.intake import AVPU, Vitals

SOURCE = "NEWS2 (RCP 2017)"
MIN_PARAMETERS = 4  # of the six measured ones (oxygen is assumed "air" when not recorded)


@dataclass(frozen=True)
class News2Result:
    """A NEWS2 score with its parts.

    scores: points per parameter (only the measured ones). single_3: a parameter scored 3 (the
    RCP "red score" that needs an urgent review on its own). band: "low", "low-medium",
    "medium" or "high" clinical risk. complete: all parameters were measured; otherwise
    ``total`` is a lower bound and ``missing`` names what was not.
    """

    total: int
    scores: dict[str, int]
    single_3: bool
    band: str
    complete: bool
    missing: tuple[str, ...] = ()
    hypercapnic: bool = False
    values: dict[str, object] = field(default_factory=dict)


def _resp_rate(rr: int) -> int:
    if rr <= 8:
        return 3
    if rr <= 11:
        return 1
    if rr <= 20:
        return 0
    if rr <= 24:
        return 2
    return 3


def _spo2_scale1(spo2: int) -> int:
    if spo2 <= 91:
        return 3
    if spo2 <= 93:
        return 2
    if spo2 <= 95:
        return 1
    return 0


def _spo2_scale2(spo2: int, on_oxygen: bool) -> int:
    """Scale 2 (target 88-92 % in hypercapnic respiratory failure): high SpO2 on oxygen scores."""
    if spo2 <= 83:
        return 3
    if spo2 <= 85:
        return 2
    if spo2 <= 87:
        return 1
    if spo2 <= 92 or not on_oxygen:
        return 0
    if spo2 <= 94:
        return 1
    if spo2 <= 96:
        return 2
    return 3


def _sbp(sbp: int) -> int:
    if sbp <= 90:
        return 3
    if sbp <= 100:
        return 2
    if sbp <= 110:
        return 1
    if sbp <= 219:
        return 0
    return 3


def _heart_rate(hr: int) -> int:
    if hr <= 40:
        return 3
    if hr <= 50:
        return 1
    if hr <= 90:
        return 0
    if hr <= 110:
        return 1
    if hr <= 130:
        return 2
    return 3


def _temperature(t: float) -> int:
    t = round(t, 1)
    if t <= 35.0:
        return 3
    if t <= 36.0:
        return 1
    if t <= 38.0:
        return 0
    if t <= 39.0:
        return 1
    return 2


def _alert(vitals: Vitals) -> bool | None:
    """Alert per AVPU; GCS 15 counts as alert when AVPU is not recorded (any lower GCS does not)."""
    if vitals.avpu is not None:
        return vitals.avpu == AVPU.ALERT
    if vitals.gcs is not None:
        return vitals.gcs >= 15
    return None


def band_for(total: int, single_3: bool) -> str:
    """The RCP clinical-risk band of a total."""
    if total >= 7:
        return "high"
    if total >= 5:
        return "medium"
    if single_3:
        return "low-medium"
    return "low"


def news2(vitals: Vitals, *, hypercapnic: bool = False) -> News2Result | None:
    """Score ``vitals`` with NEWS2; None when fewer than ``MIN_PARAMETERS`` were measured.

    ``hypercapnic`` selects SpO2 Scale 2, which a clinician prescribes for patients with
    hypercapnic respiratory failure (target 88-92 %); it is never inferred here.
    Unrecorded oxygen counts as room air (0 points) and is listed in ``missing``. Never raises:
    values are scored as given (``triage.intake`` validates their ranges).
    """
    scores: dict[str, int] = {}
    values: dict[str, object] = {}
    missing: list[str] = []
    on_oxygen = bool(vitals.on_oxygen)
    if vitals.resp_rate is not None:
        scores["resp_rate"] = _resp_rate(vitals.resp_rate)
        values["resp_rate"] = vitals.resp_rate
    else:
        missing.append("resp_rate")
    if vitals.spo2 is not None:
        scores["spo2"] = (_spo2_scale2(vitals.spo2, on_oxygen) if hypercapnic
                          else _spo2_scale1(vitals.spo2))
        values["spo2"] = vitals.spo2
    else:
        missing.append("spo2")
    if vitals.on_oxygen is None:
        missing.append("on_oxygen")
    scores["on_oxygen"] = 2 if on_oxygen else 0
    values["on_oxygen"] = on_oxygen
    if vitals.sbp is not None:
        scores["sbp"] = _sbp(vitals.sbp)
        values["sbp"] = vitals.sbp
    else:
        missing.append("sbp")
    if vitals.heart_rate is not None:
        scores["heart_rate"] = _heart_rate(vitals.heart_rate)
        values["heart_rate"] = vitals.heart_rate
    else:
        missing.append("heart_rate")
    alert = _alert(vitals)
    if alert is not None:
        scores["consciousness"] = 0 if alert else 3
        values["consciousness"] = vitals.avpu.value if vitals.avpu is not None else f"GCS {vitals.gcs}"
    else:
        missing.append("consciousness")
    if vitals.temperature_c is not None:
        scores["temperature_c"] = _temperature(vitals.temperature_c)
        values["temperature_c"] = vitals.temperature_c
    else:
        missing.append("temperature_c")
    measured = sum(1 for name in scores if name != "on_oxygen")
    if measured < MIN_PARAMETERS:
        return None
    total = sum(scores.values())
    single_3 = any(score == 3 for score in scores.values())
    return News2Result(total=total, scores=scores, single_3=single_3, band=band_for(total, single_3),
                       complete=not missing, missing=tuple(missing), hypercapnic=hypercapnic,
                       values=values)
