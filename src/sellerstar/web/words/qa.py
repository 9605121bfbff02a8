"""Words of the briefing's Q&A channel (答疑通道, rulebook §7): topics, the states of
questions and groups, the window, and the refusals with their dates and limits."""

from __future__ import annotations

from sellerstar.domain.qa import GroupState, QaTopic, QuestionState, WindowState
from sellerstar.web.i18n import N_
from sellerstar.web.words.refusals import Refusals

TITLE = N_("Briefing questions")
PUBLIC_TITLE = N_("Briefing questions: published answers")
OPS_TITLE = N_("Briefing question channels")

TOPIC_LABELS: dict[str, str] = {
    QaTopic.STAR_LEVEL: N_("Merchant star level"),
    QaTopic.RADAR: N_("Product radar"),
    QaTopic.SAMPLE_VENUE: N_("Discount sample venue"),
    QaTopic.REVIEWS: N_("Buyer reviews"),
    QaTopic.TALENT_SERVICE: N_("Talent recruitment and service market"),
    QaTopic.OTHER: N_("Other"),
}
QUESTION_STATES: dict[str, str] = {
    QuestionState.SUBMITTED: N_("Submitted"),
    QuestionState.GROUPED: N_("Being answered"),
    QuestionState.ANSWERED: N_("Answered"),
}
GROUP_STATES: dict[str, str] = {
    GroupState.OPEN: N_("No answer yet"),
    GroupState.ANSWERED: N_("Answer written, not published"),
    GroupState.PUBLISHED: N_("Published"),
}
WINDOW_STATES: dict[str, str] = {
    WindowState.NOT_YET_OPEN: N_("Not open yet"),
    WindowState.OPEN: N_("Taking questions"),
    WindowState.CLOSED: N_("Closed"),
}
WINDOW = N_(
    "Questions from %(opens)s until %(closes)s 24:00 (platform time); answers planned for "
    "%(publish)s."
)

_REFUSALS: dict[str, str] = {
    "no_channel": N_("There is no such question channel."),
    "window_closed": N_(
        "This channel took questions until %(closes_on)s 24:00 (platform time); it is "
        "closed. The answers are planned for %(publish_on)s."
    ),
    "window_not_open": N_("This channel takes questions from %(opens_on)s."),
    "topic_not_taken": N_("Choose one of the channel's topics."),
    "question_missing": N_("Write the question."),
    "question_too_long": N_("The question is longer than %(limit)s characters."),
    "reference_too_long": N_("The reference is longer than %(limit)s characters."),
    "answer_too_long": N_("The answer is longer than %(limit)s characters."),
    "answer_missing": N_("Write the answer before publishing it."),
    "not_a_merchant": N_("Only a merchant's users ask questions."),
    "channel_id_invalid": N_(
        "A channel id is lowercase letters, digits and '-', at most %(limit)s characters."
    ),
    "channel_exists": N_("A channel %(channel_id)s exists already."),
    "title_invalid": N_("The title is 1 to %(limit)s characters."),
    "topics_missing": N_("Choose at least one topic."),
    "closes_before_opens": N_("The last day of the window is before its first day."),
    "publish_before_close": N_("Answers are published after the window closes."),
    "nothing_selected": N_("Select at least one question."),
    "too_many": N_("At most %(limit)s questions at once."),
    "no_question": N_("There is no question %(question_id)s in this channel."),
    "question_answered": N_("Question %(question_id)s is answered; it stays in its group."),
    "topic_invalid": N_("Choose the group's topic."),
    "no_group": N_("There is no such question group."),
    "group_published": N_("A published group takes no more questions."),
    "already_published": N_("This group is published already."),
    "not_due": N_(
        'The answers are planned for %(publish_on)s; tick "publish now" to publish them '
        "before that date."
    ),
    "changed_meanwhile": N_("It changed meanwhile (another operator?); reload and try again."),
}
INPUT_CODES = frozenset(
    {
        "topic_not_taken",
        "question_missing",
        "question_too_long",
        "reference_too_long",
        "answer_too_long",
        "channel_id_invalid",
        "title_invalid",
        "topics_missing",
        "closes_before_opens",
        "publish_before_close",
        "nothing_selected",
        "too_many",
        "topic_invalid",
    }
)
NOT_FOUND_CODES = frozenset({"no_channel", "no_group", "no_question"})

SUBMITTED = N_("Your question was received (no. %(question_id)s).")
CHANNEL_SAVED = N_("Channel %(channel_id)s saved.")
GROUPED = N_("%(count)s questions put in group %(group_id)s.")
ANSWER_SAVED = N_("The answer of group %(group_id)s was saved.")
PUBLISHED_DONE = N_("Group %(group_id)s is published; %(told)s merchant accounts are told.")


REFUSALS = Refusals(_REFUSALS, INPUT_CODES, dict.fromkeys(NOT_FOUND_CODES, 404))
refusal_text = REFUSALS.text
refusal_status = REFUSALS.status


TEMPLATE_WORDS: dict[str, object] = {
    "qa_topics": TOPIC_LABELS,
    "qa_question_states": QUESTION_STATES,
    "qa_group_states": GROUP_STATES,
    "qa_window_states": WINDOW_STATES,
    "qa_window_text": WINDOW,
}
