"""Cross-language cues for the pre-advice model: a word's meaning, whatever its language.

Character n-grams carry a wording from one carrier to another in the same language, but
not from "angekündigt" to "voorgemeld" or "预报". The model therefore also sees, for each
concept below found in a text, one feature ``\\x02<concept>`` (so a language it has few
texts of still shares what it learned from the others). The lists are general
vocabulary of parcel tracking in the languages the platform's carriers write in (en, de,
fr, es, it, nl, pt, pl, cs, ro, tr, ru, uk, bg, sr, vi, id, fa, ar, zh, ja, ko), stems
matched at the start of a word (any position in Chinese, Japanese and Korean). They are
hints with learned weights, not rules: the model decides how much each counts. Each
pair of concepts found together is a feature as well (``\\x02pickup+failed``): a pickup
that failed is pre-advice in every language, one completed is not.

>>> [c for c in cues("sendungsdaten elektronisch übermittelt, noch nicht erhalten") if "+" not in c]
['\\x02data', '\\x02electronic', '\\x02not_yet', '\\x02transmitted']
>>> cues("快件已揽收"), cues("包裹等待揽收")
(['\\x02accepted'], ['\\x02awaiting', '\\x02awaiting+pickup', '\\x02pickup'])
"""

from __future__ import annotations

import re
from itertools import combinations

CUE_PREFIX = "\x02"
PAIRS = True  # concept pairs as features too (see ``marked_cues``)


def _stems(listed: str) -> tuple[str, ...]:
    """A "|"-separated list (long lists of stems read best as text)."""
    return tuple(listed.split("|"))


# Stems at the start of a word (Latin scripts) - the text is already case folded.
_WORD_STEMS: dict[str, tuple[str, ...]] = {
    "label": _stems(
        "label|lbl|etiquet|étiquet|etichett|etiket|etykiet|štítek|этикет|ярлык|етикет|nhãn"
    ),
    "created": _stems(
        "creat|generat|erstellt|angelegt|erzeugt|créé|cree|cré|creado|creada|generado|"
        "creato|creata|generato|aangemaakt|gecreëerd|utworz|wygenerow|vytvoř|criad|gerad|"
        "oluşturul"
        "|создан|сформирован|оформлен|створен|сформован|създаден|kreiran|креиран|tạo"
        "|dibuat|ایجاد|إنشاء|انشاء"
    ),
    "registered": _stems(
        "regist|pre-regist|preregist|prerregist|enregistr|erfasst|zarejestr|zaregistr|"
        "kayded|manifest"
        "|зарегистр|регистрац|зареєстр|реєстрац|регистрир|registrov|регистров|đăng ký"
        "|terdaftar|registrasi|ثبت|تسجيل"
    ),
    "announced": _stems(
        "announc|pre-advi|preadvi|pre-alert|prealert|advised|angekündigt|ankündigung|"
        "vorankündigung|avisiert|avis|annonc|préavis|preaviso|prealerta|preavvis|"
        "voorgemeld|aangemeld|aanmeld|awiz|avizat|ohlášen|bildirildi"
    ),
    "data": _stems(
        "data|daten|sendungsdaten|auftragsdaten|info|details|données|donnees|datos|dati|"
        "dados|gegevens|dane|danych|údaj|bilgi|information|información|informazion|"
        "informações|informacj"
        "|данн|информац|сведен|дані|даних|інформац|данни|podaci|podatak|подаци|thông tin"
        "|dữ liệu|informasi|اطلاعات|معلومات|بيانات"
    ),
    "electronic": _stems(
        "electroni|elektroni|électroni|elettroni|eletrôni|online"
        "|электрон|електрон|elektron|điện tử|إلكتروني|الكتروني"
    ),
    "transmitted": _stems(
        "transmit|submitted|uploaded|sent to|übermittelt|übertragen|übergeben "
        "an|transmis|envoyé|enviad|inviat|trasmess|verstuurd|doorgegeven|przesłan|"
        "odeslán|gönderil|iletil"
    ),
    "not_yet": _stems(
        "not yet|yet to|noch nicht|pas encore|todavía no|aún no|ainda não|non ancora|nog "
        "niet|jeszcze nie|ještě ne|henüz|încă nu"
        "|еще не|ещё не|пока не|ще не|поки не|още не|još nije|још није|هنوز"
        "|لم يتم"
    ),
    "awaiting": _stems(
        "await|waiting|pending|expect|erwartet|wartet|ausstehend|attendu|attente|"
        "esperando|pendiente|esperad|aguardando|attesa|verwacht|wacht|oczekuj|čeká|"
        "očekáv|bekleni|așteapt"
        "|ожида|ждёт|ждет|очіку|чекає|очаква|чака|čeka|чека|očekuj|очекуј|chờ|đợi"
        "|menunggu|انتظار|بانتظار"
    ),
    # A pickup or collection still to come: booked, requested, scheduled (before
    # "accepted" and "pickup": at one place the first concept that matches wins, and
    # "afhaalopdracht" / "abholauftrag" are pickup orders, not pickups).
    "request": _stems(
        "request|book|schedul|afhaalopdracht|abholauftrag|ophaalopdracht|beauftragt|"
        "demande|solicit|richiest|prenotat|aangevraagd|verzoek|zlecon|zlecen|objednán|"
        "agendad|talep|programat|cerere"
        "|заявк|запланир|заплан|zahtev|захтев|yêu cầu|đặt lịch|permintaan|penjadwalan"
        "|dijadwalkan|jadwal|درخواست"
    ),
    # Listed before "pickup": at one place the first concept that matches wins.
    "accepted": _stems(
        "picked "
        "up|picked|collected|abgeholt|opgehaald|recogido|ritirato|odebran|accepted|received"
        " by|received at|in possession|angenommen|übernommen|pris en "
        "charge|aceptad|admitid|accettat|ontvangen|przyjęt|přijat|recebid|kabul "
        "edil|primit|preluat"
        "|принят|приём|прием|прийнят|прийом|приет|приета|prijem|пријем|primljen|примљен"
        "|đã lấy|tiếp nhận|diterima|تم استلام|دریافت شد"
    ),
    "pickup": _stems(
        "pick "
        "up|pickup|pick-up|collect|abhol|enlèvement|ramassage|recogida|ritir|ophal|odbi|"
        "vyzvednut|coleta|ridicat|toplan|afhaal|afhal|teslim"
        " alın"
        "|забор|забір|вземан|lấy hàng|lấy|penjemputan|jemput|menjemput|جمع آوری"
    ),
    "order": _stems(
        "order|auftrag|bestellung|commande|pedido|ordine|zamówien"
        "|заказ|замовлен|поръчк|porudžbin|поруџбин|narudžb|đơn hàng|đơn|pesanan|سفارش"
    ),
    "preparing": _stems(
        "prepar|vorbereit|préparation|préparé|preparación|preparazione|voorbereid|"
        "przygotow|připrav|pregăt|hazırlan"
        "|подготов|готовит|собира|сборк|комплект|підготов|готуєт|збира|подготв|priprem"
        "|припрем|chuẩn bị|disiapkan|persiapan|آماده سازی|آمادهسازی|تجهيز|تحضير"
    ),
    "handover": _stems(
        "hand over|handover|handed|drop off|dropped "
        "off|einliefer|eingeliefert|déposé|dépôt|nadan|podán|posted|tendered"
        "|передан|передач|предаден|предадена|predat|предат|bàn giao|diserahkan|serah"
    ),
    "arrived": _stems(
        "arriv|ankunft|angekommen|eingetroffen|llegad|llegó|chegou|arrivat|aangekomen|"
        "dotarł|doručen"
        " do|sosit|ulaştı|varış"
        "|прибыл|поступил|прибул|надійшл|пристигна|stigl|стигл|prispel|приспел|đã đến"
        "|tiba|sampai|رسید|وصل|وصول"
    ),
    "departed": _stems(
        "depart|left|dispatched|verlassen|abgang|parti|salid|partit|vertrokken|opuścił|"
        "odeslán"
        " z|plecat|çıktı|ayrıldı"
        "|покинул|залишил|напусна|otpremljen|отпремљен|otprem|отпрем|rời"
        "|xuất kho|berangkat|diberangkatkan|غادر"
    ),
    "sorted": _stems(
        "warehouse|depot|lager|entrepôt|almacén|magazzino|magazijn|magazyn|armazém|"
        "sort|process|scan|hub|facility|bearbeit|verarbeit|sortier|tri|traité|clasificad|"
        "procesad|lavorazion|smistament|gesorteerd|verwerkt|sortown|przetworz|zpracov|"
        "triat|işlen|tasnif"
        "|сортиров|склад|терминал|обработ|сортуван|термінал|оброб|сортир|sortir|magacin"
        "|магацин|kho|phân loại|xử lý|gudang|انبار|پردازش|مستودع|فرز|معالجة"
    ),
    "transit": _stems(
        "in transit|transit|on the way|en route|unterwegs|transport|acheminement|en "
        "camino|tránsito|transito|em trânsito|onderweg|w drodze|na cestě|în tranzit|yolda"
        "|в пути|перевозк|транзит|в дорозі|у дорозі|прямує|u tranzitu|у транзиту|tranzit"
        "|vận chuyển|trung chuyển|dalam perjalanan|perjalanan|در مسیر"
        "|في الطريق|في طريقه"
    ),
    "delivered": _stems(
        "delivered|delivery attempt|out for "
        "delivery|zugestellt|zustellung|ausgeliefert|livr|distribu|entregad|entrega|"
        "consegn|recapit|bezorg|afgeleverd|doręcz|doruč|livrat|teslim"
        " edil"
        "|вручен|доставлен|выдан|видан|доставен|доставена|връчен|uručen|уручен|isporučen"
        "|испоручен|dostavljen|достављен|giao hàng|đã giao|giao thành công|terkirim"
        "|diantar|antaran|تحویل|توصيل|التوصيل"
    ),
    "customs": _stems(
        "customs|custom clearance|custom "
        "hold|zoll|verzoll|douan|aduan|dogan|alfândeg|cło|celn|celní|vamă|gümrük|import|"
        "invoer|einfuhr|importation|importación|importazione|importação"
        "|таможн|митн|митни|carin|царин|hải quan|bea cukai|pabean|گمرک|جمارك|الجمارك"
    ),
    "failed": _stems(
        "fail|unable|could not|couldn't|missed|nicht "
        "angetroffen|fehlgeschlagen|échec|impossible|fallid|no se pudo|non "
        "riuscit|mislukt|nieudan|nezdař|eșua|başarısız"
        "|неудачн|не удалось|невозможно|невдал|не вдалося|неможливо|неуспешн|neuspe"
        "|неуспе|thất bại|không thành công|gagal|tidak berhasil|ناموفق|فشل|تعذر"
    ),
    "returned": _stems(
        "return|retour|rücksend|zurück|devuel|devolu|reso|restitu|zwrot|vrácen|retur|iade"
        "|возврат|возвращ|повернен|поверн|връщан|върнат|върната|vraćen|враћен|povrat"
        "|поврат|chuyển hoàn|hoàn hàng|hoàn trả|trả hàng|trả lại|retur|dikembalikan"
        "|pengembalian|مرجوع|برگشت|إرجاع|ارجاع|مرتجع"
    ),
    "cancelled": _stems(
        "cancel|annul|storn|anulad|annullat|geannuleerd|anulowan|zrušen|iptal|anulat"
        "|отмен|аннулир|скасован|скасув|відмін|отказан|анулиран|otkazan|сторн|hủy|huỷ"
        "|batal|dibatalkan|membatalkan|لغو|إلغاء|الغاء|ملغي|ملغى"
    ),
    # Something missing or wrong: an exception, not a parcel still to come.
    "missing": _stems(
        "missing|needed|required|incorrect|wrong|invalid|error|problem|fehlen|fehlt|"
        "falsch|manque|erreur|falta|incorrecto|mancante|errato|errore|ontbre|onjuist|fout|"
        "brak|błęd|chyb|eksik|hatalı|lipsă|greșit|eroare"
        "|ошибк|неверн|неполн|отсутств|помилк|невірн|неповн|відсутн|грешк|грешен|greška"
        "|грешка|nepotpun|непотпун|pogrešn|sai|lỗi|thiếu|salah|kesalahan|tidak lengkap"
        "|اشتباه|نادرست|خطأ|ناقص"
    ),
    # Who or where: the sender's side (pre-advice texts speak of the shipper, seller or
    # webshop) against the recipient's (collection at a point or locker is a real scan).
    "sender": _stems(
        "shipper|sender|seller|merchant|webshop|vendor|versender|absender|verkäufer|"
        "händler|expéditeur|expediteur|vendeur|marchand|remitente|vendedor|mittente|"
        "venditore|afzender|verzender|verkoper|nadawc|sprzedaw|odesílatel|prodejce|"
        "remetente|gönderici|satıcı|expeditor|vânzător"
        "|отправител|продав|відправник|подател|продавач|pošiljal|пошиљал|prodavac"
        "|продавац|người gửi|người bán|pengirim|penjual|فرستنده|فروشنده|المرسل|مرسل"
        "|البائع"
    ),
    "recipient": _stems(
        "recipient|consignee|addressee|customer|receiver|empfänger|kunde|destinataire|"
        "client|destinatario|cliente|geadresseerde|ontvanger|klant|odbiorc|adresát|"
        "příjemce|alıcı|destinatar"
        "|получател|адресат|покупател|одержувач|отримувач|клієнт|покупц|клиент|primal"
        "|примал|adresat|kupac|купац|người nhận|khách|penerima|pelanggan|گیرنده|مشتری"
        "|المستلم|العميل|مستلم"
    ),
    "pickup_point": _stems(
        "post office|parcel shop|parcelshop|paketshop|packstation|locker|counter|"
        "pickup point|pick-up point|collection point|service point|servicepoint|filiale|"
        "guichet|point relais|relais|consigne|bureau de poste|punto|sucursal|oficina|"
        "ufficio|afhaalpunt|afhaallocatie|paczkomat|placówk|výdejní|cacifo|loja|"
        "balíkovn|şube|oficiu"
        "|пункт выдачи|почтомат|постамат|отделени|пвз|відділен|поштомат|пункт видачі"
        "|bưu cục|điểm nhận|loket|kantor pos|لاکر|نقطة استلام"
    ),
    # Aspect: done or tried (a pickup completed is a scan, one attempted is not).
    "completed": _stems(
        "complet|success|done|finish|erfolgt|abgeschlossen|erfolgreich|terminé|effectué|"
        "réussi|realizad|exitos|completat|eseguit|voltooid|gelukt|afgerond|zakończon|"
        "udan|dokončen|concluíd|efetuad|tamamlan|başarılı|finalizat|efectuat"
        "|завершен|выполнен|успешн|виконан|успішн|завършен|završen|завршен|uspešn"
        "|thành công|hoàn tất|hoàn thành|selesai|berhasil|موفق|تکمیل|بنجاح|مكتمل"
    ),
    "attempted": _stems(
        "attempt|tried|try again|versuch|tentative|intento|tentativ|poging|próba|prób|"
        "pokus|deneme|încercare"
        "|попытк|спроб|опит|pokušaj|покушај|percobaan|mencoba|تلاش|محاولة"
    ),
    # Marketplace order states before a carrier is involved.
    "payment": _stems(
        "pay|paid|bezahl|zahlung|paiement|payé|pago|pagad|pagament|pagat|betaal|"
        "betaling|płatn|zapłac|platb|zaplacen|ödeme|ödendi|plată|plătit"
        "|оплат|платеж|платёж|платіж|плащан|платен|plaćan|плаћан|uplat|уплат|thanh toán"
        "|pembayaran|dibayar|bayar|پرداخت|الدفع"
    ),
    "ready": _stems(
        "ready|bereit|versandfertig|fertig|prêt|prête|listo|lista|pronto|pronta|klaar|"
        "gotow|připraven|hazır|gata"
        "|готов|spreman|спреман|sẵn sàng|siap|آماده|جاهز"
    ),
    "packed": _stems(
        "packed|packing|packaged|verpackt|gepackt|emballé|embalad|imballat|ingepakt|"
        "verpakt|zapakowan|zabalen|paketlen|ambalat"
        "|упаков|пакуван|опакован|upakovan|pakovan|đóng gói|dikemas|pengemasan|kemas"
        "|بسته بندی|بستهبندی|تغليف|تعبئة"
    ),
}

# Substrings in Chinese, Japanese and Korean (no word boundaries to anchor on).
_CJK: dict[str, tuple[str, ...]] = {
    "label": _stems("面单|运单|ラベル|送り状|송장|운송장|라벨"),
    "created": _stems("生成|创建|作成|생성"),
    "registered": _stems("登记|登録|등록|접수"),
    "announced": _stems("预报|預報|予告|예고"),
    "data": _stems("信息|資料|情報|データ|정보|데이터"),
    "electronic": _stems("电子|電子|전자"),
    "transmitted": _stems("上传|传送|전송"),
    "not_yet": _stems("尚未|未|まだ|未だ|아직|미"),
    "awaiting": _stems("等待|待揽|待取|待收|待发|待ち|대기"),
    "accepted": _stems(
        "已揽|揽收成功|揽件成功|收寄|已收件|已收取|已取件|引受|集荷済|集荷完了|집화완료|집하완료|집화처리"
    ),
    "pickup": _stems("揽|取件|集荷|집화|픽업|수거"),
    "order": _stems("下单|订单|注文|주문"),
    "preparing": _stems("准备|準備|준비"),
    "handover": _stems("交寄|交付|差出|発送受付|접수"),
    "arrived": _stems("到达|已到|到着|도착"),
    "departed": _stems("离开|发往|已发出|発送|出発|출발|발송"),
    "sorted": _stems("分拣|处理|中转|扫描|入库|仕分|処理|スキャン|분류|처리|허브|스캔"),
    "transit": _stems("运输中|在途|輸送中|배송중|이동중"),
    "delivered": _stems("签收|代收|派送|派件|投递|妥投|配達|お届け|배달|배송완료"),
    "customs": _stems("清关|海关|通関|税関|통관|세관"),
    "failed": _stems("失败|失敗|できません|실패|불가"),
    "returned": _stems("退回|退件|返送|返品|반송|반품"),
    "cancelled": _stems("取消|キャンセル|取り消|취소"),
    "request": _stems("预约|申请|依頼|予約|요청|예약|신청"),
    "missing": _stems("缺少|错误|有误|不正确|不足|エラー|不備|오류|누락"),
    "sender": _stems(
        "卖家|商家|发件人|寄件人|发货人|店铺|販売者|出品者|ショップ|판매자|셀러|발송인"
    ),
    "recipient": _stems("收件人|客户|顾客|买家|お客様|受取人|수취인|고객"),
    "pickup_point": _stems(
        "驿站|自提|代收点|快递柜|丰巢|受け取り場所|コンビニ|宅配ボックス|편의점|보관함"
    ),
    "completed": _stems("完成|成功|完了|済み|완료"),
    "attempted": _stems("尝试|試み|시도"),
    "payment": _stems("支付|付款|已付|결제|支払|入金"),
    "packed": _stems("打包|梱包|포장"),
}


def _alternation(table: dict[str, tuple[str, ...]], boundary: str) -> re.Pattern[str]:
    # One named group per concept, in the table's order, longest stems first: at one
    # place the first concept that matches wins.
    parts = []
    for concept, stems in table.items():
        if not stems:
            continue  # an empty alternative would match everywhere
        body = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
        parts.append(f"(?P<{concept}>{boundary}(?:{body}))")
    return re.compile("|".join(parts))


# Stems of several words need the text; one-word stems are matched per word (cached).
_PHRASE_TABLE = {c: tuple(s for s in stems if " " in s) for c, stems in _WORD_STEMS.items()}
_PHRASES = _alternation(_PHRASE_TABLE, r"(?<!\w)")
_PHRASE_LIST = tuple(sorted({s for stems in _PHRASE_TABLE.values() for s in stems}))
_SINGLE = tuple(
    (concept, tuple(s for s in stems if " " not in s)) for concept, stems in _WORD_STEMS.items()
)
_CJK_WORDS = _alternation(_CJK, "")
_HAS_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def stem_cues(clean: str) -> set[str]:
    """The concepts of the text's multi-word and CJK stems.

    ``re`` tries every alternative of a long alternation at every place, so the phrases'
    regex runs only on texts holding one of them whole (a phrase starts after a non-word
    character, so its first run of word characters is one of the text's: that word
    picks the few phrases worth a substring test), and the CJK one only on texts with a
    CJK character.
    """
    found: set[str] = set()
    words = _PHRASE_FIRST_WORDS.keys() & set(_WORD.findall(clean))
    if words and any(p in clean for word in words for p in _PHRASE_FIRST_WORDS[word]):
        found.update(str(m.lastgroup) for m in _PHRASES.finditer(clean))
    if _HAS_CJK.search(clean):
        found.update(str(m.lastgroup) for m in _CJK_WORDS.finditer(clean))
    return found


_TOKEN = re.compile(r"[\w'-]+")
_WORD = re.compile(r"\w+")
# a phrase's first word -> the phrases it starts
_PHRASE_FIRST_WORDS: dict[str, tuple[str, ...]] = {}
for _phrase in _PHRASE_LIST:
    _first = _WORD.findall(_phrase)[0]
    _PHRASE_FIRST_WORDS[_first] = (*_PHRASE_FIRST_WORDS.get(_first, ()), _phrase)
_TOKEN_CACHE = 100_000
_by_token: dict[str, str | None] = {}


def _token_cue(token: str) -> str | None:
    if token in _by_token:
        return _by_token[token]
    found = next((concept for concept, stems in _SINGLE if token.startswith(stems)), None)
    if len(_by_token) < _TOKEN_CACHE:
        _by_token[token] = found
    return found


# Words that deny what follows: "not collected", "nog niet ontvangen", "noch nicht
# abgeholt", "pas encore pris en charge" say the carrier does not have the parcel, so an
# acceptance or delivery within three words after one is a different concept.
_NEGATORS = frozenset(
    _stems(
        "not|no|never|nicht|kein|keine|noch|niet|geen|nog|pas|non|ne|nie|nu|ainda|aún|не|ни|"
        "không|chưa|tidak|belum|لم|لا"
    )
)
_NEGATED = {
    "accepted": "not_accepted",
    "delivered": "not_delivered",
    "sorted": "not_sorted",
    "completed": "not_completed",
    "ready": "not_ready",
}
_REACH = 3


NEGATOR = "\x00"  # a token's mark when it is a negator (see ``token_marks``)


def token_marks(word: str) -> tuple[str | None, ...]:
    """What each token of a word (no spaces) says: its concept, ``NEGATOR`` or None.

    The scorer caches this per word; :func:`marked_cues` puts a text's marks together.
    """
    return tuple(
        NEGATOR if token in _NEGATORS else _token_cue(token) for token in _TOKEN.findall(word)
    )


def marked_cues(marks: list[str | None], clean: str) -> list[str]:
    """The cues of a normalised text whose words' ``token_marks`` are ``marks``, in order."""
    found: set[str | None] = set()
    last_negator = -_REACH - 1
    for place, cue in enumerate(marks):
        if cue is NEGATOR:
            last_negator = place
            continue
        if cue in _NEGATED and place - last_negator <= _REACH:
            cue = _NEGATED[cue]
        found.add(cue)
    found.update(stem_cues(clean))
    names = sorted(name for name in found if name)
    # Pairs of concepts, whatever their order in the text: "pickup" with "failed" is
    # pre-advice in every language, "pickup" with "completed" or "pickup_point" is not.
    pairs = [f"{a}+{b}" for a, b in combinations(names, 2)] if PAIRS else []
    return sorted([CUE_PREFIX + name for name in names + pairs])


def cues(clean: str) -> list[str]:
    """The concept features of a normalised text, each once, sorted.

    >>> cues("collection shipment not collected")
    ['\\x02not_accepted', '\\x02not_accepted+pickup', '\\x02pickup']
    >>> cues("pakket nog niet ontvangen")
    ['\\x02not_accepted', '\\x02not_accepted+not_yet', '\\x02not_yet']
    """
    # Tokens never hold a space: the text's tokens are its words' tokens, in order.
    return marked_cues([mark for word in clean.split() for mark in token_marks(word)], clean)


# Carriers' own names, as texts write them. The model sees each as the word "carrier": a
# wording learned from one carrier ("sent to FedEx") then carries over to the others, and
# a carrier's name cannot stand in for the meaning of its texts.
_CARRIER_NAMES = _stems(
    "australia post|auspost|canada post|postes canada|royal mail|parcelforce|usps|ups|fedex|"
    "dhl|deutsche post|dpd|gls|hermes|evri|postnl|post nl|bpost|la poste|colissimo|"
    "chronopost|correos|poste italiane|ctt|postnord|inpost|poczta polska|česká pošta|"
    "ceska posta|tnt|aramex|yanwen|yunexpress|4px|cainiao|china post|ems|sf express|"
    "japan post|ninja van|ninjavan|delhivery|nz post|new zealand post|amazon|aliexpress|"
    "packlink|sendcloud|eurosender|colis privé|mondial relay|seur|nacex|brt|omniva|"
    "sameday|fan courier|cargus|yurtiçi|ptt|posti|an post|swiss post|die post|austrian post|"
    "österreichische post|planzer|helthjem|evri|printrove|shiprocket|lazada|shopee|qoo10|"
    "rakuten|coupang|yamato|sagawa|kuroneko"
)
_CARRIER_NAMES_CJK = _stems(
    "中国邮政|邮政|顺丰|中通|圆通|申通|韵达|百世|京东|极兔|菜鸟|日本郵便|ゆうパック|ヤマト|佐川|"
    "우체국|cj대한통운|대한통운|한진|롯데|로젠|쿠팡"
)
_CARRIERS = re.compile(
    "(?<!\\w)(?:"
    + "|".join(sorted(map(re.escape, set(_CARRIER_NAMES)), key=len, reverse=True))
    + ")(?!\\w)|"
    + "|".join(sorted(map(re.escape, _CARRIER_NAMES_CJK), key=len, reverse=True))
)
# A name matches only where the text's word (a run of \w) starting there is the name's
# first word: most texts hold none of these, and skip the regex.
_CARRIER_FIRST_WORDS = frozenset(_WORD.findall(name)[0] for name in _CARRIER_NAMES)


def mask_carriers(clean: str) -> str:
    """The normalised text with carriers' names as the word "carrier".

    >>> mask_carriers("shipment information sent to fedex, not yet at postnl")
    'shipment information sent to carrier, not yet at carrier'
    """
    if _CARRIER_FIRST_WORDS.isdisjoint(_WORD.findall(clean)) and not (
        _HAS_CJK.search(clean) and any(name in clean for name in _CARRIER_NAMES_CJK)
    ):
        return clean
    return _CARRIERS.sub("carrier", clean)
