"""From hits to findings: how a hit used as a mark scores, and the second brands of a
bundle (part of :class:`~sellerstar.radar.detector.Detector`)."""

from __future__ import annotations

from sellerstar.radar.disguise import _step
from sellerstar.radar.keys import _Field, _Hit, _Key
from sellerstar.radar.listing import _ListingEvidence
from sellerstar.radar.model import Finding, ProductText

# Steps that say how a mark was disguised; they name a finding even when an alias matched.
_DISGUISES = frozenset({"accent", "homoglyph", "leetspeak", "spacing", "misspelling"})
_CO_BRAND_REACH = 4  # words from a named brand to an everyday-word mark of a bundle


class _Findings(_ListingEvidence):
    def _finding(
        self,
        product: ProductText,
        field: _Field,
        hit: _Hit,
        key: _Key,
        o_start: int,
        o_end: int,
        step: str | None = None,
    ) -> Finding | None:
        """The finding of a hit used as the mark: its step and score."""
        right = self._rights[key.right]
        matched = field.text[o_start:o_end]
        if step is None:
            step = _step(matched, key) if hit.step in (None, "joined") else hit.step
        if field.name == "brand":
            step = "brand_field"
        elif key.chinese and step not in _DISGUISES:
            step = "chinese"
        elif key.is_alias and step not in _DISGUISES:
            step = "alias"
        score = self._rules.step_scores[step]
        if hit.step == "misspelling":
            score = min(score, self._rules.step_scores["misspelling"])
            score -= self._rules.misspelling_penalty_per_edit * (hit.edits - 1)
        score = round(max(0.0, min(1.0, score)), 4)
        if score < self._rules.min_score:
            return None
        return Finding(
            product_id=product.product_id,
            right_id=right.right_id,
            kind=right.kind,
            matched_text=matched,
            field=field.name,
            span_start=o_start,
            span_end=o_end,
            step=step,
            score=score,
        )

    def _co_brands(
        self,
        product: ProductText,
        field: _Field,
        passed: list[_Hit],
        found: list[tuple[int, Finding]],
    ) -> list[tuple[int, Finding]]:
        """Everyday-word marks a title names after another brand it names: a bundle or a
        co-branded set ("Owner Hooks Rigged Storm Swim Shad", "Papyrus Grinch Card")."""
        ends = [len(field.text[: f.span_end].split()) for _, f in found]
        taken = {self._keys[h.key].right for h in passed} & {r for r, _ in found}
        more: list[tuple[int, Finding]] = []
        for hit in passed:
            key = self._keys[hit.key]
            if not key.everyday or key.right in taken or hit.step not in (None, "joined"):
                continue
            start, end = field.original(hit.start, hit.end)
            if not field.text[start : start + 1].isupper():
                continue
            if key.compact in self._cues.colours or self._compatibility(field, hit):
                continue  # "Timemore Scale for Hario V60": what it fits, not a bundle
            place = len(field.text[:start].split())  # the words before it
            if not any(0 <= place - e < _CO_BRAND_REACH for e in ends):
                continue
            finding = self._finding(product, field, hit, key, start, end)
            if finding is not None:
                more.append((key.right, finding))
                taken.add(key.right)
        return more
