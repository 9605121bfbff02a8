"""A small world for the notifier's tests: merchants with a main account user and two
sub-account users, messages in the outbox, a local SMTP server (aiosmtpd) and a local
webhook receiver that checks signatures and drops repeated deliveries."""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

import sqlalchemy as sa
from aiosmtpd.controller import Controller

from sellerstar.domain.notifications import Backoff, EmailMode
from sellerstar.jobs.notifications import Notifier, run_notifier
from sellerstar.rules import load_rulebook
from sellerstar.services import notification_settings, notifications
from sellerstar.services.notification_senders import Smtp
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, users
from sellerstar.web.notification_mail import compose

BOOK = load_rulebook()
# 10:00 in Shanghai on 2022-11-20.
NOW = dt.datetime(2022, 11, 20, 2, 0, tzinfo=dt.UTC)
BACKOFF = Backoff(base_seconds=60, max_seconds=3600, jitter=0.5, max_attempts=5)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def seed(engine: sa.Engine, merchants: tuple[str, ...] = ("M1",)) -> dict[str, int]:
    """Each merchant: accounts <M>-MAIN, <M>-SUB1, <M>-SUB2 and one user each; user ids
    by login (m1-main, m1-sub1, m1-sub2)."""
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["merchants"].insert(),
            [
                {"merchant_id": m, "name": m, "membership": "none", "ta_status": "active"}
                for m in merchants
            ],
        )
        connection.execute(
            contract_tables["accounts"].insert(),
            [
                {
                    "account_id": f"{m}-{a}",
                    "merchant_id": m,
                    "role": "main" if a == "MAIN" else "sub",
                    "name": a,
                }
                for m in merchants
                for a in ("MAIN", "SUB1", "SUB2")
            ],
        )
        ids = {}
        for m in merchants:
            for account in ("MAIN", "SUB1", "SUB2"):
                login = f"{m}-{account}".lower()
                role = "merchant_main" if account == "MAIN" else "merchant_sub"
                ids[login] = connection.execute(
                    sa.insert(users)
                    .values(
                        login=login,
                        display_name=login,
                        role=role,
                        merchant_id=m,
                        account_id=f"{m}-{account}",
                        created_at=NOW,
                    )
                    .returning(users.c.user_id)
                ).scalar_one()
    return ids


def tell(
    engine: sa.Engine,
    topic: str,
    subject: str,
    payload: dict[str, Any],
    account: str | None = None,
    merchant: str = "M1",
    at: dt.datetime = NOW,
) -> None:
    with transaction(engine) as connection:
        notifications.enqueue(
            connection,
            merchant_id=merchant,
            account_id=account,
            topic=topic,
            subject_id=subject,
            payload=payload,
            now=at,
        )


def wants_email(
    engine: sa.Engine,
    user_id: int,
    address: str,
    *,
    digest: bool = False,
    language: str = "zh",
    topics: dict[str, Any] | None = None,
) -> None:
    with transaction(engine) as connection:
        notification_settings.save_preferences(
            connection,
            user_id=user_id,
            email=address,
            email_mode=EmailMode.DIGEST if digest else EmailMode.IMMEDIATE,
            language=language,
            topics=topics or {},
            now=NOW,
        )


def notifier(port: int | None, worker: str = "w1", **senders: Any) -> Notifier:
    smtp = (
        Smtp("127.0.0.1", port, "none", None, None, "sellerstar <n@test.invalid>", 5.0)
        if port
        else None
    )
    return Notifier(worker, BACKOFF, 300, smtp, 5.0, **senders)


def run(engine: sa.Engine, worker: Notifier, at: dt.datetime = NOW) -> dict[str, int]:
    return run_notifier(engine, BOOK, worker, compose, now=at)


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@dataclass
class MailServer:
    """A real SMTP server on 127.0.0.1: start, stop, and the emails it received."""

    port: int
    handler: _Inbox = field(default_factory=_Inbox)
    controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def received(self) -> list[Message]:
        return self.handler.messages


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1: records each POST; answers ``status``."""

    port: int
    status: int = 200
    posts: list[tuple[dict[str, str], bytes]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"


@contextmanager
def receiver() -> Iterator[Receiver]:
    state = Receiver(free_port())

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.posts.append((dict(self.headers.items()), body))
            self.send_response(state.status)
            self.end_headers()
            self.wfile.write(b"ok" * 600)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", state.port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
