"""The model card of the outcome-risk heads, written from the training run's own figures (so the
card can never disagree with the manifest)."""

from __future__ import annotations

from triage.engine.risk_model import RISK_MODEL

_ROWS = (
    ("critical_auc", "critical AUC (P(critical))", "≥ 0.86"),
    ("critical_brier", "critical Brier score", ""),
    ("critical_calibration_slope", "critical calibration slope", "1"),
    ("admission_auc", "admission AUC (P(admission))", "≥ 0.83"),
    ("admission_brier", "admission Brier score", ""),
    ("admission_calibration_slope", "admission calibration slope", "1"),
    ("share_1_2", "share called 1-2 (risk-based level)", "≤ 0.18 (moonshot 0.15)"),
    ("critical_sensitivity", "critical sensitivity (critically ill → 1-2)", "≥ 0.65 (moonshot 0.70)"),
    ("emergent_sensitivity", "emergent sensitivity (nurse 1-2 → 1-2)", "≥ 0.65"),
    ("exact", "exact agreement with the nurses", "≥ 0.55"),
    ("under_triage", "under-triage", ""),
    ("under_triage_more_3", "under-triage at the hospitals calling more 3s than the median", "≤ 0.20"),
    ("over_triage", "over-triage", ""),
    ("floors_share_1_2", "share the manual floors alone put at 1-2", ""),
    ("nurse_share_1_2", "nurses: share 1-2", ""),
    ("nurse_critical_sensitivity", "nurses: critical sensitivity", ""),
    ("nurse_critical_auc", "nurses: critical AUC (their level)", ""),
    ("nurse_admission_auc", "nurses: admission AUC (their level)", ""),
)


def _f(v: object) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def model_card(training, config: dict, metrics: dict) -> str:
    cv = metrics["cv_5fold_hospital_grouped"]
    info = training.data_info
    point = config["operating_points"]["ESI"]
    lines = [
        f"# Model card: `{RISK_MODEL}` — calibrated outcome risks P(critical), P(admission)",
        "",
        "**What it is.** Two heads, each gradient-boosted trees (scikit-learn "
        "`HistGradientBoostingClassifier`, stored as node arrays, `triage.engine.boosted_trees`) "
        "followed by a calibration map, on triage-time inputs only: the complaint's MiniLM "
        f"embedding projected on {config['components']} whitened principal axes, the "
        f"{len(config['structured_features'])} structured features of "
        "`triage.engine.text_model.ESI_FEATURES` (vital signs as measured with missing indicators, "
        "age, arrival, pain, GCS/AVPU, the rules' floor, NEWS2) and "
        f"{len(config['findings'])} manual findings as 0/1 (the complaint's vocabulary categories). "
        "Monotone (risk can only rise) in " + ", ".join(config["monotone_up"]) + "; falling in "
        + ", ".join(config["monotone_down"]) + ".",
        "- **P(critical)**: admitted to critical care, the operating room or the cath lab "
        "(`icu_or_procedure`), or died in the ED (`died_in_ed`).",
        "- **P(admission)**: admitted to this hospital or via observation (`admitted`).",
        "The outcomes are labels only, never inputs. File `outcome_risk.safetensors`; "
        "no pickle, no scikit-learn at load.",
        "",
        f"**Chosen on hospital-grouped CV.** Tree settings {config['tree_params']} (of "
        f"{len(config['param_grid'])} tried, lowest out-of-fold log loss); calibration "
        + ", ".join(f"{o}: {c['kind']}" for o, c in config["calibration"].items())
        + " (Brier score on hospitals the map never saw); calibrators fitted on grouped "
        "out-of-fold scores.",
        "",
        f"**Shipped operating point (ESI).** P(critical) ≥ {point['critical_threshold']:.4f} → "
        "level 1-2; the ESI head's own 1-2 line at risk ≥ "
        f"{_f(config['esi_head_threshold'])}; below 1-2 the line between 3 and 4-5 moved by "
        f"{float(point.get('lower_shift', 0.0)):+.2f} log-odds per level "
        f"({point['provenance'].get('lower_rule', 'none')}); floors never lowered. Rule: "
        f"{point['provenance']['rule']}; reached: {point['provenance']['reached']}; expected "
        + ", ".join(f"{k} {v:.3f}" for k, v in point["provenance"]["expected"].items()) + ".",
    ]
    if "KTAS" in config["operating_points"]:
        k = config["operating_points"]["KTAS"]
        lines += ["", f"**KTAS.** P(critical) ≥ {k['critical_threshold']:.4f} → level 1-2 beside the "
                  f"KTAS head ({k['provenance']['rule']})."]
        check = k["provenance"].get("ktas_cv_pooled")
        if check:
            lines += ["KTAS records' own 5-fold CV (pooled out-of-fold, the KTAS head's levels; the "
                      "risk heads never saw a KTAS record):", "",
                      "| KTAS engine | exact | under-triage | over-triage | emergent sensitivity | share 1-2 |",
                      "|---|---|---|---|---|---|"]
            rows = [("without the risk line", check["without_risk"]),
                    (f"with the shipped line {check['at_shipped_line']['line']:.4f}", check["at_shipped_line"])]
            rows += [(f"line {r['line']}", r) for r in check["lines"]]
            for name, r in rows:
                lines.append(f"| {name} | {r['exact']:.3f} | {r['under_triage']:.3f} | "
                             f"{r['over_triage']:.3f} | {r['emergent_sensitivity']:.3f} | {r['share_1_2']:.3f} |")
    lines += [
        "",
        f"**Training data.** `{info['file']}` (NHAMCS 2010 ED public-use file, US CDC/NCHS), "
        f"sha256 `{info['sha256']}`: {info['records']:,} visits with `level_imputed` = 0 from "
        f"{info['hospitals']} hospitals ({info['skipped_imputed']:,} imputed-level rows skipped); "
        f"{info['critical']} critically ill, {info['admitted']:,} admitted. Statistical analysis "
        "only; nothing is linked or re-identified.",
        "",
        f"**Figures** — {len(training.folds)}-fold cross-validation grouped on `hospital` "
        "(StratifiedGroupKFold, seed 0); in each fold the settings, the calibration and the "
        "operating point were chosen on a grouped inner CV of the training hospitals only:",
        "",
        "| metric | mean | sd | worst fold | target |",
        "|---|---|---|---|---|",
    ]
    for key, name, target in _ROWS:
        if key in cv:
            m = cv[key]
            lines.append(f"| {name} | {m['mean']:.3f} | {m['sd']:.3f} | {m['worst']:.3f} | {target} |")
    lines += [
        "",
        "**Limits.** One survey year (2010), US only; 2.5 % of visits critically ill, so a fold "
        "holds about a hundred such patients and its sensitivity moves by ±0.05. The manual floors "
        "are never loosened, and they alone put a share of patients at 1-2 (row above): a cap on "
        "the share below it is unreachable. It suggests, it does not decide.",
        "",
    ]
    return "\n".join(lines)
