"""Train the pre-advice model (corpus and written examples) and write the artefact it ships as.

    .venv/bin/python scripts/train_pre_advice_model.py            # writes the artefact
    .venv/bin/python scripts/train_pre_advice_model.py --check    # exit 1 if it is stale

The artefact (src/sellerstar/domain/data/pre_advice_model.json.gz) records the SHA-256 of
the corpus and of the written examples (benchmarks/data/pre_advice/synthetic.csv; README
beside it) and the training parameters; a test fails when the corpus changed and the model
was not retrained. Training is deterministic (liblinear, fixed seed, rounded weights).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from pre_advice_training import ARTEFACT, CORPUS, SYNTHETIC, train


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--output", type=Path, default=ARTEFACT)
    parser.add_argument(
        "--written", default=str(SYNTHETIC), help="the written examples ('none': the corpus alone)"
    )
    parser.add_argument("--check", action="store_true", help="only say whether it is up to date")
    args = parser.parse_args(argv)
    data, model = train(args.corpus, written=None if args.written == "none" else Path(args.written))
    if args.check:
        current = args.output.read_bytes() if args.output.exists() else b""
        if current != data:
            print(f"{args.output} is stale: run scripts/train_pre_advice_model.py")
            return 1
        print(f"{args.output} is up to date ({len(model)} n-grams)")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(
        f"wrote {args.output} ({len(data):,} bytes, {len(model):,} n-grams, "
        f"corpus {model.corpus_sha256[:12]}, {model.meta['corpus_rows']} rows)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
