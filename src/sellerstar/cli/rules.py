"""`sellerstar rules`: which rule-set is in force, what it says, its reference page, and
what changes between rule-sets (`rules diff`, docs/rule-changes.md)."""

from __future__ import annotations

import datetime as dt
import json
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sellerstar import clock
from sellerstar.config import get_settings
from sellerstar.domain.calendar import platform_date
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.rules.announcements import announcements, taking_effect
from sellerstar.rules.reference import reference_markdown
from sellerstar.rules.render import OutputFormat, render
from sellerstar.web.rule_change_text import as_text, described, say_in
from sellerstar.web.words import rule_changes as words

app = typer.Typer(
    help="Versioned rule-sets: which one is in force on a date, and every value in it.",
    no_args_is_help=True,
)


class Language(StrEnum):
    """The language ``rules diff`` writes in."""

    ZH = "zh"
    EN = "en"


class DiffFormat(StrEnum):
    """How ``rules diff`` writes the changes."""

    TEXT = "text"
    JSON = "json"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_date(text: str, option: str = "--date") -> dt.date:
    """A ``YYYY-MM-DD`` option value; anything else is a usage error naming the option."""
    try:
        if _ISO_DATE.fullmatch(text) is None:
            raise ValueError("expected YYYY-MM-DD")
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise typer.BadParameter(f"{text!r} is not a date ({exc})", param_hint=option) from None


def _book() -> RuleBook:
    return load_rulebook(get_settings().rules_dir)


@app.command("show")
def show_command(
    on: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="Platform date; default: today in the platform time zone.",
        ),
    ] = None,
    rule_set_id: Annotated[
        str | None, typer.Option("--id", help="Show this rule-set instead of the one in force.")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text (readable), toml or json.")
    ] = OutputFormat.TEXT,
) -> None:
    """Print the rule-set in force on a date (or the one named by --id)."""
    if on is not None and rule_set_id is not None:
        raise typer.BadParameter("give --date or --id, not both", param_hint="--id")
    day = _parse_date(on) if on is not None else None
    book = _book()
    if rule_set_id is not None:
        rule_set, why = book.get(rule_set_id), f"selected by id {rule_set_id}"
    elif day is not None:
        rule_set, why = book.in_force(day), f"in force on {day.isoformat()}"
    else:
        rule_set, why = book.in_force_at(clock.now()), "in force today"
    if output_format is OutputFormat.TEXT:
        typer.echo(f"# {why}")
    typer.echo(render(rule_set, output_format), nl=False)


@app.command("list")
def list_command() -> None:
    """List every rule-set: id, effective date and description, oldest first."""
    for rule_set in _book().rule_sets:
        typer.echo(f"{rule_set.id}\t{rule_set.effective.isoformat()}\t{rule_set.description}")


@app.command("reference")
def reference_command(
    output: Annotated[
        Path | None,
        typer.Option("--output", help="Write to this file (e.g. docs/rules.md) instead."),
    ] = None,
) -> None:
    """Print the rule-set reference (docs/rules.md) generated from the shipped rule-sets."""
    text = reference_markdown(load_rulebook())
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}")


@app.command("diff")
def diff_command(
    start: Annotated[
        str,
        typer.Option(
            "--from", metavar="YYYY-MM-DD", help="Changes taking effect after this date ..."
        ),
    ],
    end: Annotated[
        str, typer.Option("--to", metavar="YYYY-MM-DD", help="... up to and including this one.")
    ],
    lang: Annotated[Language, typer.Option("--lang", help="zh (default) or en.")] = Language.ZH,
    output_format: Annotated[
        DiffFormat, typer.Option("--format", help="text (one sentence per change) or json.")
    ] = DiffFormat.TEXT,
) -> None:
    """Print every rule change taking effect in (--from, --to]: per rule-set its dates and
    description, per area a sentence per change (the words of the changelog page)."""
    after, through = _parse_date(start, "--from"), _parse_date(end, "--to")
    if after > through:
        raise typer.BadParameter(
            f"--from {after.isoformat()} is after --to {through.isoformat()}", param_hint="--from"
        )
    book = _book()
    instant = clock.now(book=book)
    today = platform_date(instant, book.in_force_at(instant).calendar.timezone)
    data = described(taking_effect(announcements(book), after, through), today, lang.value)
    if output_format is DiffFormat.JSON:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif not data:
        period = {"start": after.isoformat(), "end": through.isoformat()}
        typer.echo(say_in(lang.value)(words.NOTHING_TAKES_EFFECT) % period)
    else:
        typer.echo(as_text(data, lang.value), nl=False)
