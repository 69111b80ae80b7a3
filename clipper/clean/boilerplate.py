"""The words pages wrap around articles, in the languages Clipper reads.

Menus, share buttons, newsletter boxes, cookie notices, comment forms and
footers are written from a small stock of phrases ("Share this article",
"Zum Inhalt springen", "Lire aussi", "Noticias relacionadas", "相关阅读"),
and a line made of nothing but one of them is never the article. Each phrase
is filed under the reason the cleaner reports when it drops the line.

Lines are compared by a *key*: lower case, accents and punctuation gone,
spaces gone and a trailing count dropped, so "Comments (12)", "Comments12"
and "comments" meet, and a button glued to its label ("Share toX") still
matches "share to x".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clipper.clean.dates import fold

_PHRASES: dict[str, str] = {
    "menu": """
        skip to content|skip to main content|skip to navigation|skip navigation|jump to content
        skip to site index|section navigation|search section navigation
        menu|main menu|open menu|close menu|navigation|toggle navigation|home|homepage|search
        search for|go|news|sign in|log in|login|log out|logout|register|my account|account
        subscribe|subscribe now|my news|more|sections|topics|latest|latest news|trending|world
        business|politics|technology|tech|science|health|sport|sports|entertainment|culture
        opinion|markets|lifestyle|travel|video|videos|podcast|podcasts|weather|local
        china|asia|asia pacific|europe|africa|americas|middle east|u s|us|uk|sci tech|photos
        open navigation menu|site search toggle|mobile menu toggle|search toggle
        investing|watchlist|livestream|skip navigation|key points
        an official website of the united states government|here s how you know
        key events|show key events only|show all updates|live updates|as it happened
        перейти к содержанию|перейти к основному содержанию|главная|на главную|trang chu
        본문 바로가기|홈|vai al contenuto|vai al contenuto principale|ir para o conteudo
        naar inhoud|ga naar inhoud|ga naar de inhoud|naar de inhoud|przejdz do tresci
        strona glowna|icerige gec|ana icerige gec|ana sayfa|salta al contenuto
        pular para o conteudo|ir para o conteudo principal|μεταβαση στο περιεχομενο
        till innehall|hoppa till innehall|ga till innehall|ga direkt till innehall
        ga til innhold|hopp til innhold|hopp til hovedinnhold|ga til indhold|spring til indhold
        ga til hovedindhold|siirry sisaltoon|hyppaa sisaltoon|prejit na obsah|preskocit na obsah
        ugras a tartalomra|sari la continut|preskoci na sadrzaj
        μεταβαση στο κυριο περιεχομενο|تخطي إلى المحتوى|انتقل إلى المحتوى|मुख्य सामग्री पर जाएं
        सामग्री पर जाएं
        exclusive|exclusif|exklusiv|exclusivo|exclusiva|esclusivo|esclusiva|exclusief
        tylko u nas|эксклюзив|ozel haber|حصري|एक्सक्लूसिव|αποκλειστικο
        cerca|accedi|abbonati|inicio|buscar|entrar|assine|entrarassine|zoeken|inloggen
        abonneren|szukaj|zaloguj sie|subskrybuj|меню|поиск|войти|подписаться
        перейти к содержимому|giris yap|abone ol|القائمة|بحث|الرئيسية|تسجيل الدخول|اشترك
        اشترك الآن|التخطي إلى المحتوى|होम|मेनू|खोजें|लॉग इन करें|सब्सक्राइब करें|αρχικη|μενου
        αναζητηση|συνδεση|συνδρομη
        local news|events|obituaries|about|about us|contact|contact us|careers|advertise
        advertise with us|site map|sitemap|site index|browse|archives|categories|recent posts
        back to top|previous|next|close|current issue|magazine|features|reviews|deals
        back to home|back to homepage|back to the homepage|back to the front page|back home
        return to the front page|return to homepage|return to home|zuruck zur startseite
        retour a l accueil|volver a la portada|volver al inicio|torna alla home
        previous entry|next entry|previous article|next article|previous story|next story
        older posts|newer posts|older post|newer post|older entries|newer entries|permalink
        best picks|how to|breaking news|live|jump to|on this page|contents
        table of contents|send a release|products|explore|sustainability|legal|investigations
        目次|目录|目錄|もくじ|首发于|首發於
        zum inhalt springen|direkt zum inhalt|startseite|nachrichten|wirtschaft|politik|kultur
        wetter|suche|anmelden|abmelden|registrieren|abonnieren|ressorts|panorama|wissen
        aller au contenu principal|aller au contenu|aller au menu|aller a la navigation
        passer au contenu principal|passer au contenu|passer au menu|passer a la navigation
        pular para o conteudo principal|pular para o conteudo|ir para o conteudo principal
        aller a la recherche|skip to footer|zur navigation|ir al menu
        accueil|actualites|recherche|se connecter
        s abonner|connexion|rubriques|services|planete|economie|societe|international
        politique|metropole|saltar al contenido|ir al contenido|portada|inicio|buscar
        iniciar sesion|registrate|secciones|deportes|economia|cultura|opinion
        internacional|hemeroteca|ultima hora|sociedad|首页|新闻|财经|科技|汽车|房产|教育|视频
        跳到主文|跳到主要内容|跳至主要内容|跳到正文|跳转到主要内容|跳过导航|登入|会员登入|更多
        相簿|相册|部落格|博客|留言|留言板|名片
        登录|注册|登录注册|一键登录|快速登录|立即登录|扫码登录|app下载|客户端|返回顶部|网站地图|搜索|频道|ホーム|トップ|ニュース
        到百度首页|百度首页|返回首页|回到首页|返回网站首页|网站首页|设为首页|设置首页|加入收藏
        検索|ログイン|会員登録|無料登録|メインコンテンツにスキップ|会員限定記事|ビジネス|テクノロジー
        有料会員登録|無料会員登録|有料会員|マイページ|ログアウト|新規登録
        メニュー|本文へ|本文へスキップ|閉じる|一覧|経済|政治|国際|社会
        メインコンテンツへ移動|本文へ移動|跳到主要内容区块|跳到主要内容区|即时|两岸|产经|证券|运动
        最新|新着|速報・新着|ヘッドライン|headlines|top headlines
        スポーツ|文化|科学|天気|速報|動画|ライフ|エンタメ|地域|暮らし|特集|オピニオン|連載
        国际|国内|社会|体育|娱乐|军事|健康|时政|要闻|评论|图片|专题|直播|滚动
        전체메뉴|전체 메뉴|전체 서비스|메뉴|검색|최신기사|최신뉴스|전체기사|정치|북한|경제|산업|사회
        전국|세계|국제|문화|건강|연예|스포츠|오피니언|사람들|라이프|뉴스|날씨|랭킹|신문보기|포토
        영상|사설|칼럼|과학|it 과학|생활 문화|로그인|로그아웃|회원가입|마이페이지|언론사별
        e paper|epaper|abo|schliessen|schließen|ingresar|suscribite|suscribirse|prihlasit
        e edition|abonnes|article content
        全部分类|アプリ
    """,
    "share": """
        share|share this|share this article|share this story|share this page|share article
        share on facebook|share on twitter|share on x|share on linkedin|share via email
        share to x|share to facebook|share to linkedin|share to whatsapp|facebook|twitter|x
        linkedin|whatsapp|email|e mail|email this|email this article|print|copy link|tweet
        copy link to clipboard|copy url|printer friendly version|printer friendly|print version
        postear
        print this article|print this story|print article
        reddit|pinterest|telegram|flipboard|threads|bluesky|mastodon|save|saved|save article
        viber|kakaotalk|kakao story|weibo|wechat|vkontakte|odnoklassniki|xing|tumblr
        sms|pocket|facebook logo|x logo|twitter logo|whatsapp logo|linkedin logo|pinterest logo
        はてブ|はてなブックマーク|shares
        telegram logo|email logo|e mail logo|flipboard logo|threads logo|bluesky logo|xing logo
        follow us on google news|follow us|follow us on|google news
        per e mail teilen|per mail teilen|per whatsapp teilen|vergroßern des bildes|bild vergroßern
        enlarge image|enlarge this image|view larger image|agrandir l image|ampliar imagen
        save for later|read later|listen|listen to this story|listen to this article|gift|watch
        gift this article|gift article|print this page|font size|text size|schriftgroße|teilen
        artikel teilen|taille du texte|tamano del texto|tamano de letra
        link kopieren|drucken|artikel vorlesen|vorlesen|merken|partager|envoyer par e mail
        copier le lien|offrir l article|lire plus tard|ecouter|imprimer|compartir|sauvegarder|mail
        reutiliser ce contenu|offrir cet article|ecouter cet article|artikel verschenken
        artikel anhoren|zur merkliste|merkliste|regalar articulo|regala este articulo
        share full article|reuse this content|reuse content|gift this story
        compartir en facebook|compartir en x|compartir en twitter|compartir en whatsapp
        compartir en linkedin|copiar enlace|enviar por correo|guardar|escuchar|分享|分享到
        微信|微博|qq空间|朋友圈|复制链接|打印|收藏|字号大中小|字级|字体大小|缩小字体|放大字体|保存
        用微信扫码二维码|微信扫码|微信好友|qq好友|人人|人人网|开心网|新浪微博|腾讯微博|豆瓣|百度搜藏|转寄朋友|打印文稿
        一键转发|转发|分享到朋友圈|共有|その他|シェア|シェアする|ツイート|印刷|列印|字级设定|字号设定|字体|听新闻|通知|見る
        ブックマーク|著者フォロー|フォロー|フォローする|保存|スクラップ|複製連結|メール|リンク|ポスト
        xでポスト|xでシェア|facebookでシェア|lineで送る|lineでシェア|urlをコピー|リンクをコピー|line|はてな
        小字号|大字号|中字号|大字体|小字体|中字体|大字體|小字體|この記事をスクラップする|スクラップ
        文字大小|字體大小|字型大小|字級大小|文字サイズ|文字の大きさ
        调整字体|字号|超大|标准|关闭|关闭窗口|打印本页|关注|加关注|关注他|关注她|关注作者|已关注
        微信扫一扫|扫一扫|使用小程序|在看|阅读原文|长按识别二维码|长按二维码关注
        press play to listen to this article|voiced by artificial intelligence
        save this story|story saved|close alert
        aa|a a a|sdilet|sdilet clanek|zdielat|zdielat clanok|udostepnij|udostepnij artykuł
        condividi|compartilhar|partilhar|delen|dela|del|jaa
        to se mi libi|lubie to|mi piace|curtir|like
        공유|공유하기|글자크기|글자크기조정|글자크기 설정|글자 크기 변경하기|인쇄|인쇄하기|스크랩
        sns 보내기|본문 요약봇|텍스트 음성 변환|텍스트 음성 변환 서비스 사용하기|기사 듣기
        음성으로 듣기|링크 복사|url 복사|카카오톡|페이스북|트위터|기사원문|추천|좋아요|훈훈해요
        슬퍼요|화나요|후속기사 원해요|기자 페이지|기자 구독|북마크|닫기
    """,
    "advertisement": """
        advertisement|advertisement scroll to continue|ad|ads|sponsored|sponsored content
        story continues below advertisement|scroll to continue|scroll to continue with content
        continue reading below|article continues below|story continues below
        report this ad|report ad|why this ad|ad feedback|close ad|hide ad|スポンサーリンク
        register now|register today|get tickets|get your tickets|buy tickets|book tickets
        weiterlesen nach der anzeige|artikel wird unter der anzeige fortgesetzt
        la suite apres cette publicite|la suite apres la publicite|sigue leyendo tras el anuncio
        promoted|paid content|partner content|anzeige|werbung|publicite|publicidad
        contenido patrocinado|广告|広告|pr|sponsored by|reklama|pubblicita|publicidade
        advertentie|annons|mainos|reklam|광고|ad 광고|광고 닫기|anuncio|publicite|quang cao|iklan
    """,
    "related": """
        related|related articles|related stories|related posts|related content|related news
        read more|read next|more stories|more news|you may also like|you might also like
        recommended|recommended for you|recommended stories|most popular|most read
        trending now|popular|also read|see also|further reading|more on this story
        don t miss|dont miss|click here to read more|click here for more|mehr lesen
        weiterlesen|lire la suite|sigue leyendo|seguir leyendo|leer mas|continuer la lecture
        more on this topic|top stories|editor s picks|mehr zum thema|weitere artikel
        meistgelesen|das konnte sie auch interessieren
        das konnte dich auch interessieren|lesen sie auch|auch interessant
        lire aussi|a lire aussi|les plus lus|sur le meme sujet|a lire egalement
        noticias relacionadas|lo mas visto|lo mas leido|te puede interesar|mas informacion
        te recomendamos|zum artikel
        mas noticias|相关阅读|相关新闻|热门推荐|推荐阅读|延伸阅读|猜你喜欢|热点新闻|関連記事
        延伸推荐|延伸 推荐|小编最近文章|作者最近文章|最近文章|作者其他文章
        您可能感兴趣的文章|你可能感兴趣的文章|可能感兴趣的文章|您可能感兴趣|你可能感兴趣
        可能感兴趣的话题|近期热点|you may be interested in|you might be interested in
        you may also be interested in
        为你推荐|为您推荐|猜您喜欢|精华推荐|精彩推荐|编辑推荐|今日推荐|大家都在看|热门搜索|热门视频
        最热文章|最新文章|最热|最热最新|阅读下一篇|下一篇阅读
        加载更多|加载更多新闻|查看全部|看更多|查看更多|阅读更多|更多新闻|推荐|相关|関連ニュース|おすすめ|ランキング|アクセスランキング|注目のニュース|人気記事|排行榜|热门文章
        also from this source|more news releases in similar topics
        in other news|what to read next|up next|more to explore|souvisejici|czytaj tez
        other people are reading|people are also reading|people also read|readers also read
        zobacz tez|leggi anche|leia tambem|veja tambem|lees ook|las ocksa|nejctenejsi
        najczesciej czytane|i piu letti|mais lidas
        관련 뉴스|관련뉴스|관련기사|관련 기사|많이 본 뉴스|많이 본 기사|가장 많이 본 뉴스
        지금 뜨는 기사|이시각 헤드라인|이 시각 주요뉴스|주요뉴스|추천 기사|인기 기사|인기기사
        실시간 뉴스|헤드라인|더보기|랭킹뉴스|오늘의 주요뉴스
        siehe auch|あわせてお読みください|あわせて読みたい|合わせて読みたい|こちらもおすすめ
    """,
    "newsletter": """
        newsletter|newsletters|sign up|subscribe to our newsletter|enter your email
        enter your email address|your email address|email address|sign up now|s inscrire
        inscrivez vous|je m inscris|newsletter abonnieren|jetzt abonnieren|suscribete
        suscribirse|boletin|订阅|メールマガジン|contact me with news and offers
        article reserve aux abonnes|reserve aux abonnes|subscriber only|subscribers only
        exclusivo para suscriptores|nur fur abonnenten|abo artikel
        구독|구독하기|뉴스레터|뉴스레터 구독|会員限定|会員限定記事|有料会員限定|贊助我們|赞助我们
        support now|support us|donate|donate now|make a donation|make a contribution
        contribute now|become a supporter|jetzt unterstutzen|faire un don|soutenez nous|donar
    """,
    "cookie": """
        cookies|cookie settings|cookie policy|accept cookies|accept all|reject all
        accept all cookies|manage cookies|manage preferences|we use cookies|cookie preferences
        cookie einstellungen|politique de cookies|politica de cookies|gestion des cookies
        privacy settings|datenschutzeinstellungen|accept|aceptar|aceptar todo|accepter
        tout accepter|akzeptieren|alle akzeptieren|zustimmen|einverstanden|我同意|同意
        同意する|同意して閉じる|wir brauchen ihre zustimmung|wir brauchen deine zustimmung
    """,
    "comments": """
        comments|comment|leave a reply|leave a comment|reply|cancel reply|leave a reply cancel reply
        discussion about this post
        post comment|add a comment|join the conversation|show comments|view comments
        comentarios|normas|ir a los comentarios|comentar|kommentare|kommentieren
        commentaires|reagir|commenter|评论|发表评论|网友评论|我要评论|コメント|like loading
        跟贴|跟帖|我的留言|留言|正在加载|请先说点什么|说点什么吧|按热度|按时间|最新评论
        发布评论|提交评论
        komentare|komentarze|commenti|comentarios|reacties|kommentarer
        like this|name|website|post navigation|previous post|next post
        댓글|댓글쓰기|댓글 보기|댓글 정책|새로고침
    """,
    "caption": """
        view photos|view photo|view gallery|view all photos|view slideshow|view image|photos
        open gallery|launch gallery|photo gallery|gallery|buy photo|buy this photo|buy a print
        full screen|fullscreen|enter full screen|exit full screen|autoplay|skip ad|caption
        写真・図版|写真|図版
        hide caption|show caption|toggle caption|enlarge|enlarge image|enlarge this image
        click to enlarge|expand image|zoom|close gallery|image|photo|bildergalerie|galerie
        bild vergrossern|vollbild|voir les photos|diaporama|agrandir|plein ecran|ver fotos
        galeria|ver galeria|ampliar|pantalla completa|ampliar imagen|查看大图|点击查看大图|图集
        高清大图|画像を拡大|写真を拡大|フォトギャラリー|全画面表示|すべての写真を見る|写真をすべて見る
    """,
    "bio": """
        about the author|about the authors|uber den autor|a propos de l auteur|sobre el autor
        about the reporter|author bio|zum autor|l auteur|el autor|作者简介|著者紹介
        o autorovi|o autorce|o autorze|sull autore|sobre o autor|over de auteur|om forfatteren
        プロフィール|筆者プロフィール|著者プロフィール|作者介绍|作者簡介
    """,
    "boilerplate": """
        copyright|all rights reserved|terms of use|terms of service|terms and conditions
        privacy policy|privacy|privacy notice|impressum|datenschutz|datenschutzerklarung
        barrierefreiheit|mentions legales|politique de confidentialite|aviso legal
        politica de privacidad|accessibility|for immediate release|media contact
        media contacts|contact information|forward looking statements|news provided by
        contribuer|reutiliser ce contenu|archivado en|tags|tagged|filed under|themen
        schlagworte|mots cles|etiquetas|标签|social links navigation|版权声明
        the end|特别声明|纠错|我要纠错|举报|舉報|投诉|投訴|記事に関する報告
        免责声明|法律声明|关于我们|联系我们|广告服务|隐私政策|隐私权政策|利用規約|プライバシーポリシー|会社概要
        お問い合わせ|our verdict|for|against|summary|key points|highlights|story highlights|in brief
        feedback|help|faq|rss|rss feed|app|apps|download the app|get the app|ヘルプ|帮助|幫助|도움말
        회사소개|광고문의|채용안내|고객센터|개인정보처리방침|개인정보 처리방침|이용약관
        청소년보호정책|저작권정책|제휴문의|기사제보|독자센터|기사 섹션 분류 안내|앱 설치
    """,
}


#: Stock phrases of news sites in Italian, Portuguese, Dutch, Polish, Russian,
#: Turkish, Arabic, Hindi and Greek, written as printed (``key`` and ``fold``
#: read them as they read the lines). ``_MORE_EXACT`` are whole lines;
#: ``_MORE_PREFIXES`` open a line ("Leggi anche: <headline>"); ``_MORE_ANYWHERE``
#: mark a short line wherever they stand in it.
_NEWS_EXACT: dict[str, tuple[str, ...]] = {
    # The buttons, links and prompts of German, French, Spanish and English news pages that
    # a copy puts on lines of their own: back-to-top links, bookmarks and read-aloud
    # buttons, "more in this section" boxes, paywall sign-ins, a consent box's placeholder
    # for an embedded post or video.
    "menu": (
        "zur startseite", "nach oben", "zum seitenanfang", "zurück zur übersicht",
        "mehr anzeigen", "haut de page", "voir plus", "volver arriba", "ver más", "show more",
    ),
    "related": (
        "mehr nachrichten", "verwandte artikel", "auch lesenswert", "top-themen",
        "dans la même rubrique", "también te puede interesar",
    ),
    "newsletter": (
        "schon abonnent? hier anmelden", "déjà abonné ? se connecter",
        "¿ya eres suscriptor? inicia sesión", "already a subscriber? sign in",
    ),
    "cookie": (  # a consent box in place of an embedded post or video
        "empfohlener redaktioneller inhalt", "externer inhalt", "inhalt laden",
        "contenu externe", "accepter et afficher", "contenido externo",
    ),
    "boilerplate": (
        "video abspielen", "karte anzeigen", "play video", "fehler melden", "播放影片", "播放视频",
    ),
    "advertisement": (
        "continue reading the main story",
        "dalszy ciąg artykułu pod materiałem wideo", "dalsza część artykułu pod materiałem wideo",
        "artikel wird unterhalb fortgesetzt", "a reportagem continua após o anúncio",
    ),
    "comments": ("load comments",),
    "share": (
        "artikel merken", "zur merkliste hinzufügen", "hören", "versenden",
        "ajouter à mes favoris", "écouter l'article", "escuchar noticia", "escuchar nota",
        "escuchar artículo", "escuchar este artículo", "escucha este artículo",
        "escucha esta noticia", "audio generado con ia", "audio generado con ia de google",
        "audio generado por ia", "ascolta questo articolo",
    ),
}  # fmt: skip
_MORE_EXACT: dict[str, tuple[str, ...]] = {
    "share": (
        "脸书", "臉書",
        "condividi questo articolo", "ascolta l'articolo", "compartilhe",
        "compartilhe esta notícia", "ouça este conteúdo", "ouça esta notícia",
        "deel dit artikel", "deel",
        "luister naar dit artikel", "udostępnij", "posłuchaj artykułu", "поделиться",
        "вконтакте", "одноклассники", "слушать статью", "paylaş", "haberi dinle",
        "شارك هذا المقال", "شارك", "فيسبوك", "إكس", "واتساب", "استمع إلى المقال", "शेयर करें",
        "फेसबुक", "एक्स", "व्हाट्सऐप", "यह लेख सुनें", "μοιραστείτε το άρθρο", "κοινοποίηση",
        "ακούστε το άρθρο", "dalīties", "dalintis", "jaga", "zdieľať", "сподели", "chia sẻ",
        "แชร์",
        # BBC Burmese's share box: "share this story", "about sharing", "close the share page",
        # "these external links open in a new page"
        "ဒီသတင်းကို ဝေမျှပါ။ ဝေမျှခြင်းအကြောင်း", "ဒီသတင်းကို ဝေမျှပါ။", "ဝေမျှခြင်းအကြောင်း",
        "မျှဝေသော စာမျက်နှာကို ပိတ်ရန်", "ဤပြင်ပလင့်များသည် စာမျက်နှာအသစ်တစ်ခုဖြင့် ပွင့်ပါမည်။",
        "ဒီလင့်ကို ကူးယူပါ",  # "copy this link"
        "sao chép liên kết", "sao chép link",  # Vietnamese: "copy the link"
        "ストック",  # Qiita's "stock" (bookmark) button
    ),
    "advertisement": (
        "реклама", "continua a leggere dopo la pubblicità", "continua após a publicidade",
        "het artikel gaat verder onder de advertentie", "dalsza część artykułu pod reklamą",
        "продолжение после рекламы", "haberin devamı", "إعلان", "विज्ञापन", "διαφήμιση",
        "η συνέχεια μετά τη διαφήμιση", "โฆษณา",
        "annonce", "annons", "annonse",  # Danish, Swedish, Norwegian
    ),
    "related": (
        "articoli correlati", "i più letti", "le più lette", "notícias relacionadas",
        "mais lidas", "meest gelezen", "meer over dit onderwerp", "powiązane artykuły",
        "najpopularniejsze", "материалы по теме", "самое читаемое", "самое популярное",
        "ilgili haberler", "en çok okunanlar", "çok okunanlar", "أخبار ذات صلة",
        "الأكثر قراءة", "संबंधित खबरें", "सबसे ज्यादा पढ़ी गईं", "सबसे लोकप्रिय",
        "σχετικά άρθρα", "τα πιο διαβασμένα", "δημοφιλή",
        # Burmese and Vietnamese: "top stories", "most read", "video news"
        "ထိပ်တန်း သတင်းများ", "အဖတ်အများဆုံး", "ဗီဒီယို သတင်းများ", "tin chính", "đọc nhiều nhất",
        "læs også", "les også", "läs också", "læs mere", "les mer",  # "read also", "more"
        "weitere informationen",  # hessenschau's box, closed by "Ende der weiteren Informationen"
    ),
    "newsletter": (
        "nieuwsbrief", "рассылка", "e-bülten", "النشرة البريدية", "न्यूज़लेटर",
        "indirizzo email", "digite seu e-mail", "e-mailadres", "adres e-mail", "ваш e-mail",
        "e-posta adresiniz", "البريد الإلكتروني", "अपना ईमेल पता डालें", "διεύθυνση email",
        "aanmelden", "abone ol", "εγγραφή", "quero receber", "zapisz się",
        "tilmeld", "tilmeld dig", "meld deg på", "prenumerera", "anmäl dig", "jetzt anmelden",
        "友だち追加", "友だち登録",  # the LINE account's "add as a friend"
        "want to read the rest of the story?",
    ),
    "comments": (
        "lascia un commento", "annulla risposta", "pubblica il commento", "rispondi",
        "deixe um comentário", "cancelar resposta", "publicar comentário", "responder",
        "geef een reactie", "reactie annuleren", "reactie plaatsen", "reageer",
        "dodaj komentarz", "anuluj pisanie odpowiedzi", "opublikuj komentarz", "odpowiedz",
        "добавить комментарий", "отменить ответ", "отправить комментарий", "ответить",
        "bir yanıt yazın", "yanıtı iptal et", "yorum gönder", "yanıtla", "اترك تعليقاً",
        "اترك تعليقا", "إلغاء الرد", "إرسال التعليق", "अपनी टिप्पणी लिखें", "जवाब रद्द करें",
        "टिप्पणी भेजें", "जवाब दें", "αφήστε μια απάντηση", "ακύρωση απάντησης",
        "δημοσίευση σχολίου", "komentāri", "komentarai", "kommentaarid", "komentáre",
        "коментари", "bình luận", "ý kiến bạn đọc", "ความคิดเห็น", "แสดงความคิดเห็น",
    ),
    "boilerplate": (
        "informativa sulla privacy", "política de privacidade", "privacyverklaring",
        "polityka prywatności", "политика конфиденциальности", "gizlilik politikası",
        "kvkk aydınlatma metni", "سياسة الخصوصية", "गोपनीयता नीति", "πολιτική απορρήτου",
        "όροι χρήσης",
        "continue reading",  # MSN's button under a copied story's first part
    ),
}  # fmt: skip
_MORE_PREFIXES: dict[str, tuple[str, ...]] = {
    "related": (
        "leggi anche", "potrebbe interessarti", "leia também", "saiba mais", "veja também",
        "lesen sie mehr:", "mirá también", "mira también",
        "lees ook", "bekijk ook", "czytaj także", "czytaj też", "zobacz też", "zobacz także",
        "читайте также", "по теме:", "ilgili haber", "اقرأ أيضا", "اقرأ أيضاً", "ذات صلة",
        "यह भी पढ़ें", "संबंधित खबर", "διαβάστε επίσης", "σχετικό άρθρο", "lasi arī",
        "saistītie raksti", "skaitykite taip pat", "susiję straipsniai", "loe ka",
        "seotud artiklid", "čítajte aj", "súvisiace články", "прочетете още", "свързани новини",
        "les også", "relaterte saker", "tin liên quan", "bài liên quan", "xem thêm", "đọc thêm",
        "เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "อ่านเพิ่มเติม",
        # Hungarian: "you may also be interested in", "we recommend this too", "related"
        "ez is érdekelheti", "ezt is ajánljuk", "kapcsolódó cikk", "kapcsolódó hír",
        # German portals' informal "du": "Mehr News aus Villach:"
        "mehr news aus",
    ),
    "newsletter": (
        "iscriviti alla", "cadastre-se", "receba as", "receba no seu", "schrijf je in",
        "ontvang onze", "zapisz się na", "подпишитесь на", "e-bültenimize", "اشترك في",
        "kövesse a", "iratkozzon fel",  # Hungarian: "follow … on Facebook", "subscribe"
        # "Du möchtest regelmäßig Informationen aus Villach erhalten?" / "Dann melde dich für
        # unseren Newsletter an." / "Hier geht's zum Newsletter"
        "du möchtest regelmäßig informationen", "dann melde dich für unseren newsletter",
        "hier geht's zum newsletter",
        "न्यूज़लेटर के लिए", "εγγραφείτε στο",
        # Thai: "support us", "transfer money" (a donation box's accounts)
        "ร่วมสนับสนุน", "โอนเงิน",
        # A donation or paywall box under the text: "Support PREMIUM TIMES' journalism …",
        # "Sostieni ilfattoquotidiano.it", "本文為會員限定文章", "已是會員？登入"
        "good journalism costs", "by contributing to", "sostieni ", "unterstützen sie ",
        "don't miss the most important news", "get them on our telegram channel",
        "unlock full access to", "suivez l'actualité de", "reageren is mogelijk met",
        "lees de reacties",
        # A paywall's offer where the text stops: "Cet article est réservé aux abonnés",
        # "Keep reading with a digital subscription", "Il vous reste 68% de l'article à lire."
        "cet article est réservé aux abonnés", "keep reading with a digital subscription",
        "get unlimited access to", "subscribe now for unlimited access",
        "vous avez atteint la limite d'articles gratuits", "profitez d'un accès illimité",
        "you can save this article by registering", "dieser artikel ist nur für abonnenten",
        # prompts to follow the site elsewhere: "Simak breaking news dan berita pilihan kami…",
        # "Track Latest News Live on NDTV.com…", "Get the latest news from across Greater
        # Manchester by signing up…", "For the latest news, weather, sports, and streaming video"
        "simak breaking news", "track latest news live on", "get the latest news from across",
        "for the latest news, weather", "recognizing that not everyone can afford",
        "remind me in",
        "soutenez ", "apoya el periodismo", "apoya a ", "本文為會員限定", "本文为会员限定",
        "已是會員", "已是会员", "訂閱天下", "解鎖全站", "解锁全站",
    ),
    "advertisement": (
        "ลงโฆษณากับ",  # Thai: "advertise with <the site>"
        "炒股就看金麒麟",  # Sina Finance's line over every story: its analysts' reports, an ad
    ),
    "share": (
        "tempo di lettura", "tempo de leitura", "leestijd", "czas czytania", "время чтения",
        "okuma süresi", "مدة القراءة", "पढ़ने का समय", "χρόνος ανάγνωσης", "seguici su",
        "siga a ", "siga o ", "volg ons", "obserwuj nas", "подписывайтесь на",
        "تابعونا", "हमें फॉलो करें", "ακολουθήστε μας", "ติดตามเรา",
    ),
    "boilerplate": (
        "argomenti:", "onderwerpen:", "tagi:", "теги:", "etiketler:", "الوسوم:", "टैग्स:",
        "ετικέτες:", "fonte:", "źródło:", "источник:", "kaynak:", "المصدر:", "स्रोत:", "πηγή:",
        "редактор:", "com informações d", "*com informações d", "(reportagem de", "(إعداد",
        "(एजेंसी इनपुट", "questo articolo ti è stato utile", "este conteúdo foi útil",
        "was dit artikel nuttig", "czy ten artykuł był pomocny", "была ли эта статья полезной",
        "bu haber faydalı oldu mu", "هل كان هذا المقال مفيد", "क्या यह लेख आपके लिए उपयोगी",
        "σας φάνηκε χρήσιμο", "hai una segnalazione", "tem uma sugestão", "heb je een tip",
        "masz ciekawy temat", "нашли опечатку", "haber ihbarlarınız", "found a typo",
        "spotted a typo", "found an error", "spotted an error", "report a typo", "report an error",
        "fehler gefunden", "signaler une erreur", "kļūda rakstā", "ziņot par kļūdu",
        "pokud jste v článku zaznamenali chybu", "našli ste chybu",
        # How to report one: "select the text and press ..." (the button's name, or Ctrl+Enter).
        "select the text and", "markieren sie den text", "sélectionnez le texte",
        "selecciona el texto", "iezīmējiet tekstu", "выделите текст", "выделите фрагмент",
        "označte text", "zaznacz tekst",
        # A comment policy's salutation; a blog's disclaimer; an imported story's source box
        "gentile lettore", "gli articoli dei blog sono scritti", "source de l article",
        # "Was this article helpful?" in more languages; an opinion page's disclaimer; the
        # BBC's note on embedded posts
        "cet article vous a été utile", "cet article vous a-t-il été utile",
        "war dieser artikel hilfreich", "¿te ha resultado útil", "te ha resultado útil",
        "bu içerik hakkında ne düşünüyorsun", "tento text je osobním názorem autora",
        "opinion columns reflect the views of", "the bbc is not responsible for the content",
        "end of twitter content", "end of x content", "skip twitter content",
        "las opiniones expresadas en esta columna",
        "article continues below this ad", "text ad:", "passer la publicité",
        "what have we missed? what do you think", "we want to hear your thoughts",
        # a gallery's links: "【画像をすべて見る】", "この記事の写真をすべて見る（3枚）"
        "【画像をすべて見る】", "この記事の写真をすべて見る", "画像をすべて見る",
        # A wire story's syndication note: "(Only the headline and picture of this report may
        # have been reworked by the Business Standard staff; …)", "Este contenido fue
        # publicado originalmente por la agencia EFE."
        "(only the headline and picture of this report", "only the headline and picture of",
        "este contenido fue publicado originalmente", "ce contenu a été publié initialement",
    ),
    "menu": (
        "bỏ qua tới nội dung", "chuyển đến nội dung chính",  # Vietnamese skip links
        "메뉴 바로가기", "본문 바로가기",  # Korean: "skip to the menu", "to the text"
    ),
}  # fmt: skip
_MORE_ANYWHERE: dict[str, tuple[str, ...]] = {
    "boilerplate": (
        "tutti i diritti riservati", "riproduzione riservata", "todos os direitos reservados",
        "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены",
        "tüm hakları saklıdır", "جميع الحقوق محفوظة", "सर्वाधिकार सुरक्षित",
        "με την επιφύλαξη παντός δικαιώματος", "ссылка обязательна",
        "仅提供信息存储服务", "only provides information storage services", "如有侵权",
    ),
    "newsletter": (
        "nella tua casella", "no seu e-mail", "in je mailbox", "na twoją skrzynkę",
        "на вашу почту", "e-posta kutunuzda", "e-postanıza", "على بريدك الإلكتروني",
        "आपके ईमेल पर", "στο email σας",
        "メールでお知らせします",  # "…the author you follow publishes, we tell you by e-mail"
        "nyhedsbrev", "nyhetsbrev",  # "Få Ingeniørens nyhedsbrev om energi"
        "のニュースをlineで", "友だち登録で",  # "静岡新聞のニュースをLINEで"
        "ร่วมสนับสนุนเรา",  # Thai: "support us", closing a donation appeal
    ),
    "comments": (
        "il tuo indirizzo email non sarà pubblicato", "endereço de e-mail não será publicado",
        "je e-mailadres wordt niet gepubliceerd", "adres e-mail nie zostanie opublikowany",
        "адрес email не будет опубликован", "e-posta adresiniz yayınlanmayacak",
        "لن يتم نشر عنوان بريدك الإلكتروني", "ईमेल पता प्रकाशित नहीं किया जाएगा",
        "διεύθυνση σας δεν δημοσιεύεται",
        # the comment section's disclaimer: "the opinions expressed below do not ..."
        "الآراء الواردة أدناه", "le opinioni espresse nei commenti",
    ),
    "share": ("takip edin",),
    # "請繼續下滑閱讀": a marker over the ad slot in the middle of a story (CNA's)
    "advertisement": ("請繼續下滑閱讀", "请继续下滑阅读"),
    # "Taylor Dobbs can be reached at taylor.dobbs@globe.com.": the writer's contact line
    "bio": ("can be reached at", "can be reached by email", "can be contacted at"),
}  # fmt: skip


#: Keys of words the "comments" lexicon holds because comment forms show them
#: ("Name", "Website", "Reply", "Like this"): on their own, a table's column
#: or a button as often as a comment section.
COMMENT_FORM_KEYS = frozenset({"name", "website", "reply", "email", "likethis", "like"})


#: Short Chinese or Japanese words spaced in a row, as a toolbar's links copy
#: (a word may end in Latin letters: "新浪财经APP").
_CJK_ROW = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff]{2,6}[A-Za-z]{0,4}"
    r"(?:[ \t\u3000]+[\u3040-\u30ff\u4e00-\u9fff]{2,6}[A-Za-z]{0,4})+"
)
#: A topic's name and its follow button: "能登半島地震 フォローする" (Nikkei), and with its
#: count, "能登半島地震 2345本の記事 フォローする".
_FOLLOW_TOPIC = re.compile(r"^[^\s。、]{1,20}(?:\s+[^\s。、]{1,12})?\s+(?:フォローする|フォロー)$")
#: "📲 Participe do canal do g1 SP no WhatsApp", "Join our WhatsApp channel": the site's
#: channel on a messenger, when no other entry names the line first; with its promise, "Unite
#: al canal de Última Hora en WhatsApp y recibí las noticias más importantes del día."
_MESSENGER_CHANNEL = re.compile(
    r"^\W{0,3}(?:participe|siga|entre|únete|unete|unite|sigue|join)\b.{0,40}\b(?:canal|channel)\b"
    r".{0,30}\b(?:whatsapp|telegram)(?:\W{0,3}|\s(?:y|e|and|et|und)\s.{0,60})$",
    re.IGNORECASE,
)
#: A search box's hint: "请输入你要查询的关键字", "输入要查找的新闻标题或关键字",
#: "请输入要搜索的内容".
#: A teaser's label glued to the headline it links to: "Lire aussiPêche illégale …".
_GLUED_READ_ALSO = re.compile(
    r"(?:lire aussi|à lire aussi|a lire aussi|read more|read also|see also|lesen sie auch"
    r"|mehr zum thema"
    r"|lee también|leer más|leia também|leggi anche|czytaj także|czytaj też|lees ook)"
    r"(?=[A-ZÀ-ÝŁŚŻ][a-zà-ÿłśżźćńóęą])",
    re.IGNORECASE,
)
_SEARCH_HINT = re.compile(r"^(?:请)?输入.{0,14}(?:关键字|关键词|搜索的内容|搜索内容)$")
_FONT_SIZER = re.compile(r"^\W{0,2}(?:字号|字体|字號|字體|字级|字級)\s*[：:]")
_FONT_SIZER_CHARS = 60
#: A network's name in any language, then the site's page there: "Twitter https://twitter.com/x".
_PROFILE_LINK = re.compile(
    r"(?:\S+\s+){0,2}\S*?\s*[:：=]?\s*(?:https?://)?(?:www\.)?(?:fb\.me|facebook\.com|twitter\.com"
    r"|x\.com|instagram\.com|youtube\.com|t\.me|line\.me|tiktok\.com|linkedin\.com|weibo\.com"
    r"|vk\.com|threads\.net|bsky\.app)/\S+",
    re.IGNORECASE,
)
_PROFILE_LINE = 100
_NETWORKS = re.compile(
    r"^(?:(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|pinterest|reddit|telegram|print"
    r"|messenger|flipboard|copy link|vk|weibo|wechat|line|digg|delicious|mixx|myspace"
    r"|stumbleupon|tumblr|buzz|google\+|bluesky|threads|mastodon|xing|renren|人人|qzone"
    r"|sina weibo|douban)\s*[|·•,/]?\s*){2,}$",
    re.IGNORECASE,
)


#: Traditional Chinese characters of furniture words, and their simplified
#: forms: Taiwan's and Hong Kong's sites print "相關文章" and "跳到主文" where
#: the mainland's print "相关文章". Lines and phrases are compared in simplified
#: form, patterns included, so one phrase serves both (Japanese lines go
#: through the same table on both sides, so their phrases still meet).
_TRADITIONAL = (
    "級護於頁聞財經車產視頻錄註冊載頂網圖國際內會體娛樂軍時評論專題滾動廣關閱讀熱門薦歡點發"
    "訂複製鏈號簡標籤權聲責編輯來間報導連結聯繫們務類記尋設員戶覽單個傳訊電話請與為這"
    "說選擇舉隱條範區裡價買賣讚藝術氣醫療環濟歷數據統計業資運開閉幫優縮頭瀏捲貼紹錢線"
    "對應擊紙書顯隨機將從後進閒轉觀雜誌週縣鄉鎮灣陸兩齊屬歸檔舊寫錯誤臉愛聽習學師農廳"
    "衛針鋼鐵銀險證稅貿購遊戲劇畫攝鏡寵實驗測壇問討組織簽約總黨議閣長參眾憲憂慮風災難"
    "預溫濕颱雲霧獎賽隊籃羅馬鳥魚龍雞豬飛場鐘錶燈戰爭槍彈殺傷亂禍獲勝敗負僅萬億兒壓遞"
    "還邊離過達遠適遲遷違遺醜釋鋪鍵閃闆陣陰陽隻雙雖靜響頓顏願飯飲館驚髮鬥麥黃齡塊"
)
_SIMPLIFIED = (
    "级护于页闻财经车产视频录注册载顶网图国际内会体娱乐军时评论专题滚动广关阅读热门荐欢点发"
    "订复制链号简标签权声责编辑来间报导连结联系们务类记寻设员户览单个传讯电话请与为这"
    "说选择举隐条范区里价买卖赞艺术气医疗环济历数据统计业资运开闭帮优缩头浏卷贴绍钱线"
    "对应击纸书显随机将从后进闲转观杂志周县乡镇湾陆两齐属归档旧写错误脸爱听习学师农厅"
    "卫针钢铁银险证税贸购游戏剧画摄镜宠实验测坛问讨组织签约总党议阁长参众宪忧虑风灾难"
    "预温湿台云雾奖赛队篮罗马鸟鱼龙鸡猪飞场钟表灯战争枪弹杀伤乱祸获胜败负仅万亿儿压递"
    "还边离过达远适迟迁违遗丑释铺键闪板阵阴阳只双虽静响顿颜愿饭饮馆惊发斗麦黄龄块"
)
_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


def key(text: str) -> str:
    """The comparison key of a line: folded, letters and digits only, no trailing count."""
    folded = _simplified(fold(text))
    compact = re.sub(r"[\W_]+", "", folded)
    return re.sub(r"(?<=\D)\d{1,6}$", "", compact)


def _simplified(text: str) -> str:
    return text if text.isascii() else text.translate(_TO_SIMPLIFIED)


def _build_table(reasons: Iterable[str]) -> dict[str, str]:
    """Each phrase's key -> the first of ``reasons`` that files it."""
    table: dict[str, str] = {}
    for reason in reasons:
        for phrase in re.split(r"[|\n]", _PHRASES[reason]):
            if phrase.strip():
                table.setdefault(key(phrase), reason)
    return table


EXACT: dict[str, str] = _build_table(_PHRASES)
for _reason, _phrases in [*_NEWS_EXACT.items(), *_MORE_EXACT.items()]:
    for _phrase in _phrases:
        EXACT.setdefault(key(_phrase), _reason)


def _folded_alternatives(phrases: Iterable[str]) -> str:
    """Phrases as ``lexicon_reason`` folds a line, as one alternation."""
    return "|".join(re.escape(re.sub(r"[’'`´‐-]", " ", _simplified(fold(p)))) for p in phrases)


#: The phrases that name a section after an article, under that section's
#: reason even where ``EXACT`` files the same words first as something else:
#: "评论" is a menu's "Opinion" and, as a heading under a story, its comments.
SECTION_NAMES: dict[str, str] = _build_table(("comments", "related", "bio"))

#: The editor in charge's line, which signs off a Chinese news article
#: ("责任编辑：张申", "（责编：刘响）", "+ 责任编辑: 刘响" as a list item, "责编|陈梦莹").
EDITOR_IN_CHARGE = re.compile(
    r"^(?:\W{0,3}(?:我要)?纠错\W{0,3}\s*)?"  # Xinhua's "【纠错】 【责任编辑:张樵苏 】"
    r"\W{0,3}(?:责任编辑|責任編輯|责编|責編)\s*[:：|丨｜]"
)


def without_badge(title: str) -> str:
    """A Chinese headline without the "原创" (original) badge a site sets before it."""
    return GLUED_BADGE.sub("", title)


#: "原创" glued before a Chinese headline: Toutiao's and WeChat's badge, no word of it.
GLUED_BADGE = re.compile(r"^原创\s*(?=[\u4e00-\u9fff“「《【][^\n]{11,}$)")


#: A republished story's note of its original headline: "(原标题：…)", "本文原标题:《…》",
#: "(原题为《…》)"; the headline, not the text.
_ORIGINAL_TITLE = r"\W{0,2}(?:本文)?原(?:标题|题)(?:为|是)?\s*[：:《]"
ORIGINAL_TITLE = re.compile(_ORIGINAL_TITLE)

#: A comment section's rules over it: comments are read before they are published.
_COMMENT_POLICY = re.compile(
    r"التعليقات قبل نشرها|review (?:all )?comments before (?:they are )?(?:publish|post)"
    r"|^(?:all )?comments are (?:pre-?)?moderated\b"
)

#: A note that opens a comment section: the comments are their writers' views.
COMMENT_NOTICE = (
    r"(?:网友评论仅|评论仅代表|网友评论只代表|comments are (?:solely )?the (?:views|opinions) of)"
)

# Phrases that open a boilerplate line (matched on the folded line, with spaces).
_PREFIXES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(_simplified(pattern)))
    for reason, pattern in (
        (
            "related",
            r"^(?:lire aussi|a lire aussi|lisez aussi|lire egalement|read more|read also|see also"
            r"|related(?!\s+(?:to|with|by|in)\s+(?!this\b))"  # (not "Related to each other: …")
            r"|more from"
            r"|mehr zum thema|mehr aus|lesen sie auch|noticias relacionadas|lee tambien|leer mas"
            r"|more on |also from|recommended|most popular|check out more|more articles (?:on|from)"
            r"|also read|more must reads?|must reads?(?=\s*(?:from\b|:|$))"
            r"|(?:tambien )?(?:le|te) puede interesar|puede interesarte|a voir egalement"
            r"|a voir aussi|voir aussi"
            r"|lee aqui(?=\s*:)"  # Excélsior's "LEE AQUÍ: <headline>"
            r"|lea (?:tambien|mas)"  # Heraldo's "Lea también: <headline>"
            r"|baca juga|lihat juga"  # Indonesian and Malay: "Baca juga: <headline>"
            r"|lee mas(?=\s*[|:])"  # Mongabay Latam's "Lee más | <headline>"
            # "[See also: …]" (New Statesman), "MORE: …" (Maclean's), "Te recomendamos: …",
            # "📱 Veja mais notícias da região no g1 …"
            r"|\[\s*see also|more(?=\s*:\s*\S)|te recomendamos(?=\s*:)|\W{0,3}veja mais noticias"
            r"|read(?=\s*:\s*\S)"  # The Atlantic's and the Bangkok Post's "Read: <headline>"
            r")\b"
            # A shop's link between paragraphs: "ADD TO CART: US$25 Gift Card", "VIEW PRICE: ...".
            r"|(?:add to cart|view price|check price|see price|buy now|shop now|view deal|see deal"
            r"|get deal|mehr)\s*:"  # (and Handelsblatt's closing teaser: "Mehr: Wie …")
            # A video's box between paragraphs: "WATCH | Riders describe their commutes:",
            # then its length, "Duration 2:07" (CBC's).
            r"|watch\s*\|\s|duration\s+\d{1,2}:\d{2}$"
            # No word boundary after Chinese or Japanese words, so the whole label:
            # "相关部门表示" (the department concerned said) opens many a sentence.
            r"|(?:相关(?:阅读|新闻|文章|报道|链接|推荐|专题|资讯)|推荐(?:阅读|文章|新闻)|延伸阅读"
            r"|【?関連(?:記事|ニュース|リンク|情報)|【(?:図解|写真|動画|関連)】|点击(?:进入|查看更多|阅读更多)"
            r"|(?:媒体报道|相关事件)[:：]?$)"  # a topic page's list of the outlets' stories
            # "此前报道：<headline>": a link to the story's earlier reports ("此前报道称，..."
            # opens a sentence of the text).
            r"|(?:此前|往期|前期|更多)(?:报道|回顾)[:：].{0,40}$"
            r"|.{0,40}?(?:ランキング|排行)",
        ),
        (
            "share",
            r"^(?:share (?:on|to|via|this)|compartir en|partager sur|teilen auf|分享"
            r"|lecture (?:en )?:?\s?\d+ ?min\b|\d+ min(?:utes)? de lecture$"  # "Lecture en 4 min."
            # an audio player's speed, "1x" (not its clock: a table's cells are times too)
            r"|[012](?:[.,]\d+)?x$"
            r"|listen to this (?:article|story)\b|artikel (?:anhoren|vorlesen)\b"
            r"|pic\.twitter\.com/"
            r"|(?:请|欢迎)?(?:扫码)?关注.{0,24}公众号"  # "请关注“电子技术设计微信公众号”"
            r"|follow (?:us|@?[\w.]+) on (?:x|twitter|facebook|instagram|linkedin|threads|bluesky"
            r"|mastodon|tiktok|youtube|whatsapp|telegram)\b"
            r"|follow (?:[^\s,.;:!?]+ ){0,4}[^\s,.;:!?]+$"  # "Follow The Riverside Courier"
            # "Síguenos en Twitter", "Suivez-nous sur Facebook", "Folgen Sie uns auf Instagram",
            # "Sigue toda la información de Cinco Días en Facebook, X y Linkedin"
            r"|(?:siguenos|suivez nous|folgen sie uns|seguici) (?:en|sur|auf|su) "
            r"(?:x|twitter|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|whatsapp)\b"
            r"|sigue toda la informacion de .{2,40} en (?:facebook|twitter|x|linkedin|whatsapp)\b"
            # "¿Ya conoces nuestro canal de YouTube?", "Rejoignez notre channel WhatsApp …",
            # "Join our WhatsApp channel": the site's channel on a network
            r"|¿?ya conoces nuestro canal de (?:youtube|whatsapp|telegram|tiktok)\b"
            r"|(?:rejoignez|join|unete a) (?:notre|our|nuestro) (?:nouveau |new |nuevo )?"
            r"(?:channel|chaine|canal|group|groupe|grupo) (?:de )?(?:whatsapp|telegram|youtube)\b"
            r"|(?:rejoignez|join) (?:notre|our) (?:nouveau |new )?(?:whatsapp|telegram) "
            r"(?:channel|chaine|canal|group)\b"
            r"|この記事をシェア|記事をシェア|このページをシェア|シェアする"
            # A rating widget and a view counter: "Currently rated 3 out of 5", "Rate this
            # article", "Actualmente puntuada con 1 estrella(s) sobre 5", "Visto 314 veces".
            r"|currently rated|rate this (?:article|story|post)\b|actualmente puntuada"
            r"|puntualo \d|puntuar\s*:?$|valorar\s*:?$|artikel bewerten|noter cet article"
            r"|(?:viewed|visto|vu|gelesen) \d[\d.,]* (?:times|veces|fois|mal)$"
            r"|看都看完了|长按(?:识别)?二维码|微信扫一扫"
            # A rating and tipping box: "文章价值打分", "当前文章打分18 分，共有5人打分",
            # "文章很值，打赏犒劳作者一下", "- 0人已打赏 -".
            r"|文章价值打分|当前文章打分|文章观点支持|.{0,12}打赏犒劳|\W*\d+\s*人已打赏)",
        ),
        (
            "newsletter",
            r"^(?:sign up for|sign up to|subscribe to|get the .{1,40}newsletter"
            r"|subscribe for|abonnez vous|abonnieren sie|suscribete a|recevez|inscrivez vous"
            r"|by signing up|by submitting your|by subscribing|join our mailing"
            r"|recevoir la newsletter|get (?:the|our) .{1,40}newsletter|unlock (?:the|our) .{1,40}"
            r"for free$|download (?:our|the) (?:\w+ )?app\b"
            r"|get our newsletter|newsletter abonnieren"
            # an author's follow buttons: "Become a Fan Get Email Alerts from this Reporter"
            r"|become a fan\b|follow this (?:reporter|author|writer)\b"
            r"|get (?:e-?mail )?alerts (?:from|for|on) this (?:reporter|author|writer)"
            # "订阅硬氪，第一时间获取硬科技报道": subscribe to a channel, get its news at once
            r"|(?:订阅|关注)\S{1,12}[，,]\s*第一时间"
            # a sign-up box's lines: "Please enter a valid email address.", "Please select
            # your desired newsletters…", "Unser Ebersberg-Newsletter informiert Sie …"
            r"|please (?:enter|provide) a valid e ?mail|please select your (?:desired )?newsletters"
            r"|unser .{1,30}newsletter informiert"
            # A Japanese paywall's length notes: "有料記事 1642文字", "残り 538文字"
            r"|(?:有料記事|会員限定記事)\s*\d[\d,]*\s*文字$|残り\s*\d[\d,]*\s*文字"
            r"(?:\s*[（(]全文\s*\d[\d,]*\s*文字[)）])?$)",
        ),
        (
            "comments",
            r"^(?:\d+\s*(?:comments?|thoughts? on|responses? to|replies)\b"
            r"|comments? \(\d+\)|view comments|click to view comments|show comments"
            # "Réactions (47)": L'Équipe's comments, and their count in other languages
            r"|(?:reactions?|reaktionen|reacties|commentaires?|kommentare|comentarios|commenti)"
            r"\s*\(\d+\)"
            r"|\d+ (?:commentaires?|kommentare|comentarios)|jump to comments"
            r"|\d+\s*(?:跟贴|跟帖|条评论|人参与)|(?:热门|最新|全部|精彩)评论|"
            + COMMENT_NOTICE
            + ")",
        ),
        (
            "advertisement",
            r"^(?:advertisement|anzeige|publicidad|publicite|sponsored|skip advertisement)\b",
        ),
        # A portal's top bar copied as one line, a name glued on: "百度首页登录月落_长安".
        (
            "menu",
            r"^(?:到)?百度首页(?=登录|注册|\s|$)|^(?:网站)?首页\s*(?:登录|注册)|^登录\s*注册"
            r"|^登录\S{0,16}$"
            # The pager to the neighbouring articles: "上一篇：<headline>", "【下一篇】<headline>",
            # "Previous article: <headline>"; a swipe hint naming both ("向右滑动：上一篇 …").
            r"|^[【\[（(]?\s*(?:上一?篇|下一?篇|上一条|下一条)(?:文章|新闻)?\s*(?:[：:】\]）)]|$)"
            r"|^(?:previous|next) (?:article|post|story|entry)\s*:"
            # An account box's title: "Sign in to your CNN account", "Log in to your account".
            r"|^(?:sign|log) in to (?:your|my)\b.{0,30}\baccount$"
            r"|.{0,20}上一篇.{0,20}下一篇"
            # Hashtags alone on a line, two or more: "#天文航天#月球#中国航天 #嫦娥五号".
            r"|^(?:#[^#\s]{1,16}#?\s*){2,}$"
            # A breadcrumb with its label: "当前位置：首页 > 社会", "Sie sind hier: Startseite"
            r"|^(?:当前位置|您的位置|你的位置|您现在的位置|當前位置|目前位置|現在位置|現在地"
            r"|sie sind hier|vous etes ici|you are here|usted esta aqui)\s*[:：]",
        ),
        (
            "boilerplate",
            r"^(?:©|\(c\)|copyright\b|all rights reserved"
            r"|posted in |tagged |filed under|categories:|tags:|themen:|schlagworte:|archivado en"
            r"|this (?:article|story) (?:appeared|was first published|first appeared"
            r"|originally appeared|was originally published|is republished from"
            r"|is more than \d+ (?:years?|months?) old)"  # the Guardian's notice on old stories
            r"|click (?:here|the link|this link) (?:to|for)\b"
            r"|was this (?:article|page|story|information) (?:helpful|useful)\b"
            r"|a version of this (?:article|story) appear|our standards:|acquire licensing"
            r"|all quotes delayed|se adhiere a los criterios|codigo etico"
            r"|this press release contains|have a (?:confidential |news )?tip\b"
            r"|heb (?:jij|je) (?:een )?tip\b"  # Omroep Brabant's "Heb jij een tip …? Mail naar …"
            r"|by[lł][ae]s swiadkiem"  # TVN24's "Byłeś świadkiem? Wyślij nam zdjęcia …"
            r"|why you can trust\b|submit a letter to the editor"  # Sky's and Wired's notes
            r"|write to .{2,60} at \S+@\S+|appeared in the .{0,40}print edition"
            r"|when you purchase through|when you buy through|we may earn|版权|责任编辑|責任編集"
            r"|本文版权|本文著作权"  # "本文版权归作者所有，欢迎转载，…" (cnblogs)
            r"|this article appears in the .{0,40}\bissue of"  # the magazine's print issue
            r"|emner:|ämnen:|emneord:"  # Danish and Swedish tags: "Emner: Fjernvarme …"
            # A Japanese ministry's contacts and feedback form: "代表：03-3502-8111（内線4845）",
            # "ダイヤルイン：03-6744-2114", "このページに関するご意見をお聞かせください"
            r"|(?:代表|ダイヤルイン|直通|fax)\s*[:：]\s*[\d(（]|このページに関するご意見"
            r"|質問\s*\d\s*[:：]\s*このページ"
            r"|编辑：|[（(【](?:责任编辑|编辑|责编)[：:]|[（(]完[）)]"
            r"|proudly powered by|powered by wordpress"
            # Chinese credits under the text: written by, "this article comes from", the
            # sources, "source: the web", a link back to the portal's home.
            r"|采写[：:]|[（(]?本文来自|[（(]资料来源[：:]|来源[：:]\s*网络$|返回\S{0,8}首页"
            # "信息来源于网络", "图片来自网络", "经过文刃重新编排": taken from the web, re-edited
            r"|(?:信息|内容|文章|图文|图片|素材|资料)?(?:来源于|来自于?|源于|源自)(?:网络|互联网)\W*$"
            r"|(?:经过?|由)\S{1,12}重新(?:编排|整理|编辑)\W*$"
            # "信息来源: 中国空间技术研究院、…", "稿件来源：新华社": whose story it is (a bare
            # "来源：…" is the header's, read with the date line it stands by)
            r"|(?:信息|稿件|文章|新闻|内容|消息)来源\s*[:：]\s*[^。！？!?\d]{2,40}$"
            r"|dieses thema im programm"
            r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"  # a reporter's address alone, closing the text
            r"|本文来源|转载请注明|关键词\s*(?:>>|[：:])|\s*[\u4e00-\u9fff]{2,10}(?:app|客户端)$"
            r"|" + _ORIGINAL_TITLE + r"|(?:notice: )?the content above \(including"
            r"|(?:责编|校对|审核|审校|监制|统筹)\s*[：:|丨｜]"
            r"|(?:编辑|来源)\s*[|丨｜]|扫描(?:下方)?二维码|(?:\d+[、.．]\s*)?回复[【「“]|点击菜单栏|(?:特别|免责)?声明[：:]|本文为.{0,30}(?:上传并发布|观点)"
            r"|.{0,40}仅代表.{0,20}(?:观点|看法|立场).{0,6}不代表"
            r"|本文为.{0,30}原创.{0,20}转载"  # "本文为极客公园原创文章，转载请联系…"
            # An opinion page's disclaimer: "The views expressed in this opinion article are
            # the author's…", "Gastkommentare geben ausschließlich die Meinung … wieder."
            r"|(?:the )?(?:views|opinions) expressed (?:in this|here)\b|gastkommentare geben"
            r"|las opiniones expresadas en este espacio|les opinions exprimees"
            # Rappler's notes: "This is AI generated summarization, which may have errors.",
            # its mood meter "How does this make you feel?"; Metro's "Get in touch with our
            # news team…", "For more stories like this, check our news page."
            r"|this is ai generated summari[sz]ation"
            r"|how does this (?:story |article )?make you feel"
            r"|get in touch with our news team|for more stories like this)",
        ),
        (
            "share",
            r"^(?:\d+\s*min(?:ute)?s?\.? read|temps de lecture|lesezeit|tiempo de lectura"
            r"|reading time|read time|tempo de leitura|tempo di lettura|leestijd|czas czytania"
            r"|阅读时间|読了時間|\d+\s*min(?:ute)?s?\.?$"
            r"|(?:阅读约?|阅读|閱讀約?|约|約)\s*\d+\s*(?:分钟|分鐘)$)",  # "阅读约 9 分钟"
        ),
        (
            "caption",
            r"^(?:wait \d+ seconds? to continue|\d+ of \d+ (?:photos|images)$)"
            # The BBC's labels for screen readers, copied with the picture's text:
            # "Image caption, The tree fell on Hillsborough Road", "Image source, PSNI"
            r"|^(?:image|media) (?:caption|source),\s*\S"
            r"|^click to play video\b"  # Global News: "Click to play video: '<its title>'"
            # An embedded video's caption, or a video teaser's link: "视频-陈同佳出狱 鞠躬说…"
            # (folded, the dash is a space), "视频|网友纷纷祝袁隆平长命超百岁".
            r"|视频(?:\s*[|｜：:]\s*|\s+)\S.{0,40}$",
        ),
        *((reason, "^(?:" + _folded_alternatives(p) + ")") for reason, p in _MORE_PREFIXES.items()),
        # "Support PREMIUM TIMES' journalism of integrity", "Support our journalism": a pitch
        ("newsletter", r"^support (?:\S+\s+){0,3}(?:journalism|reporting)\b"),
        # "Il vous reste 68% de l'article à lire.": Le Monde's paywall
        ("newsletter", r"^il vous reste \d+\s*% de l.article"),
        (
            "comments",
            r"^\d+ (?:commenti|comentarios|reacties|komentarzy|комментари\w*|yorum|تعليق\w*"
            r"|टिप्पणियां|σχολια)\b",
        ),
        (
            "cookie",
            r"^(?:we use cookies|this (?:site|website) uses cookies|by continuing to browse"
            r"|nous utilisons des cookies|wir verwenden cookies|utilizamos cookies"
            r"|cookies on |(?:accept|reject|view|manage|allow|decline)"
            r"(?: all| additional| optional| essential)? cookies$"
            # An embedded post's consent box: "I agree that external content is shown to
            # me"; "here you find external content that completes the article".
            r"|ich bin damit einverstanden, dass mir (?:externe )?inhalte"
            r"|an dieser stelle finden sie (?:einen )?externen inhalt"
            # a consent dialog's heading: "Datenschutz bei SPIEGEL", "Your privacy at …"
            r"|datenschutz (?:bei|auf) \S.{0,30}$|your privacy (?:at|on) \S.{0,30}$)",
        ),
    )
)
_ITEM_MARK = re.compile(r"^\s*[•·▪●◦‣∙*+–—]\s+")  # ("– Leggi anche: …", Il Post's teaser)
_LICENCE = re.compile(
    r"^(?:except (?:as|where) otherwise noted|unless otherwise (?:noted|stated|indicated)),"
    r".{0,200}\blicen[cs]e"
)
#: The site's own terms, in its own voice: "By submitting you agree to our Terms of Service",
#: "Contributors agree to our Terms of Service and are responsible for …".
#: A sign-up form's fine print: "By signing up, you acknowledge and agree to our
#: Privacy Policy…", "This site is protected by reCAPTCHA and the Google…".
_FINE_PRINT = re.compile(
    r"^by (?:signing up|subscribing|(?:entering|submitting) your email)\b[^.]{0,40}"
    r"\byou (?:acknowledge|agree|consent)|protected by recaptcha\b"
    r"|vous permet d offrir|gift (?:up to )?\d+ articles"  # a subscription's gift notice
    # "Vos données sont traitées par … pour vous adresser la newsletter. Vous pouvez vous
    # désinscrire à tout moment."
    r"|\b(?:vous pouvez vous desinscrire|you (?:can|may) unsubscribe) (?:a|at) "
    r"(?:tout moment|any time)"
    r"|\bsie konnen sich jederzeit (?:wieder )?abmelden|\bpuedes darte de baja en cualquier"
    # National World's box: "Did you know with a Digital Subscription to The Yorkshire Post,
    # you can get unlimited access to the website including our premium content, …"
    r"|\bwith a digital subscription to\b.{0,60}\bunlimited access\b"
)
#: An affiliate disclosure, however long: "Vox Media has affiliate partnerships. … may earn
#: commissions for products purchased via affiliate links", "… erhalten wir ggf. eine Provision".
_DISCLOSURE = re.compile(
    r"\bhas affiliate partnerships\b"
    r"|\bthis (?:post|article|page) (?:contains|may contain) affiliate"
    r"|\b(?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?commissions? "
    r"(?:for|from|on|when|if)\b.{0,60}\b(?:links?|purchases?|products?|buy|sales)\b"
    r"|\b(?:erhalten|bekommen) wir\b.{0,30}\bprovision\b"
    r"|\b(?:percevoir|toucher|recevoir) une (?:petite )?commission\b"
    r"|\b(?:recibir|obtener|ganar) una (?:peque[nñ]a )?comision\b"
    # Advance Local's footer: "If you purchase a product … through a link on our site, we may
    # receive compensation."
    r"|\bthrough a link on (?:our|this) site,? we may (?:receive|earn)\b"
    # "PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。…"
    r"|adobe acrobat reader"
)
#: A consent banner's opening: "Wir und unsere Partner verwenden Cookies…", "We and our
#: partners use cookies…", "Nous et nos partenaires utilisons des cookies…".
_CONSENT = re.compile(
    r"^(?:wir und unsere partner|we and our (?:\d+ )?partners|nous et nos partenaires"
    r"|nosotros y nuestros socios)\b.{0,80}\b(?:cookies?|technologien|technologies|tecnolog[ií]as)"
    r"|^(?:wir verwenden|we use|nous utilisons des|utilizamos|usamos) cookies\b"
    # "朝日新聞デジタルでは、…クッキー（Cookie）を使用しています", "本网站使用Cookie…"
    r"|^(?=.*(?:サイト|サービス|広告|閲覧|ウェブ))"  # (a site's notice, not a recipe)
    r".{0,40}(?:クッキー|cookie)\s?(?:[（(]cookie[）)])?\s?を(?:使用|利用)"
    r"|^(?:本网站|本網站|我们|我們|本站)(?:会|會)?使用\s?(?:cookie|cookies|小型文本文件)"
)
_CONSENT_CHARS = 800
_OUR_TERMS = re.compile(
    r"\b(?:you|contributors|users|members|readers)\s+agree\s+to\s+our\s+"
    r"(?:terms|community (?:guidelines|standards))\b"
)
_DURATION_LINE = 60
_DURATION_ENDS = (
    "min", "mins", "minute", "minutes", "minuten", "minutos", "dk", "мин", "λεπτα", "دقائق",
    "دقيقة", "मिनट",
)  # fmt: skip
_DURATION_KEYS = tuple(key(end) for end in _DURATION_ENDS)  # as ``key`` folds a line's end
_DURATION = re.compile(
    r"\s*[·•|:(-]?\s*\d{1,3}(?::\d{2})?\s*"
    r"(?:min|mins|minutes?|minuten|minutos|dk|мин|λεπτά|λεπτα|دقائق|دقيقة|मिनट)\.?\)?$",
    re.IGNORECASE,
)
# Prefixes whose capitals matter: press-release trailers ("SOURCE Acme Ltd.", "About Acme").
_SOURCE_LINE = re.compile(r"^SOURCE\s+\S")
# A report's running head or foot, copied from a PDF with its page number:
# "CENTER FOR STRATEGIC & INTERNATIONAL STUDIES | 2", "14 | ANNUAL REPORT 2023".
_RUNNING_HEAD = re.compile(
    r"(?:[A-Z][A-Z0-9&,.'’ -]{4,80}\s*[|•·]\s*\d{1,4}|\d{1,4}\s*[|•·]\s*[A-Z][A-Z0-9&,.'’ -]{4,80})"
)
_ABOUT_LINE = re.compile(r"^About\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*\.?$")

# Phrases that mark a short line wherever they stand in it.
_ANYWHERE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(_simplified(pattern)))
    for reason, pattern in (
        (
            "boilerplate",
            r"all rights reserved|alle rechte vorbehalten|tous droits reserves"
            r"|todos los derechos reservados|版权所有|opens new tab|terms of use|privacy policy"
            r"|禁止转载|不良信息举报|本网站所刊载|不代表本网观点"
            r"|terms & conditions|affiliate commission|trust principles"
            r"|powered by (?:wordpress|tumblr|blogger|ghost|squarespace|wix|typepad|jekyll|hugo)\b"
            r"|licensing rights|forward looking statements|不得转载|無断転載を禁じ|严禁转载"
            r"|侵权必究"
            # A broadcaster's note on the programme that ran the story: "Über dieses Thema
            # berichtet: BR24 im Radio am …", "Dieses Thema im Programm: MDR AKTUELL …"
            r"|^uber dieses thema berichtet\b|^dieses thema im programm\b"
            # A live blog's closing notice: "Ce direct est désormais terminé. Merci de l'avoir
            # suivi.", "This live coverage has ended."
            r"|^ce direct est (?:desormais )?termine"
            r"|^this live (?:blog|coverage|page) has (?:now )?(?:ended|closed)"
            r"|^(?:dieser|der) (?:live-?)?ticker ist (?:beendet|geschlossen)"
            r"|^este directo ha (?:finalizado|terminado)"
            r"|ctrl\s?\+\s?enter"  # "select the typo and press Ctrl+Enter": a typo report's prompt
            # "(责编:汤诗瑶、丁涛)" after a pager, "图片均来自网络", "(实习生…对此文亦有贡献)",
            # "新京报记者陆一夫编辑刘晓阳校对李铭": an article's credits, wherever they start.
            r"|[（(【]责编[：:][^）)】]{1,20}[）)】]$|(?:图片|信息|内容)均?来(?:源|自)于?网络(?:$|[，,。.；;）)]|经过)"
            r"|对此文亦有贡献|编辑\s*[\u4e00-\u9fff]{2,4}\s*校对"
            # "…供稿摄影/张艳编辑/苏芳": two credits in a row, the second with its mark
            r"|(?:供稿|撰稿|摄影|编辑|校对|审核)\s*[：:/／]?\s*[\u4e00-\u9fff]{0,4}\s*"
            r"(?:摄影|编辑|校对|审核|责编)\s*[：:/／]"
            r"|may earn (?:a|an affiliate) commission|view saved stories"
            r"|仅代表作者(?:本人|个人)?观点|^广告声明[:：]"  # IT之家's note on its outbound links
            r"|观点仅代表作者|仅提供信息存储空间服务"
            # Korean papers' notices: no copying or reposting, the portal's section note.
            r"|무단 ?전재|재배포 ?금지|저작권자|제보는 카카오톡|이 기사는 언론사에서"
            r"|기사의 섹션 정보는",
        ),
        (
            "comments",
            r"your email address will not be published|required fields are marked"
            r"|(?:sign|log) ?in to (?:post|comment|reply|leave)|to post a (?:comment|reply)"
            r"|请先登[入录]|登[入录]后(?:再)?(?:发表|参与)?评论"
            r"|para (?:poder )?comentar|pour (?:pouvoir )?commenter|um (?:zu )?kommentieren"
            r"|^(?:envia|deja|escribe) tu comentario|^leave your comment|^laisser un commentaire"
            r"|save my name, email|notify me of (?:follow|new)|cancel reply",
        ),
        ("cookie", r"\bcookies?\b.*\b(?:accept|consent|settings|policy)\b"),
        # "Wir und unsere Partner verwenden Cookies…", "Nous utilisons des cookies…"
        (
            "cookie",
            r"\b(?:verwenden|nutzen) (?:wir )?cookies|utilisons des cookies"
            r"|(?:utilizamos|usamos) cookies|utilizziamo (?:i )?cookie",
        ),
        # A promotion's call in brackets: "…火热进行中！【点击投票】", "【点击下载】".
        # An app's promotion: "…下载客户端还能获得专享福利哦！".
        (
            "advertisement",
            r"[【\[]点击(?:投票|下载|报名|参与|领取|购买|订阅|关注|试玩)[】\]]"
            r"|下载(?:客户端|app)(?:还能|即可|可)(?:获得|领取|享)|专享福利",
        ),
        *((reason, _folded_alternatives(p)) for reason, p in _MORE_ANYWHERE.items()),
        (
            "newsletter",
            r"straight to your inbox|delivered (?:every|to your inbox)"
            r"|becom(?:e|ing) an? (?:member|subscriber|supporter|patron)\b(?!\s+of\b)"
            r"|support (?:our|independent|quality) journalism|^your support helps us\b"
            r"|^i would like to (?:be emailed|receive (?:emails|offers|news))\b"
            # A donation box's lines: "You've read 1 article in the last month", "Yes, I'll give
            # $5/month", "Can't afford to donate?", "Already contributed? Log in to hide…" (not
            # "We accept credit card…", a pricing page's text too)
            r"|^you ve read \d+ articles? in the last|^yes,? i ll give\b"
            r"|^can t afford to donate|^already contributed\b"
            r"|^mit meiner anmeldung zum newsletter"
            r"|^don t miss out on the latest|sign up now to get access"  # Ghost's sign-up box
            # The Guardian's newsletter box inside the text, and its fine print
            r"|^(?:skip past|after) newsletter promotion$|^privacy notice: newsletters may"
            # A channel on a messenger: "Join ST's WhatsApp Channel…", "Únete a nuestro canal
            # ¡EL UNIVERSAL ya está en Whatsapp!", "Corriere della Sera è anche su WhatsApp."
            r"|whatsapp channel|canal de whatsapp|ya esta en whatsapp|e anche su whatsapp"
            # Il Post: "… fatto di giornalismo che costa. Abbonati per sostenerlo.", "Iscriviti
            # a Tienimi al Post, la newsletter che …"
            r"|abbonati per sostenerl|^iscriviti (?:a|alla|al) .{0,60}\bnewsletter\b"
            r"|in your inbox|sign up for our"
            r"|^enjoying this article\b.{0,40}\bsubscribe|subscribe for full access"
            # "Log in, register or subscribe to save articles for later.", "Join over 1 million
            # Forbes Daily subscribers", a donation box's "spendenfinanziertes Medium",
            # "Unterstütze auch Du unsere Arbeit mit einer Spende."
            r"|\bsubscribe to save (?:articles|stories|this)\b"
            r"|^join (?:over |more than )?[\d.,]+ ?(?:million |thousand |k )?(?:\S+ ){0,3}"
            r"(?:subscribers|readers)$"
            r"|spendenfinanziert|^unterstutze (?:auch du |uns )?unsere arbeit"
            # "… l'essentiel de l'actu dans votre boîte mail", "… direkt in Ihr Postfach"
            r"|dans votre boite (?:mail|e ?mail|de reception)|in ihr (?:e ?mail )?postfach"
            r"|en tu (?:bandeja de entrada|correo)|nella tua (?:casella|inbox)"
            r"|subscribe for free|to receive new posts|thanks for reading\b.{0,80}\bsubscribe"
            r"|in this (?:weekly |daily |monthly )?newsletter"
            r"|vous permet d offrir|gift (?:up to )?\d+ articles|\d+ gift articles"
            # A paywall's notice under the part of the text it lets through.
            r"|la suite est reservee aux abonnes|il vous reste [\d.,]+ ?% de cet article"
            # "This article is for subscribers only", "Subscribe now to get unlimited access…"
            # (Business Post), La Voz's "Para seguir leyendo, suscribite a La Voz"
            r"|^this (?:article|story) is (?:only )?for (?:paying |paid )?subscribers"
            r"|^subscribe now to get unlimited access|^para seguir leyendo,? suscrib"
            # A paid service's note under the text: "This article is part of POLITICO Pro".
            r"|^this (?:article|story) is part of (?!(?:a|an|our|the|this|my)\b)"
            r"|subscribe to (?:continue|keep) reading|to continue reading,? (?:subscribe|log in"
            r"|sign in)|weiterlesen mit"
            r"|contenido exclusivo para suscriptores|この記事の続きは|订阅后(?:阅读|查看)全文"
            # Hong Kong's paywalls: "此文章只供信報訂戶閱讀", "立即訂閱 訂戶登入"
            r"|(?:訂戶|订户)(?:閱讀|阅读|登入|登录)|立即(?:訂閱|订阅)"
            r"|この記事は有料記事です|続きをお読みいただけます|有料会員になると|続きを読むには"
            r"|この記事は(?:有料)?会員限定(?:記事)?です|会員になると.{0,6}続きを"
            # "¡Suscríbete al newsletter de …!", ECO's "… assine já o ECO Premium.", France
            # Télévisions' "… utilise votre adresse e-mail afin de vous adresser des newsletters"
            r"|suscribete al (?:newsletter|boletin)|assine ja\b"
            r"|readers like you\b.{0,40}\bdonat|make a donation today"  # Canary Media's appeal
            # BILDplus: "danach 7,99 € monatlich, jederzeit kündbar", "Mit BILDplus lesen Sie
            # alle Artikel auf BILD.de …"
            r"|jederzeit kundbar|lesen sie alle artikel"
            r"|vous adresser (?:des|nos) newsletters"
            # Anadolu's subscription notes: "Abonelik için lütfen iletişime geçiniz."
            r"|abonelik icin|abonelere sunulan"
            # SINC's notes: "Puedes copiar, difundir y transformar los contenidos de SINC.",
            # "Si eres periodista y quieres el contacto con los investigadores, regístrate …"
            r"|puedes copiar, difundir|^si eres periodista\b"
            # The Weser-Kurier's paywall: "Lesen Sie jetzt mit WK+".
            r"|^(?:jetzt )?(?:lesen sie|weiterlesen) jetzt mit \S{1,12}$"
            # Taiwan's LINE channels: "…快點我加入TVBS新聞LINE好友！"
            r"|加入.{0,12}line\s?好友"
            # A Chinese site's "follow our account" box: a QR code to scan.
            r"|扫描(?:下方)?二维码|扫码关注|关注(?:我们的)?(?:微信)?公众号|公众号$"
            r"|구독해 ?보세요|구독하세요|\s구독$",
        ),
    )
)


def _combine(table: tuple[tuple[str, re.Pattern[str]], ...]) -> re.Pattern[str]:
    """One pattern for a table, each entry a named group, so a line is searched once."""
    return re.compile(
        "|".join(
            f"(?P<{reason}_{i}>{pattern.pattern})" for i, (reason, pattern) in enumerate(table)
        )
    )


_PREFIX_ANY = _combine(_PREFIXES)
_ANYWHERE_ANY = _combine(_ANYWHERE)


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BUTTON_COUNT = re.compile(r"\d+[km]?")
_COMPOUND_CHARS = 80
_COMPOUND_TOKENS = 12
_PHRASE_TOKENS = 4  # the longest phrase a button row is made of ("skip to main content")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_CJK_BUTTONS = 24  # characters of a row of Chinese or Japanese buttons at most


def _buttons_reason(line: str) -> str | None:
    """A row of buttons copied as one line ("Log out Sign in", "Sign UpLog In", "ShareSave").

    Each button is in the lexicon; copied together, their words run into one
    line, sometimes with no space between them. The row is furniture when the
    whole line splits into two or more phrases of the lexicon; the reason is
    the one most of them share.
    """
    if len(line) > _COMPOUND_CHARS or line.rstrip().endswith((".", "!", "?")):
        return None
    tokens = [key(t) for t in _GLUED.sub(" ", line).split()]
    # a count beside a button: "3", "1.8K" (folded to "18k")
    tokens = [t for t in tokens if t and not _BUTTON_COUNT.fullmatch(t)]
    reach, most = _PHRASE_TOKENS, _COMPOUND_TOKENS
    if len(tokens) == 1 and _CJK_RUN.fullmatch(tokens[0]) and len(tokens[0]) <= _CJK_BUTTONS:
        tokens = list(tokens[0])  # "ログイン会員登録": Chinese and Japanese buttons, unspaced
        reach = most = len(tokens)  # (one token a character)
    if not 2 <= len(tokens) <= most:
        return None
    found: list[list[str] | None] = [[]] + [None] * len(tokens)
    for i in range(len(tokens)):
        reasons = found[i]
        if reasons is None:
            continue
        for j in range(i + 1, min(len(tokens), i + reach) + 1):
            reason = EXACT.get("".join(tokens[i:j]))
            if reason and found[j] is None:
                found[j] = [*reasons, reason]
    parts = found[-1]
    if not parts or len(parts) < 2:
        return None
    return max(parts, key=parts.count)  # ties: the first button's


#: A count with its counter word after a button's label: "45件", "12条", "3則".
_CJK_COUNT = re.compile(r"(?<=\D)\d{1,6}(?:件|条|條|則|则|个|個)$")


def long_reason(line: str) -> str | None:
    """Why ``line`` is furniture, for the kinds the lexicon names however long they run.

    A sign-up form's fine print, an affiliate disclosure or a licence notice
    may run longer than a paragraph; every other entry names short lines only.
    """
    folded = _folded(line)
    return _lasting_reason(line, folded) or ("boilerplate" if _own_terms(line, folded) else None)


def _folded(line: str) -> str:
    # "+ 责任编辑: 刘响", "* Share on X": a list item's mark does not hide what it says.
    return re.sub(r"[’'`´‐-]", " ", _simplified(fold(_ITEM_MARK.sub("", line[:400]))).strip())


def _own_terms(line: str, folded: str) -> bool:
    # The site's own terms, in its own voice ("Contributors agree to our Terms of Service"),
    # unless the words open a line of another kind ("By signing up you agree to ...").
    return len(line) <= 400 and "agree" in folded and _OUR_TERMS.search(folded) is not None


def is_disclosure(text: str) -> bool:
    """Whether ``text`` is an affiliate disclosure ("We may earn a commission when you buy…").

    Reviews set it between two paragraphs, where no other furniture of its
    kind ("boilerplate") is taken out: it is the one that never is text.
    """
    return len(text) <= 400 and _DISCLOSURE.search(_folded(text)) is not None


def _lasting_reason(line: str, folded: str) -> str | None:
    if len(line) <= 400 and _LICENCE.match(folded):
        return "boilerplate"  # a footer's licence notice, however long
    if len(line) <= 400 and _COMMENT_POLICY.search(folded):
        return "comments"  # the comment section's rules, however long
    if len(line) <= 400 and _FINE_PRINT.search(folded):
        return "newsletter"  # a sign-up form's fine print, however long
    if len(line) <= 400 and _DISCLOSURE.search(folded):
        return "boilerplate"  # an affiliate disclosure, however long
    if len(line) <= _CONSENT_CHARS and _CONSENT.match(folded):
        return "cookie"  # a consent banner's paragraph, however long
    return None


#: An arrow or a square before a link's label: "►延伸閱讀", "▶ Lesen Sie auch".
_POINTER = re.compile(r"^[►▶▸→➤➜■□◆◇]\s*(?=\S)")


def lexicon_reason(line: str, line_key: str | None = None) -> str | None:
    """Why ``line`` is page furniture by its words alone, or None.

    Args:
        line: one line of pasted text, stripped.
        line_key: ``key(line)`` when the caller has it already.
    """
    if pointed := _POINTER.match(line):  # "►延伸閱讀 …": an arrow before a label
        line, line_key = line[pointed.end() :], None
    k = key(line) if line_key is None else line_key
    if not k:
        return None
    if k in EXACT:
        return EXACT[k]
    counted = _CJK_COUNT.sub("", k)  # "コメント45件", "评论12条": a button and its count
    if counted != k and counted in EXACT:
        return EXACT[counted]
    if len(line) <= _DURATION_LINE and k.endswith(_DURATION_KEYS):
        timed = _DURATION.sub("", line)  # "Listen to this article · 5 min": a button, its length
        if timed != line and key(timed) in EXACT:
            return EXACT[key(timed)]
    if _NETWORKS.match(line.strip()):
        return "share"  # "Facebook Twitter Email": a row of share buttons
    if len(line) <= _PROFILE_LINE and _PROFILE_LINK.match(line.strip()):
        return "share"  # "เฟซบุ๊ก https://fb.me/prachatai": the site's page on a network
    if _CJK_ROW.fullmatch(line.strip()):  # "网站地图 设置首页": links spaced in a row
        known = [r for r in (EXACT.get(key(part)) for part in line.split()) if r]
        # Two known at least, and half: "速報 地震発生" is a headline with its label.
        if len(known) >= max(2, len(line.split()) / 2):
            return known[0]
    if _FOLLOW_TOPIC.match(line.strip()):
        return "share"
    if _GLUED_READ_ALSO.match(line.strip()):
        return "related"  # "Lire aussiPêche illégale : …": the label glued to its link
    if _SEARCH_HINT.match(line.strip()):
        return "menu"  # "请输入你要查询的关键字": a search box's hint
    if len(line) <= _FONT_SIZER_CHARS and _FONT_SIZER.match(line):
        return "share"  # "字号：默认 大 超大 | 打印 |": the type size picker, the tools beside it
    folded = _folded(line)
    lasting = _lasting_reason(line, folded)
    if lasting:
        return lasting
    terms = _own_terms(line, folded)
    if len(line) > 220:
        return "boilerplate" if terms else None
    m = _PREFIX_ANY.match(folded)  # every entry is anchored: match spares a scan per position
    if m and m.lastgroup:
        return m.lastgroup.rstrip("_0123456789")
    if _SOURCE_LINE.search(line) or _RUNNING_HEAD.fullmatch(line.strip()):
        return "boilerplate"
    if _ABOUT_LINE.search(line):
        return "bio"  # "About Acme Ltd." opens a press release's company box
    if len(line) > 160:
        return "boilerplate" if terms else None
    m = _ANYWHERE_ANY.search(folded)
    if m and m.lastgroup:
        return m.lastgroup.rstrip("_0123456789")
    if _MESSENGER_CHANNEL.match(line.strip()):
        return "share"
    return "boilerplate" if terms else _buttons_reason(line)
