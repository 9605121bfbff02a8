"""A regular expression's alternation of literals, matched in one pass (Aho-Corasick).

Python's ``re`` tries every alternative at every position of the text, so an alternation
of a hundred stems ("carriers' names", "concept cues") costs tens of microseconds per
short text. :class:`Alternation` finds the same matches as ``re.finditer`` over

    (?P<a>B(?:a1|a2|...)A)|(?P<b>B(?:b1|...)A)|...

(each group a named list of literal stems, tried longest first; ``B`` optionally
``(?<!\\w)``, ``A`` optionally ``(?!\\w)``) with one Aho-Corasick pass that lists every
stem found, then the regex's own choice replayed on those few candidates: at each
position the first group that matches wins, with its longest stem that meets the
boundaries, and the next match starts where that one ends.

>>> scan = Alternation([("greet", ("hi", "hello"), True, True), ("h", ("h",), False, False)])
>>> scan.find("hello, oh hi")
[(0, 5, 'greet'), (8, 9, 'h'), (10, 12, 'greet')]
>>> scan.sub("hello, oh hi", "X")
'X, oX X'
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import ahocorasick

# (name, stems, word boundary before, word boundary after)
Group = tuple[str, Sequence[str], bool, bool]


def _is_word(char: str) -> bool:
    # What ``re``'s \w matches in a str pattern.
    return char.isalnum() or char == "_"


class Alternation:
    """The groups, in the regex's order (see the module docstring)."""

    def __init__(self, groups: Sequence[Group]) -> None:
        self._groups = tuple((name, before, after) for name, _, before, after in groups)
        stems: dict[str, list[int]] = {}
        for index, (_, listed, _, _) in enumerate(groups):
            for stem in listed:
                if not stem:
                    raise ValueError(f"group {groups[index][0]!r} has an empty stem")
                stems.setdefault(stem, []).append(index)
        self._automaton = ahocorasick.Automaton()
        for stem, owners in stems.items():
            self._automaton.add_word(stem, (len(stem), tuple(owners)))
        self._empty = not stems
        if stems:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, group)`` of each match, as ``re.finditer`` gives them."""
        hits = self._automaton.iter(text) if not self._empty else iter(())
        first = next(hits, None)
        if first is None:
            return []  # most texts: no stem at all
        # start -> (group, length) of every stem found there
        found: dict[int, list[tuple[int, int]]] = {}
        for end, (length, owners) in itertools.chain((first,), hits):
            at = found.setdefault(end - length + 1, [])
            at.extend((owner, length) for owner in owners)
        matches: list[tuple[int, int, str]] = []
        resume = 0
        size = len(text)
        for start in sorted(found):
            if start < resume:
                continue
            free_before = start == 0 or not _is_word(text[start - 1])
            # group ascending, then longest first: the regex's order of trial
            for owner, length in sorted(found[start], key=lambda c: (c[0], -c[1])):
                name, before, after = self._groups[owner]
                end = start + length
                if before and not free_before:
                    continue
                if after and end < size and _is_word(text[end]):
                    continue
                matches.append((start, end, name))
                resume = end
                break
        return matches

    def names(self, text: str) -> set[str]:
        """The groups that match somewhere."""
        return {name for _, _, name in self.find(text)}

    def sub(self, text: str, replacement: str) -> str:
        """``re.sub`` with a literal replacement."""
        matches = self.find(text)
        if not matches:
            return text
        parts: list[str] = []
        last = 0
        for start, end, _ in matches:
            parts.append(text[last:start])
            parts.append(replacement)
            last = end
        parts.append(text[last:])
        return "".join(parts)
