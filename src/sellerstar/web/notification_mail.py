"""Notification emails in the recipient's language (docs/notifications.md): the subject,
a plain-text body and an HTML alternative from Jinja templates (HTML autoescaped: a
payload value is text, never markup). The notifier job takes :func:`compose`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import jinja2

from sellerstar.jobs.notifications import Item
from sellerstar.web.words import notifications as words

_TEMPLATES = Path(__file__).parent / "templates" / "email"
_html = jinja2.Environment(
    loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True, keep_trailing_newline=True
)
_text = jinja2.Environment(
    loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=False, keep_trailing_newline=True
)


def compose(
    items: Sequence[Item], language: str, digest_day: dt.date | None
) -> tuple[str, str, str]:
    """(subject, text, HTML) of one message, or of a day's digest when ``digest_day``."""
    messages = [
        {
            "title": (rendered := words.render(item.topic, item.payload, language)).title,
            "text": rendered.text,
            "at": item.created_at.strftime("%Y-%m-%d %H:%M UTC"),
        }
        for item in items
    ]
    if digest_day is None:
        subject = messages[0]["title"]
    else:
        subject = words.word(
            words.DIGEST_SUBJECT, language, date=digest_day.isoformat(), count=len(messages)
        )
    context = {
        "subject": subject,
        "messages": messages,
        "language": language,
        "footer": words.word(words.EMAIL_FOOTER, language),
    }
    text = _text.get_template("notification.txt").render(context)
    html = _html.get_template("notification.html").render(context)
    return subject, text, html
