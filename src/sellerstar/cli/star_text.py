"""A merchant's stars in plain English, from the stored explanation (`sellerstar stars show`).

The pages translate the explanation themselves (docs/stars.md lists its fields); this is
the English wording the command line prints. The sentences the star page shows too (why a
track earns no star when an input is missing) come from the caller, in its language: the
CLI passes those of ``sellerstar.web.words.stars``.
"""

from __future__ import annotations

from collections.abc import Mapping

from sellerstar.domain.figures import kind_of, plain
from sellerstar.queries.star_levels import OfficialStars, PredictedStars, TrackStars


def reason(track: TrackStars, missing: Mapping[str, str]) -> str:
    """Why a track has its stars, in one sentence; ``missing`` says it for each input
    whose absence earns no star.

    >>> import datetime as dt
    >>> from sellerstar.rules import load_rulebook
    >>> from sellerstar.stars.explain import explanation
    >>> from sellerstar.stars.explanation import CapabilityExplanation, Explanation, NextStar
    >>> from sellerstar.stars.frame import StarInputs
    >>> from sellerstar.stars.scoring import evaluate_track
    >>> inputs = StarInputs.empty(dt.date(2022, 11, 30), ["M1"])
    >>> [row] = explanation(evaluate_track(inputs, load_rulebook().get("2022-11"), "custom"))
    >>> empty = Explanation.model_validate(row.as_py())
    >>> assurance = CapabilityExplanation(score=82.5, stars=3)
    >>> explained = empty.model_copy(update={
    ...     "capabilities": empty.capabilities.model_copy(update={"assurance": assurance}),
    ...     "next_star": NextStar(stars=4, needs_score=85.0, short=("assurance",))})
    >>> reason(TrackStars("custom", True, 3, {}, False, "assurance", explained, "2022-11"), {})
    'held back by the assurance capability (score 82.5; 4 stars need 85)'
    >>> reason(TrackStars("custom", True, 0, {}, False, "merchant_metrics", empty, "2022-11"),
    ...        {"merchant_metrics": "No metrics."})
    'No metrics.'
    """
    explanation = track.explanation
    held = track.held_back_by
    if held is None:
        return "the top of the ladder"
    if held == "track_disabled":
        return f"track disabled: {explanation.track.message}"
    if held == "basic_service_gate":
        return f"buyer basic-service gate: {explanation.gate.message}"
    if held in missing:
        return missing[held]
    score = explanation.capabilities.of(held).score
    shown = "no score" if score is None else f"score {plain(score, 'score')}"
    following = explanation.next_star
    needs = (
        f"; {following.stars} stars need {plain(following.needs_score, 'score')}"
        if following
        else ""
    )
    return f"held back by the {held} capability ({shown}{needs})"


def describe(
    predicted: PredictedStars | None,
    official: OfficialStars | None,
    missing: Mapping[str, str],
    sources: Mapping[str, str] | None = None,
) -> str:
    """Predicted and official stars of a merchant, a few lines per track (``missing``: see
    :func:`reason`; ``sources``: how the star page says where the risk health score came
    from, see :func:`risk_health_line`)."""
    lines: list[str] = []
    if predicted is not None:
        lines.append(f"predicted, stat date {predicted.stat_date}:")
        for track in predicted.tracks.values():
            lines += _track_lines(track, missing)
            if sources is not None and (said := risk_health_line(track, sources)):
                lines.append(f"{'':14}risk health score: {said}")
    if official is not None:
        lines.append(
            f"official {official.month:%Y-%m} (evaluated {official.evaluation_date} on stat "
            f"date {official.stat_date}, rule-set {official.rule_set_id}, run {official.runs}):"
        )
        for name, track in official.tracks.items():
            lines += _track_lines(track, missing)
            shown = ", ".join(official.benefits.get(name, ())) or "none"
            lines.append(f"{'':14}benefits: {shown}")
    return "\n".join(lines)


def risk_health_line(track: TrackStars, sources: Mapping[str, str]) -> str | None:
    """Where the track's risk health score came from, in the words of ``sources`` (the
    star page's, ``web.words.stars.RISK_HEALTH_SOURCES``); None when not recorded."""
    inputs = track.explanation.inputs
    source = inputs.risk_health_source
    if source is None or source not in sources:
        return None
    if source == "ledger":
        points, deduction = inputs.penalty_points or 0.0, inputs.deduction_per_point or 0.0
        return sources[source] % {
            "points": f"{points:g}",
            "deduction": f"{deduction:g}",
            "lost": f"{points * deduction:g}",
            "floor": f"{inputs.floor or 0.0:g}",
        }
    return sources[source] % {"date": inputs.assurance_inputs_from}


def _track_lines(track: TrackStars, missing: Mapping[str, str]) -> list[str]:
    lines = [f"  {track.track:<10}  {track.stars}★  {reason(track, missing)}"]
    weakest = track.explanation.weakest_metric
    metrics = track.explanation.metrics
    if track.enabled and weakest in metrics:
        metric = metrics[weakest]
        value = "no value" if metric.value is None else plain(metric.value, kind_of(weakest))
        lines.append(
            f"{'':14}weakest metric: {weakest} ({value} → {plain(metric.points, 'score')} points, "
            f"weight {metric.effective_weight:.2f})"
        )
    return lines
