"""The radar's round-33 rules (docs/radar.md "Round 33"), each with its other side:

- a mark cut where no word ends is disguised: into three pieces or more by other
  separators than spaces (``Du.a.lit``, ``Mett-ler-Tole-do``), into a piece English does
  not use as a word (``Tilla-mook``), or by a full stop between small letters
  (``Pen.folds``); not into everyday words
  (``Gold fish``) nor at a possessive (``Van's``);
- a word of a mark spelt out letter by letter before its other words
  (``P.o.w.e.l.l Peralta``);
- a coined mark cut as the right writes it, before a small letter, and standing before a
  capitalised word (``Wash burn Comfort Series``); not words of a title (``Shark Bite``)
  nor of a sentence (``Wash burn cream``);
- in a description's running text, a mark followed by a capitalised line name is named
  (``Fishman Presys Blend``) when the title sells the right's goods;
- a single word no dictionary lists, written as a long mark sounds (``Graftec``,
  ``Minwacks``): a misspelling; not an everyday word that sounds alike, nor two words
  (``Play Dough``), nor a mark of few sounds (``Spoad``).
"""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight


def right(right_id: str, mark: str, goods: tuple[str, ...], *aliases: str) -> IpRight:
    return IpRight(right_id, f"{mark} Inc", "trademark", mark, aliases, None, goods)


RIGHTS = [
    right("dualit", "Dualit", ("toaster", "electric kettle")),
    right("mettler", "Mettler Toledo", ("precision balance", "scale")),
    right("tillamook", "Tillamook", ("cheddar", "cheese")),
    right("penfolds", "Penfolds", ("wine", "shiraz")),
    right("goldfish", "Goldfish", ("cracker", "snack")),
    right("vans", "Vans", ("sneaker", "skate shoe")),
    right("powell", "Powell Peralta", ("skateboard deck",)),
    right("washburn", "Washburn", ("acoustic guitar",)),
    right("sharkbite", "SharkBite", ("push fitting", "pipe fitting")),
    right("fishman", "Fishman", ("guitar pickup", "preamp")),
    right("graphtec", "Graphtec", ("vinyl cutter", "cutting plotter")),
    right("minwax", "Minwax", ("wood stain", "wood finish")),
    right("playdoh", "Play-Doh", ("modelling compound",)),
    right("spode", "Spode", ("dinner plate", "tableware")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        # Cut into three pieces or more.
        ("Du.a.lit Domus Kettle 1.5L", {"dualit"}),
        ("Mett-ler-Tole-do XS Precision Balance", {"mettler"}),
        ("Wol-ver-ine", set()),  # no such mark
        # Cut by spaces alone into three pieces: not searched (it would cost every title).
        ("Du a lit Kettle", set()),
        # Cut into a piece English has no word for, or by a full stop.
        ("Tilla-mook Extra Sharp White Cheddar 2 lb", {"tillamook"}),
        ("Pen.folds Koonunga Hill Shiraz", {"penfolds"}),
        # Not cut into everyday words, nor at a possessive.
        ("Gold fish Bowl Glass Round 5L", set()),
        ("Van's Aircraft Model Kit 1:48", set()),
        ("Pen Folds Organizer Leather Roll", set()),
    ],
)
def test_a_mark_cut_where_no_word_ends(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("P.o.w.e.l.l Peralta Skull and Sword Deck Reissue", {"powell"}),
        ("P o w e l l Peralta Deck", {"powell"}),
        ("P.o.w.e.l.l River Boat Tour Poster", set()),
    ],
)
def test_a_word_of_a_mark_spelt_out(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Wash burn Comfort Series Acoustic Electric", {"washburn"}),
        ("Wash burn", {"washburn"}),
        # Cut at the mark's own capital: words of a title.
        ("Shark Bite Plush Toy Big Mouth", set()),
        # Before a small word: words of a sentence.
        ("Wash burn cream for kitchen scalds", set()),
    ],
)
def test_a_coined_mark_cut_as_written(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, description, rights",
    [
        (
            "Onboard Acoustic Guitar Preamp EQ with Tuner",
            "Fishman Presys Blend, under-saddle pickup plus internal mic.",
            {"fishman"},
        ),
        (
            "Onboard Acoustic Guitar Preamp EQ with Tuner",
            "Fishman and his crew tested it, under-saddle pickup plus internal mic.",
            set(),
        ),
        # The title sells none of the right's goods.
        ("Fishing Net Landing Folding", "Fishman Presys knots, strong and light.", set()),
    ],
)
def test_a_line_name_after_a_mark_in_a_description(
    detector: Detector, title: str, description: str, rights: set[str]
) -> None:
    assert found(detector, title, description) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Graftec CE6000-60 Vinyl Cutter Plotter", {"graphtec"}),
        ("Minwacks Wood Finish Stain Red Mahogany", {"minwax"}),
        # More than three edits away, though it sounds alike.
        ("Grapheteque Vinyl Cutter", set()),
        # Two words, or an everyday word: not the mark written by ear.
        ("Homemade Play Dough Kit Flour Based 8 Colours", set()),
        # A mark of three sounds (S-P-T) is too short to be heard in another spelling.
        ("Spoad Dinner Plate Blue Italian", set()),
    ],
)
def test_a_mark_written_as_it_sounds(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
