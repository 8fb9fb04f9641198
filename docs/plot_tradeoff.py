"""Draw docs/tradeoff.png: sensitivity against the share of patients called level 1-2.

One curve per scale from the committed models' cross-validation (``models/manifest.json``:
the out-of-fold trade-off curves written by ``python main.py train text``), the engine's chosen
operating point on each, and the nurses of the same hospitals as a point. Reads no patient data.

Run: ``python docs/plot_tradeoff.py`` (needs the ``docs`` extra: ``pip install -e .[docs]``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "tradeoff.png"


def main(manifest_path: Path = ROOT / "models" / "manifest.json", out: Path = OUT) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    manifest = json.loads(manifest_path.read_text())
    esi = manifest["text_acuity_esi"]["metrics"]
    ktas = manifest["text_acuity"]["metrics"]
    fig, ax = plt.subplots(figsize=(8.5, 6), dpi=120)

    curve = esi["tradeoff_curve"]
    share = [100 * r["share_1_2"] for r in curve]
    ax.plot(share, [100 * r["critical_sensitivity"] for r in curve], color="#b2182b", lw=2,
            label="ESI head alone (1.3.0): critically ill at 1-2 (NHAMCS, hospital-grouped CV)")
    ax.plot(share, [100 * r["emergent_sensitivity"] for r in curve], color="#b2182b", lw=1.5, ls="--",
            label="ESI head alone: nurses' ESI 1-2 at 1-2")
    cv = esi["cv_5fold_hospital_grouped_engine"]
    ax.scatter([100 * cv["share_1_2"]["mean"]], [100 * cv["critical_sensitivity"]["mean"]],
               color="#b2182b", s=80, zorder=5, edgecolor="black",
               label=f"ESI head alone: {100 * cv['share_1_2']['mean']:.1f} % at 1-2, "
                     f"{100 * cv['critical_sensitivity']['mean']:.1f} % of the critically ill")
    ax.scatter([100 * cv["nurse_share_1_2"]["mean"]], [100 * cv["nurse_critical_sensitivity"]["mean"]],
               marker="s", color="#f4a582", s=80, zorder=5, edgecolor="black",
               label=f"NHAMCS nurses (same hospitals): {100 * cv['nurse_share_1_2']['mean']:.1f} % at 1-2, "
                     f"{100 * cv['nurse_critical_sensitivity']['mean']:.1f} % of the critically ill")

    # The level as the engine now draws it: floors, then P(critical) over the line, then the head
    # (the outcome-risk heads' out-of-fold curve over the P(critical) line, hospital-grouped CV).
    risk = manifest.get("outcome_risk", {}).get("metrics", {})
    if risk.get("tradeoff_curve"):
        rcurve = sorted(risk["tradeoff_curve"], key=lambda r: r["share_1_2"])
        rshare = [100 * r["share_1_2"] for r in rcurve]
        ax.plot(rshare, [100 * r["critical_sensitivity"] for r in rcurve], color="#762a83", lw=2.5,
                label="risk-based level: critically ill at 1-2 (P(critical) line swept)")
        ax.plot(rshare, [100 * r["emergent_sensitivity"] for r in rcurve], color="#762a83", lw=1.5,
                ls="--", label="risk-based level: nurses' ESI 1-2 at 1-2")
        rcv = risk["cv_5fold_hospital_grouped"]
        shipped = (manifest["outcome_risk"].get("config", {}).get("operating_points", {})
                   .get("ESI", {}).get("critical_threshold", float("nan")))
        ax.scatter([100 * rcv["share_1_2"]["mean"]], [100 * rcv["critical_sensitivity"]["mean"]],
                   color="#762a83", s=90, zorder=6, edgecolor="black", marker="D",
                   label=f"shipped line (P(critical) ≥ {shipped:.3f}): "
                         f"{100 * rcv['share_1_2']['mean']:.1f} % at 1-2, "
                         f"{100 * rcv['critical_sensitivity']['mean']:.1f} % of the critically ill")

    kcurve = ktas["tradeoff_curve"]
    ax.plot([100 * r["share_1_2"] for r in kcurve], [100 * r["emergent_sensitivity"] for r in kcurve],
            color="#2166ac", lw=2, label="KTAS engine: expert level 1-2 at 1-2 (KTAS CV)")
    kcv = ktas["cv_5fold_engine"]
    nurse = ktas["nurse_point"]
    ax.scatter([100 * kcurve[-1]["share_1_2"]], [100 * kcv["emergent_sensitivity"]["mean"]],
               color="#2166ac", s=80, zorder=5, edgecolor="black", marker="o",
               label=f"KTAS engine as committed: emergent sensitivity "
                     f"{100 * kcv['emergent_sensitivity']['mean']:.1f} %")
    ax.scatter([100 * nurse["share_1_2"]], [100 * nurse["emergent_sensitivity"]], marker="s",
               color="#92c5de", s=80, zorder=5, edgecolor="black",
               label=f"KTAS triage nurses vs the expert panel: {100 * nurse['share_1_2']:.1f} % at 1-2, "
                     f"{100 * nurse['emergent_sensitivity']:.1f} %")
    ax.set_xlabel("patients called level 1-2 (%)")
    ax.set_ylabel("sensitivity (%)")
    ax.set_xlim(0, 45)
    ax.set_ylim(0, 100)
    ax.grid(alpha=0.3)
    ax.set_title("Under-triage against over-triage: where the engine sits beside the nurses")
    ax.legend(fontsize=7.5, loc="lower right")
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return out


if __name__ == "__main__":
    print(main(*map(Path, sys.argv[1:])))
