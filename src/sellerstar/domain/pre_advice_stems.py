"""The concept stems of the pre-advice cues (:mod:`sellerstar.domain.pre_advice_cues`): for
each concept, its words in the languages the platform's carriers write in. Data only;
the cues module matches them.
"""

from __future__ import annotations


def stems(listed: str) -> tuple[str, ...]:
    """A "|"-separated list (long lists of stems read best as text)."""
    return tuple(listed.split("|"))


# Stems at the start of a word (Latin scripts) - the text is already case folded.
WORD_STEMS: dict[str, tuple[str, ...]] = {
    "label": stems(
        "label|lbl|etiquet|étiquet|etichett|etiket|etykiet|štítek|этикет|ярлык|етикет|nhãn"
        "|waybill|air waybill|awb|connote|consignment note|bordereau|lettera di vettura|guía"
        "|guia de|list przewozow|listu przewozow|nota fiscal|vrachtbrief|frachtbrief"
        "|tracking number|sendungsnummer"
    ),
    "created": stems(
        "creat|generat|erstellt|angelegt|erzeugt|créé|cree|cré|creado|creada|generado|"
        "creato|creata|generato|aangemaakt|gecreëerd|utworz|wygenerow|vytvoř|criad|gerad|"
        "oluşturul"
        "|создан|сформирован|оформлен|створен|сформован|създаден|kreiran|креиран|tạo"
        "|dibuat|ایجاد|إنشاء|انشاء"
        "|placed|geplaatst|plasat|złożon|passée|issued|emitid|emitida|emesso|ausgestellt"
    ),
    "registered": stems(
        "regist|pre-regist|preregist|prerregist|enregistr|erfasst|zarejestr|zaregistr|"
        "kayded|manifest"
        "|зарегистр|регистрац|зареєстр|реєстрац|регистрир|registrov|регистров|đăng ký"
        "|terdaftar|registrasi|ثبت|تسجيل"
        "|evidov|zaevidov|préenregistr|pré-enregistr|pré-regist|kayıt"
    ),
    "announced": stems(
        "announc|pre-advi|preadvi|pre-alert|prealert|advised|angekündigt|ankündigung|"
        "vorankündigung|avisiert|avis|annonc|préavis|preaviso|prealerta|preavvis|"
        "voorgemeld|aangemeld|aanmeld|awiz|avizat|ohlášen|bildirildi"
        "|pre advi|notif|advance notice|advance shipment|pré-avis|anunț|anunt"
    ),
    "data": stems(
        "data|daten|sendungsdaten|auftragsdaten|info|details|données|donnees|datos|dati|"
        "dados|gegevens|dane|danych|údaj|bilgi|information|información|informazion|"
        "informações|informacj"
        "|данн|информац|сведен|дані|даних|інформац|данни|podaci|podatak|подаци|thông tin"
        "|dữ liệu|informasi|اطلاعات|معلومات|بيانات"
        "|verisi|veriler|edi|versanddaten|paketdaten|lieferdaten"
    ),
    "electronic": stems(
        "electroni|elektroni|électroni|elettroni|eletrôni|online"
        "|электрон|електрон|elektron|điện tử|إلكتروني|الكتروني"
    ),
    "transmitted": stems(
        "transmit|submitted|uploaded|sent to|übermittelt|übertragen|übergeben "
        "an|transmis|envoyé|enviad|inviat|trasmess|verstuurd|doorgegeven|przesłan|"
        "odeslán|gönderil|iletil"
    ),
    "not_yet": stems(
        "not yet|yet to|noch nicht|pas encore|todavía no|aún no|ainda não|non ancora|nog "
        "niet|jeszcze nie|ještě ne|henüz|încă nu"
        "|еще не|ещё не|пока не|ще не|поки не|още не|još nije|још није|هنوز"
        "|لم يتم"
        "|unfulfil|unship"
    ),
    "awaiting": stems(
        "await|waiting|pending|expect|erwartet|wartet|ausstehend|attendu|attente|"
        "esperando|pendiente|esperad|aguardando|attesa|verwacht|wacht|oczekuj|čeká|"
        "očekáv|bekleni|așteapt"
        "|ожида|ждёт|ждет|очіку|чекає|очаква|чака|čeka|чека|očekuj|очекуј|chờ|đợi"
        "|menunggu|انتظار|بانتظار"
        "|aguarda|aștept|astept|bekliy|in afwachting|en espera|coming|incoming"
    ),
    # A pickup or collection still to come: booked, requested, scheduled (before
    # "accepted" and "pickup": at one place the first concept that matches wins, and
    # "afhaalopdracht" / "abholauftrag" are pickup orders, not pickups).
    "request": stems(
        "request|book|schedul|afhaalopdracht|abholauftrag|ophaalopdracht|beauftragt|"
        "demande|solicit|richiest|prenotat|aangevraagd|verzoek|zlecon|zlecen|objednán|"
        "agendad|talep|programat|cerere"
        "|заявк|запланир|заплан|zahtev|захтев|yêu cầu|đặt lịch|permintaan|penjadwalan"
        "|dijadwalkan|jadwal|درخواست"
    ),
    # Someone (a courier, a warehouse) assigned to the parcel: before a pickup or a
    # delivery alike, the model learns which from the other concepts.
    "assigned": stems(
        "assign|allocat|alocat|zugewiesen|zugeordnet|attribué|affecté|asignad|assegnat|"
        "toegewezen|przydziel|přiděl|atand|yönlendiril|назначен|призначен|phân công"
    ),
    # Confirmed: an order confirmed is pre-advice, a delivery confirmed is not; the
    # model learns which from the other concepts.
    "confirmed": stems(
        "confirm|bestätig|bevestig|confermat|potwierdz|potvrz|onaylan|подтвержд|"
        "підтвердж|xác nhận|dikonfirmasi"
    ),
    # Listed before "pickup": at one place the first concept that matches wins.
    "accepted": stems(
        "picked "
        "up|picked|collected|abgeholt|opgehaald|recogido|ritirato|odebran|accepted|received"
        " by|received at|in possession|angenommen|übernommen|pris en "
        "charge|aceptad|admitid|accettat|ontvangen|przyjęt|přijat|recebid|kabul "
        "edil|primit|preluat"
        "|принят|приём|прием|прийнят|прийом|приет|приета|prijem|пријем|primljen|примљен"
        "|đã lấy|tiếp nhận|diterima|تم استلام|دریافت شد"
    ),
    "pickup": stems(
        "pick "
        "up|pickup|pick-up|collect|abhol|enlèvement|ramassage|recogida|ritir|ophal|odbi|"
        "vyzvednut|coleta|ridicat|toplan|afhaal|afhal|teslim"
        " alın"
        "|забор|забір|вземан|lấy hàng|lấy|penjemputan|jemput|menjemput|جمع آوری"
        "|ophaal|alım|ridic|odbiór z|abholung"
    ),
    "order": stems(
        "order|auftrag|bestellung|commande|pedido|ordine|zamówien"
        "|заказ|замовлен|поръчк|porudžbin|поруџбин|narudžb|đơn hàng|đơn|pesanan|سفارش"
    ),
    "preparing": stems(
        "prepar|vorbereit|préparation|préparé|preparación|preparazione|voorbereid|"
        "przygotow|připrav|pregăt|hazırlan"
        "|подготов|готовит|собира|сборк|комплект|підготов|готуєт|збира|подготв|priprem"
        "|припрем|chuẩn bị|disiapkan|persiapan|آماده سازی|آمادهسازی|تجهيز|تحضير"
    ),
    "handover": stems(
        "hand over|handover|handed|drop off|dropped "
        "off|einliefer|eingeliefert|déposé|dépôt|nadan|podán|posted|tendered"
        "|передан|передач|предаден|предадена|predat|предат|bàn giao|diserahkan|serah"
        "|übergabe|předán|předat|teslim edilmeyi"
    ),
    "arrived": stems(
        "arriv|ankunft|angekommen|eingetroffen|llegad|llegó|chegou|arrivat|aangekomen|"
        "dotarł|doručen"
        " do|sosit|ulaştı|varış"
        "|прибыл|поступил|прибул|надійшл|пристигна|stigl|стигл|prispel|приспел|đã đến"
        "|tiba|sampai|رسید|وصل|وصول"
    ),
    "departed": stems(
        "depart|left|dispatched|verlassen|abgang|parti|salid|partit|vertrokken|opuścił|"
        "odeslán"
        " z|plecat|çıktı|ayrıldı"
        "|покинул|залишил|напусна|otpremljen|отпремљен|otprem|отпрем|rời"
        "|xuất kho|berangkat|diberangkatkan|غادر"
    ),
    "sorted": stems(
        "warehouse|depot|lager|entrepôt|almacén|magazzino|magazijn|magazyn|armazém|"
        "sort|process|scan|hub|facility|bearbeit|verarbeit|sortier|tri|traité|clasificad|"
        "procesad|lavorazion|smistament|gesorteerd|verwerkt|sortown|przetworz|zpracov|"
        "triat|işlen|tasnif"
        "|сортиров|склад|терминал|обработ|сортуван|термінал|оброб|сортир|sortir|magacin"
        "|магацин|kho|phân loại|xử lý|gudang|انبار|پردازش|مستودع|فرز|معالجة"
    ),
    "transit": stems(
        "in transit|transit|on the way|en route|unterwegs|transport|acheminement|en "
        "camino|tránsito|transito|em trânsito|onderweg|w drodze|na cestě|în tranzit|yolda"
        "|в пути|перевозк|транзит|в дорозі|у дорозі|прямує|u tranzitu|у транзиту|tranzit"
        "|vận chuyển|trung chuyển|dalam perjalanan|perjalanan|در مسیر"
        "|في الطريق|في طريقه"
    ),
    "delivered": stems(
        "delivered|delivery attempt|out for "
        "delivery|zugestellt|zustellung|ausgeliefert|livr|distribu|entregad|entrega|"
        "consegn|recapit|bezorg|afgeleverd|doręcz|doruč|livrat|teslim"
        " edil"
        "|вручен|доставлен|выдан|видан|доставен|доставена|връчен|uručen|уручен|isporučen"
        "|испоручен|dostavljen|достављен|giao hàng|đã giao|giao thành công|terkirim"
        "|diantar|antaran|تحویل|توصيل|التوصيل"
    ),
    "customs": stems(
        "customs|custom clearance|custom "
        "hold|zoll|verzoll|douan|aduan|dogan|alfândeg|cło|celn|celní|vamă|gümrük|import|"
        "invoer|einfuhr|importation|importación|importazione|importação"
        "|таможн|митн|митни|carin|царин|hải quan|bea cukai|pabean|گمرک|جمارك|الجمارك"
    ),
    "failed": stems(
        "fail|unable|could not|couldn't|missed|nicht "
        "angetroffen|fehlgeschlagen|échec|impossible|fallid|no se pudo|non "
        "riuscit|mislukt|nieudan|nezdař|eșua|başarısız"
        "|неудачн|не удалось|невозможно|невдал|не вдалося|неможливо|неуспешн|neuspe"
        "|неуспе|thất bại|không thành công|gagal|tidak berhasil|ناموفق|فشل|تعذر"
    ),
    "returned": stems(
        "return|retour|rücksend|zurück|devuel|devolu|reso|restitu|zwrot|vrácen|retur|iade"
        "|возврат|возвращ|повернен|поверн|връщан|върнат|върната|vraćen|враћен|povrat"
        "|поврат|chuyển hoàn|hoàn hàng|hoàn trả|trả hàng|trả lại|retur|dikembalikan"
        "|pengembalian|مرجوع|برگشت|إرجاع|ارجاع|مرتجع"
    ),
    "cancelled": stems(
        "cancel|annul|storn|anulad|annullat|geannuleerd|anulowan|zrušen|iptal|anulat"
        "|отмен|аннулир|скасован|скасув|відмін|отказан|анулиран|otkazan|сторн|hủy|huỷ"
        "|batal|dibatalkan|membatalkan|لغو|إلغاء|الغاء|ملغي|ملغى"
    ),
    # Something missing or wrong: an exception, not a parcel still to come.
    "missing": stems(
        "missing|needed|required|incorrect|wrong|invalid|error|problem|fehlen|fehlt|"
        "falsch|manque|erreur|falta|incorrecto|mancante|errato|errore|ontbre|onjuist|fout|"
        "brak|błęd|chyb|eksik|hatalı|lipsă|greșit|eroare"
        "|ошибк|неверн|неполн|отсутств|помилк|невірн|неповн|відсутн|грешк|грешен|greška"
        "|грешка|nepotpun|непотпун|pogrešn|sai|lỗi|thiếu|salah|kesalahan|tidak lengkap"
        "|اشتباه|نادرست|خطأ|ناقص"
    ),
    # Who or where: the sender's side (pre-advice texts speak of the shipper, seller or
    # webshop) against the recipient's (collection at a point or locker is a real scan).
    "sender": stems(
        "shipper|sender|seller|merchant|webshop|vendor|versender|absender|verkäufer|"
        "händler|expéditeur|expediteur|vendeur|marchand|remitente|vendedor|mittente|"
        "venditore|afzender|verzender|verkoper|nadawc|sprzedaw|odesílatel|prodejce|"
        "remetente|gönderici|satıcı|expeditor|vânzător"
        "|отправител|продав|відправник|подател|продавач|pošiljal|пошиљал|prodavac"
        "|продавац|người gửi|người bán|pengirim|penjual|فرستنده|فروشنده|المرسل|مرسل"
        "|البائع"
    ),
    "recipient": stems(
        "recipient|consignee|addressee|customer|receiver|empfänger|kunde|destinataire|"
        "client|destinatario|cliente|geadresseerde|ontvanger|klant|odbiorc|adresát|"
        "příjemce|alıcı|destinatar"
        "|получател|адресат|покупател|одержувач|отримувач|клієнт|покупц|клиент|primal"
        "|примал|adresat|kupac|купац|người nhận|khách|penerima|pelanggan|گیرنده|مشتری"
        "|المستلم|العميل|مستلم"
    ),
    "pickup_point": stems(
        "post office|parcel shop|parcelshop|paketshop|packstation|locker|counter|"
        "pickup point|pick-up point|collection point|service point|servicepoint|filiale|"
        "guichet|point relais|relais|consigne|bureau de poste|punto|sucursal|oficina|"
        "ufficio|afhaalpunt|afhaallocatie|paczkomat|placówk|výdejní|cacifo|loja|"
        "balíkovn|şube|oficiu"
        "|пункт выдачи|почтомат|постамат|отделени|пвз|відділен|поштомат|пункт видачі"
        "|bưu cục|điểm nhận|loket|kantor pos|لاکر|نقطة استلام"
    ),
    # Aspect: done or tried (a pickup completed is a scan, one attempted is not).
    "completed": stems(
        "complet|success|done|finish|erfolgt|abgeschlossen|erfolgreich|terminé|effectué|"
        "réussi|realizad|exitos|completat|eseguit|voltooid|gelukt|afgerond|zakończon|"
        "udan|dokončen|concluíd|efetuad|tamamlan|başarılı|finalizat|efectuat"
        "|завершен|выполнен|успешн|виконан|успішн|завършен|završen|завршен|uspešn"
        "|thành công|hoàn tất|hoàn thành|selesai|berhasil|موفق|تکمیل|بنجاح|مكتمل"
    ),
    "attempted": stems(
        "attempt|tried|try again|versuch|tentative|intento|tentativ|poging|próba|prób|"
        "pokus|deneme|încercare"
        "|попытк|спроб|опит|pokušaj|покушај|percobaan|mencoba|تلاش|محاولة"
    ),
    # Marketplace order states before a carrier is involved.
    "payment": stems(
        "pay|paid|bezahl|zahlung|paiement|payé|pago|pagad|pagament|pagat|betaal|"
        "betaling|płatn|zapłac|platb|zaplacen|ödeme|ödendi|plată|plătit"
        "|оплат|платеж|платёж|платіж|плащан|платен|plaćan|плаћан|uplat|уплат|thanh toán"
        "|pembayaran|dibayar|bayar|پرداخت|الدفع"
    ),
    "ready": stems(
        "ready|bereit|versandfertig|fertig|prêt|prête|listo|lista|pronto|pronta|klaar|"
        "gotow|připraven|hazır|gata"
        "|готов|spreman|спреман|sẵn sàng|siap|آماده|جاهز"
    ),
    "packed": stems(
        "packed|packing|packaged|verpackt|gepackt|emballé|embalad|imballat|ingepakt|"
        "verpakt|zapakowan|zabalen|paketlen|ambalat"
        "|упаков|пакуван|опакован|upakovan|pakovan|đóng gói|dikemas|pengemasan|kemas"
        "|بسته بندی|بستهبندی|تغليف|تعبئة"
    ),
}

# Substrings in Chinese, Japanese and Korean (no word boundaries to anchor on).
CJK_STEMS: dict[str, tuple[str, ...]] = {
    "label": stems(
        "面单|运单|ラベル|送り状|송장|운송장|라벨|托运单|託運單|单号|單號|出貨單|出货单|伝票"
    ),
    "created": stems("生成|创建|作成|생성|建立|產生|产生|成立"),
    "registered": stems("登记|登録|등록|접수"),
    "announced": stems("预报|預報|予告|예고"),
    "data": stems("信息|資料|情報|データ|정보|데이터|数据|數據"),
    "electronic": stems("电子|電子|전자"),
    "transmitted": stems("上传|传送|전송|上傳|送信"),
    "not_yet": stems("尚未|未|まだ|未だ|아직|미"),
    "awaiting": stems(
        "等待|待揽|待取|待收|待发|待ち|대기|待出库|待出庫|待出貨|待出货|待寄出|待寄件|待上门|待骑手|待接单|待發貨|予定|예정"
    ),
    "accepted": stems(
        "已揽|揽收成功|揽件成功|收寄|已收件|已收取|已取件|引受|集荷済|集荷完了|집화완료|집하완료|집화처리"
    ),
    "pickup": stems("揽|取件|集荷|집화|집하|픽업|수거|上门|上門|到府|集貨|회수|방문"),
    "order": stems("下单|订单|注文|주문|訂單|订购|발주"),
    "preparing": stems("准备|準備|준비|拣货|揀貨|ピッキング|피킹|备货|備貨|配货|出荷作業|出荷準備"),
    "handover": stems("交寄|交付|差出|発送受付|접수|交件|寄件|인수"),
    "arrived": stems("到达|已到|到着|도착"),
    "departed": stems("离开|发往|已发出|発送|出発|출발|발송"),
    "sorted": stems("分拣|处理|中转|扫描|入库|仕分|処理|スキャン|분류|처리|허브|스캔"),
    "transit": stems("运输中|在途|輸送中|배송중|이동중"),
    "delivered": stems("签收|代收|派送|派件|投递|妥投|配達|お届け|배달|배송완료"),
    "customs": stems("清关|海关|通関|税関|통관|세관"),
    "failed": stems("失败|失敗|できません|실패|불가"),
    "returned": stems("退回|退件|返送|返品|반송|반품"),
    "cancelled": stems("取消|キャンセル|取り消|취소"),
    "request": stems("预约|申请|依頼|予約|요청|예약|신청"),
    "assigned": stems("指派|分配|派单|배정|割り当て|手配"),
    "confirmed": stems("确认|確認|확인|確定"),
    "missing": stems("缺少|错误|有误|不正确|不足|エラー|不備|오류|누락"),
    "sender": stems(
        "卖家|商家|发件人|寄件人|发货人|店铺|販売者|出品者|ショップ|판매자|셀러|발송인"
    ),
    "recipient": stems("收件人|客户|顾客|买家|お客様|受取人|수취인|고객"),
    "pickup_point": stems(
        "驿站|自提|代收点|快递柜|丰巢|受け取り場所|コンビニ|宅配ボックス|편의점|보관함"
    ),
    "completed": stems("完成|成功|完了|済み|완료"),
    "attempted": stems("尝试|試み|시도"),
    "payment": stems("支付|付款|已付|결제|支払|入金|입금"),
    "packed": stems("打包|梱包|포장|包装中|包裝中"),
}
