"""Marks written in pieces: spelt out letter by letter (``G-U-C-C-I``, ``P.o.w.e.l.l
Peralta``) or cut into three pieces or more (``Du.a.lit``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, pairwise

from sellerstar.radar.keys import _Field, _Hit
from sellerstar.radar.misspell import _Misspellings
from sellerstar.radar.normalise import compact

_NEXT_WORD = re.compile(r" +([a-z]+)(?![a-z0-9])")
_LETTER_RUN = re.compile(r"(?<![a-z0-9])[a-z0-9](?: +[a-z0-9](?![a-z0-9]))+")
# A spaced-out mark of this many letters or more may have one more letter after it.
_LETTERS_BEFORE_ONE_MORE = 3
_PIECE = re.compile(r"[a-z]+")
_LEADING_LETTERS = re.compile(r"[a-z](?: +[a-z](?![a-z0-9]))+ *")


class _Pieces(_Misspellings):
    """The hits of marks written in pieces (part of
    :class:`~sellerstar.radar.detector.Detector`)."""

    def _letter_run_hits(self, field: _Field) -> list[_Hit]:
        """Marks spelt out in single letters: ``G-U-C-C-I``, ``L V``, ``N.i.k.e``."""
        hits: list[_Hit] = []
        for run in _LETTER_RUN.finditer(field.skeleton):
            joined = compact(run.group())
            whole = self._compact.get(joined, ())
            hits += [_Hit(k, run.start(), run.end(), "spacing") for k in whole]
            if not whole and len(joined) > _LETTERS_BEFORE_ONE_MORE:
                # "P I K O N Scale", "L_i_o_n_e_l O Gauge": the mark, then a letter of its own
                end = run.start() + len(run.group()[:-1].rstrip())
                key_ids = self._compact.get(joined[:-1], ())
                hits += [_Hit(k, run.start(), end, "spacing") for k in key_ids]
            if not whole and joined in self._prefixes:
                # "P.o.w.e.l.l Peralta", "C h e m i c a l Guys": one word of a mark spelt out
                hits += self._words_after(field, joined, run.start(), run.end())
            letters = _LEADING_LETTERS.match(run.group())
            if letters is not None and letters.end() < run.end() - run.start():
                # "W H O O P 4 0": the letters before a model number
                end = run.start() + len(letters.group().rstrip())
                key_ids = self._compact.get(compact(letters.group()), ())
                hits += [_Hit(k, run.start(), end, "spacing") for k in key_ids]
        return hits

    def _words_after(self, field: _Field, joined: str, start: int, end: int) -> list[_Hit]:
        """The marks that ``joined`` (the letters of ``start:end``) and the words after it
        spell together."""
        hits: list[_Hit] = []
        while (following := _NEXT_WORD.match(field.skeleton, end)) is not None:
            joined += following.group(1)
            end = following.end()
            if joined not in self._prefixes:
                break
            hits += [_Hit(k, start, end, "spacing") for k in self._compact.get(joined, ())]
        return hits

    def _cut_hits(self, letters: str, words: list[str]) -> list[_Hit]:
        """Marks cut into three pieces or more, one separator between each: ``Du.a.lit``,
        ``Wol-ver-ine``, ``Mett-ler-Tole-do`` (two pieces are the split automaton's). The
        marks are searched in ``words`` (those of ``letters``) run together, and a match
        kept where it begins and ends at words, with two word ends inside it."""
        hits: list[_Hit] = []
        ends: list[int] = []
        for end, (length, key_ids) in self._run_together_automaton.iter("".join(words)):
            if not ends:
                ends = [0, *accumulate(map(len, words))]
            start, stop = end + 1 - length, end + 1
            first, last = bisect_left(ends, start), bisect_left(ends, stop)
            if last - first < 3 or ends[first] != start or ends[last] != stop:
                continue
            if all(len(word) == 1 for word in words[first:last]):
                continue  # letters spelt out: the letter runs' ("G-U-C-C-I")
            spans = [m.span() for m in _PIECE.finditer(letters)][first:last]
            if all(b[0] == a[1] + 1 for a, b in pairwise(spans)):
                hits += [_Hit(k, spans[0][0], spans[-1][1], "joined") for k in key_ids]
        return hits
