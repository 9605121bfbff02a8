"""The carrier table behind :mod:`sellerstar.domain.carriers`: codes and number formats.

One row per carrier: our code, name, 17TRACK carrier key, Kuaidi100 company code,
AfterShip slug, transport and the published tracking-number formats. ``None`` means the
code could not be confirmed in a public source (docs/carriers.md lists which and why).

Sources (docs/carriers.md has the full citations):

- 17TRACK keys: 17TRACK's carrier list ``apicarrier.all.json`` (linked from its help
  article "Supported carriers and carrier codes"), one ``key`` per carrier.
- Kuaidi100 codes: Kuaidi100's company-code table (快递公司编码, ``公司名称,公司编码``).
- AfterShip slugs: AfterShip's courier list (``GET /couriers/all``).
- Formats: UPU S10 for postal items; jkeen/tracking_number_data (the data behind the
  tracking_number libraries) for UPS, USPS, DHL, Canada Post, Purolator, Yodel, YunExpress,
  Deutsche Post and DPD; TNT's three consignment formats; Cainiao's LP references.

A format is ``(regex, check)``: the regex must match the whole normalised number and
``check`` names the check-digit rule of :mod:`sellerstar.domain.carriers` ("" = none).
"""

from __future__ import annotations

from typing import NamedTuple


class Row(NamedTuple):
    code: str
    name: str
    seventeen_track: int | None
    kuaidi100: str | None
    aftership: str | None
    transport: str
    formats: tuple[tuple[str, str], ...]
    # False: known to be untrackable (the seed's 物流不可追踪 tag in the proof form): neither
    # the platform nor 17TRACK / Kuaidi100 get its tracking.
    trackable: bool = True


def _s10(*countries: str, service: str = "[A-Z]{2}") -> tuple[tuple[str, str], ...]:
    """UPU S10 item identifiers: 2 letters, 8 digits, check digit, ISO country code."""
    return tuple((f"{service}\\d{{9}}{country}", "s10") for country in countries)


ROWS: tuple[Row, ...] = (
    # Express integrators.
    Row("ups", "UPS", 100002, "ups", "ups", "express", (("1Z[0-9A-Z]{16}", "ups"),)),
    Row(
        "fedex",
        "FedEx",
        100003,
        "fedex",
        "fedex",
        "express",
        # Express 12, Ground 15, SmartPost 20 and 22 digits; check digits not verified
        # because FedEx uses a different rule per service.
        (("\\d{12}", ""), ("\\d{15}", ""), ("\\d{20}", ""), ("\\d{22}", "")),
    ),
    Row(
        "dhl",
        "DHL Express",
        100001,
        "dhl",
        "dhl",
        "express",
        # Waybill: 9 or 10 digits + mod-7 check digit; piece IDs JJD/JVGL + digits.
        (("\\d{10,11}", "mod7"), ("J[A-Z]{2,3}\\d{9,10}", "")),
    ),
    Row("aramex", "Aramex", 100006, "aramex", "aramex", "express", ()),
    Row(
        "tnt",
        "TNT",
        100004,
        "tnt",
        "tnt",
        "express",
        (("\\d{9}", ""), ("\\d{8}", ""), ("[A-Z]{2}\\d{9}WW", "")),
    ),
    Row(
        "dpd",
        "DPD",
        100007,  # 17TRACK "DPD (DE)"; the UK network is 100010
        "dpd",
        "dpd",
        "express",
        # 14-digit parcel number, or the full 28-character barcode it is embedded in.
        (("\\d{14}", ""), ("\\d{27}[0-9A-Z]", "")),
    ),
    Row("gls", "GLS", 100005, "gls", "gls", "express", ()),
    Row(
        "purolator",
        "Purolator",
        100042,
        "purolator",
        "purolator",
        "express",
        (("[0-5]\\d{11}", "luhn"), ("[A-Z]{3}\\d{9}", "")),
    ),
    Row("yodel", "Yodel", 100017, "yodel", "yodel", "express", (("JJ?D\\d{16}", ""),)),
    # Evri is the renamed Hermes UK: Kuaidi100 and AfterShip still list it as Hermes.
    Row("evri", "Evri (Hermes UK)", 100331, "myhermes", "hermes", "express", ()),
    Row("sfexpress", "SF Express", 100012, "shunfeng", "sf-express", "express", ()),
    Row("jtexpress", "J&T International", 100295, "jet", None, "express", ()),
    # Chinese cross-border logistics.
    Row("4px", "4PX", 190094, "disifang", "4px", "express", ()),
    Row(
        "yunexpress",
        "YunExpress",
        190008,
        "yuntrack",
        "yunexpress",
        "express",
        (("YT\\d{16}", ""),),
    ),
    Row("yanwen", "Yanwen", 190012, "yw56", "yanwen", "postal", _s10("CN")),
    Row("cainiao", "Cainiao", 190271, None, "cainiao", "postal", (("LP\\d{12,14}", ""),)),
    # Posts.
    Row("chinapost", "China Post", 3011, "chinapost", "china-post", "postal", _s10("CN")),
    Row(
        "ems",
        "China EMS",
        3013,
        "ems",
        "china-ems",
        "postal",
        _s10("CN", service="E[A-Z]"),
    ),
    Row(
        "usps",
        "USPS",
        21051,
        "usps",
        "usps",
        "postal",
        (
            ("9[1-5]\\d{20}", "mod10"),
            ("9[1-5]\\d{24}", "mod10"),
            ("\\d{20}", "mod10"),
            *_s10("US"),
        ),
    ),
    Row("royalmail", "Royal Mail", 11031, None, "royal-mail", "postal", _s10("GB")),
    Row(
        "canadapost",
        "Canada Post",
        3041,
        "canpost",
        "canada-post",
        "postal",
        (("\\d{16}", "mod10"), *_s10("CA")),
    ),
    Row("auspost", "Australia Post", 1151, "auspost", "australia-post", "postal", _s10("AU")),
    Row(
        "postnl",
        "PostNL",
        14041,
        "postnl",
        "postnl-3s",
        "postal",
        (("3S[A-Z]{4}\\d{5,11}", ""), *_s10("NL")),
    ),
    Row("japanpost", "Japan Post", 10021, "japanposten", "japan-post", "postal", _s10("JP")),
    # 17TRACK lists Korea Post's international service as "ePOST (인터넷우체국)".
    Row("koreapost", "Korea Post", 11051, "koreapost", "korea-post", "postal", _s10("KR")),
    Row(
        "deutschepost",
        "Deutsche Post",
        7044,
        "deutschepost",
        "deutsch-post",
        "postal",
        (("\\d{2}[0-9A-Z]{7}\\d{4}[0-9A-Z]{7}", ""), *_s10("DE")),
    ),
    Row(
        "laposte",
        "La Poste (Colissimo)",
        6051,
        "colissimo",
        "la-poste-colissimo",
        "postal",
        _s10("FR"),
    ),
    Row("postnord", "PostNord", 19241, "postnord", "postnord", "postal", _s10("SE", "DK")),
    Row("singpost", "Singapore Post", 19131, "singpost", "singapore-post", "postal", _s10("SG")),
    Row("hkpost", "Hongkong Post", 8011, "hkpost", "hong-kong-post", "postal", _s10("HK")),
    Row(
        "correos", "Correos (Spain)", 19181, "correosdees", "spain-correos-es", "postal", _s10("ES")
    ),
    Row(
        "posteitaliane",
        "Poste Italiane",
        9071,
        "italiane",
        "poste-italiane",
        "postal",
        _s10("IT"),
    ),
    # Ocean carriers (bills of lading): only Maersk's Kuaidi100 code is confirmed
    # (Kuaidi100's "cosco" is COSCO's e-commerce express 中远e环球, not the shipping line).
    Row("maersk", "Maersk", None, "maersk", None, "sea", ()),
    Row("cosco", "COSCO Shipping", None, None, None, "sea", ()),
    # The seed's proof form lists "非洲专线" tagged 物流不可追踪 (untrackable): a proof may
    # name it, and the form says what that means for the tracking rate and appeals.
    Row("africa_line", "非洲专线 (Africa line)", None, None, None, "express", (), trackable=False),
)
