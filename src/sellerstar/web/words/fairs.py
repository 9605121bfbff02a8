"""Words of the two-way selection fairs (双选会, rulebook §6.1): the fair's states, each
side's result and the reason for it, the refusals. A reason names the position, its
merchant and the student's choice number; the numbers come from the result itself.
"""

from __future__ import annotations

from sellerstar.domain.fairs import FairState, PairOutcome, PositionOutcome, StudentOutcome
from sellerstar.web.i18n import N_
from sellerstar.web.words.refusals import Refusals

TITLE = N_("Two-way selection fairs")

STATE_LABELS: dict[str, str] = {
    FairState.DRAFT: N_("Draft"),
    FairState.OPEN: N_("Open for rankings"),
    FairState.CLOSED: N_("Rankings closed"),
    FairState.PUBLISHED: N_("Results published"),
}

# A student's result, headline; %(choice)s is the place of the position in their ranking.
STUDENT_OUTCOMES: dict[str, str] = {
    StudentOutcome.PLACED_FIRST_CHOICE: N_(
        "Placed at your 1st choice: %(position)s (%(merchant)s)."
    ),
    StudentOutcome.PLACED: N_("Placed at your choice no. %(choice)s: %(position)s (%(merchant)s)."),
    StudentOutcome.UNPLACED: N_("Not placed: no position you ranked could take you."),
    StudentOutcome.RANKED_NOTHING: N_("Not placed: you ranked no position."),
}

# The same, as the operator reads it about a student.
STUDENT_OUTCOMES_THIRD: dict[str, str] = {
    StudentOutcome.PLACED_FIRST_CHOICE: N_(
        "Placed at their 1st choice: %(position)s (%(merchant)s)."
    ),
    StudentOutcome.PLACED: N_(
        "Placed at their choice no. %(choice)s: %(position)s (%(merchant)s)."
    ),
    StudentOutcome.UNPLACED: N_("Not placed: no position they ranked could take them."),
    StudentOutcome.RANKED_NOTHING: N_("Not placed: ranked no position."),
}

# Why a position the student ranked higher did not take them (one line per position).
ABOVE_REASONS: dict[str, str] = {
    PairOutcome.FILLED_HIGHER: N_(
        "Choice no. %(choice)s, %(position)s (%(merchant)s), was full: all its places "
        "(%(capacity)s) went to applicants it ranked higher."
    ),
    PairOutcome.NOT_RANKED: N_(
        "Choice no. %(choice)s, %(position)s (%(merchant)s), did not rank you."
    ),
}

ABOVE_REASONS_THIRD: dict[str, str] = {
    PairOutcome.FILLED_HIGHER: ABOVE_REASONS[PairOutcome.FILLED_HIGHER],
    PairOutcome.NOT_RANKED: N_(
        "Choice no. %(choice)s, %(position)s (%(merchant)s), did not rank them."
    ),
}

# What became of an applicant for the merchant's position.
APPLICANT_OUTCOMES: dict[str, str] = {
    PairOutcome.PLACED: N_("Placed with you"),
    PairOutcome.PLACED_HIGHER_CHOICE: N_("Placed at a position they ranked higher"),
    PairOutcome.FILLED_HIGHER: N_("Ranked below those placed; your places were full"),
    PairOutcome.NOT_RANKED: N_("You did not rank this applicant"),
}

POSITION_OUTCOMES: dict[str, str] = {
    PositionOutcome.FULL: N_("All places filled (%(capacity)s)."),
    PositionOutcome.UNDERFILLED: N_("Filled %(filled)s of %(capacity)s places."),
    PositionOutcome.EMPTY: N_("Filled none of %(capacity)s places."),
    PositionOutcome.NO_APPLICANTS: N_("No applicant ranked this position."),
}
POSITION_WHY = N_(
    "Applicants: %(applicants)s; placed at a position they ranked higher: %(higher)s; "
    "ranked below those placed: %(below)s; not ranked by the merchant: %(not_ranked)s."
)

_REFUSALS: dict[str, str] = {
    "not_live": N_("Two-way selection fairs are not in force yet."),
    "not_open": N_("The fair is not open for changes."),
    "bad_state": N_("The fair cannot do this in its state (%(state)s)."),
    "bad_move": N_("Unknown action."),
    "bad_dates": N_("The fair must open before it closes, and close no later than its results."),
    "bad_text": N_("Fill in the text (at most 200 characters)."),
    "bad_capacity": N_("Places must be between 1 and %(max)s."),
    "too_many_positions": N_("A merchant may list at most %(max)s positions at one fair."),
    "too_many_choices": N_("You may rank at most %(max)s positions."),
    "ranked_twice": N_("A position is ranked twice."),
    "bad_rank": N_("Ranks must be between 1 and %(max)s."),
    "not_computed": N_("Compute the allocation before publishing it."),
    "unstable": N_("The allocation could not be computed: %(detail)s"),
}
INPUT_CODES = frozenset(
    {"bad_move", "bad_dates", "bad_text", "bad_capacity", "too_many_choices", "ranked_twice",
     "bad_rank"}
)  # fmt: skip

CREATED = N_("Fair %(fair_id)s was created.")
SAVED = N_("Saved.")
COMPUTED = N_("Allocation computed: %(placed)s students placed, 0 blocking pairs.")
PUBLISHED = N_("The results are published.")


REFUSALS = Refusals(_REFUSALS, INPUT_CODES)
refusal_text = REFUSALS.text
refusal_status = REFUSALS.status


TEMPLATE_WORDS: dict[str, object] = {
    "fair_state_labels": STATE_LABELS,
    "fair_student_outcomes": STUDENT_OUTCOMES,
    "fair_above_reasons": ABOVE_REASONS,
    "fair_student_outcomes_third": STUDENT_OUTCOMES_THIRD,
    "fair_above_reasons_third": ABOVE_REASONS_THIRD,
    "fair_applicant_outcomes": APPLICANT_OUTCOMES,
    "fair_position_outcomes": POSITION_OUTCOMES,
    "fair_position_why": POSITION_WHY,
}
