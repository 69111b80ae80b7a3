"""Bodies in nine more languages for the body probe, as news sites in them print them.

Italian, Portuguese (Brazil), Dutch, Polish, Russian, Turkish, Arabic, Hindi and Greek, in
the shapes of ``body_probe.py``'s tables (``HEADS``, ``BOXES``, ``TAILS``, ``MARKS``,
``TEASERS``, ``BOX_LABELS``), keyed by the codes of ``header_languages.MORE_LANGUAGES``,
whose four paragraphs and headlines they go round: a short header, the boxes sites put
between paragraphs (advertisement labels, "read also" and related links, sign-up prompts,
photo credits, "continues after the advertisement", "listen to this article", "follow us"),
the furniture under the text (share rows, tags, an author's bio, related stories, a sign-up
box, a comment form, comments, a copyright footer, a "most read" list, credits, "was this
helpful?"), the marks whose presence in the output means a box or furniture stayed, and
teasers of two other local stories. The file was written after the cleaning rules were tuned
(29 November 2026), without reading them: its figures measure how the rules carry to
languages they were not written on, not how well they fit the ones they were.
"""

from __future__ import annotations

# For each language: the header, boxes between paragraphs, furniture under the
# text, and the marks whose presence in the output means a box or furniture stayed.
HEADS = {
    "it": "Home\nCronaca\n\n{t}\ndi Mario Rossi\n4 marzo 2024\n\n",
    "pt": "Início\n\n{t}\nPor João Silva\n4 de março de 2024\n\n",
    "nl": "Home\nNieuws\n\n{t}\nDoor Jan de Vries\n4 maart 2024\n\n",
    "pl": "Strona główna\n\n{t}\nAutor: Jan Kowalski\n4 marca 2024\n\n",
    "ru": "Главная\n\n{t}\nАвтор: Иван Петров\n4 марта 2024\n\n",
    "tr": "Ana Sayfa\n\n{t}\nYazar: Ahmet Yılmaz\n4 Mart 2024\n\n",
    "ar": "الرئيسية\n\n{t}\nبقلم: أحمد المصري\n4 مارس 2024\n\n",
    "hi": "होम\n\n{t}\nलेखक: राहुल शर्मा\n4 मार्च 2024\n\n",
    "el": "Αρχική\n\n{t}\nΤου Γιώργου Παπαδόπουλου\n4 Μαρτίου 2024\n\n",
}
BOXES = {
    "it": (
        "Pubblicità",
        "Leggi anche: Le linee degli autobus cambiano percorso per l'estate",
        "Potrebbe interessarti: Il museo civico riapre dopo due anni di lavori",
        "Iscriviti alla nostra newsletter",
        "Operai al lavoro su una tubatura vicino alla stazione. Foto: Marco Conti / ANSA",
        "Continua a leggere dopo la pubblicità",
        "Ascolta l'articolo · 5 min",
        "Seguici su Facebook e Instagram",
    ),
    "pt": (
        "Publicidade",
        "Leia também: Linhas de ônibus mudam de itinerário no verão",
        "Saiba mais: Museu reabre após dois anos de reforma",
        "Receba as principais notícias do dia no seu e-mail. Cadastre-se",
        "Operários inspecionam tubulação perto da estação — Foto: Pedro Lima/Agência Brasil",
        "Continua após a publicidade",
        "Ouça este conteúdo · 5 min",
        "Siga a Gazeta do Rio no Instagram",
    ),
    "nl": (
        "Advertentie",
        "Lees ook: Buslijnen rijden deze zomer een andere route",
        "Bekijk ook: Museum na twee jaar verbouwing weer open",
        "Schrijf je in voor onze nieuwsbrief",
        "Medewerkers inspecteren een leiding bij het station. Foto ANP / Lotte Visser",
        "Het artikel gaat verder onder de advertentie",
        "Luister naar dit artikel · 5 min",
        "Volg ons op Instagram en Facebook",
    ),
    "pl": (
        "Reklama",
        "Czytaj także: Autobusy latem pojadą zmienionymi trasami",
        "Zobacz też: Muzeum miejskie otwarte po dwóch latach remontu",
        "Zapisz się na nasz newsletter",
        "Robotnicy sprawdzają rurociąg w pobliżu dworca. Fot. Tomasz Nowicki / PAP",
        "Dalsza część artykułu pod reklamą",
        "Posłuchaj artykułu · 5 min",
        "Obserwuj nas w Google News",
    ),
    "ru": (
        "Реклама",
        "Читайте также: Автобусы летом изменят маршруты",
        "По теме: На юге города открылись новые велодорожки",
        "Подпишитесь на нашу рассылку",
        "Рабочие осматривают трубу у вокзала. Фото: Сергей Волков / ТАСС",
        "Продолжение после рекламы",
        "Слушать статью · 5 мин",
        "Подписывайтесь на наш Telegram-канал",
    ),
    "tr": (
        "Reklam",
        "İlgili Haber: Otobüs hatları yaz boyunca güzergâh değiştiriyor",
        "Haberin Devamı",
        "E-bültenimize abone olun, günün öne çıkan haberleri e-postanıza gelsin",
        "İşçiler istasyon yakınındaki boruyu inceliyor. Fotoğraf: Murat Şahin/AA",
        "Haberi dinle · 5 dk",
        "Bizi Google Haberler'den takip edin",
    ),
    "ar": (
        "إعلان",
        "اقرأ أيضا: تغيير مسارات خطوط الحافلات خلال الصيف",
        "ذات صلة: افتتاح مسارات جديدة للدراجات في جنوب المدينة",
        "اشترك في نشرتنا البريدية",
        "عمال يتفقدون أنبوبًا قرب المحطة. (تصوير: محمد حسن/رويترز)",
        "تابع القراءة أسفل الإعلان",
        "استمع إلى المقال · 5 دقائق",
        "تابعونا على فيسبوك وإكس",
    ),
    "hi": (
        "विज्ञापन",
        "यह भी पढ़ें: गर्मियों में बदलेंगे बसों के रूट",
        "संबंधित खबर: दक्षिणी इलाके में नई साइकिल लेन शुरू",
        "न्यूज़लेटर के लिए सब्सक्राइब करें",
        "स्टेशन के पास पाइपलाइन की जांच करते कर्मचारी। फोटो: अमित कुमार/पीटीआई",
        "विज्ञापन के बाद पढ़ना जारी रखें",
        "यह लेख सुनें · 5 मिनट",
        "हमें फॉलो करें: गूगल न्यूज़ | फेसबुक | एक्स",
    ),
    "el": (
        "Διαφήμιση",
        "Διαβάστε επίσης: Αλλάζουν τα δρομολόγια των λεωφορείων το καλοκαίρι",
        "Σχετικό άρθρο: Ξανανοίγει το μουσείο μετά από δύο χρόνια εργασιών",
        "Εγγραφείτε στο newsletter μας",
        "Εργάτες ελέγχουν έναν αγωγό κοντά στον σταθμό. Φωτογραφία: Γιάννης Κωνσταντίνου / ΑΠΕ-ΜΠΕ",
        "Η συνέχεια μετά τη διαφήμιση",
        "Ακούστε το άρθρο · 5 λεπτά",
        "Ακολουθήστε μας στο Google News",
    ),
}
TAILS = {
    "it": (
        "Condividi questo articolo\nFacebook\nX\nWhatsApp\nEmail",
        "Argomenti: parchi, consiglio comunale, fiume",
        "Mario Rossi è giornalista della redazione Cronaca. Segue il Comune dal 2015.",
        "Articoli correlati\nLe linee degli autobus cambiano percorso per l'estate\n"
        "Nuove piste ciclabili nella zona sud della città",
        "Iscriviti alla newsletter\n"
        "Ogni mattina le notizie più importanti nella tua casella di posta.\nIndirizzo email",
        "Lascia un commento\nAnnulla risposta\n"
        "Il tuo indirizzo email non sarà pubblicato.\nPubblica il commento",
        "12 commenti\nharbour_dan\n2 ore fa\nOttima notizia per il quartiere.\nRispondi",
        "© 2024 Gazzetta del Fiume. Tutti i diritti riservati.\nInformativa sulla privacy",
        "© RIPRODUZIONE RISERVATA",
        "I più letti\n1\nIl bilancio comunale approvato dopo un lungo dibattito\n2\n"
        "Il museo civico riapre dopo due anni di lavori",
        "Hai una segnalazione? Scrivi a redazione@gazzettadelfiume.it",
        "Questo articolo ti è stato utile?\nSì\nNo",
    ),
    "pt": (
        "Compartilhe esta notícia\nFacebook\nWhatsApp\nX\nE-mail",
        "Tags: parques, Câmara Municipal, meio ambiente",
        "João Silva é repórter de Cidades e cobre a Câmara Municipal desde 2015.",
        "Notícias relacionadas\nLinhas de ônibus mudam de itinerário no verão\n"
        "Novas ciclovias são inauguradas na zona sul",
        "Newsletter\nReceba no seu e-mail as notícias mais importantes do dia.\n"
        "Digite seu e-mail\nQuero receber",
        "Deixe um comentário\nCancelar resposta\n"
        "O seu endereço de e-mail não será publicado.\nPublicar comentário",
        "12 comentários\nharbour_dan\nhá 2 horas\nÓtima notícia para o bairro.\nResponder",
        "© 2024 Gazeta do Rio. Todos os direitos reservados.\nPolítica de privacidade",
        "Mais lidas\n1\nCâmara aprova orçamento após longo debate\n2\n"
        "Museu reabre após dois anos de reforma",
        "(Reportagem de Ana Oliveira; edição de Pedro Santos)",
        "*Com informações da Agência Brasil",
        "Tem uma sugestão de pauta? Envie para o WhatsApp da redação",
        "Este conteúdo foi útil para você?\nSim\nNão",
    ),
    "nl": (
        "Deel dit artikel\nFacebook\nX\nWhatsApp\nE-mail",
        "Onderwerpen: gemeenteraad, parken, rivier",
        "Jan de Vries is verslaggever gemeentepolitiek. Hij werkt sinds 2015 bij het Rivierblad.",
        "Meer over dit onderwerp\nBuslijnen rijden deze zomer een andere route\n"
        "Nieuwe fietspaden in het zuiden geopend",
        "Ontvang onze nieuwsbrief\nElke ochtend het belangrijkste nieuws in je mailbox.\n"
        "E-mailadres\nAanmelden",
        "Geef een reactie\nReactie annuleren\nJe e-mailadres wordt niet gepubliceerd.\n"
        "Reactie plaatsen",
        "12 reacties\nharbour_dan\n2 uur geleden\nGoed nieuws voor de buurt.\nReageer",
        "© 2024 Het Rivierblad. Alle rechten voorbehouden.\nPrivacyverklaring",
        "Meest gelezen\n1\nGemeente stelt begroting vast na lang debat\n2\n"
        "Museum na twee jaar verbouwing weer open",
        "Heb je een tip? Mail de redactie via tips@rivierblad.nl",
        "Was dit artikel nuttig?\nJa\nNee",
    ),
    "pl": (
        "Udostępnij\nFacebook\nX\nE-mail",
        "Tagi: parki, rada miasta, rzeka",
        "Jan Kowalski jest dziennikarzem działu Miasto. W redakcji pracuje od 2015 roku.",
        "Powiązane artykuły\nAutobusy latem pojadą zmienionymi trasami\n"
        "Nowe ścieżki rowerowe na południu miasta",
        "Newsletter\nNajważniejsze wiadomości dnia prosto na Twoją skrzynkę.\n"
        "Adres e-mail\nZapisz się",
        "Dodaj komentarz\nAnuluj pisanie odpowiedzi\n"
        "Twój adres e-mail nie zostanie opublikowany.\nOpublikuj komentarz",
        "12 komentarzy\nharbour_dan\n2 godziny temu\nŚwietna wiadomość dla dzielnicy.\nOdpowiedz",
        "© 2024 Gazeta Nadrzeczna. Wszelkie prawa zastrzeżone.\nPolityka prywatności",
        "Najczęściej czytane\n1\nRada miasta przyjęła budżet po długiej debacie\n2\n"
        "Muzeum miejskie otwarte po dwóch latach remontu",
        "Źródło: PAP",
        "Masz ciekawy temat? Napisz do nas: kontakt@gazetanadrzeczna.pl",
        "Czy ten artykuł był pomocny?\nTak\nNie",
    ),
    "ru": (
        "Поделиться\nВКонтакте\nTelegram\nОдноклассники",
        "Теги: парки, городской совет, набережная",
        "Иван Петров — обозреватель отдела «Город». Работает в редакции с 2015 года.",
        "Материалы по теме\nАвтобусы летом изменят маршруты\n"
        "На юге города открылись новые велодорожки",
        "Рассылка\nГлавные новости дня — на вашу почту.\nВаш e-mail\nПодписаться",
        "Добавить комментарий\nОтменить ответ\nВаш адрес email не будет опубликован.\n"
        "Отправить комментарий",
        "12 комментариев\nharbour_dan\n2 часа назад\nОтличная новость для района.\nОтветить",
        "© 2024 «Городские вести». Все права защищены.\n"
        "При полном или частичном использовании материалов ссылка обязательна.\n"
        "Политика конфиденциальности",
        "Самое читаемое\n1\nДепутаты приняли бюджет после долгих споров\n2\n"
        "Музей открылся после двухлетнего ремонта",
        "Редактор: Анна Смирнова",
        "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter",
        "Была ли эта статья полезной?\nДа\nНет",
    ),
    "tr": (
        "Paylaş\nFacebook\nX\nWhatsApp",
        "Etiketler: park, belediye meclisi, nehir",
        "Ahmet Yılmaz, 2015'ten bu yana yerel yönetim haberlerini takip ediyor.",
        "İlgili Haberler\nOtobüs hatları yaz boyunca güzergâh değiştiriyor\n"
        "Şehrin güneyinde yeni bisiklet yolları açıldı",
        "E-bülten\nGünün öne çıkan haberleri e-posta kutunuzda.\nE-posta adresiniz\nAbone ol",
        "Bir yanıt yazın\nYanıtı iptal et\nE-posta adresiniz yayınlanmayacak.\nYorum gönder",
        "12 yorum\nharbour_dan\n2 saat önce\nMahalle için harika bir haber.\nYanıtla",
        "© 2024 Nehir Gazetesi. Tüm hakları saklıdır.\nKVKK Aydınlatma Metni\nGizlilik Politikası",
        "En Çok Okunanlar\n1\nBelediye bütçesi uzun tartışmanın ardından kabul edildi\n2\n"
        "Müze iki yıllık restorasyonun ardından yeniden açıldı",
        "Kaynak: Anadolu Ajansı",
        "Haber ihbarlarınız için WhatsApp: 0 555 123 45 67",
        "Bu haber faydalı oldu mu?\nEvet\nHayır",
    ),
    "ar": (
        "شارك هذا المقال\nفيسبوك\nإكس\nواتساب",
        "الوسوم: حدائق، المجلس البلدي، الواجهة النهرية",
        "أحمد المصري صحفي يغطي شؤون البلدية، انضم إلى الصحيفة عام 2015.",
        "أخبار ذات صلة\nتغيير مسارات خطوط الحافلات خلال الصيف\n"
        "افتتاح مسارات جديدة للدراجات في جنوب المدينة",
        "النشرة البريدية\nاشترك ليصلك أهم أخبار اليوم على بريدك الإلكتروني.\n"
        "البريد الإلكتروني\nاشترك",
        "اترك تعليقاً\nإلغاء الرد\nلن يتم نشر عنوان بريدك الإلكتروني.\nإرسال التعليق",
        "12 تعليقًا\nharbour_dan\nمنذ ساعتين\nخبر رائع للحي.\nرد",
        "© 2024 جريدة النهر. جميع الحقوق محفوظة.\nسياسة الخصوصية",
        "الأكثر قراءة\n1\nالمجلس يقر الميزانية بعد نقاش طويل\n2\n"
        "إعادة افتتاح المتحف بعد عامين من الترميم",
        "(إعداد سارة محمود للنشرة العربية - تحرير أحمد المصري)",
        "هل كان هذا المقال مفيدًا؟\nنعم\nلا",
    ),
    "hi": (
        "शेयर करें\nफेसबुक\nएक्स\nव्हाट्सऐप",
        "टैग्स: पार्क, नगर परिषद, नदी तट",
        "राहुल शर्मा वरिष्ठ संवाददाता हैं और 2015 से नगर निगम की खबरें कवर कर रहे हैं।",
        "संबंधित खबरें\nगर्मियों में बदलेंगे बसों के रूट\nदक्षिणी इलाके में नई साइकिल लेन शुरू",
        "न्यूज़लेटर\nदिन की बड़ी खबरें सीधे आपके ईमेल पर।\nअपना ईमेल पता डालें\nसब्सक्राइब करें",
        "अपनी टिप्पणी लिखें\nजवाब रद्द करें\nआपका ईमेल पता प्रकाशित नहीं किया जाएगा।\nटिप्पणी भेजें",
        "12 टिप्पणियां\nharbour_dan\n2 घंटे पहले\nमोहल्ले के लिए अच्छी खबर।\nजवाब दें",
        "© 2024 नदी समाचार। सर्वाधिकार सुरक्षित।\nगोपनीयता नीति",
        "सबसे ज्यादा पढ़ी गईं\n1\nलंबी बहस के बाद बजट को हरी झंडी\n2\n"
        "दो साल की मरम्मत के बाद संग्रहालय फिर खुला",
        "(एजेंसी इनपुट के साथ)",
        "क्या यह लेख आपके लिए उपयोगी था?\nहां\nनहीं",
    ),
    "el": (
        "Μοιραστείτε το άρθρο\nFacebook\nX\nEmail",
        "Ετικέτες: πάρκα, δημοτικό συμβούλιο, ποταμός",
        "Ο Γιώργος Παπαδόπουλος είναι συντάκτης του ρεπορτάζ αυτοδιοίκησης. "
        "Εργάζεται στην εφημερίδα από το 2015.",
        "Σχετικά άρθρα\nΑλλάζουν τα δρομολόγια των λεωφορείων το καλοκαίρι\n"
        "Νέοι ποδηλατόδρομοι στα νότια της πόλης",
        "Newsletter\nΟι σημαντικότερες ειδήσεις της ημέρας στο email σας.\n"
        "Διεύθυνση email\nΕγγραφή",
        "Αφήστε μια απάντηση\nΑκύρωση απάντησης\nΗ ηλ. διεύθυνση σας δεν δημοσιεύεται.\n"
        "Δημοσίευση σχολίου",
        "12 σχόλια\nharbour_dan\nπριν από 2 ώρες\nΠολύ καλά νέα για τη γειτονιά.\nΑπάντηση",
        "© 2024 Η Εφημερίδα του Ποταμού. Με την επιφύλαξη παντός δικαιώματος.\n"
        "Όροι χρήσης\nΠολιτική απορρήτου",
        "Τα πιο διαβασμένα\n1\nΕγκρίθηκε ο προϋπολογισμός μετά από μακρά συζήτηση\n2\n"
        "Ξανανοίγει το μουσείο μετά από δύο χρόνια εργασιών",
        "Πηγή: ΑΠΕ-ΜΠΕ",
        "Σας φάνηκε χρήσιμο το άρθρο;\nΝαι\nΌχι",
    ),
}
MARKS = {
    "it": (
        "Pubblicità",
        "Leggi anche",
        "Potrebbe interessarti",
        "Iscriviti",
        "Foto: Marco",
        "Continua a leggere",
        "Ascolta l'articolo",
        "Seguici",
        "Condividi",
        "Argomenti:",
        "giornalista della",
        "Articoli correlati",
        "nella tua casella",
        "Lascia un commento",
        "Ottima notizia",
        "12 commenti",
        "Tutti i diritti",
        "RIPRODUZIONE",
        "I più letti",
        "segnalazione",
        "ti è stato utile",
    ),
    "pt": (
        "Publicidade",
        "Leia também",
        "Saiba mais",
        "Cadastre-se",
        "Foto: Pedro",
        "Continua após",
        "Ouça este",
        "Siga a",
        "Compartilhe",
        "Tags:",
        "é repórter",
        "Notícias relacionadas",
        "Quero receber",
        "Deixe um comentário",
        "Ótima notícia",
        "12 comentários",
        "Todos os direitos",
        "Mais lidas",
        "Reportagem de",
        "Com informações",
        "sugestão de pauta",
        "foi útil",
    ),
    "nl": (
        "Advertentie",
        "Lees ook",
        "Bekijk ook",
        "nieuwsbrief",
        "Foto ANP",
        "gaat verder onder",
        "Luister naar",
        "Volg ons",
        "Deel dit",
        "Onderwerpen:",
        "verslaggever gemeentepolitiek",
        "Meer over dit onderwerp",
        "in je mailbox",
        "Geef een reactie",
        "Goed nieuws",
        "12 reacties",
        "Alle rechten",
        "Meest gelezen",
        "Heb je een tip",
        "nuttig",
    ),
    "pl": (
        "Reklama",
        "Czytaj także",
        "Zobacz też",
        "newsletter",
        "Fot. Tomasz",
        "Dalsza część",
        "Posłuchaj",
        "Obserwuj nas",
        "Udostępnij",
        "Tagi:",
        "dziennikarzem",
        "Powiązane",
        "skrzynkę",
        "Dodaj komentarz",
        "Świetna wiadomość",
        "12 komentarzy",
        "Wszelkie prawa",
        "Najczęściej czytane",
        "Źródło:",
        "Napisz do nas",
        "pomocny",
    ),
    "ru": (
        "Реклама",
        "Читайте также",
        "По теме",
        "рассылку",
        "Фото:",
        "Продолжение после",
        "Слушать статью",
        "Telegram",
        "Поделиться",
        "ВКонтакте",
        "Теги:",
        "обозреватель",
        "Материалы по теме",
        "на вашу почту",
        "Добавить комментарий",
        "Отличная новость",
        "12 комментариев",
        "Все права",
        "ссылка обязательна",
        "Самое читаемое",
        "Редактор:",
        "Ctrl+Enter",
        "полезной",
    ),
    "tr": (
        "Reklam",
        "İlgili Haber",
        "Haberin Devamı",
        "abone olun",
        "Fotoğraf:",
        "Haberi dinle",
        "takip edin",
        "Paylaş",
        "Etiketler:",
        "yerel yönetim",
        "e-posta kutunuzda",
        "yayınlanmayacak",
        "harika bir haber",
        "12 yorum",
        "Tüm hakları",
        "KVKK",
        "En Çok Okunanlar",
        "Kaynak:",
        "ihbar",
        "faydalı",
    ),
    "ar": (
        "إعلان",
        "اقرأ أيضا",
        "ذات صلة",
        "نشرتنا البريدية",
        "تصوير:",
        "تابع القراءة",
        "استمع إلى المقال",
        "تابعونا",
        "شارك هذا",
        "الوسوم:",
        "صحفي يغطي",
        "النشرة البريدية",
        "اترك تعليق",
        "إلغاء الرد",
        "خبر رائع",
        "12 تعليقًا",
        "جميع الحقوق",
        "الأكثر قراءة",
        "للنشرة العربية",
        "مفيدًا",
    ),
    "hi": (
        "विज्ञापन",
        "यह भी पढ़ें",
        "संबंधित",
        "सब्सक्राइब",
        "फोटो:",
        "पढ़ना जारी रखें",
        "यह लेख सुनें",
        "फॉलो करें",
        "शेयर करें",
        "टैग्स:",
        "कवर कर रहे",
        "आपके ईमेल",
        "टिप्पणी लिखें",
        "प्रकाशित नहीं",
        "अच्छी खबर",
        "12 टिप्पणियां",
        "सर्वाधिकार",
        "सबसे ज्यादा पढ़ी",
        "इनपुट",
        "उपयोगी",
    ),
    "el": (
        "Διαφήμιση",
        "Διαβάστε επίσης",
        "Σχετικό άρθρο",
        "newsletter",
        "Φωτογραφία:",
        "Η συνέχεια",
        "Ακούστε το άρθρο",
        "Ακολουθήστε",
        "Μοιραστείτε",
        "Ετικέτες:",
        "συντάκτης",
        "Σχετικά άρθρα",
        "στο email σας",
        "Αφήστε μια απάντηση",
        "καλά νέα",
        "12 σχόλια",
        "επιφύλαξη",
        "Τα πιο διαβασμένα",
        "Πηγή:",
        "χρήσιμο",
    ),
}


# Teasers of other stories (headline, one-line summary) and the label of a box of them.
TEASERS = {
    "it": (
        (
            "Le linee degli autobus cambiano percorso per l'estate",
            "Le modifiche resteranno in vigore fino a settembre, fa sapere l'assessorato.",
        ),
        (
            "Nuove piste ciclabili nella zona sud della città",
            "I residenti apprezzano le piste ma chiedono più attraversamenti pedonali.",
        ),
    ),
    "pt": (
        (
            "Linhas de ônibus mudam de itinerário no verão",
            "As mudanças valem até setembro, segundo a Secretaria de Transportes.",
        ),
        (
            "Novas ciclovias são inauguradas na zona sul",
            "Moradores aprovam as ciclovias, mas pedem mais faixas de pedestres.",
        ),
    ),
    "nl": (
        (
            "Buslijnen rijden deze zomer een andere route",
            "De omleidingen gelden tot september, meldt de vervoerder.",
        ),
        (
            "Nieuwe fietspaden in het zuiden van de stad",
            "Bewoners zijn blij met de fietspaden, maar willen meer oversteekplaatsen.",
        ),
    ),
    "pl": (
        (
            "Autobusy latem pojadą zmienionymi trasami",
            "Zmiany potrwają do września, poinformował zarząd transportu miejskiego.",
        ),
        (
            "Nowe ścieżki rowerowe na południu miasta",
            "Mieszkańcy chwalą ścieżki, ale domagają się większej liczby przejść.",
        ),
    ),
    "ru": (
        (
            "Автобусы летом изменят маршруты",
            "Изменения продлятся до сентября, сообщили в департаменте транспорта.",
        ),
        (
            "На юге города открылись новые велодорожки",
            "Жители довольны, но просят добавить пешеходных переходов.",
        ),
    ),
    "tr": (
        (
            "Otobüs hatları yaz boyunca güzergâh değiştiriyor",
            "Ulaşım Dairesi, değişikliklerin eylül ayına kadar süreceğini açıkladı.",
        ),
        (
            "Şehrin güneyinde yeni bisiklet yolları açıldı",
            "Mahalle sakinleri yolları memnuniyetle karşıladı ancak daha fazla yaya geçidi istedi.",
        ),
    ),
    "ar": (
        (
            "تغيير مسارات خطوط الحافلات خلال الصيف",
            "قالت إدارة النقل إن التغييرات ستستمر حتى سبتمبر.",
        ),
        (
            "افتتاح مسارات جديدة للدراجات في جنوب المدينة",
            "رحّب السكان بالمسارات الجديدة لكنهم طالبوا بمزيد من معابر المشاة.",
        ),
    ),
    "hi": (
        (
            "गर्मियों में बदलेंगे बसों के रूट",
            "परिवहन विभाग ने कहा कि ये बदलाव सितंबर तक लागू रहेंगे।",
        ),
        (
            "दक्षिणी इलाके में नई साइकिल लेन शुरू",
            "निवासियों ने नई लेन का स्वागत किया, लेकिन और क्रॉसिंग बनाने की मांग की।",
        ),
    ),
    "el": (
        (
            "Αλλάζουν τα δρομολόγια των λεωφορείων το καλοκαίρι",
            "Οι αλλαγές θα ισχύσουν έως τον Σεπτέμβριο, ανακοίνωσε η υπηρεσία συγκοινωνιών.",
        ),
        (
            "Νέοι ποδηλατόδρομοι στα νότια της πόλης",
            "Οι κάτοικοι χαιρετίζουν τους ποδηλατόδρομους, αλλά ζητούν περισσότερες διαβάσεις.",
        ),
    ),
}
BOX_LABELS = {
    "it": "Le più lette",
    "pt": "Mais lidas",
    "nl": "Meest gelezen",
    "pl": "Najpopularniejsze",
    "ru": "Самое популярное",
    "tr": "Çok Okunanlar",
    "ar": "الأكثر قراءة",
    "hi": "सबसे लोकप्रिय",
    "el": "Δημοφιλή",
}
