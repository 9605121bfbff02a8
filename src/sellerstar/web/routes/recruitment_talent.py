"""Talent recruitment for talents and for anyone verifying a certificate.

A talent (role ``talent``) sees its own profile, its certificates and its interviews, and
downloads their calendar files; another talent's interview answers 404. The verification
of a certificate is public (an employer checks a candidate's certificate by its id): it
shows only what a verifier needs, the holder's name, the certification and the issue
date, and says when an id of the programme's form has a wrong check digit (mistyped).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from sellerstar.domain.access import Role
from sellerstar.domain.recruitment import check_digit_fails
from sellerstar.queries import recruitment as queries
from sellerstar.web.auth import Auth, ReadConnection, file_user, page_user
from sellerstar.web.recruitment_input import InterviewId
from sellerstar.web.recruitment_views import ics_response
from sellerstar.web.templating import render
from sellerstar.web.words import recruitment as words

router = APIRouter(include_in_schema=False)
Talent = Annotated[Auth, Depends(page_user(Role.TALENT))]
TalentFile = Annotated[Auth, Depends(file_user(Role.TALENT))]
CertificateId = Annotated[str, Query(max_length=128, alias="id")]


def _talent_id(auth: Auth) -> str:
    assert auth.principal.talent_id is not None  # a talent user (the dependency checked)
    return auth.principal.talent_id


@router.get("/recruitment/me")
def my_page(request: Request, auth: Talent, connection: ReadConnection) -> HTMLResponse:
    """The talent's profile, certificates and interviews."""
    talent_id = _talent_id(auth)
    context = {
        "talent": queries.talent(connection, talent_id),
        "interviews": queries.interviews(connection, talent_id=talent_id),
        **words.TEMPLATE_WORDS,
    }
    return render(request, "recruitment_me.html", context)


@router.get("/recruitment/me/interviews/{interview_id}.ics")
def my_interview_file(
    request: Request, auth: TalentFile, connection: ReadConnection, interview_id: InterviewId
) -> Response:
    """The .ics file of one of the talent's interviews."""
    row = queries.interview(connection, interview_id, talent_id=_talent_id(auth))
    return ics_response(row, request.state.locale)


def _verification(
    request: Request, connection: ReadConnection, certificate_id: str
) -> HTMLResponse:
    asked = certificate_id.strip()
    found = queries.certificate(connection, asked) if asked else None
    context = {
        "asked": asked,
        "found": found,
        "mistyped": bool(asked) and found is None and check_digit_fails(asked),
        **words.TEMPLATE_WORDS,
    }
    status = 404 if asked and found is None else 200
    return render(request, "recruitment_certificate.html", context, status)


@router.get("/recruitment/certificates")
def verify_form(
    request: Request, connection: ReadConnection, certificate_id: CertificateId = ""
) -> HTMLResponse:
    """The verification form; ``?id=`` looks the certificate up."""
    return _verification(request, connection, certificate_id)


@router.get("/recruitment/certificates/{certificate_id}")
def verify(request: Request, connection: ReadConnection, certificate_id: str) -> HTMLResponse:
    """Whether a certificate exists, whose it is, which one and since when."""
    return _verification(request, connection, certificate_id[:128])
