"""Keep the translation catalogues in step with the code (a developer tool).

``python -m sellerstar.web.catalogue update`` extracts every message of the package (the
``_()`` / ``N_()`` calls in Python and the templates) and merges it into each ``.po``
file, keeping existing translations. ``check`` lists what is missing or stale; a test runs
it, so an untranslated message fails the build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from sellerstar.web.i18n import DEFAULT_LOCALE, DOMAIN, LOCALES, catalogue_path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
_METHODS = [
    ("web/templates/**.html", "jinja2.ext:babel_extract"),
    ("**.py", "python"),
]
_OPTIONS = {"web/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
_KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}


def extract() -> Catalog:
    """Every message the package shows, with where it is used."""
    template = Catalog(domain=DOMAIN, project="sellerstar")
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE_DIR, _METHODS, _OPTIONS, keywords=_KEYWORDS, strip_comment_tags=True
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def _read(locale: str) -> Catalog:
    path = catalogue_path(locale)
    if not path.exists():
        return Catalog(locale=locale, domain=DOMAIN, project="sellerstar")
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain=DOMAIN)


def update() -> None:
    """Merge the extracted messages into every catalogue; obsolete ones are dropped."""
    template = extract()
    for locale in LOCALES:
        catalogue = _read(locale)
        catalogue.update(template, no_fuzzy_matching=True)
        path = catalogue_path(locale)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(
                handle,
                catalogue,
                omit_header=True,
                ignore_obsolete=True,
                no_location=True,
                sort_output=True,
                width=100,
            )


def problems() -> list[str]:
    """Messages missing from a catalogue, stale in it, or untranslated in Chinese."""
    template = extract()
    wanted = {message.id for message in template if message.id}
    found: list[str] = []
    for locale in LOCALES:
        catalogue = _read(locale)
        have = {message.id for message in catalogue if message.id}
        found += [f"{locale}: missing {ident!r}" for ident in sorted(wanted - have, key=str)]
        found += [f"{locale}: stale {ident!r}" for ident in sorted(have - wanted, key=str)]
        if locale == DEFAULT_LOCALE:
            found += [
                f"{locale}: untranslated {message.id!r}"
                for message in catalogue
                if message.id and message.id in wanted and (not message.string or message.fuzzy)
            ]
    return found


def main(argv: list[str]) -> int:
    """``update`` or ``check`` (exit status 1 when there is a problem)."""
    if argv[1:] == ["update"]:
        update()
    listed = problems()
    print("\n".join(listed) or "catalogues are complete")
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
