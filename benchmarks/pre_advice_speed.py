"""Throughput of the pre-advice classifier on one core (a script, not a test).

    .venv/bin/python benchmarks/pre_advice_speed.py
    .venv/bin/python benchmarks/pre_advice_speed.py --events 1000000

Three measures, each in a fresh process state (caches cleared before it):

- ``distinct``: every text new (the corpus's texts, each with a number appended so
  none repeats and no cache helps): the cold cost of scoring one text;
- ``feed batch``: ``classify_many`` over a day-like batch of ``--events`` events drawn
  from the corpus texts with Zipf-like frequencies (a few wordings make most events, as
  in a feed) and a tracking number in a tenth of them (so a tenth are distinct texts);
- ``one by one``: ``classify`` called per event on the same batch (the appeal check's
  path; the shipped model's per-text cache applies).

Run it on an idle machine; ``taskset -c 0`` pins it to one core. Each line gives the
rate per second of wall-clock time and per second of the process's CPU time.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence

from pre_advice_training import CORPUS, read_corpus

from sellerstar.domain import pre_advice, pre_advice_model
from sellerstar.domain.pre_advice import classify, classify_many

Event = tuple[str | None, str, str | None]


def _clear() -> None:
    pre_advice._shipped_text_verdict.cache_clear()
    pre_advice_model.shipped.cache_clear()
    pre_advice_model.shipped()  # loading is not scoring: load before the clock starts


def feed_batch(texts: Sequence[tuple[str, str]], events: int, seed: int = 0) -> list[Event]:
    """``events`` events drawn with Zipf-like weights; one in ten carries a number."""
    chance = random.Random(seed)
    order = list(texts)
    chance.shuffle(order)
    weights = [1.0 / (rank + 1) for rank in range(len(order))]
    drawn = chance.choices(order, weights=weights, k=events)
    batch: list[Event] = []
    for i, (carrier, text) in enumerate(drawn):
        if i % 10 == 0:
            text = f"{text} {chance.randrange(10**9, 10**10)}"
        batch.append((carrier, text, None))
    return batch


def rate(run: Callable[[], object], count: int) -> str:
    """Per second of wall-clock time and of this process's CPU time (on a machine shared
    with other work the CPU figure is the steadier one)."""
    _clear()
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return f"{count / wall:>10,.0f} /s wall {count / cpu:>10,.0f} /s CPU"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=500_000)
    args = parser.parse_args(argv)
    rows = read_corpus(CORPUS)
    texts = [(row["carrier"], row["text"]) for row in rows]
    distinct: list[Event] = [
        (carrier, f"{text} {n}", None) for n in range(5) for carrier, text in texts
    ]
    batch = feed_batch(texts, args.events)
    unique = len(set(batch))
    print(f"model: {len(pre_advice_model.shipped()):,} n-grams; corpus {len(rows)} texts")
    print(
        f"distinct      {len(distinct):>9,} texts  "
        f"{rate(lambda: classify_many(distinct), len(distinct))}"
    )
    print(
        f"feed batch    {len(batch):>9,} events ({unique:,} distinct)  "
        f"{rate(lambda: classify_many(batch), len(batch))}"
    )
    print(
        f"one by one    {len(batch):>9,} events  "
        f"{rate(lambda: [classify(*event) for event in batch], len(batch))}"
    )


if __name__ == "__main__":
    main()
