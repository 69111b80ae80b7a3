"""Headers in nine more languages for the header probe, as news sites in them print them.

Italian, Portuguese (Brazil), Dutch, Polish, Russian, Turkish, Arabic, Hindi and Greek,
each a ``header_probe.Language``: four paragraphs of the same story as the probe's English,
headlines, menus, kickers, standfirsts, bylines (with the authors each names), dates (every
one a form of 4 March 2024) and page furniture. The file was written after the header rules
were tuned (29 November 2026), without reading them: its figures measure how the rules carry
to languages they were not written on, not how well they fit the ones they were.
"""

from __future__ import annotations

from header_probe import Language

IT = Language(
    prose=(
        "Il consiglio comunale ha approvato martedì un progetto a lungo discusso che nei "
        "prossimi sei anni trasformerà la sponda nord del fiume in una catena di parchi pubblici.",
        "Il piano, proposto per la prima volta nel 2019, si era arenato due volte a causa dei "
        "costi per la bonifica dei terreni lungo le vecchie banchine industriali, hanno spiegato "
        "i consiglieri.",
        "I sostenitori hanno affermato che i parchi riporteranno le famiglie in una parte della "
        "città rimasta separata dall'acqua per oltre un secolo.",
        "Gli oppositori in consiglio hanno sostenuto che il denaro sarebbe stato speso meglio per "
        "riparare strade e scuole, e alla fine due consiglieri hanno votato contro il piano.",
    ),
    titles=(
        "Il consiglio comunale approva il nuovo piano per i parchi sulla sponda nord del fiume",
        "Via libera ai parchi",
        "Parchi sul fiume: cosa cambia per i residenti",
        "Sponda nord, il consiglio dice sì ai parchi",
    ),
    menus=(
        "",
        "Home\nCronaca\nPolitica\nEconomia\n",
        "Vai al contenuto\nMenu\nCerca\n",
        "* Home\n* Esteri\n* Sport\n",
        "Accedi\nAbbonati\n",
    ),
    kickers=("", "Cronaca\n", "ESCLUSIVO\n", "Home › Cronaca › Città\n"),
    deks=(
        "",
        "Il voto chiude cinque anni di polemiche sulle vecchie banchine.\n",
        "Cosa cambierà con i nuovi parchi lungo il fiume\n",
    ),
    bylines={
        "": (),
        "di Mario Rossi": ("Mario Rossi",),
        "Mario Rossi": None,
        "di Mario Rossi e Giulia Bianchi": ("Mario Rossi", "Giulia Bianchi"),
        "Mario Rossi, inviato a Bruxelles": ("Mario Rossi",),
        "di Giulia Bianchi (ANSA)": ("Giulia Bianchi",),
        "DI MARIO ROSSI E GIULIA BIANCHI": ("Mario Rossi", "Giulia Bianchi"),
        "dal nostro corrispondente Luca Ferrari": ("Luca Ferrari",),
        "A cura di Francesca Esposito": ("Francesca Esposito",),
    },
    dates=(
        "4 marzo 2024\n",
        "04/03/2024 10:15\n",
        "Pubblicato il 4 marzo 2024\n",
        "lunedì 4 marzo 2024\n",
        "4 marzo 2024, 10:15\n",
        "",
        "4 marzo 2024 (modifica il 5 marzo 2024 | 09:00)\n",
    ),
    extras=(
        "",
        "Condividi\nSalva\n",
        "Ascolta l'articolo\n",
        "Foto: Marco Conti / ANSA\n",
        "Pubblicità\n",
        "Tempo di lettura: 3 minuti\n",
        "Iscriviti alla newsletter\n",
    ),
)

PT = Language(  # Brazil
    prose=(
        "A Câmara Municipal aprovou na terça-feira um plano longamente debatido que vai "
        "transformar a margem norte do rio em uma sequência de parques públicos nos próximos "
        "seis anos.",
        "O plano, proposto pela primeira vez em 2019, havia emperrado duas vezes por causa do "
        "custo de descontaminar o solo ao longo dos antigos cais industriais, disseram vereadores.",
        "Os defensores argumentaram que os parques trarão as famílias de volta a uma parte da "
        "cidade que está isolada da água há mais de um século.",
        "Os opositores na Câmara afirmaram que o dinheiro seria mais bem aplicado na recuperação "
        "de ruas e escolas, e dois vereadores acabaram votando contra o plano.",
    ),
    titles=(
        "Câmara Municipal aprova novo plano de parques para a margem norte do rio",
        "Plano de parques é aprovado",
        "Parques à beira-rio: o que muda para os moradores",
        "Vereadores dão sinal verde aos parques",
    ),
    menus=(
        "",
        "Início\nNotícias\nPolítica\nEconomia\n",
        "Pular para o conteúdo\nMenu\nBuscar\n",
        "* Brasil\n* Mundo\n* Esportes\n",
        "EntrarAssine\n",
        "Entrar\nAssine\n",
    ),
    kickers=("", "Cidades\n", "EXCLUSIVO\n", "Início › Notícias › Cidades\n"),
    deks=(
        "",
        "A votação encerra cinco anos de disputa sobre os antigos cais.\n",
        "O que os novos parques vão mudar na beira do rio\n",
    ),
    bylines={
        "": (),
        "Por João Silva": ("João Silva",),
        "João Silva": None,
        "Por João Silva e Ana Oliveira": ("João Silva", "Ana Oliveira"),
        "João Silva, correspondente em Brasília": ("João Silva",),
        "Por Ana Oliveira, g1 SP": ("Ana Oliveira",),
        "João Silva / Agência Brasil": ("João Silva",),
        "POR JOÃO SILVA E ANA OLIVEIRA": ("João Silva", "Ana Oliveira"),
        "Texto: Pedro Santos": ("Pedro Santos",),
    },
    dates=(
        "4 de março de 2024\n",
        "04/03/2024 10h15\n",
        "04/03/2024 10h15 Atualizado 05/03/2024 09h00\n",
        "4.mar.2024 às 10h15\n",
        "Publicado em 4 de março de 2024\n",
        "",
        "segunda-feira, 4 de março de 2024\n",
    ),
    extras=(
        "",
        "Compartilhar\nSalvar\n",
        "Ouça este conteúdo\n",
        "Foto: Pedro Lima/Agência Brasil\n",
        "Publicidade\n",
        "Tempo de leitura: 3 min\n",
        "Assine nossa newsletter\n",
    ),
)

NL = Language(
    prose=(
        "De gemeenteraad heeft dinsdag ingestemd met een lang besproken plan om de noordelijke "
        "rivieroever de komende zes jaar om te vormen tot een reeks openbare parken.",
        "Het plan, dat in 2019 voor het eerst werd voorgesteld, liep twee keer vast op de kosten "
        "van het saneren van de grond langs de oude industriële kades, zeiden raadsleden.",
        "Voorstanders stelden dat de parken gezinnen zouden terugbrengen naar een deel van de "
        "stad dat al meer dan een eeuw van het water is afgesneden.",
        "Tegenstanders in de raad vonden dat het geld beter besteed kon worden aan het herstel "
        "van wegen en scholen, en uiteindelijk stemden twee raadsleden tegen het plan.",
    ),
    titles=(
        "Gemeenteraad stemt in met nieuw plan voor parken langs de noordelijke rivieroever",
        "Parkenplan krijgt groen licht",
        "Parken langs de rivier: wat verandert er voor bewoners?",
        "Raad kiest voor parken aan het water",
    ),
    menus=(
        "",
        "Home\nNieuws\nPolitiek\nEconomie\n",
        "Ga naar de inhoud\nMenu\nZoeken\n",
        "* Binnenland\n* Buitenland\n* Sport\n",
        "Inloggen\nAbonneren\n",
    ),
    kickers=("", "Binnenland\n", "EXCLUSIEF\n", "Home › Nieuws › Regio\n"),
    deks=(
        "",
        "Met de stemming komt een einde aan vijf jaar discussie over de oude kades.\n",
        "Wat de nieuwe parken veranderen aan de rivieroever\n",
    ),
    bylines={
        "": (),
        "Door Jan de Vries": ("Jan de Vries",),
        "Jan de Vries": None,
        "Door Jan de Vries en Sanne Bakker": ("Jan de Vries", "Sanne Bakker"),
        "Jan de Vries, politiek verslaggever": ("Jan de Vries",),
        "Door Sanne Bakker (ANP)": ("Sanne Bakker",),
        "DOOR SANNE BAKKER EN PIETER JANSEN": ("Sanne Bakker", "Pieter Jansen"),
        "Door onze verslaggever Jan de Vries": ("Jan de Vries",),
    },
    dates=(
        "4 maart 2024\n",
        "04-03-2024, 10:15\n",
        "ma 4 mrt 2024, 10:15\n",
        "Gepubliceerd op 4 maart 2024\n",
        "4 maart 2024 om 10:15\n",
        "",
        "Bijgewerkt: 5 maart 2024, 09:00 | Gepubliceerd: 4 maart 2024, 10:15\n",
    ),
    extras=(
        "",
        "Delen\nBewaren\n",
        "Luister naar dit artikel\n",
        "Foto: Lotte Visser / ANP\n",
        "Advertentie\n",
        "3 min leestijd\n",
        "Schrijf je in voor de nieuwsbrief\n",
    ),
)

PL = Language(
    prose=(
        "Rada miasta zatwierdziła we wtorek długo dyskutowany plan, zgodnie z którym w ciągu "
        "najbliższych sześciu lat północny brzeg rzeki zamieni się w ciąg publicznych parków.",
        "Plan, zaproponowany po raz pierwszy w 2019 roku, dwukrotnie utknął z powodu kosztów "
        "oczyszczenia gleby wzdłuż dawnych nabrzeży przemysłowych, jak poinformowali radni.",
        "Zwolennicy przekonywali, że parki przyciągną rodziny z powrotem do części miasta, która "
        "od ponad stu lat jest odcięta od wody.",
        "Przeciwnicy w radzie twierdzili, że pieniądze lepiej byłoby wydać na remonty dróg i "
        "szkół, a ostatecznie dwóch radnych głosowało przeciwko planowi.",
    ),
    titles=(
        "Rada miasta przyjęła nowy plan budowy parków na północnym brzegu rzeki",
        "Parki nad rzeką przegłosowane",
        "Parki nad rzeką: co się zmieni dla mieszkańców",
        "Radni za parkami nad rzeką",
    ),
    menus=(
        "",
        "Strona główna\nWiadomości\nPolityka\nGospodarka\n",
        "Przejdź do treści\nMenu\nSzukaj\n",
        "* Kraj\n* Świat\n* Sport\n",
        "Zaloguj się\nSubskrybuj\n",
    ),
    kickers=("", "Kraj\n", "TYLKO U NAS\n", "Strona główna › Wiadomości › Miasto\n"),
    deks=(
        "",
        "Głosowanie kończy pięć lat sporów o dawne nabrzeża.\n",
        "Co nowe parki zmienią nad rzeką\n",
    ),
    bylines={
        "": (),
        "Autor: Jan Kowalski": ("Jan Kowalski",),
        "Jan Kowalski": None,
        "Autorzy: Jan Kowalski i Anna Nowak": ("Jan Kowalski", "Anna Nowak"),
        "Jan Kowalski, dziennikarz działu Kraj": ("Jan Kowalski",),
        "Jan Kowalski, PAP": ("Jan Kowalski",),
        "oprac. Katarzyna Wiśniewska": ("Katarzyna Wiśniewska",),
        "AUTOR: KATARZYNA WIŚNIEWSKA": ("Katarzyna Wiśniewska",),
    },
    dates=(
        "4 marca 2024\n",
        "04.03.2024, 10:15\n",
        "Opublikowano: 4 marca 2024, 10:15\n",
        "poniedziałek, 4 marca 2024 r.\n",
        "",
        "Publikacja: 04.03.2024 10:15 Aktualizacja: 05.03.2024 09:00\n",
    ),
    extras=(
        "",
        "Udostępnij\nZapisz\n",
        "Posłuchaj artykułu\n",
        "Fot. Tomasz Nowicki / PAP\n",
        "Reklama\n",
        "Czas czytania: 3 min\n",
        "Zapisz się na newsletter\n",
    ),
)

RU = Language(
    prose=(
        "Городской совет во вторник одобрил давно обсуждаемый план, согласно которому в "
        "ближайшие шесть лет северная набережная превратится в цепочку общественных парков.",
        "План, впервые предложенный в 2019 году, дважды застопоривался из-за высокой стоимости "
        "очистки почвы вдоль старых промышленных причалов, рассказали журналистам члены совета.",
        "Сторонники проекта утверждали, что парки вернут семьи в ту часть города, которая более "
        "века была отрезана от воды, и оживят торговлю на берегу.",
        "Противники в совете заявили, что эти деньги лучше было бы потратить на ремонт дорог и "
        "школ, и в итоге два депутата проголосовали против плана.",
    ),
    titles=(
        "Горсовет утвердил новый план создания парков на северной набережной",
        "Парки на набережной одобрены",
        "Парки у реки: что изменится для жителей",
        "Совет поддержал парки у реки",
    ),
    menus=(
        "",
        "Главная\nНовости\nПолитика\nЭкономика\n",
        "Перейти к содержимому\nМеню\nПоиск\n",
        "* Главная\n* Общество\n* Город\n",
        "Войти\nПодписаться\n",
    ),
    kickers=("", "Общество\n", "ЭКСКЛЮЗИВ\n", "Главная › Новости › Город\n"),
    deks=(
        "",
        "Голосование положило конец пятилетнему спору о старых причалах.\n",
        "Что новые парки изменят на набережной\n",
    ),
    bylines={
        "": (),
        "Автор: Иван Петров": ("Иван Петров",),
        "Иван Петров": None,
        "Авторы: Иван Петров и Анна Смирнова": ("Иван Петров", "Анна Смирнова"),
        "Иван Петров, специальный корреспондент": ("Иван Петров",),
        "Иван Петров, ТАСС": ("Иван Петров",),
        "Текст: Анна Смирнова": ("Анна Смирнова",),
        "АВТОРЫ: ИВАН ПЕТРОВ И АННА СМИРНОВА": ("Иван Петров", "Анна Смирнова"),
    },
    dates=(
        "4 марта 2024\n",
        "04.03.2024, 10:15\n",
        "10:15, 4 марта 2024\n",
        "",
        "Опубликовано: 4 марта 2024 г., 10:15\n",
        "04 мар 2024, 10:15\n",
        "Обновлено 05.03.2024 09:00 | Опубликовано 04.03.2024 10:15\n",
    ),
    extras=(
        "",
        "Поделиться\nСохранить\n",
        "Слушать статью\n",
        "Фото: Сергей Волков / ТАСС\n",
        "Реклама\n",
        "Время чтения: 3 минуты\n",
        "Подпишитесь на нашу рассылку\n",
    ),
)

TR = Language(
    prose=(
        "Belediye meclisi salı günü, uzun süredir tartışılan ve kuzeydeki nehir kıyısını "
        "önümüzdeki altı yıl içinde bir dizi halka açık parka dönüştürecek olan planı onayladı.",
        "Meclis üyelerinin açıklamasına göre, ilk kez 2019'da önerilen plan, eski sanayi "
        "iskeleleri boyunca toprağın temizlenmesinin maliyeti nedeniyle iki kez askıya alınmıştı.",
        "Planın destekçileri, parkların yüzyılı aşkın bir süredir sudan kopuk kalan bu kent "
        "bölgesine aileleri yeniden getireceğini ve kıyı boyunca ticareti de canlandıracağını "
        "savundu.",
        "Meclisteki muhalifler ise bu paranın yolların ve okulların onarımına harcanmasının daha "
        "doğru olacağını söyledi; sonunda iki meclis üyesi plana karşı oy kullandı.",
    ),
    titles=(
        "Belediye meclisi nehrin kuzey kıyısındaki parklar için yeni planı onayladı",
        "Park planına onay çıktı",
        "Nehir kıyısı parkları: Mahalle sakinleri için neler değişecek?",
        "Eski iskeleler parka dönüşüyor",
    ),
    menus=(
        "",
        "Ana Sayfa\nGündem\nSiyaset\nEkonomi\n",
        "İçeriğe geç\nMenü\nAra\n",
        "* Gündem\n* Dünya\n* Spor\n",
        "Giriş Yap\nAbone Ol\n",
    ),
    kickers=("", "Gündem\n", "ÖZEL HABER\n", "Ana Sayfa › Gündem › Yerel\n"),
    deks=(
        "",
        "Oylama, eski iskeleler üzerindeki beş yıllık tartışmayı sona erdirdi.\n",
        "Yeni parklar nehir kıyısında neleri değiştirecek\n",
    ),
    bylines={
        "": (),
        "Yazar: Ahmet Yılmaz": ("Ahmet Yılmaz",),
        "Ahmet Yılmaz": None,
        "Haber: Ahmet Yılmaz ve Ayşe Demir": ("Ahmet Yılmaz", "Ayşe Demir"),
        "Ahmet Yılmaz, Ankara Muhabiri": ("Ahmet Yılmaz",),
        "Ahmet Yılmaz / Anadolu Ajansı": ("Ahmet Yılmaz",),
        "Muhabir: Ayşe Demir": ("Ayşe Demir",),
        "Ayşe Demir - İstanbul": ("Ayşe Demir",),
        "HABER: ZEYNEP KAYA VE MEHMET ÖZTÜRK": ("Zeynep Kaya", "Mehmet Öztürk"),
    },
    dates=(
        "4 Mart 2024\n",
        "04.03.2024 10:15\n",
        "4 Mart 2024 Pazartesi 10:15\n",
        "Oluşturulma Tarihi: Mart 04, 2024 10:15\n",
        "",
        "Yayınlanma: 04.03.2024 - 10:15\n",
        "Güncelleme: 05.03.2024 - 09:00 | Yayınlanma: 04.03.2024 - 10:15\n",
    ),
    extras=(
        "",
        "Paylaş\nKaydet\n",
        "Haberi dinle\n",
        "Fotoğraf: Murat Şahin/AA\n",
        "Reklam\n",
        "Okuma süresi: 3 dakika\n",
        "Bültenimize abone olun\n",
    ),
)

AR = Language(
    prose=(
        "وافق المجلس البلدي يوم الثلاثاء على خطة طال الجدل حولها، تقضي بتحويل الواجهة النهرية "
        "الشمالية إلى سلسلة من الحدائق العامة خلال السنوات الست المقبلة.",
        "وكانت الخطة، التي طُرحت لأول مرة عام 2019، قد تعثرت مرتين بسبب تكلفة تنظيف التربة على "
        "امتداد الأرصفة الصناعية القديمة، وفق ما قاله أعضاء في المجلس.",
        "ورأى المؤيدون أن الحدائق ستعيد العائلات إلى جزء من المدينة ظل معزولًا عن المياه لأكثر "
        "من قرن، وأنها ستمنح السكان متنفسًا طال انتظاره.",
        "أما المعارضون في المجلس فقالوا إنه كان من الأفضل إنفاق هذه الأموال على إصلاح الطرق "
        "والمدارس، وقد صوّت عضوان ضد الخطة في النهاية.",
    ),
    titles=(
        "المجلس البلدي يقر خطة جديدة لتحويل الواجهة النهرية الشمالية إلى حدائق عامة",
        "خطة الحدائق تنال الموافقة النهائية",
        "حدائق الواجهة النهرية: ما الذي سيتغير للسكان؟",
        "بعد خمس سنوات من الجدل.. المجلس يحسم مصير الأرصفة القديمة",
    ),
    menus=(
        "",
        "الرئيسية\nأخبار\nسياسة\nاقتصاد\n",
        "التخطي إلى المحتوى\nالقائمة\nبحث\n",
        "* الرئيسية\n* محليات\n* رياضة\n",
        "تسجيل الدخول\nاشترك الآن\n",
    ),
    kickers=("", "محليات\n", "حصري\n", "الرئيسية » أخبار » محليات\n"),
    deks=(
        "",
        "التصويت ينهي خمس سنوات من الخلاف حول الأرصفة القديمة.\n",
        "ما الذي ستغيره الحدائق الجديدة في الواجهة النهرية\n",
    ),
    bylines={
        "": (),
        "بقلم: أحمد المصري": ("أحمد المصري",),
        "أحمد المصري": None,
        "كتب: أحمد المصري": ("أحمد المصري",),
        "كتبت: سارة محمود": ("سارة محمود",),
        "بقلم: أحمد المصري وسارة محمود": ("أحمد المصري", "سارة محمود"),
        "أحمد المصري، مراسل الشؤون المحلية": ("أحمد المصري",),
        "أحمد المصري - رويترز": ("أحمد المصري",),
        "القاهرة - أحمد المصري": ("أحمد المصري",),
        "تقرير: سارة محمود": ("سارة محمود",),
    },
    dates=(
        "4 مارس 2024\n",
        "الاثنين 4 مارس 2024 10:15 ص\n",
        "نُشر في: 04/03/2024 - 10:15\n",
        "٤ مارس ٢٠٢٤\n",
        "4 آذار 2024\n",
        "",
        "آخر تحديث: 05/03/2024 - 09:00 | تاريخ النشر: 04/03/2024 - 10:15\n",
    ),
    extras=(
        "",
        "شارك\nفيسبوك\nإكس\nواتساب\n",
        "استمع إلى المقال\n",
        "تصوير: محمد حسن/رويترز\n",
        "إعلان\n",
        "مدة القراءة: 3 دقائق\n",
        "اشترك في نشرتنا البريدية\n",
    ),
)

HI = Language(
    prose=(
        "नगर परिषद ने मंगलवार को लंबे समय से चर्चा में रही उस योजना को मंजूरी दे दी, जिसके तहत "
        "अगले छह वर्षों में उत्तरी नदी तट को सार्वजनिक पार्कों की एक शृंखला में बदला जाएगा।",
        "परिषद के सदस्यों ने बताया कि यह योजना, जो पहली बार 2019 में प्रस्तावित की गई थी, पुरानी "
        "औद्योगिक गोदियों के किनारे की दूषित मिट्टी को साफ करने की लागत के कारण दो बार अटक चुकी थी।",
        "समर्थकों का कहना था कि ये पार्क परिवारों को शहर के उस हिस्से में वापस लाएंगे, जो एक सदी से "
        "भी अधिक समय से पानी से कटा हुआ है।",
        "परिषद में विरोधियों ने कहा कि इस पैसे को सड़कों और स्कूलों की मरम्मत पर खर्च करना बेहतर "
        "होता, और अंत में दो सदस्यों ने योजना के खिलाफ मतदान किया।",
    ),
    titles=(
        "नगर परिषद ने उत्तरी नदी तट पर पार्क बनाने की नई योजना को दी मंजूरी",
        "पार्क योजना को अंतिम मंजूरी",
        "नदी तट के पार्क: निवासियों के लिए क्या बदलेगा",
        "पांच साल की बहस के बाद पुरानी गोदियों पर फैसला",
    ),
    menus=(
        "",
        "होम\nदेश\nराजनीति\nकारोबार\n",
        "मुख्य सामग्री पर जाएं\nमेनू\nखोजें\n",
        "* होम\n* शहर\n* खेल\n",
        "लॉग इन करें\nसब्सक्राइब करें\n",
    ),
    kickers=("", "शहर\n", "एक्सक्लूसिव\n", "होम › समाचार › शहर\n"),
    deks=(
        "",
        "इस मतदान से पुरानी गोदियों पर पांच साल से चल रही बहस खत्म हो गई।\n",
        "नदी तट के नए पार्कों से क्या बदलेगा\n",
    ),
    bylines={
        "": (),
        "लेखक: राहुल शर्मा": ("राहुल शर्मा",),
        "राहुल शर्मा": None,
        "लेखक: राहुल शर्मा और प्रिया वर्मा": ("राहुल शर्मा", "प्रिया वर्मा"),
        "राहुल शर्मा, वरिष्ठ संवाददाता": ("राहुल शर्मा",),
        "राहुल शर्मा, आईएएनएस": ("राहुल शर्मा",),
        "राहुल शर्मा, नई दिल्ली": ("राहुल शर्मा",),
        "रिपोर्ट: प्रिया वर्मा": ("प्रिया वर्मा",),
    },
    dates=(
        "4 मार्च 2024\n",
        "04/03/2024 10:15\n",
        "प्रकाशित: सोमवार, 04 मार्च 2024\n",
        "04 मार्च 2024, सुबह 10:15 बजे\n",
        "",
        "अपडेटेड: 5 मार्च 2024, 09:00 | प्रकाशित: 4 मार्च 2024, 10:15\n",
    ),
    extras=(
        "",
        "शेयर करें\nसेव करें\n",
        "यह लेख सुनें\n",
        "फोटो: अमित कुमार/पीटीआई\n",
        "विज्ञापन\n",
        "3 मिनट में पढ़ें\n",
        "न्यूजलेटर के लिए सब्सक्राइब करें\n",
    ),
)

EL = Language(
    prose=(
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη ένα πολυσυζητημένο σχέδιο που θα μετατρέψει τη "
        "βόρεια όχθη του ποταμού σε μια αλυσίδα δημόσιων πάρκων μέσα στα επόμενα έξι χρόνια.",
        "Το σχέδιο, που προτάθηκε για πρώτη φορά το 2019, είχε παγώσει δύο φορές λόγω του κόστους "
        "καθαρισμού του εδάφους κατά μήκος των παλιών βιομηχανικών αποβαθρών, ανέφεραν δημοτικοί "
        "σύμβουλοι.",
        "Οι υπέρμαχοι του σχεδίου υποστήριξαν ότι τα πάρκα θα φέρουν ξανά οικογένειες σε ένα "
        "τμήμα της πόλης που είναι αποκομμένο από το νερό για περισσότερο από έναν αιώνα.",
        "Οι επικριτές του σχεδίου στο συμβούλιο δήλωσαν ότι θα ήταν προτιμότερο να διατεθούν τα "
        "χρήματα για την επισκευή δρόμων και σχολείων, και τελικά δύο μέλη ψήφισαν κατά.",
    ),
    titles=(
        "Το δημοτικό συμβούλιο εγκρίνει νέο σχέδιο για πάρκα στη βόρεια όχθη του ποταμού",
        "Πράσινο φως για τα πάρκα",
        "Πάρκα στην όχθη: τι αλλάζει για τους κατοίκους",
        "Τέλος στη διαμάχη για τις παλιές αποβάθρες",
    ),
    menus=(
        "",
        "Αρχική\nΕιδήσεις\nΠολιτική\nΟικονομία\n",
        "Μετάβαση στο περιεχόμενο\nΜενού\nΑναζήτηση\n",
        "* Αρχική\n* Ελλάδα\n* Κόσμος\n",
        "Σύνδεση\nΣυνδρομή\n",
    ),
    kickers=("", "Αυτοδιοίκηση\n", "ΑΠΟΚΛΕΙΣΤΙΚΟ\n", "Αρχική › Ειδήσεις › Αυτοδιοίκηση\n"),
    deks=(
        "",
        "Η ψηφοφορία βάζει τέλος σε πέντε χρόνια αντιπαράθεσης για τις παλιές αποβάθρες.\n",
        "Τι θα αλλάξουν τα νέα πάρκα στην όχθη του ποταμού\n",
    ),
    bylines={
        "": (),
        "Του Γιώργου Παπαδόπουλου": ("Γιώργος Παπαδόπουλος",),  # genitive: the name's nominative
        "Της Μαρίας Νικολάου": ("Μαρία Νικολάου",),
        "Γιώργος Παπαδόπουλος": None,
        "Γράφει ο Γιώργος Παπαδόπουλος": ("Γιώργος Παπαδόπουλος",),
        "Των Γιώργου Παπαδόπουλου και Μαρίας Νικολάου": ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"),
        "Γιώργος Παπαδόπουλος, ανταποκριτής στις Βρυξέλλες": ("Γιώργος Παπαδόπουλος",),
        "Γιώργος Παπαδόπουλος / ΑΠΕ-ΜΠΕ": ("Γιώργος Παπαδόπουλος",),
        "ΤΟΥ ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ": None,  # capitals drop the accents: not recoverable
    },
    dates=(
        "4 Μαρτίου 2024\n",
        "04.03.2024 • 10:15\n",
        "Δευτέρα, 4 Μαρτίου 2024\n",
        "04/03/2024 - 10:15\n",
        "",
        "Δημοσίευση: 04.03.2024, 10:15\n",
        "Ενημερώθηκε: 05.03.2024, 09:00 | Δημοσιεύθηκε: 04.03.2024, 10:15\n",
    ),
    extras=(
        "",
        "Κοινοποίηση\nΑποθήκευση\n",
        "Ακούστε το άρθρο\n",
        "Φωτογραφία: Γιάννης Κωνσταντίνου / ΑΠΕ-ΜΠΕ\n",
        "Διαφήμιση\n",
        "Χρόνος ανάγνωσης: 4 λεπτά\n",
        "Εγγραφείτε στο newsletter μας\n",
    ),
)

MORE_LANGUAGES = {
    "it": IT,
    "pt": PT,
    "nl": NL,
    "pl": PL,
    "ru": RU,
    "tr": TR,
    "ar": AR,
    "hi": HI,
    "el": EL,
}
