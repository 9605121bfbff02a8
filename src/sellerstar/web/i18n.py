"""The user-facing languages: Chinese (default) and English, from Babel catalogues.

The catalogues are the ``.po`` files under ``locale/``; they are compiled in memory when
first used, so no compiled file can go stale. Source strings are English; the English
catalogue exists so a translator can override a source text without touching the code.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from markupsafe import Markup, escape

LOCALES: tuple[str, ...] = ("zh", "en")
DEFAULT_LOCALE = "zh"
LOCALE_COOKIE = "sellerstar_lang"
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
# Babel locale used to format numbers and dates per UI language.
_BABEL_LOCALES = {"zh": "zh_Hans_CN", "en": "en_US"}


def catalogue_path(locale: str) -> Path:
    """The ``.po`` file of ``locale``."""
    return LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=len(LOCALES))
def translations(locale: str) -> Translations:
    """The compiled catalogue of ``locale`` (one of :data:`LOCALES`).

    >>> translations("zh").gettext("Sign in")
    '登录'
    """
    if locale not in LOCALES:
        raise ValueError(f"unknown locale {locale!r}; use one of {', '.join(LOCALES)}")
    with catalogue_path(locale).open("rb") as handle:
        catalogue = read_po(handle, locale=locale, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


@lru_cache(maxsize=len(LOCALES))
def msgids(locale: str) -> frozenset[str]:
    """The source texts the catalogue of ``locale`` knows (translated or not).

    >>> "Sign in" in msgids("en"), "<script>" in msgids("en")
    (True, False)
    """
    with catalogue_path(locale).open("rb") as handle:
        catalogue = read_po(handle, locale=locale, domain=DOMAIN)
    return frozenset(
        message.id if isinstance(message.id, str) else message.id[0]
        for message in catalogue
        if message.id
    )


@lru_cache(maxsize=len(LOCALES))
def template_gettext(locale: str) -> Callable[..., Markup]:
    """The templates' ``_``: Jinja's new-style gettext (the translation is markup, the
    parameters are escaped into it, ``%%`` is always a per cent sign), with the texts
    without parameters translated once, not on every render.

    Only a catalogue text is trusted as markup: anything else (an error message echoing
    input, a code from imported data shown as its own label) is escaped as plain text.

    >>> say = template_gettext("en")
    >>> say("Page %(page)s of %(pages)s", page="<1>", pages=2)
    Markup('Page &lt;1&gt; of 2')
    >>> say("<script>alert(1)</script>")
    Markup('&lt;script&gt;alert(1)&lt;/script&gt;')
    """
    catalogue = translations(locale)
    known = msgids(locale)

    @lru_cache(maxsize=4096)
    def plain(message: str) -> Markup:
        return Markup(catalogue.gettext(message)) % {}

    def gettext(message: str, /, **params: Any) -> Markup:
        if message not in known:
            return escape(message) % params if params else escape(message)
        if params:
            return Markup(catalogue.gettext(message)) % params
        return plain(message)

    return gettext


@lru_cache(maxsize=len(LOCALES))
def babel_locale(locale: str) -> Locale:
    """The Babel locale that formats numbers and dates for a UI language."""
    return Locale.parse(_BABEL_LOCALES[locale])


def pick_locale(cookie: str | None) -> str:
    """The UI language: the one chosen with the switch, else Chinese.

    >>> pick_locale("en"), pick_locale(None), pick_locale("fr")
    ('en', 'zh', 'zh')
    """
    return cookie if cookie in LOCALES else DEFAULT_LOCALE


def N_(message: str) -> str:
    """Mark a message for the catalogue; it is translated where it is shown."""
    return message
