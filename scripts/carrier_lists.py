"""Rebuild the aggregators' carrier lists (src/sellerstar/domain/carrier_lists/*.tsv).

    python scripts/carrier_lists.py APICARRIER_ALL_JSON KUAIDI100_CSV

APICARRIER_ALL_JSON is 17TRACK's carrier list (``apicarrier.all.json``), KUAIDI100_CSV is
Kuaidi100's company-code table (``公司名称,公司编码,公司类型``). Only the facts a proof form
needs are kept: the aggregator's carrier code and its names (docs/carriers.md says why).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/sellerstar/domain/carrier_lists"


def _clean(text: str) -> str:
    return " ".join(str(text).split())


def main(seventeen: Path, kuaidi100: Path) -> None:
    carriers = json.loads(seventeen.read_text(encoding="utf-8"))
    rows = sorted(
        {(int(c["key"]), _clean(c["_name"]), _clean(c.get("_name_zh-cn") or "")) for c in carriers}
    )
    with (OUT / "seventeen_track.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("key\tname\tname_zh\n")
        out.writelines(f"{key}\t{name}\t{zh}\n" for key, name, zh in rows if name)
    with kuaidi100.open(encoding="utf-8", newline="") as source:
        table = list(csv.DictReader(source))
    companies = sorted({(_clean(r["公司编码"]), _clean(r["公司名称"])) for r in table})
    with (OUT / "kuaidi100.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("code\tname\n")
        out.writelines(f"{code}\t{name}\n" for code, name in companies if code and name)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
