"""Words of talent recruitment (人才招聘; 更多 → 成长 → 人才招聘): the certifications,
jobs' and interviews' states and outcomes, a candidate's explanation, the refusals."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from sellerstar.domain.recruitment import (
    Certification,
    CertificationFit,
    InterviewOutcome,
    InterviewState,
    JobState,
)
from sellerstar.web.i18n import N_, translations
from sellerstar.web.words.refusals import Refusals

TITLE = N_("Talent recruitment")
PATH = N_("More → Growth → Talent recruitment")
TALENT_TITLE = N_("My job search")
OPS_TITLE = N_("Talent recruitment (all merchants)")
VERIFY_TITLE = N_("Verify a certificate")
INTERVIEW_SUMMARY = N_("Interview: %(job)s (%(merchant)s)")

CERTIFICATION_LABELS: dict[str, str] = {
    Certification.PLATFORM_OPERATIONS: N_("Platform operations"),
    Certification.LIVE_STREAMING: N_("Live-stream presenting"),
    Certification.ADVERTISING: N_("Advertising"),
    Certification.DATA_ANALYSIS: N_("Data analysis"),
}
JOB_STATE_LABELS: dict[str, str] = {
    JobState.DRAFT: N_("Draft"),
    JobState.OPEN: N_("Open"),
    JobState.CLOSED: N_("Closed"),
}
INTERVIEW_STATE_LABELS: dict[str, str] = {
    InterviewState.SCHEDULED: N_("Scheduled"),
    InterviewState.CANCELLED: N_("Cancelled"),
    InterviewState.DONE: N_("Done"),
}
OUTCOME_LABELS: dict[str, str] = {
    InterviewOutcome.PASSED: N_("Passed"),
    InterviewOutcome.REJECTED: N_("Rejected"),
    InterviewOutcome.NO_SHOW: N_("No-show"),
    InterviewOutcome.OFFER: N_("Offer made"),
}

_REQUIRED_ALL = N_("%(held)s of %(total)s required certifications")
_REQUIRED_MISSING = N_("%(held)s of %(total)s required certifications, missing: %(missing)s")
_NO_REQUIRED = N_("No certification required")
_PREFERRED = N_("%(held)s of %(total)s preferred certifications")
_MATCHED = N_("Matched skills: %(skills)s")
_NAME_SEPARATOR = N_(", ")


def explanation(
    required: CertificationFit, preferred: CertificationFit, skills: tuple[str, ...], locale: str
) -> list[str]:
    """A candidate's explanation in ``locale``, one sentence a line: "3 of 4 required
    certifications, missing: data analysis", the preferred ones held, the matched skills.
    Plain text (the pages escape it when they show it).

    >>> from sellerstar.domain.recruitment import certification_fit as fit
    >>> explanation(fit({Certification.ADVERTISING}, (Certification.ADVERTISING,
    ...     Certification.DATA_ANALYSIS)), fit((), ()), ("Excel",), "en")
    ['1 of 2 required certifications, missing: Data analysis', 'Matched skills: Excel']
    """
    gettext = translations(locale).gettext
    separator = gettext(_NAME_SEPARATOR)
    lines = []
    if required.total == 0:
        lines.append(gettext(_NO_REQUIRED))
    elif required.missing:
        names = separator.join(gettext(CERTIFICATION_LABELS[c]) for c in required.missing)
        values = {"held": required.held, "total": required.total, "missing": names}
        lines.append(gettext(_REQUIRED_MISSING) % values)
    else:
        lines.append(gettext(_REQUIRED_ALL) % {"held": required.held, "total": required.total})
    if preferred.total:
        lines.append(gettext(_PREFERRED) % {"held": preferred.held, "total": preferred.total})
    if skills:
        lines.append(gettext(_MATCHED) % {"skills": separator.join(skills)})
    return [html.unescape(line) for line in lines]


_REFUSALS: dict[str, str] = {
    "title_missing": N_("Give the job a title."),
    "title_too_long": N_("The title is longer than %(limit)s characters."),
    "city_or_remote": N_("Give a city or mark the job as remote."),
    "city_too_long": N_("The city is longer than %(limit)s characters."),
    "duties_too_long": N_("The duties are longer than %(limit)s characters."),
    "certification_twice": N_("A certification cannot be both required and preferred."),
    "skills_too_many": N_("At most %(count)s skills of at most %(limit)s characters each."),
    "salary_range": N_(
        "The salary range must be whole numbers with 0 ≤ minimum ≤ maximum ≤ %(limit)s."
    ),
    "salary_invalid": N_("The salary must be whole numbers."),
    "currency": N_("The currency must be one of %(currencies)s."),
    "main_account_only": N_("Only the main account posts and changes jobs."),
    "merchant_only": N_("Only a merchant's users schedule interviews."),
    "job_closed": N_("A closed job cannot be changed."),
    "transition": N_("The job cannot change from this state that way (reload the page)."),
    "job_not_open": N_("Interviews are scheduled for open jobs only."),
    "timezone": N_("Unknown time zone %(zone)s."),
    "no_such_time": N_("That time does not exist in the time zone (the clocks skip it)."),
    "time_invalid": N_("Give the date and the start and end times."),
    "in_the_past": N_("The interview must start in the future."),
    "length": N_("An interview lasts between %(low)s and %(high)s minutes."),
    "location_too_long": N_("The place is longer than %(limit)s characters."),
    "talent_busy": N_(
        "The talent already has an interview at that time (interview %(interview_id)s)."
    ),
    "interviewer_busy": N_(
        "You already have an interview at that time (interview %(interview_id)s)."
    ),
    "not_scheduled": N_("The interview is no longer scheduled (reload the page)."),
    "not_started": N_("The outcome can be recorded once the interview has started."),
    "outcome_invalid": N_("Choose an outcome."),
}
INPUT_CODES = frozenset(
    {
        "title_missing",
        "title_too_long",
        "city_or_remote",
        "city_too_long",
        "duties_too_long",
        "certification_twice",
        "skills_too_many",
        "salary_range",
        "salary_invalid",
        "currency",
        "timezone",
        "no_such_time",
        "time_invalid",
        "in_the_past",
        "length",
        "location_too_long",
        "outcome_invalid",
    }
)
FORBIDDEN_CODES = frozenset({"main_account_only", "merchant_only"})

JOB_POSTED = N_("Job %(job_id)s saved as a draft; open it to see candidates.")
JOB_SAVED = N_("Job saved.")
JOB_MOVED = N_("The job is now: %(state)s.")
INTERVIEW_SCHEDULED = N_("Interview %(interview_id)s scheduled; download its calendar file.")
INTERVIEW_CHANGED = N_("Interview %(interview_id)s updated.")


REFUSALS = Refusals(_REFUSALS, INPUT_CODES, dict.fromkeys(FORBIDDEN_CODES, 403))
refusal_text = REFUSALS.text
refusal_status = REFUSALS.status


TEMPLATE_WORDS: dict[str, object] = {
    "certification_labels": CERTIFICATION_LABELS,
    "job_state_labels": JOB_STATE_LABELS,
    "interview_state_labels": INTERVIEW_STATE_LABELS,
    "outcome_labels": OUTCOME_LABELS,
    "certifications": tuple(Certification),
    "outcomes": tuple(InterviewOutcome),
    # An interview's times are shown in the zone it was proposed in.
    "tz": ZoneInfo,
}
