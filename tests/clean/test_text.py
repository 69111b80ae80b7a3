"""The plain-text cleaner on pastes shaped like real select-all copies.

Each fixture in tests/fixtures/paste was written for these tests in the shape
of a page kind (news site with a header date, wire story, regional papers in
German, French and Spanish, Chinese and Japanese portals, a blog with
comments, a press release, a review with lists, a newsletter post, a national
paper's page, a government press release, a French paper's subscriber article, a
German magazine's page, a Spanish national paper's page, a Japanese business
daily's page, a Chinese portal's page, a broadcaster's news page, a U.S.
national paper's page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_text, lines
from clipper.errors import InputError
from clipper.model import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "paste"


def clean(name: str, url: str | None = None) -> Article:
    return clean_text((FIXTURES / name).read_text(encoding="utf-8"), url=url)


def reasons(article: Article) -> dict[str, str]:
    """Each removed line -> the reason it was removed."""
    out: dict[str, str] = {}
    for block in article.removed:
        for line in block.text.split("\n"):
            out[line] = block.reason
    return out


# name, title, authors, published day, site, kept pieces, dropped pieces
CASES = [
    (
        "news-header-date.txt",
        "Port Authority Approves Automated Cranes for the Eastern Terminal",
        ["Maria Lopez"], "2024-05-14", "Harbour Ledger",
        ["voted on Tuesday to replace the twelve diesel cranes",
         "A final contract with the crane supplier is expected"],
        ["Thu. May 16th, 2024", "ByMaria Lopez", "By Maria Lopez", "covers transport and the",
         "Leave a Reply", "Advertisement", "A container ship is unloaded"],
    ),
    (
        "wire.txt",
        "Solar panel makers race to build wafer plants outside Asia",
        ["Tomas Keller", "Aiko Tanaka"], "2024-06-03", "Meridian",
        ["BERLIN, June 3 (Meridian) - Solar manufacturers",
         "without long-term purchase guarantees."],
        ["By Tomas Keller", "20242:15 PM", "Purchase Licensing Rights",
         "Advertisement · Scroll to continue", "Editing by Ruth Mbeki",
         "Battery recycler raises funds", "All rights reserved"],
    ),
    (
        "de-regional.txt",
        "Rostock bekommt neues Montagewerk für Offshore-Fundamente",
        ["Jonas Becker"], "2024-04-12", "Nordkurier Online",
        ["Der Stahlbauer Baltic Foundations will im Rostocker Überseehafen",
         "die Transporte auf wenige Tage im Monat zu bündeln."],
        ["Zum Inhalt springen", "Stand: 12.04.2024", "Von Jonas Becker", "Artikel vorlesen",
         "Mehr zum Thema", "Hafen Rostock: Umschlag steigt", "Impressum"],
    ),
    (
        "fr-regional.txt",
        "Nantes : le port prépare l’arrivée des éoliennes flottantes",
        ["Léa Martin"], "2024-05-03", "La Gazette de l’Ouest",
        ["un plan de 80 millions d’euros pour aménager un quai",
         "le chantier pourrait créer 500 emplois directs"],
        ["Jeudi 9 mai 2024", "Par Léa Martin", "Publié le 3 mai", "Temps de Lecture",
         "Lire aussi", "Abonnez-vous", "Rennes : la rocade"],
    ),
    (
        "es-diario.txt",
        "La planta de baterías de Villanueva contratará a 1.200 personas",
        ["Carmen Díaz Romero"], "2024-03-15", "El Faro del Sur",
        ["contratará a 1.200 personas cuando alcance su plena capacidad",
         "Los sindicatos han pedido que la mitad de los puestos"],
        ["Saltar al contenido", "15 mar 2024", "Compartir en X", "Publicidad",
         "Noticias relacionadas", "El Gobierno aprueba ayudas", "Comentarios (8)"],
    ),
    (
        "zh-portal.txt",
        "国产工业软件加快替代 多家车企完成设计系统迁移",
        ["李明"], "2024-05-20", "东方日报",
        ["本报讯（记者 李明）记者近日从多家汽车企业了解到", "不断迭代完善。"],
        ["当前位置", "来源：东方日报", "分享到", "（资料图）", "责任编辑", "相关阅读", "评论(5)"],
    ),
    (
        "ja-news.txt",
        "新工場で半導体材料を増産　地元で300人を雇用へ",
        ["山田太郎"], "2024-04-10", None,
        ["熊本県内に半導体材料の新工場を建設すると発表した", "と述べた。"],
        ["ログイン", "記者：山田太郎", "シェア", "広告", "関連記事", "半導体工場の建設が相次ぐ"],
    ),
    (
        "blog-comments.txt",
        "Library adds solar roof and battery storage",
        ["Owen Gallagher"], "2024-03-28", "Millbrook Weekly",
        ["switched on a new solar roof this week", "the savings go straight into books"],
        ["Friday, April 5, 2024", "Home » News", "Posted on", "Share this:",
         "Town council debates", "thoughts on", "The reading room has been too hot",
         "I will ask about the air conditioning", "Leave a Reply", "powered by WordPress"],
    ),
    (
        "press-release.txt",
        "Northgate Robotics Opens Service Robot Factory in Pune",
        [], "2024-02-12", "PR Channel",
        ["PUNE, India, Feb. 12, 2024 /PR Channel/ -- Northgate Robotics",
         "serve our customers faster and at a lower cost"],
        ["News provided by", "FOR IMMEDIATE RELEASE", "About Northgate Robotics",
         "It employs 900 people", "press@northgate.example", "SOURCE Northgate",
         "Raises Series C"],
    ),
    (
        "review-lists.txt",
        "Auric One review: quiet comfort at a fair price",
        ["Sam Whitfield"], "2024-10-02", "TechPulse",
        ["Weight: 250g", "Battery: 40 hours", "An open-plan office, where voices were muffled",
         "these are the headphones to buy."],
        ["By Sam Whitfield", "affiliate commission", "Jump to:", "Sam has reviewed headphones",
         "Get the TechPulse Newsletter", "Pulse Media"],
    ),
    (
        # A newsletter post: a short title-case headline over a sentence-case
        # standfirst, a one-word pen name over the date, a sign-up plea inside.
        "newsletter-substack.txt",
        "China's Lithography Push",
        ["Babbage"], "2024-03-06", "The Chip Letter",
        ["China's main lithography company has shipped its first scanner",
         "if yields at the first customers are good enough."],
        ["Discover more from", "Over 30,000 subscribers", "Thanks for reading", "42 Likes",
         "Restacks", "Write a comment", "Great overview", "Substack is the home"],
    ),
    (
        # A national paper: the logo's link text names the site among menu
        # items, and the byline is the name then the trade with no comma.
        "news-guardian-shape.txt",
        "China pours billions into chip self-sufficiency as US tightens controls",
        ["Amy Hawkins"], "2024-05-24", "The Guardian",
        ["China has launched its largest semiconductor investment fund yet",
         "remain most dependent on foreign suppliers."],
        ["Back to homepage", "Print subscriptions", "Photograph: Costfoto", "Amy Hawkins",
         "Senior China correspondent", "Explore more on these topics", "Reuse this content"],
    ),
    (
        # A government press release: a cookie banner, the source under a
        # "From:" label alone (too long to be a name: no author is invented),
        # "Published" over the date, and "© Crown copyright", no holder's name.
        "government-press-release.txt",
        "New semiconductor strategy to grow UK chip industry",
        [], "2023-05-19", None,
        ["The government today published its National Semiconductor Strategy",
         "with further funding to follow after a review."],
        ["Cookies on GOV.UK", "Accept additional cookies", "From:", "Department for Science",
         "Published", "Is this page useful?", "Crown copyright"],
    ),
    (
        # A French paper's subscriber article: the byline closes on the place
        # and the trade in brackets, the paywall's notice under the free part.
        "fr-paywall.txt",
        "La Chine lance un troisième fonds géant pour ses puces électroniques",
        ["Harold Thibault"], "2024-05-28", "Le Monde",
        ["La Chine a créé le plus grand fonds public",
         "à mesure que les projets seront validés par les autorités."],
        ["Aller au menu", "Par Harold Thibault", "Temps de Lecture", "Lire aussi",
         "Il vous reste 62.5%", "La suite est réservée", "Découvrir les offres"],
    ),
    (
        "de-magazine.txt",
        "Chipindustrie in China: Peking steckt weitere Milliarden in eigene Halbleiter",
        ["Georg Fahrion"], "2024-05-24", "Der Spiegel",
        ["China hat den bislang größten staatlichen Fonds",
         "Die ersten Investitionen könnten noch in diesem Jahr fließen."],
        ["Zum Inhalt springen", "Von Georg Fahrion", "Artikel zum Hören", "Link kopieren",
         "Foto: Costfoto", "Mehr zum Thema", "Von Jan Petter", "Diskutieren Sie mit"],
    ),
    (
        # A Spanish national paper: the photo's caption closes on the
        # photographer and the agency in brackets ("... Jiangsu. STR (AFP)").
        "es-national.txt",
        "China inyecta otros 47.000 millones de dólares en su industria de chips",
        ["Macarena Vidal Liy"], "2024-05-24", "El País",
        ["China ha creado el mayor fondo estatal de su historia",
         "a medida que las autoridades aprueben los proyectos."],
        ["Ir al contenido", "Compartir en Whatsapp", "Una trabajadora en una fábrica",
         "STR (AFP)", "Más información", "Archivado En", "Trust Project"],
    ),
    (
        # A Japanese business daily: the section's tag under the headline, a
        # row of buttons, the reporter in the dateline opening the text
        # ("【北京=田中一郎】", whose "=" is no program's), a paywall's notice.
        "ja-business-daily.txt",
        "中国、半導体基金に6兆円超\u30003期目で装置・素材に重点",
        ["田中一郎"], "2024-05-27", "日本経済新聞",
        ["【北京=田中一郎】中国政府は半導体産業を支援する新たな国家基金を設立した。",
         "汚職事件も相次いだ。"],
        ["メインコンテンツにスキップ", "中国・台湾", "会員限定記事", "保存", "共有",
         "この記事の続きは", "残り1234文字", "関連記事"],
    ),
    (
        # A Chinese portal's finance page: the logo's link "新浪首页" names the
        # site, font-size buttons, and an account's QR-code box under the
        # editor's line.
        "zh-finance-portal.txt",
        "国家大基金三期成立 注册资本3440亿元",
        [], "2024-05-28", "新浪",
        ["国家集成电路产业投资基金三期股份有限公司日前成立", "累计投资了数百家半导体企业。"],
        ["新浪首页", "缩小字体", "腾讯QQ", "责任编辑", "新浪财经公众号", "扫描二维码关注",
         "相关新闻", "网友评论"],
    ),
    (
        # A broadcaster's news page: the photo's credit first, then its caption
        # with no full stop, between the byline and the text.
        "news-broadcaster.txt",
        "China invests $47bn in chip fund amid US tensions",
        ["Nick Marsh"], "2024-05-24", "BBC",
        ["China has set up its biggest ever state-backed fund",
         "the tools to make them."],
        ["Skip to content", "Asia business correspondent", "Getty Images",
         "China has been trying to reduce its reliance", "US adds Chinese firms",
         "More from the BBC", "All rights reserved"],
    ),
    (
        # A U.S. national paper: the audio button and "SKIP ADVERTISEMENT"
        # around the headline, "Reporting from" under the byline, the
        # author's note and the print edition's line under the text.
        "news-national-us.txt",
        "China Creates $47.5 Billion Chip Fund to Back Its Own Industry",
        ["Meaghan Tobin", "Claire Fu"], "2024-05-27", None,
        ["China has created its largest-ever state-backed investment fund",
         "with mixed results."],
        ["Skip to site index", "SKIP ADVERTISEMENT", "Listen to this article",
         "Reporting from Taipei", "Workers at a semiconductor factory", "is a technology "
         "correspondent", "A version of this article appears in print", "See more on"],
    ),
    (
        # A U.S. wire agency: the archive photo's caption ("FILE - ...,
        # (Chinatopix via AP, File)") printed twice around the gallery's "Read
        # More" and "1 of 2", with its own day in it; "AP Logo" at the top.
        "wire-us-agency.txt",
        "China pours $47.5 billion into a new fund to boost its chip industry",
        ["Ken Moritsugu"], "2024-05-27", "AP",
        ["BEIJING (AP) — China has set up a new $47.5 billion fund",
         "AP researcher Yu Bing contributed."],
        ["AP Logo", "FILE - A worker", "Read More", "1 of 2", "Link copied", "ADVERTISEMENT",
         "Moritsugu covers China", "Most read", "Copyright 2024"],
    ),
    (
        # A wire agency's own page: the byline is the agency ("By Reuters"); the
        # reporters are named in the closing credit, beside "Report This Ad".
        "wire-agency-byline.txt",
        "China sets up third chip fund with $47.5 bln to boost semiconductor sector",
        ["Ella Cao", "Brenda Goh"], "2024-05-27", "Reuters",
        ["BEIJING, May 27 (Reuters) - China has set up the third phase",
         "each hold around 6%."],
        ["Report This Ad", "Reporting by", "Editing by", "Purchase Licensing Rights",
         "Read Next", "All rights reserved"],
    ),
    (
        # A Japanese broadcaster: "NHK" over the menu, and the story's region
        # ("中国", two characters as a name is) under the date.
        "ja-broadcaster.txt",
        "中国 半導体産業支援の新基金設立 約7兆5000億円規模",
        [], "2024-05-27", "NHK",
        ["中国政府は、半導体産業を支援するための新たな国家基金を設立しました。",
         "専門家は、製造装置や素材の分野に重点的に投資されるとみています。"],
        ["メインコンテンツへ移動", "シェアする", "国際ニュース一覧へ戻る", "関連ニュース",
         "Copyright NHK"],
    ),
    (
        # A Chinese public account's post: "原创", the author, the account and the
        # date on one line; the app's buttons under the text.
        "zh-public-account.txt",
        "国家大基金三期成立：3440亿元，投向哪里？",
        ["张明"], "2024-05-27", "芯智讯",
        ["5月24日，国家集成电路产业投资基金三期股份有限公司正式成立",
         "有望带动更多社会资本进入。"],
        ["原创", "推荐阅读", "喜欢此内容的人还喜欢", "阅读原文", "微信扫一扫", "继续滑动看下一个",
         "轻点两下取消赞"],
    ),
    (
        # A news agency's English site: its sections ("China", "World") as the
        # menu, "Source:" and "Editor:" over the time.
        "news-agency-en.txt",
        "China sets up 3rd phase of national chip fund",
        [], "2024-05-27", "XINHUANET.com",
        ["BEIJING, May 27 (Xinhua) -- China has established the third phase",
         "according to the registration information."],
        ["Sci-Tech", "Source: Xinhua", "Editor: huaxia", "All rights reserved"],
    ),
    (
        # A French national paper: the correspondent's place in the byline, the
        # reading time, and "Lire aussi" inside the text.
        "fr-national.txt",
        "Semi-conducteurs : la Chine crée un fonds public de 47 milliards de dollars",
        ["Harold Thibault"], "2024-05-27", "Le Monde",
        ["Pékin ne renonce pas.", "où la dépendance à l’étranger reste forte."],
        ["Aller au contenu principal", "Temps de Lecture", "Article réservé aux abonnés",
         "Lire aussi", "Contribuer", "Réutiliser ce contenu"],
    ),
    (
        # A blogging platform's post: "Member-only story", the author with
        # "Follow", the reading time, clap counts and "--" separators.
        "blog-platform.txt",
        "Why China’s chip fund matters more than its size",
        ["Lina Zhou"], "2024-05-29", None,
        ["The third phase of China’s national chip fund is large",
         "That focus is a lesson learned from a decade of mixed results."],
        ["Open in app", "Member-only story", "6 min read", "Listen", "Written by",
         "1.2K Followers", "More from Lina Zhou", "Text to speech"],
    ),
    (
        # A business news service: a title-case headline over two summary
        # points copied without their bullets, the agency as the byline, "With
        # assistance from" and a tip line under the text.
        "news-business-wire.txt",
        "China Sets Up Third Chip Fund With $47.5 Billion to Boost Industry",
        [], "2024-05-27", "Bloomberg",
        ["China has set up its largest-ever semiconductor investment fund",
         "a self-sufficient chip industry."],
        ["Finance ministry is the largest shareholder, followed by banks", "Gift this article",
         "Read More:", "With assistance from", "confidential tip", "All Rights Reserved"],
    ),
    (
        # A business daily: the byline with no "By", each reporter with a
        # place ("Edward White in Seoul and Cheng Leng in Hong Kong"), and the
        # editor's newsletter offered above the text.
        "news-business-daily.txt",
        "China raises $47.5bn for third ‘Big Fund’ to boost chip industry",
        ["Edward White", "Cheng Leng"], "2024-05-27", "The Financial Times",
        ["China has raised $47.5bn for its third state-backed semiconductor fund",
         "equipment and materials makers."],
        ["Add to myFT", "Jump to comments section", "Unlock the Editor’s Digest",
         "in this weekly newsletter", "Reuse this content", "Follow the topics"],
    ),
    (
        # China's English business press: "By A and B" where B is a Chinese
        # name that is a small word elsewhere ("Han": Swedish "he"), and app
        # and newsletter offers under the text.
        "news-cn-english.txt",
        "China Launches Record $47.5 Billion Chip Fund",
        ["Liu Peilin", "Han Wei"], "2024-05-27", "Caixin Global",
        ["China has launched a new chip fund with 344 billion yuan",
         "six big state-owned banks."],
        ["Listen to this article", "Photo: VCG", "Contact reporter", "Download our app",
         "Must-Read newsletter", "available only to subscribers", "scan the QR code"],
    ),
    (
        # Taiwan's news agency: the reporter glued to the place in the dateline
        # ("（中央社記者吳家豪台北27日電）"), the editor's note and a date code
        # closing the last paragraph, a traditional-script skip link.
        "zh-tw-agency.txt",
        "中國大基金三期成立 規模3440億人民幣",
        ["吳家豪"], "2024-05-27", "中央社 CNA",
        ["（中央社記者吳家豪台北27日電）中國國家集成電路產業投資基金三期近日成立",
         "材料與高頻寬記憶體等領域。"],
        ["跳到主要內容區塊", "字級設定", "列印", "（編輯：林家嫻）", "1130527", "延伸閱讀",
         "非經授權"],
    ),
    (
        # A Chinese tech site: its brand ("36氪", one character and a number)
        # over the menu, the author glued to the date, the reprint's
        # disclaimer, a copyright with a "2011~2024" range.
        "zh-tech-site.txt",
        "大基金三期落地，3440亿元瞄准哪些环节？",
        ["周鑫"], "2024-05-27", "36氪",
        ["5月24日，国家集成电路产业投资基金三期股份有限公司成立", "一位投资人说。"],
        ["快讯", "本文来自微信公众号", "该文观点仅代表作者本人", "收藏", "下一篇", "关于36氪",
         "京ICP备"],
    ),
    (
        # An English-language Asian weekly: a caption closing on "© Reuters"
        # above a byline in capitals with the reporters' trades.
        "news-asia-english.txt",
        "China's third 'Big Fund' raises $47.5bn for chip self-sufficiency",
        ["Cheng Ting-Fang", "Lauly Li"], "2024-05-27", "Nikkei Asia",
        ["TAIPEI -- China has set up its third national chip investment fund",
         "were likely to benefit."],
        ["Engineers at a chip plant", "© Reuters", "chief tech correspondent",
         "Sign up to our newsletters"],
    ),
    (
        # A mainland news site: the reporter after the outlet's name, the
        # source and the font-size button, the editors under the text.
        "zh-news-site.txt",
        "大基金三期注册资本3440亿元，超过前两期总和",
        ["王琳"], "2024-05-27", "澎湃新闻",
        ["国家集成电路产业投资基金三期股份有限公司（下称“大基金三期”）于5月24日成立",
         "人工智能芯片等领域。"],
        ["澎湃新闻记者", "字号", "责任编辑", "校对", "未经授权不得转载", "扫码下载"],
    ),
    (
        # A German news site: "Aktualisiert am" as the only date, agencies as
        # the source, the comment count under the standfirst.
        "de-online.txt",
        "China legt Milliardenfonds für Chipindustrie auf",
        [], "2024-05-27", "Zeit Online",
        ["China hat einen staatlichen Investitionsfonds", "in Anlagen und Materialien fließt."],
        ["Zum Inhalt springen", "Quelle: ZEIT ONLINE", "119 Kommentare",
         "Dieser Artikel wurde erstmals", "Zur Startseite"],
    ),
    (
        # A German national daily: a kicker with a colon over the headline
        # ("Chipindustrie:"), which made the headline a one-item list.
        "de-national.txt",
        "China startet den größten Halbleiterfonds seiner Geschichte",
        ["Gustav Theile"], "2024-05-27", "Frankfurter Allgemeine",
        ["Mit dem dritten Fonds dieser Art", "stark eingeschränkt."],
        ["Chipindustrie:", "Lesezeit", "Artikel anhören", "Quelle: F.A.Z.",
         "Wirtschaftskorrespondent", "Mehr zum Thema"],
    ),
    (
        # A Spanish national daily: the author's name, the city, then
        # "Actualizado Lunes, 27 mayo 2024" (an update's label and a weekday,
        # not a name glued to the date).
        "es-national-daily.txt",
        "China lanza un fondo de 47.000 millones para blindar su industria de chips",
        ["Lucas de la Cal"], "2024-05-27", "El Mundo",
        ["China ha puesto en marcha el mayor fondo estatal",
         "donde la dependencia exterior es mayor."],
        ["Ir al contenido", "Actualizado", "Compartir en Facebook", "Ver comentarios",
         "Cargando siguiente contenido"],
    ),
    (
        # A think tank's commentary: "Commentary by" as the byline, the
        # author's note and the institution's disclaimer under the text.
        "think-tank-commentary.txt",
        "China’s New Chip Fund: What It Means for Export Controls",
        ["Gregory C. Allen"], "2024-05-28", "CSIS",
        ["China has announced the third phase", "Q1: How large is the new fund?",
         "export controls bind most tightly."],
        ["Commentary by", "is the director of", "Commentary is produced by", "Related Content"],
    ),
    (
        # A Japanese national paper: "北京=西山明宏" as the byline on its own
        # line, the photo's label and its caption closing on "（ロイター）",
        # the paywall's notices (their voiced kana, "です", had kept them).
        "ja-national-paywall.txt",
        "中国、半導体に過去最大の国家基金　米規制に対抗",
        ["西山明宏"], "2024-05-27", "朝日新聞デジタル",
        ["中国政府は、半導体産業を育成する国家ファンドの第3期を設立した。",
         "自前の供給網づくりを急ぐ。"],
        ["北京=西山明宏", "写真・図版", "（ロイター）", "この記事は有料記事です",
         "続きをお読みいただけます", "無断転載を禁じます"],
    ),
    (
        # A French business daily: the offer to give articles away under the
        # share button, the correspondent's note under the text.
        "fr-business-daily.txt",
        "Semi-conducteurs : Pékin lance un fonds géant de 47 milliards de dollars",
        ["Frédéric Schaeffer"], "2024-05-27", "Les Echos",
        ["Pékin passe à la vitesse supérieure.", "aux équipements et aux matériaux."],
        ["Mis à jour", "Copié", "Votre abonnement vous permet", "Correspondant à Pékin",
         "Nos Services"],
    ),
    (
        # A Chinese ministry's news page: the department as the source, the
        # ministry named by the footer's "主办单位".
        "zh-government.txt",
        "工业和信息化部召开集成电路产业发展座谈会",
        [], "2024-05-28", "中华人民共和国工业和信息化部",
        ["5月27日，工业和信息化部在京召开集成电路产业发展座谈会", "引导社会资本投向关键环节。"],
        ["您当前的位置", "来源：电子信息司", "【字体：大 中 小】", "打印本页", "关闭窗口",
         "主办单位"],
    ),
    (
        # A news site of short items: bold lead-ins ("Why it matters:") that
        # are the text, a credit line under the author.
        "news-smart-brevity.txt",
        "China launches $47.5 billion chip fund",
        ["Ashley Gold"], "2024-05-27", "Axios",
        ["China has created a $47.5 billion fund", "Why it matters: The fund is Beijing's answer",
         "What's next: Analysts expect the money to go to equipment makers."],
        ["Axios Pro", "Photo illustration", "Go deeper", "Sign up for free", "Advertise with us"],
    ),
    (
        # An opinion magazine: the section's definition over the headline, the
        # byline with the author's trade, a comments paywall under the text.
        "opinion-magazine.txt",
        "Beijing’s New Chip Fund Won’t Buy Self-Reliance",
        ["Paul Triolo"], "2024-05-29", "Foreign Policy",
        ["China’s third national chip fund is its largest yet.", "is another matter."],
        ["An expert's point of view", "STR/AFP via Getty Images", "is a senior vice president",
         "Join the Conversation", "Already a subscriber?", "View Comments"],
    ),
    (
        # A French daily's agency story: "Par Le Figaro avec AFP", a byline
        # that names no person (it had become the standfirst).
        "fr-agency-byline.txt",
        "Semi-conducteurs : la Chine lance un fonds de 47 milliards de dollars",
        [], "2024-05-27", "Le Figaro",
        ["La Chine a créé un fonds d'investissement public", "vers la Chine."],
        ["Par Le Figaro avec AFP", "Écouter cet article", "Lien copié", "À lire aussi",
         "La rédaction vous conseille"],
    ),
    (
        # A Japanese tech site: the byline in brackets with the outlet last
        # ("[佐藤浩，ITmedia]"), a "通知" button, the sign-up notice under the text.
        "ja-tech-site.txt",
        "中国、半導体基金の第3弾を設立　規模は約7.5兆円",
        ["佐藤浩"], "2024-05-27", "ITmedia NEWS",
        ["中国政府系の半導体投資ファンド", "投資が増えるとみられる。"],
        ["[佐藤浩，ITmedia]", "通知", "Copyright", "続きを読むには"],
    ),
    (
        # A Chinese news app's site: "界面新闻记者 | 张一鸣" and the editor's line,
        # a headline ending on a full-width question mark.
        "zh-news-app.txt",
        "大基金三期注册资本3440亿，将重点投向哪里？",
        ["张一鸣"], "2024-05-27", "界面新闻",
        ["5月24日，国家集成电路产业投资基金三期股份有限公司成立", "一位券商分析师说。"],
        ["界面新闻记者", "界面新闻编辑", "字体", "严禁转载", "打开APP"],
    ),
    (
        # A portal's publishing platform: its two-character name over the menu,
        # the platform's disclaimer and the read count under the text.
        "zh-portal-platform.txt",
        "大基金三期来了，这些公司或将受益",
        [], "2024-05-27", "搜狐",
        ["国家集成电路产业投资基金三期已于5月24日成立", "将密切关注相关政策。"],
        ["来源: 芯片观察", "发布于", "返回搜狐", "平台声明", "阅读 (2345)"],
    ),
    (
        # A tech news site: "Most Popular" and a newsletter box under a short
        # text, with the newsletter's own sentence.
        "tech-news-site.txt",
        "China’s $47.5B chip fund targets equipment and materials",
        ["Rita Liao"], "2024-05-27", "TechCrunch",
        ["China has set up a $47.5 billion fund", "access to advanced chips."],
        ["Site Search Toggle", "Image Credits", "Most Popular", "TechCrunch Daily News",
         "Every weekday and Sunday"],
    ),
    (
        # A tech site's affiliate notice between the share button and the text.
        "tech-news-affiliate.txt",
        "China’s new $47.5 billion chip fund is its biggest yet",
        ["Richard Lawler"], "2024-05-27", "The Verge",
        ["China has launched the third phase", "to China since 2022."],
        ["The Verge logo", "a senior editor following", "Share this story",
         "may earn a commission", "Most Popular"],
    ),
    (
        # A tech magazine: "Save this story" buttons between the credit and the
        # text (one had been the title), the saved-story alert at the top.
        "tech-magazine.txt",
        "China’s Chip Fund Is Its Biggest Bet Yet",
        ["Zeyi Yang"], "2024-05-27", "WIRED",
        ["China has set up a new semiconductor fund", "says one analyst who studies the industry."],
        ["Open Navigation Menu", "Story Saved", "View saved stories", "Save this story",
         "is a senior reporter", "More From WIRED"],
    ),
    (
        # A Chinese business daily: the author and the editor on one line,
        # parted by a wide gap ("作者：钱童    责编：彭海斌"); "听新闻" (listen).
        "zh-business-daily.txt",
        "大基金三期成立：3440亿元注册资本，超前两期之和",
        ["钱童"], "2024-05-27", "第一财经",
        ["大基金三期的成立，将为半导体产业链带来新一轮资金支持。", "刻蚀设备和关键材料倾斜。"],
        ["听新闻", "作者：", "责编", "举报", "相关阅读"],
    ),
    (
        # A British tech site: the date as "Mon 27 May 2024 // 07:15 UTC".
        "tech-news-uk.txt",
        "China pumps $47.5B into third Big Fund to chase chip independence",
        ["Laura Dobberstein"], "2024-05-27", "The Register",
        ["China has established a third iteration", "for comment."],
        ["Biting the hand", "Get our Tech Resources", "TIP US OFF", "Other stories"],
    ),
    (
        # A Latin American news site: the caption's agency in brackets, the
        # source under the text, "Seguir leyendo".
        "es-latam.txt",
        "China crea un fondo de 47.500 millones de dólares para impulsar su industria de chips",
        [], "2024-05-27", "Infobae",
        ["China creó el mayor fondo estatal", "chips avanzados a China."],
        ["Últimas Noticias", "Compartir", "REUTERS/Florence Lo", "Con información de Reuters",
         "Seguir leyendo"],
    ),
    (
        # A German business daily: the place opening the text ("Peking."),
        # "Mehr:" and the first publication's time under it.
        "de-business-daily.txt",
        "China legt Chip-Fonds über 47 Milliarden Dollar auf",
        ["Dana Heide"], "2024-05-27", "Handelsblatt",
        ["Peking. China hat einen neuen staatlichen Fonds",
         "ausländischen Lieferanten abhängig ist."],
        ["Artikel anhören", "Jetzt teilen", "Mehr: Wie die USA", "Erstpublikation",
         "Exklusiv-Abo"],
    ),
    (
        # China's English-language daily: the byline's pieces between bars
        # ("By ZHANG XIN | chinadaily.com.cn | Updated: ...") had been read as a
        # breadcrumb, which ended the header above the headline.
        "news-cn-english-daily.txt",
        "Third phase of 'Big Fund' to boost chip sector",
        ["Zhang Xin"], "2024-05-27", "chinadaily.com.cn",
        ["China has set up the third phase", "said Wang Wei, an analyst."],
        ["Business / Companies", "By ZHANG XIN", "Share - WeChat", "Most Viewed", "Copyright"],
    ),
    (
        # A Spanish business daily: "Redacción Expansión" signs for the newsroom.
        "es-business-daily.txt",
        "China crea un fondo de 47.000 millones para sus chips",
        [], "2024-05-27", "Expansión",
        ["China ha constituido un nuevo fondo estatal", "la maquinaria y los materiales."],
        ["Redacción Expansión", "Actualizado", "Comentar", "Ya es suscriptor"],
    ),
    (
        # A Chinese party daily: "小字号" (smaller type) beside the date line
        # had been the author; the editors in brackets under the text.
        "zh-party-daily.txt",
        "国家集成电路产业投资基金三期成立",
        [], "2024-05-27", "人民网",
        ["国家集成电路产业投资基金三期股份有限公司近日成立", "半导体产业链关键环节。"],
        ["人民网>>财经", "来源：人民网", "小字号", "(责编", "分享让更多人看到", "版 权 所 有"],
    ),
    (
        # A policy news site: the audio player's "Press play to listen to this
        # article" had been the title, "Voiced by artificial intelligence." the
        # standfirst; its paid service's note under the text stayed in it.
        "news-policy-site.txt",
        "China launches $47.5B chip fund as tech war with US heats up",
        ["Stuart Lau"], "2024-05-27", "Politico",
        ["BRUSSELS — China has set up a $47.5 billion fund", "to speak candidly."],
        ["Press play", "Voiced by artificial intelligence", "Related Tags",
         "This article is part of POLITICO Pro", "one-stop-shop solution"],
    ),
    (
        # A German broadcaster: "Von Eva Lamby-Schmitt, ARD-Studio Peking" (the
        # studio is no second author); the teaser above the kicker.
        "de-broadcaster.txt",
        "China steckt Milliarden in eigene Chipindustrie",
        ["Eva Lamby-Schmitt"], "2024-05-27", "tagesschau",
        ["Die Volksrepublik will unabhängiger von westlicher Technik werden.",
         "in Maschinen und Materialien fließt."],
        ["Stand:", "ARD-Studio Peking", "Dieses Thema im Programm", "Mehr zum Thema"],
    ),
    (
        # A Japanese national paper's members' article: the reporter's name of
        # five characters in the dateline ("【北京＝吉永亜希子】"), the "scrap this
        # article" button, the members' wall.
        "ja-national-members.txt",
        "中国の半導体ファンド、第3期は過去最大の7兆円規模…米の輸出規制に対抗",
        ["吉永亜希子"], "2024-05-27", "読売新聞オンライン",
        ["【北京＝吉永亜希子】中国政府は24日", "国産化を加速させる狙いがある。"],
        ["[読者会員限定]", "この記事をスクラップする", "残り：512文字", "読者会員限定記事です",
         "ログインして読む"],
    ),
    (
        # A German national daily whose kicker copies glued to the headline by
        # its colon ("Halbleiter:China legt ...").
        "de-national-kicker.txt",
        "China legt Milliardenfonds für Chipindustrie auf",
        ["Lea Sahay"], "2024-05-27", "Süddeutsche Zeitung",
        ["China hat einen staatlichen Investitionsfonds", "in Maschinen und Materialien fließt."],
        ["Halbleiter:", "Lesezeit", "Von Lea Sahay", "SZ Plus"],
    ),
    (
        # A Chinese tabloid's English site: "By Global Times" names no person.
        "news-cn-tabloid.txt",
        "China launches third phase of 'Big Fund' with 344 billion yuan to boost chip industry",
        [], "2024-05-27", "Global Times",
        ["China has launched the third phase", "crackdown on China's chip sector."],
        ["BUSINESS / COMPANIES", "By Global Times", "Published:", "RELATED ARTICLES"],
    ),
    (
        # A weekly with no bylines: the section and the rubric over the
        # headline, "May 27th 2024|Beijing", the print edition's note.
        "news-weekly.txt",
        "China’s new chip fund is its biggest yet",
        [], "2024-05-27", "The Economist",
        ["China has created a third “Big Fund”", "where American export controls bite hardest."],
        ["Weekly edition", "China | Chips off the old bloc", "This article appeared in",
         "From the June 1st 2024 edition", "Reuse this content"],
    ),
    (
        # A U.S. business daily: "Write to ... at ...@..." and the print
        # edition's line under the text.
        "news-business-us.txt",
        "China Launches $47.5 Billion Chip Fund to Counter U.S. Curbs",
        ["Raffaele Huang"], "2024-05-27", "The Wall Street Journal",
        ["SINGAPORE—China has set up its largest-ever", "restricts sales of advanced technology."],
        ["English Edition", "Resize", "Write to Raffaele Huang", "Appeared in the May 28, 2024",
         "Most Popular news"],
    ),
    (
        # A business channel: its sections over the headline ("Investing" had
        # been taken for the site's name), "Key Points" and the author's handle.
        "news-business-tv.txt",
        "China sets up third fund with $47.5 billion to boost semiconductor sector",
        ["Arjun Kharpal"], "2024-05-27", None,
        ["according to a government-run company registry.", "pushing for self-sufficiency"],
        ["Investing Club", "Livestream", "@ARJUNKHARPAL", "Key Points", "Subscribe to CNBC PRO",
         "Licensing & Reprints"],
    ),
    (
        # A cable news site: the reading time, "Link Copied!", ad feedback
        # buttons under the text.
        "news-cable.txt",
        "China launches $47.5 billion chip fund as tech rivalry with US intensifies",
        ["Juliana Liu"], "2024-05-27", "CNN",
        ["China has set up its largest-ever state-backed chip fund", "said one analyst."],
        ["3 minute read", "Link Copied!", "Ad Feedback", "More from CNN"],
    ),
    (
        # A German national daily: the author's trade on its own line, "Lesedauer".
        "de-national-welt.txt",
        "China steckt 47 Milliarden Dollar in seine Chipindustrie",
        ["Philipp Vetter"], "2024-05-27", "WELT",
        ["China hat einen neuen Fonds für die Halbleiterindustrie",
         "Maschinen und Materialien fließen."],
        ["Wirtschaftsredakteur", "Veröffentlicht am", "Lesedauer", "Drittanbietern",
         "Weitere Artikel"],
    ),
    (
        # A Spanish regional daily: "Redacción" and the city as the byline.
        "es-regional-daily.txt",
        "China crea el mayor fondo estatal de su historia para los chips",
        [], "2024-05-27", "La Vanguardia",
        ["China ha creado un fondo estatal", "la maquinaria y los materiales."],
        ["Redacción", "Actualizado a", "Lee también", "Etiquetas"],
    ),
    (
        # A Taiwanese portal: the outlet before the reporter and a real-time
        # report's place ("經濟日報／ 記者尹慧中／台北即時報導").
        "zh-tw-portal.txt",
        "中國大基金三期成立 3440億人民幣規模創新高",
        ["尹慧中"], "2024-05-27", "聯合新聞網",
        ["中國國家集成電路產業投資基金三期日前成立", "將持續關注相關發展。"],
        ["經濟日報／", "即時報導", "延伸閱讀", "分享"],
    ),
    (
        # A Chinese business weekly: two reporters, each after a trade
        # ("记者 张三 实习记者 李四"), the editors under the text.
        "zh-business-weekly.txt",
        "大基金三期成立 注册资本3440亿元",
        ["张三", "李四"], "2024-05-27", "财新网",
        ["【财新网】国家集成电路产业投资基金三期股份有限公司", "三期资金将重点投向设备和材料。"],
        ["来源于", "实习记者", "责任编辑", "推荐阅读"],
    ),
    (
        # A Japanese business weekly: the author as "田中 一郎 : 東洋経済 記者" (a
        # space inside the name, the outlet and trade after a colon), and
        # "ランキング" among the sections (it had opened a "related" box that
        # swallowed the byline and the date).
        "ja-business-weekly.txt",
        "中国、半導体の国家ファンド「第3期」の勝算",
        ["田中 一郎"], "2024-05-28", "東洋経済オンライン",
        ["中国政府は、半導体産業を育成する国家ファンドの第3期を設立した。",
         "中心になるとみられる。"],
        ["東洋経済 記者", "シェア", "ブックマーク", "この記事の著者"],
    ),
    (
        # A U.S. agency's press release: the government banner above the
        # agency's name, the press office's name under the date (it had been
        # the standfirst), "###" closing the release.
        "gov-us-press-release.txt",
        "Commerce Adds Chinese Chipmakers to Entity List",
        [], "2024-05-27", "Bureau of Industry and Security",
        ["WASHINGTON, D.C. — Today, the Department of Commerce’s Bureau", "said Under Secretary"],
        ["An official website", "Here's how you know", "FOR IMMEDIATE RELEASE",
         "Office of Congressional", "media@bis.doc.gov", "Last updated"],
    ),
    (
        # China's government portal: an agency's story reprinted, the type
        # size buttons and the "correct an error" link.
        "zh-gov-portal.txt",
        "国务院常务会议研究部署推动集成电路产业高质量发展",
        [], "2024-05-27", "新华社",
        ["国务院总理主持召开国务院常务会议", "提升产业链供应链韧性和安全水平。"],
        ["字号", "打印", "【我要纠错】", "责任编辑", "扫一扫"],
    ),
    (
        # The European Commission's press corner: the date and the city over
        # the headline, the press contacts under the text.
        "gov-eu-press-release.txt",
        "Commission welcomes agreement on European Chips Act funding",
        [], "2024-05-27", "European Commission",
        ["The Commission welcomes the political agreement", "said the Commissioner"],
        ["Press corner", "For More Information", "Press contacts", "name.surname@",
         "Europe Direct"],
    ),
    (
        # A science journal's news: the browser notice, the share links under
        # the byline, the DOI and the access prompt under the text.
        "science-news.txt",
        "China pours billions into chip research",
        ["Smriti Mallapaty"], "2024-05-27", "nature",
        ["China has established a new semiconductor fund", "how the money will be divided."],
        ["Thank you for visiting", "Twitter", "doi:", "Related Articles",
         "Access through your institution"],
    ),
    (
        # A Japanese ministry's news release: the bureau under the date, the
        # contact desk and its telephone under the text.
        "ja-government.txt",
        "半導体の安定供給確保に向けた支援を決定しました",
        [], "2024-05-27", "経済産業省",
        ["経済産業省は、半導体の安定供給を確保するため", "取り組んでまいります。"],
        ["ニュースリリース", "担当", "電話", "このページの先頭へ"],
    ),
    (
        # A live blog: two reporters, one with her place, no "By"; the key
        # events' list with "3h ago" stamps between the header and the first
        # entry (they had become the header's date lines, and the title was lost).
        "news-live-blog.txt",
        "China chip fund live: Beijing launches $47.5bn ‘Big Fund’ – as it happened",
        ["Helen Davidson", "Amy Hawkins"], "2024-05-27", "The Guardian",
        ["Analysts say the fund will focus on equipment and materials",
         "China has set up the third phase of its national chip fund",
         "with a 17% stake."],
        ["Back to homepage", "Key events", "3h ago", "Show key events only",
         "Explore more on these topics", "Reuse this content"],
    ),
    (
        # A German magazine's interview: the headline in »guillemets«, "Ein
        # Interview von" as the byline, the questions and answers as the text.
        "de-interview.txt",
        "»China kann die Lücke nicht mit Geld allein schließen«",
        ["Georg Fahrion"], "2024-05-27", "Der Spiegel",
        ["SPIEGEL: Herr Müller, China steckt 47 Milliarden Dollar", "vor allem bei den Anlagen."],
        ["Ein Interview von", "Mehr zum Thema"],
    ),
    (
        # A Korean wire: the reporter named in the dateline opening the text
        # ("(서울=연합뉴스) 홍길동 기자 ="), which had been read as program text
        # and dropped; the reporter's address and the no-reposting notice under it.
        "ko-wire-agency.txt",
        '삼성전자, 평택에 차세대 반도체 라인 증설…"AI 메모리 수요 대응"',
        ["홍길동"], "2024-03-06", "연합뉴스",
        ["(서울=연합뉴스) 홍길동 기자 = 삼성전자가", "치열해질 것\"이라고 말했다."],
        ["기자 페이지", "글자크기조정", "hong@yna.co.kr", "무단 전재", "많이 본 뉴스", "관련 뉴스",
         "재판매 및 DB 금지"],
    ),
    (
        # A Korean portal's copy of a paper's story: the reactions, the section
        # note and the portal's buttons; "입력" (filed) is the date, not "수정";
        # the paper, over its own subscribe button, is the site, not the portal.
        "ko-portal.txt",
        'SK하이닉스, 中 추격에 HBM 투자 확대…"기술 격차 3년 유지"',
        ["김철수"], "2024-03-06", "한국경제",
        ["SK하이닉스가 충북 청주 M15X 공장에", "빠르게 늘리고 있다고 분석한다."],
        ["기사원문", "본문 요약봇", "이 기사는 언론사에서", "기사의 섹션 정보는", "구독해보세요",
         "훈훈해요", "kim@hankyung.com", "/SK하이닉스 제공"],
    ),
    (
        # A Korean national daily: a correspondent filing from abroad
        # ("베이징=이벌찬 특파원"), the photo's credit after a slash, the author box.
        "ko-national-daily.txt",
        "中, 반도체 자립 위해 70조원 '빅펀드' 3기 출범",
        ["이벌찬"], "2024-05-27", "조선일보",
        ["중국이 반도체 자립을 위해", "집중될 것으로 본다."],
        ["/로이터 연합뉴스", "베이징 특파원입니다", "글자크기 설정", "업데이트"],
    ),
    (
        # A Korean tech site: headline, one subtitle, byline, two date lines, the
        # lead paragraph right under them (it had been taken for the subtitle).
        "ko-tech-site.txt",
        '"中 반도체 굴기, 레거시 공정서 먼저 성과"',
        ["박영희"], "2024-03-06", "ZDNet Korea",
        ["중국이 28나노미터(nm) 이상 레거시 공정에서", "성숙 공정 투자를 늘렸다\"고 설명했다."],
        ["박영희 기자", "관련기사", "지금 뜨는 기사", "광고문의"],
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "authors", "day", "site", "kept", "dropped"), CASES, ids=[c[0] for c in CASES]
)
def test_paste_kinds(
    name: str,
    title: str,
    authors: list[str],
    day: str,
    site: str | None,
    kept: list[str],
    dropped: list[str],
) -> None:
    article = clean(name)
    assert article.title == title
    assert list(article.authors) == authors
    assert (article.published or "")[:10] == day
    assert article.site == site
    for piece in kept:
        assert piece in article.text
    for piece in dropped:
        assert piece not in article.text


def test_standfirst_becomes_subtitle_not_body() -> None:
    article = clean("de-regional.txt")
    assert article.subtitle is not None
    assert article.subtitle.startswith("Ein Stahlbauer investiert 350 Millionen Euro")
    assert "Ein Stahlbauer investiert" not in article.text
    assert article.excerpt == article.subtitle


def test_title_and_byline_are_not_in_the_body() -> None:
    article = clean("news-header-date.txt")
    assert article.title not in article.text
    assert "Maria Lopez" not in article.text


def test_header_date_is_not_the_publication_date() -> None:
    article = clean("news-header-date.txt")
    published = article.candidates["published"]
    assert [c.value for c in published if c.chosen] == ["2024-05-14"]
    assert "2024-05-16" in [c.value for c in published]  # offered, not chosen


def test_updated_time_is_not_the_publication_date() -> None:
    article = clean("fr-regional.txt")
    assert article.published == "2024-05-03T08:00:00"


def test_timestamp_with_zone_is_kept() -> None:
    assert clean("wire.txt").published == "2024-06-03T14:15:00+01:00"


def test_removed_blocks_carry_reasons() -> None:
    why = reasons(clean("news-header-date.txt"))
    assert why["• Thu. May 16th, 2024"] == "date"
    assert why["ByMaria Lopez"] == "byline"
    assert why["Advertisement"] == "advertisement"
    assert why["Leave a Reply"] == "comments"
    assert why["By Maria Lopez"] == "byline"
    assert why["Maria Lopez covers transport and the waterfront for Harbour Ledger. She joined "
               "the paper in 2019 after a decade at a business weekly."] == "bio"
    assert why["Port Authority Approves Automated Cranes for the Eastern Terminal"] == "title"
    assert why["Photo: A container ship is unloaded at the eastern terminal in March. "
               "(Harbour Ledger/Kim Osei)"] == "caption"
    why = reasons(clean("blog-comments.txt"))
    assert why["Wonderful news. The reading room has been too hot for years."] == "comments"
    assert why["Share this:"] == "share"


def test_candidates_mark_the_chosen_value() -> None:
    article = clean("news-header-date.txt", url="https://www.harbourledger.example/port/cranes")
    sites = article.candidates["site"]
    assert ("harbourledger.example", "url") in [(c.value, c.source) for c in sites]
    assert sum(c.chosen for c in sites) == 1
    authors = article.candidates["authors"]
    assert [(c.value, c.source, c.chosen) for c in authors] == [("Maria Lopez", "byline", True)]
    assert article.url == "https://www.harbourledger.example/port/cranes"


def test_lists_and_subheadings_survive_as_html() -> None:
    article = clean("review-lists.txt")
    assert "<ul><li>Weight: 250g</li><li>Battery: 40 hours</li><li>Bluetooth: 5.3</li></ul>" in (
        article.html
    )
    assert "<ol><li>A commuter train at rush hour" in article.html
    assert "<h2>Design</h2>" in article.html
    assert "\nDesign\n" in article.text


_SECTIONED = """World
Business
Ministry tightens rules on chip exports
By Jane Holloway
March 6, 2024
The ministry on Tuesday announced new rules that will tighten the export of advanced chips to a list of countries, officials said in a statement.
The rules, which take effect next month, cover equipment used to make memory chips as well as the chips themselves, the statement said.
Background
The government has spent the past decade building up a domestic industry, pouring billions into foundries and research institutes across the country.
Analysts said the move was expected and would have little immediate effect on trade, though it could shape investment decisions later this year.
What comes next
Companies have until the end of the month to file for licences, and the ministry said it would publish a list of approved buyers in April.
Share this article
"""


def test_a_one_word_subheading_among_others_stays_without_blank_lines() -> None:
    article = clean_text(_SECTIONED)
    assert "<h2>Background</h2>" in article.html
    assert "statement said.\n\nBackground\n\nThe government" in article.text
    assert "World" not in article.text.split("\n")


def test_a_lone_capitalised_word_between_paragraphs_stays_furniture() -> None:
    article = clean_text(_SECTIONED.replace("What comes next\n", ""))
    assert "Background" not in article.text.split("\n\n")
    assert ("Background", "menu") in [(r.text, r.reason) for r in article.removed]


def test_body_paragraphs_are_separated_by_one_blank_line() -> None:
    article = clean("wire.txt")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 4
    assert all(p.strip() == p and p for p in paragraphs)
    assert article.html.count("<p>") == 4


def test_html_escapes_text() -> None:
    text = (
        "Markup & more\n\n"
        "The parser treats <script>alert(1)</script> as text & never runs it, "
        "which is exactly what the reviewers wanted to see in this release.\n\n"
        "A second paragraph explains that the angle brackets are shown as they were typed."
    )
    article = clean_text(text)
    assert "<script>" not in article.html
    assert "&lt;script&gt;" in article.html
    assert "<script>alert(1)</script>" in article.text


def test_clean_paste_keeps_every_paragraph() -> None:
    text = (
        "The council approved the budget on Monday after a debate that lasted four hours.\n\n"
        "Residents can sign up for the free recycling newsletter at the town hall.\n\n"
        "The next meeting is in June."
    )
    article = clean_text(text)
    assert article.title == ""
    assert article.text == text
    assert article.removed == ()


def test_untitled_page_with_heading_gets_it_as_title() -> None:
    text = (
        "Why the river flooded\n\n"
        "Heavy rain over three days filled the reservoir faster than engineers expected, "
        "and the spillway could not keep up with the water coming down from the hills.\n\n"
        "The county has asked for a review of how the dam is operated in winter."
    )
    article = clean_text(text)
    assert article.title == "Why the river flooded"
    assert article.text.startswith("Heavy rain over three days")


def test_site_name_is_cut_from_a_page_title() -> None:
    text = (
        "How tides are measured | Coastal Notes\n"
        "Coastal Notes\n"
        "Home\n"
        "How tides are measured\n"
        "By Ada Brennan\n"
        "March 2, 2024\n"
        "Tide gauges record the height of the sea every few minutes, and the records go back "
        "more than a century in some harbours.\n"
        "Modern gauges use radar instead of floats, which makes them easier to maintain.\n"
        "© 2024 Coastal Notes\n"
    )
    article = clean_text(text)
    assert article.title == "How tides are measured"
    assert article.site == "Coastal Notes"
    assert "How tides are measured | Coastal Notes" not in article.text


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\xad", "\u200b\n\ufeff"])
def test_empty_text_is_a_user_error(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        clean_text(text)


def test_unknown_language_is_kept() -> None:
    swahili = (
        "Habari za leo\n"
        "Serikali imetangaza mpango mpya wa kujenga barabara katika mikoa mitano ya kusini "
        "mwa nchi mwaka huu\n"
        "Wananchi wengi wamesema wanafurahia mpango huo kwa sababu utarahisisha usafiri\n"
    )
    article = clean_text(swahili)
    assert "Serikali imetangaza mpango mpya" in article.text
    assert "Wananchi wengi wamesema" in article.text


def test_short_lines_in_an_unknown_script_are_never_emptied() -> None:
    text = "ሰላም ለሁሉም\nዛሬ ጥሩ ቀን ነው\nእንኳን ደህና መጡ"
    article = clean_text(text)
    assert article.text.strip()
    assert all(piece in article.text for piece in ("ዛሬ ጥሩ ቀን ነው",))


def test_site_named_in_the_author_box() -> None:
    text = (
        "Wind farm approved off the northern coast\n\n"
        "ByTheo Marsh\n\n"
        "Jan 9, 2024\n\n"
        "The regional council approved a 40-turbine wind farm off the northern coast on "
        "Monday, ending a planning fight that lasted six years.\n\n"
        "Construction is expected to start next spring and to take about two years.\n\n"
        "By Theo Marsh\n\n"
        "As a reporter at coastwatch.com, I cover energy and the sea for our readers.\n\n"
        "Leave a Reply\n"
    )
    article = clean_text(text)
    assert article.authors == ("Theo Marsh",)
    assert article.site == "coastwatch.com"
    assert ("coastwatch.com", "text", True) in [
        (c.value, c.source, c.chosen) for c in article.candidates["site"]
    ]
    assert "coastwatch" not in article.text


def test_a_caption_under_its_credit_is_neither_standfirst_nor_text() -> None:
    article = clean("news-broadcaster.txt")
    caption = "China has been trying to reduce its reliance on foreign chip technology"
    assert article.subtitle is None
    assert reasons(article)[caption] == "caption"


def test_a_heading_under_a_captions_closing_credit_stays() -> None:
    # "Step 5" under "Attach moss. (Lucy Akins)": the credit closes a caption,
    # it is no bare credit over one, and a two-word heading is no caption.
    steps = [
        "Using floral pins, attach enough moss around the oasis to cover it completely.",
        "Gently place the cloche over the oasis; the glass may push some of the moss upward.",
    ]
    text = (
        "How to Build a Terrarium\nBy Lucy Akins\n\n"
        f"{steps[0]}\nAttach moss. (Lucy Akins)\nStep 5\n{steps[1]}\n"
        "Glass cloches are sold in most garden centres and need little care once planted.\n"
    )
    article = clean_text(text)
    assert "Step 5" in article.text
    assert all(step in article.text for step in steps)


def test_reporting_from_is_a_byline_line_only_when_it_stands_alone() -> None:
    article = clean("news-national-us.txt")
    assert article.subtitle and article.subtitle.startswith("The fund, the largest")
    sentence = (
        "Reporting from the front lines, she found that the army had retreated far beyond "
        "the river and that the villages along it were empty."
    )
    text = f"River villages empty\nBy Jane Doe\nMay 27, 2024\n\n{sentence}\n\n" + "\n\n".join(
        [
            "The regional authorities said they had no figures on how many people had left, "
            "and aid groups asked for access to the area.",
            "A ceasefire agreed last month has not held, and both sides blame each other for "
            "the shelling that resumed over the weekend.",
        ]
    )
    assert sentence in clean_text(text).text


def test_chinese_agency_dateline_names_its_reporters() -> None:
    """A mainland agency names them after the dateline, in brackets, with no byline above."""
    lead = (
        "新华社北京5月27日电（记者张三、李四）国家集成电路产业投资基金三期近日成立，"
        "注册资本3440亿元，超过一期和二期的总和。"
    )
    text = (
        "大基金三期成立 规模3440亿元\n2024-05-27 10:00\n"
        f"{lead}\n业内人士认为，三期资金将重点投向光刻机等半导体设备、材料以及高带宽存储等领域。\n"
    )
    article = clean_text(text)
    assert list(article.authors) == ["张三", "李四"]
    assert article.text.startswith(lead)


def test_byline_naming_no_person_is_not_the_standfirst() -> None:
    """"Par Le Figaro avec AFP" is the byline's place, whoever it names."""
    article = clean("fr-agency-byline.txt")
    assert article.subtitle is None
    assert "Par Le Figaro avec AFP" in {r.text for r in article.removed}


def test_a_language_without_rules_keeps_its_text_and_names_no_menu_as_the_site() -> None:
    """Russian: the text whole; neither the skip link nor the first section is the site."""
    article = clean("ru-news.txt")
    assert article.title == "Китай создал третий фонд поддержки производства микросхем"
    assert list(article.authors) == ["Иван Петров"]
    assert (article.published or "")[:10] == "2024-05-27"
    assert article.site is None
    for piece in ("уставным капиталом 344 млрд юаней.", "оборудования и материалов."):
        assert piece in article.text
    for furniture in ("Перейти к содержанию", "Главная", "Политика"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    ("header", "body", "title", "author"),
    [
        (  # Turkish: suffixes carry what small words carry elsewhere
            "Ana Sayfa\nHaberler\nEkonomi\n\nMerkez Bankası faiz oranlarını sabit tuttu\n\n"
            "Ahmet Yılmaz\n12 Mart 2024\n\n",
            ["Merkez Bankası perşembe günü yaptığı toplantıda politika faizini yüzde 45 "
             "seviyesinde sabit tuttuğunu açıkladı.",
             "Ekonomistler kararın beklentilere uygun olduğunu ve enflasyonun hâlâ yüksek "
             "seyrettiğini belirtti.",
             "Para Politikası Kurulu'nun bir sonraki toplantısının nisan ayının sonunda "
             "yapılması planlanıyor."],
            "Merkez Bankası faiz oranlarını sabit tuttu",
            "Ahmet Yılmaz",
        ),
        (  # Arabic: no capitals to know a name by
            "الرئيسية\nأخبار\nاقتصاد\n\nالبنك المركزي يبقي أسعار الفائدة دون تغيير\n\n"
            "أحمد علي\n12 مارس 2024\n\n",
            ["أبقى البنك المركزي يوم الخميس على أسعار الفائدة الرئيسية دون تغيير للمرة "
             "الثالثة على التوالي، وفق بيان رسمي.",
             "وقال محافظ البنك إن التضخم لا يزال مرتفعا لكنه بدأ في التراجع خلال الأشهر "
             "الأخيرة من العام الماضي.",
             "ومن المقرر أن تعقد لجنة السياسة النقدية اجتماعها المقبل في نهاية شهر أبريل "
             "لمراجعة الوضع الاقتصادي."],
            "البنك المركزي يبقي أسعار الفائدة دون تغيير",
            "أحمد علي",
        ),
        (  # Hindi: words carry vowel signs (combining marks) and sentences end with "।"
            "होम\nसमाचार\nव्यापार\n\nरिज़र्व बैंक ने ब्याज दरों में कोई बदलाव नहीं किया\n\n"
            "राहुल शर्मा\n12 मार्च 2024\n\n",
            ["भारतीय रिज़र्व बैंक ने गुरुवार को अपनी मौद्रिक नीति समीक्षा में प्रमुख ब्याज "
             "दरों को स्थिर रखने का फैसला किया।",
             "गवर्नर ने कहा कि महंगाई अभी भी ऊंचे स्तर पर है लेकिन पिछले कुछ महीनों में "
             "इसमें कमी आई है।",
             "मौद्रिक नीति समिति की अगली बैठक अप्रैल के अंत में होगी जिसमें आर्थिक स्थिति "
             "की समीक्षा की जाएगी।"],
            "रिज़र्व बैंक ने ब्याज दरों में कोई बदलाव नहीं किया",
            "राहुल शर्मा",
        ),
    ],
    ids=["tr", "ar", "hi"],
)
def test_a_paste_in_turkish_arabic_or_hindi_gives_its_fields_and_keeps_its_text(
    header: str, body: list[str], title: str, author: str
) -> None:
    article = clean_text(header + "\n\n".join(body) + "\n\nShare\n")
    assert article.title == title
    assert article.authors == (author,)
    assert article.published == "2024-03-12"
    assert article.text == "\n\n".join(body)


IT_PROSE = (
    "Il consiglio comunale ha approvato martedì un piano a lungo discusso che trasformerà la "
    "sponda nord del fiume in una catena di parchi pubblici nei prossimi sei anni.\n\n"
    "Il piano, proposto per la prima volta nel 2019, si era arenato due volte per il costo "
    "della bonifica del suolo lungo le vecchie banchine industriali, hanno detto i consiglieri."
)
PT_PROSE = (
    "A câmara municipal aprovou na terça-feira um plano muito debatido que vai transformar a "
    "margem norte do rio numa cadeia de parques públicos nos próximos seis anos.\n\n"
    "O plano, proposto pela primeira vez em 2019, tinha parado duas vezes por causa do custo "
    "da limpeza do solo ao longo dos antigos cais industriais, disseram os vereadores."
)
PL_PROSE = (
    "Rada miasta zatwierdziła we wtorek długo dyskutowany plan, który w ciągu najbliższych "
    "sześciu lat zamieni północny brzeg rzeki w ciąg publicznych parków.\n\n"
    "Plan, zaproponowany po raz pierwszy w 2019 roku, dwukrotnie utknął z powodu kosztów "
    "oczyszczenia gleby wzdłuż starych nabrzeży przemysłowych, powiedzieli radni."
)
AR_PROSE = (
    "وافق المجلس البلدي يوم الثلاثاء على خطة طال الجدل حولها، تقضي بتحويل الواجهة النهرية "
    "الشمالية إلى سلسلة من الحدائق العامة خلال السنوات الست المقبلة.\n\n"
    "وكانت الخطة، التي طرحت لأول مرة عام 2019، قد تعثرت مرتين بسبب تكلفة تنظيف التربة على "
    "امتداد الأرصفة الصناعية القديمة، وفق ما قاله أعضاء في المجلس."
)


@pytest.mark.parametrize(
    ("header", "prose", "title", "authors", "day"),
    [
        (  # a lower-case "di" byline is not the headline's end, the update in brackets is not
            "Vai al contenuto\nMenu\nCerca\nESCLUSIVO\nParchi sul fiume, il consiglio dice sì\n"
            "di Mario Rossi e Giulia Bianchi\n4 marzo 2024 (modifica il 5 marzo 2024 | 09:00)\n",
            IT_PROSE, "Parchi sul fiume, il consiglio dice sì", ("Mario Rossi", "Giulia Bianchi"),
            "2024-03-04",
        ),
        (  # a byline in capitals with letters beyond ASCII; a date glued by its dots
            "Pular para o conteúdo\nMenu\nBuscar\nParques à beira-rio: o que muda para os "
            "moradores\nPOR JOÃO SILVA E ANA OLIVEIRA\n4.mar.2024 às 10h15\n",
            PT_PROSE, "Parques à beira-rio: o que muda para os moradores",
            ("João Silva", "Ana Oliveira"), "2024-03-04",
        ),
        (  # an agency after the name, and a news agency's photo credit ("Fot.") under it
            "Przejdź do treści\nTYLKO U NAS\nRada miasta przyjęła nowy plan budowy parków nad "
            "rzeką\nJan Kowalski, PAP\nPublikacja: 04.03.2024 10:15 Aktualizacja: 05.03.2024 "
            "09:00\nFot. Tomasz Nowicki\n",
            PL_PROSE, "Rada miasta przyjęła nowy plan budowy parków nad rzeką", ("Jan Kowalski",),
            "2024-03-04",
        ),
        (  # a question for a headline; the name before its trade, a paragraph from the date;
            # a Levantine month; the update labelled first
            "التخطي إلى المحتوى\nالقائمة\nبحث\nحدائق الواجهة النهرية: ما الذي سيتغير للسكان؟\n"
            "أحمد المصري، مراسل الشؤون المحلية\nمدة القراءة: 3 دقائق\n4 آذار 2024\n",
            AR_PROSE, "حدائق الواجهة النهرية: ما الذي سيتغير للسكان؟", ("أحمد المصري",),
            "2024-03-04",
        ),
        (  # Eastern Arabic digits; an agency after the name
            "الرئيسية\nأخبار\nالمجلس البلدي يقر خطة جديدة لتحويل الواجهة النهرية إلى حدائق عامة\n"
            "أحمد المصري - رويترز\n٤ مارس ٢٠٢٤\n",
            AR_PROSE, "المجلس البلدي يقر خطة جديدة لتحويل الواجهة النهرية إلى حدائق عامة",
            ("أحمد المصري",), "2024-03-04",
        ),
    ],
    ids=["it", "pt", "pl", "ar-question", "ar-digits"],
)
def test_headers_of_other_languages_give_headline_authors_and_publication_day(
    header: str, prose: str, title: str, authors: tuple[str, ...], day: str
) -> None:
    article = clean_text(header + "\n" + prose + "\n")
    assert article.title == title
    assert article.authors == authors
    assert (article.published or "")[:10] == day
    assert article.text == prose


RU_PROSE = [
    "Городской совет во вторник одобрил давно обсуждаемый план, согласно которому в ближайшие "
    "шесть лет северная набережная превратится в цепочку общественных парков.",
    "План, впервые предложенный в 2019 году, дважды застопоривался из-за высокой стоимости "
    "очистки почвы вдоль старых промышленных причалов, рассказали журналистам члены совета.",
    "Сторонники проекта утверждали, что парки вернут семьи в ту часть города, которая более "
    "века была отрезана от воды.",
]


def test_boxes_and_furniture_of_a_russian_paste_go_and_every_paragraph_stays() -> None:
    # The second paragraph holds one small word of the list in 21 ("в"): Russian puts
    # into endings what English says in small words, and it must stay a paragraph,
    # not read as the summary of the "Читайте также" link above it.
    text = (
        "Главная\n\nГорсовет утвердил новый план создания парков на набережной\n"
        "Автор: Иван Петров\n4 марта 2024\n\n"
        + RU_PROSE[0] + "\nЧитайте также: Автобусы летом изменят маршруты\n"
        + RU_PROSE[1] + "\nРеклама\nСлушать статью · 5 мин\n" + RU_PROSE[2] + "\n\n"
        "Иван Петров — обозреватель отдела «Город». Работает в редакции с 2015 года.\n"
        "Материалы по теме\nАвтобусы летом изменят маршруты\n"
        "Добавить комментарий\nОтменить ответ\nВаш адрес email не будет опубликован.\n"
        "© 2024 «Городские вести». Все права защищены.\n"
        "При полном или частичном использовании материалов ссылка обязательна.\n"
    )
    article = clean_text(text)
    assert article.authors == ("Иван Петров",)
    assert article.text == "\n\n".join(RU_PROSE)


def test_boxes_of_an_italian_and_an_arabic_paste_go() -> None:
    it = (
        "Home\n\nParchi sul fiume, il consiglio dice sì\ndi Mario Rossi\n4 marzo 2024\n\n"
        + IT_PROSE.replace(
            "\n\n", "\nLeggi anche: Le linee degli autobus cambiano percorso per l'estate\n"
            "Ascolta l'articolo · 5 min\nPubblicità\n"
        )
        + "\n\nCondividi questo articolo\nArgomenti: parchi, consiglio comunale\n"
        "Mario Rossi è giornalista della redazione Cronaca.\nI più letti\n"
        "© RIPRODUZIONE RISERVATA\n"
    )
    assert clean_text(it).text == IT_PROSE
    ar = (
        "الرئيسية\n\nالمجلس البلدي يقر خطة جديدة للواجهة النهرية\nبقلم: أحمد المصري\n"
        "4 مارس 2024\n\n"
        + AR_PROSE.replace(
            "\n\n", "\nاقرأ أيضا: تغيير مسارات خطوط الحافلات خلال الصيف\n"
            "استمع إلى المقال · 5 دقائق\nإعلان\n"
        )
        + "\n\nشارك هذا المقال\nأحمد المصري صحفي يغطي شؤون البلدية.\nالأكثر قراءة\n"
        "© 2024 جريدة النهر. جميع الحقوق محفوظة.\n"
    )
    article = clean_text(ar)
    assert article.authors == ("أحمد المصري",)
    assert article.text == AR_PROSE


def test_a_korean_subtitle_of_points_is_the_subtitle_and_the_publication_time_is_the_filing() -> None:
    """Two short lines under the byline are the subtitle's points; "입력" beats "수정"."""
    article = clean("ko-portal.txt")
    assert article.subtitle == "청주 M15X 공장에 5조원 추가 투입"
    assert "중국 CXMT 추격 거세" not in article.text
    assert article.published == "2024-03-06T10:21:00"


def test_a_bare_korean_word_beside_the_date_is_no_author() -> None:
    """"기사원문" (the original's link) has as many syllables as a name, but no trade."""
    text = (
        "반도체 투자 확대\n입력 2024.03.06. 오전 10:21\n기사원문\n"
        "삼성전자가 경기도 평택캠퍼스에 고대역폭 메모리 생산 라인을 증설한다고 6일 밝혔다.\n"
        "회사 측은 이번 투자로 생산능력을 내년까지 두 배 수준으로 늘릴 계획이라고 설명했다.\n"
    )
    article = clean_text(text)
    assert article.authors == ()
    assert article.published == "2024-03-06T10:21:00"
    assert "삼성전자가 경기도" in article.text


_KO_PROSE = (
    "시의회는 화요일 북부 강변을 앞으로 6년에 걸쳐 공원 지대로 바꾸는 오랜 숙원 계획을 "
    "찬성 다수로 통과시켰다.\n"
    "이 계획은 2019년 처음 제안됐지만 옛 공업용 부두의 토양 정화 비용을 둘러싸고 두 차례 "
    "무산된 바 있다고 의원들은 설명했다.\n"
)


def test_a_korean_name_without_its_trade_and_an_ad_label_do_not_take_the_headline() -> None:
    """"김민지" alone under the subtitle is too short to be a headline; "광고" is an ad's label."""
    head = "로그인\n강변 공원 계획, 주민에게 무엇이 달라지나\n6년 논쟁 끝에 옛 부두 부지 공원화 확정\n"
    for tail in ("김민지\n입력 2024.03.04. 오전 10:15\n", "광고\n"):
        article = clean_text(head + tail + _KO_PROSE)
        assert article.title == "강변 공원 계획, 주민에게 무엇이 달라지나"
        assert article.text.startswith("시의회는 화요일")


def test_a_korean_byline_joined_to_its_date_names_both_reporters() -> None:
    text = "강변 공원 계획 최종 승인\n김민지·이준호 기자 · 2024년 3월 4일\n" + _KO_PROSE
    article = clean_text(text)
    assert list(article.authors) == ["김민지", "이준호"]
    assert (article.published or "")[:10] == "2024-03-04"


def test_a_korean_sentence_under_a_bare_related_label_is_the_text_going_on() -> None:
    """"관련기사" over one headline is a box; over a sentence ending on "다." it is not."""
    sentence = "찬성 측은 공원이 한 세기 넘게 물가와 단절돼 온 지역에 가족들을 다시 불러들일 것이라고 주장했다."
    text = "강변 공원 계획 최종 승인\n김민지 기자\n" + _KO_PROSE + "관련기사\n" + sentence + "\n"
    article = clean_text(text)
    assert sentence in article.text
    assert "관련기사" not in article.text


def test_teasers_copied_as_their_picture_text_then_their_link_are_not_text() -> None:
    """A browser's plain-text copy of a teaser prints its headline twice on one line."""
    prose = (
        "The city council voted on Tuesday to approve a long-debated plan that will turn "
        "the northern riverside into a chain of public parks over the next six years.\n\n"
        "Opponents on the council said the money would be better spent on repairing roads "
        "and schools, and two members voted against the plan in the end.\n\n"
    )
    teasers = [
        "Bus lines to change routes during the summer works on the bridge",
        "New cycle lanes open in the south of the city after two years of delays",
        "Museum reopens after two years of repairs to its roof and galleries",
    ]
    text = (
        "Parks plan wins final vote\nBy Jane Holloway\nMarch 4, 2024\n\n"
        + prose
        + "Share\nYou Might Also Like\n"
        + "\n".join(f"{t}  {t}" for t in teasers)
        + "\n"
    )
    article = clean_text(text)
    assert article.text.rstrip().endswith("voted against the plan in the end.")
    for teaser in teasers:
        assert teaser not in article.text


_PARKS_PROSE = (
    "The city council voted on Tuesday to approve a long-debated plan that will turn "
    "the northern riverside into a chain of public parks over the next six years.\n\n"
    "Opponents on the council said the money would be better spent on repairing roads "
    "and schools, and two members voted against the plan in the end.\n"
)


def test_a_lead_photos_file_name_and_wire_credited_caption_do_not_take_the_headline() -> None:
    for caption in (
        "parks.JPG\nThe riverside in spring. (The Associated Press)",
        "The riverside in spring. (Reuters)",
        "parks.jpg",
    ):
        text = (
            "Parks plan wins final vote after years of debate\n\n"
            f"{caption}\nPrint\nCity Desk By City Desk\non March 4, 2024 at 12:06 PM\n\n"
            + _PARKS_PROSE
        )
        article = clean_text(text)
        assert article.title == "Parks plan wins final vote after years of debate", caption
        assert "parks." not in article.text.casefold() and "riverside in spring" not in article.text


def test_a_row_of_buttons_in_capitals_is_no_author() -> None:
    text = (
        "Parks plan wins final vote\nMarch 4, 2024 09:31\nSHARE\nLIKE SAVE PRINT\nFONT SIZE\n\n"
        + _PARKS_PROSE
    )
    article = clean_text(text)
    assert article.authors == ()
    assert "LIKE SAVE PRINT" not in article.text


def test_a_photo_blogs_lines_under_each_pictures_file_name_are_its_text() -> None:
    # Photo blogs (Pixnet's, here) put a line of text under each picture,
    # often with no full stop; the picture's file name above it is no credit.
    prose = (
        "今年秋天我們再次來到新竹尖石的美樹營地，山上的楓葉已經轉紅，整片山谷都是紅色與黃色的樹葉，"
        "營地主人說今年的天氣比往年冷，所以楓葉也比較早變色。\n\n"
        "我們在營地住了兩個晚上，白天沿著溪邊散步，晚上在楓樹下煮晚餐，孩子們在落葉堆裡玩得非常開心。\n\n"
    )
    lines_ = [
        "來到現場已是落葉飄飄堆疊滿地　不時隨著風吹雨襲而葉落垂地",
        "不忍踩過剛剛掉落的樹葉 沿著前人足跡踏痕輕踩而行",
        "午後山嵐興起雲氣遊蕩盤旋在對岸山頭　人潮來來去去似乎也沒有減少",
    ]
    text = (
        "新竹尖石_美樹營地賞楓\n2024-03-04\n\n"
        + prose
        + "".join(f"P16100{n}.jpg\n\n{line}\n\n" for n, line in enumerate(lines_, 41))
        + prose
    )
    article = clean_text(text)
    for line in lines_:
        assert line in article.text
    assert ".jpg" not in article.text


def test_initials_that_spell_a_company_suffix_inside_a_name_keep_the_name() -> None:
    text = "Parks plan wins final vote\n\nBy James S.A. Corey and Tom Watkins\nMarch 4, 2024\n\n"
    assert clean_text(text + _PARKS_PROSE).authors == ("James S.A. Corey", "Tom Watkins")
    owner = "Parks plan wins final vote\n\nBy Grupo Prisa S.L.\nMarch 4, 2024\n\n"
    assert clean_text(owner + _PARKS_PROSE).authors == ()


def test_in_a_language_we_cannot_read_a_long_line_in_another_script_is_not_its_prose() -> None:
    # Thai has no small words Clipper knows, so length alone makes prose; the
    # site's line of social links over the menu is long too, but in Latin letters.
    thai_prose = (
        "คณะกรรมการเมืองลงมติเมื่อวันอังคาร ให้อนุมัติแผนการสร้างสวนสาธารณะริมแม่น้ำทางตอนเหนือ "
        "ซึ่งจะใช้เวลาก่อสร้างหกปี และมีค่าใช้จ่ายประมาณสองร้อยล้านบาท ตามที่นายกเทศมนตรีกล่าวกับผู้สื่อข่าว\n\n"
        "สมาชิกสภาบางคนกล่าวว่า เงินจำนวนนี้ควรนำไปซ่อมถนนและโรงเรียนมากกว่า "
        "และมีสมาชิกสองคนลงคะแนนไม่เห็นด้วยกับแผนนี้ในที่สุด หลังจากการอภิปรายที่ยาวนานหลายชั่วโมง\n\n"
        "ชาวบ้านที่อาศัยอยู่ริมแม่น้ำส่วนใหญ่ดีใจกับข่าวนี้ เพราะพวกเขารอคอยสวนสาธารณะมานานกว่าสิบปี "
        "และหวังว่าจะได้ใช้พื้นที่สีเขียวนี้ร่วมกับครอบครัวในวันหยุดสุดสัปดาห์\n"
    )
    menu = (
        "หน้าแรก การเมือง เศรษฐกิจ ต่างประเทศ กีฬา บันเทิง สิ่งแวดล้อม แรงงาน "
        "คุณภาพชีวิต ความมั่นคง วัฒนธรรม ร้านค้า โฆษณา สนับสนุน ปฏิทินกิจกรรม มอนิเตอร์"
    ).split()
    social = "Twitter: @citynews Facebook Page: City News YouTube: CityNews LINE ID: @citynews"
    text = (
        f"ข่าวเมือง\n{social}\n"
        + "".join(f"* {item}\n" for item in menu)
        + "สภาเมืองอนุมัติแผนสวนสาธารณะริมแม่น้ำ\nSubmitted on Mon, 2019-01-21 13:49\n\n"
        + thai_prose
    )
    article = clean_text(text)
    assert article.title == "สภาเมืองอนุมัติแผนสวนสาธารณะริมแม่น้ำ"
    assert article.published == "2019-01-21T13:49:00"
    assert article.text.startswith("คณะกรรมการเมืองลงมติ")
    assert "@citynews" not in article.text


def test_a_latvian_page_reads_as_one_in_a_language_we_know() -> None:
    # Latvian's small words (and Lithuanian's, Estonian's, Slovak's, Bulgarian's,
    # Norwegian's and Vietnamese's) are known: the menu over the text is no prose,
    # "Autori:" labels the byline, and the lead photo's caption over its credit,
    # above the headline, is not the headline.
    prose = (
        "Pilsētas dome otrdien apstiprināja plānu, kas nākamo sešu gadu laikā pārvērtīs "
        "upes ziemeļu krastu par parku virkni. Projekts izmaksās aptuveni divdesmit "
        "miljonus eiro, un darbi sāksies jau šogad.\n\n"
        "Daži deputāti sacīja, ka naudu labāk būtu tērēt ceļu un skolu remontam, un divi "
        "deputāti beigās balsoja pret plānu. Iedzīvotāji plānu vērtē atzinīgi.\n\n"
        "Parka pirmā daļa pie vecā tilta būs gatava nākamā gada vasarā, sacīja pilsētas "
        "mērs. Tur būs gājēju celiņi, koki un bērnu laukumi.\n"
    )
    menu = (
        "Latvijā Ekonomika Pasaulē Sports Kultūra Izklaide Veselība Ceļošana Virtuve "
        "Vēsture Mūzika Teātris Māksla Dizains Literatūra"
    ).split()
    text = (
        "Latvijas Sabiedriskie Mediji Rīgā mākoņains -2 °C, D vējš, 1,50m/s\n\n"
        + "".join(f"* {m}\n" for m in menu)
        + "\nRīgas upes krasts pavasarī, 2024.gada marts\nFoto: LETA\n\n"
        "Dome apstiprina parku plānu upes krastā\n\n4. marts, 2024\nLatvijā\n"
        "Autori: Anna Kalniņa (ziņu redaktore)\n\n" + prose
    )
    article = clean_text(text)
    assert article.lang == "lv"
    assert article.title == "Dome apstiprina parku plānu upes krastā"
    assert article.authors == ("Anna Kalniņa",)
    assert article.published == "2024-03-04"
    assert article.text.startswith("Pilsētas dome otrdien")
    assert "Ekonomika" not in article.text


def test_shop_links_between_paragraphs_are_no_headlines_of_teasers() -> None:
    # A headline-like line over each paragraph, four times, reads as a list of
    # teasers; "ADD TO CART:" and "VIEW PRICE:" lines are a shop's links.
    paragraphs = [
        "It is the team's fourth world title and its captain's as well, a record that for now "
        "no other player seems close to matching after ten years at the top of the game.",
        "The team entered the final as the last one standing from its league, having beaten "
        "three rivals in the knockout stage to reach this point of the tournament.",
        "On top of that, the team holds a record of its own: it has never lost a best-of-five "
        "series to a team from the rival league, and after today that fact remains true.",
        "The crowd cheered when the team locked in an unusual pick for its top laner, a choice "
        "that had helped it overcome the champions in the semifinals a week before.",
    ]
    promos = [
        "Step-by-step guide on how to get to the team's base camp in Seoul",
        "ADD TO CART: US$25 Gift Card for the North American server",
        "What do instant noodles and marksmen have in common? A player answers",
        "VIEW PRICE: Vinyl Figure of the champion, boxed edition",
    ]
    text = (
        "Captain wins a fourth title as his team takes the world championship\n\n"
        "By Amanda Tan November 19, 2023 7:18 pm\nShare Article\n\n"
        + "".join(f"{promo}\n\n{para}\n\n" for para, promo in zip(paragraphs, promos, strict=True))
        + "After an incredible opening ceremony, the two teams jumped into the draft.\n"
    )
    article = clean_text(text)
    for para in paragraphs:
        assert para in article.text
    assert "ADD TO CART" not in article.text and "VIEW PRICE" not in article.text


def test_a_screenshots_credit_between_paragraphs_is_a_caption() -> None:
    text = (
        "Parks plan wins final vote\n\nBy Jane Holloway\nMarch 4, 2024\n\n"
        + _PARKS_PROSE
        + "\nScreenshot by Jane Holloway/City Ledger\n\n"
        + _PARKS_PROSE.replace("city council", "regional board")
    )
    article = clean_text(text)
    assert "Screenshot" not in article.text
    assert "regional board voted" in article.text


def test_a_short_headline_alone_over_the_text_heads_it_in_any_script() -> None:
    # Three Arabic words are a whole headline; the rule against short labels
    # ("Read More") counts letters, and Arabic needs few.
    arabic = (
        "اجتماع المجلس البلدي\n\n"
        "هذا نص تجريبي باللغة العربية يتحدث عن اجتماع المجلس البلدي يوم الثلاثاء لمناقشة "
        "الميزانية الجديدة.\n\n"
        "وقال رئيس البلدية إن المدينة ستبحث عن تمويل من الحكومة الإقليمية قبل رفع الضرائب "
        "على السكان.\n"
    )
    article = clean_text(arabic)
    assert article.title == "اجتماع المجلس البلدي"
    assert article.text.startswith("هذا نص تجريبي")


def test_a_box_of_links_then_teaser_cards_under_the_text_end_it() -> None:
    # "You Might Also Like", its links, the author's line and tags, then "More
    # from" with cards (headline, summary, author): the cards' summaries are
    # sentences, but no paragraph of the article comes before the next box.
    body = "".join(
        f"{p}\n\n"
        for p in (
            "The task of documenting the killings has become harder in recent weeks, and the "
            "groups that normally carry it out have been unable to work since the checkpoints "
            "closed and settlers' attacks made the roads dangerous for their researchers.",
            "Field researchers have not been able to meet victims or witnesses directly, says a "
            "legal researcher at one of the groups, over a cup of coffee in their office.",
            "A question eliciting both fear and hope is whether the technology works at all. "
            "The security services were caught off guard by the attack despite all of it.",
        )
    )
    cards = "".join(
        f"{head}\n{summary}\n{author}\n\n"
        for head, summary, author in (
            (
                "The War Is Drowning the Network in Disinformation",
                "People who turned to the network for breaking news were hit with old videos, "
                "fake photos and game footage at a level researchers have never seen.",
                "David Gilbert",
            ),
            (
                "New York's Rental Ban Is Descending Into Chaos",
                "People are listing short-term rentals on social media and lesser-known "
                "platforms, bolstering a rental black market in the city.",
                "Amanda Hoover",
            ),
            (
                "The Threats to the Platform's Owner Are Empty, Sources Say",
                "A commissioner warned the platform it could be fined for failing to control "
                "disinformation. But critics say his threats lack teeth.",
                "Morgan Meaker",
            ),
        )
    )
    text = (
        "Intensified Surveillance Has Put the Region on Lockdown\n\nBy Tom Bennett\n"
        "Nov 8, 2023 7:00 AM\n\n" + body + "You Might Also Like …\n"
        "Make the most of chatbots with our newsletter\n"
        "Generative AI is playing a surprising role in disinformation\n"
        "The new era of social media looks as bad for privacy as the last one\n"
        "Your internet browser does not belong to you\n"
        "Tom Bennett is a freelance reporter focusing on extremism and conflict.\n"
        "Topics\nsurveillance\nsecurity\nMore from the Magazine\n" + cards
    )
    article = clean_text(text)
    assert article.text.rstrip().endswith("despite all of it.")
    assert "Disinformation" not in article.text and "Chaos" not in article.text


def test_a_region_tag_or_a_source_label_beside_the_date_is_no_japanese_author() -> None:
    prose = (
        "６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領と北朝鮮の委員長ばかりでは"
        "なかった。中国国家主席も重要な陰の参戦者だった。\n\n"
        "核放棄を巡って検証可能な文字がなく、米韓軍事演習の中止にまで踏み込んだ会談は、一方的な譲歩"
        "であり、後ろ盾だった中国も勝ち組になったかに見える。\n"
    )
    text = (
        "米朝首脳直通電話　習氏に挑むトランプ戦術の成否\n北米\n2018/6/19 5:50\n"
        "情報元\n日本経済新聞　電子版\n\n"
    )
    article = clean_text(text + prose)
    assert article.authors == ()
    assert article.published == "2018-06-19T05:50:00"


def test_a_photos_caption_naming_people_from_left_is_no_standfirst() -> None:
    captions = ("(L-R) Mike Pompeo, Julian Assange, Sheldon Adelson", "From left: Ann Lee, Bo Li")
    for caption in captions:
        text = (
            "Parks plan wins final vote\nJane Holloway\nThu, 14 May 2020 17:55 UTC\n"
            f"{caption}\n" + _PARKS_PROSE
        )
        article = clean_text(text)
        assert article.subtitle is None, caption
        assert caption not in article.text


def test_a_writers_name_over_the_section_and_date_over_the_headline_is_the_author() -> None:
    # Wired prints the writer, the section and the date over the headline. A
    # blog's name over its tagline and the date is a masthead, and a title-case
    # headline over the date is no name (the header probe has that shape).
    text = (
        "Home\nNews\n\nTom Bennett\n\nBusiness\nNov 7, 2023 2:00 AM\n\n"
        "Intensified Surveillance Has Put the Region on Lockdown\n\n" + _PARKS_PROSE
    )
    article = clean_text(text)
    assert article.authors == ("Tom Bennett",)
    assert article.title == "Intensified Surveillance Has Put the Region on Lockdown"
    masthead = clean_text(
        "Slow Transit\nSmall notes on big changes.\n\nFriday, August 14, 2020\n"
        "Climate talks stall over wording of final statement\n" + _PARKS_PROSE
    )
    assert masthead.authors == ()


def test_the_comment_and_related_labels_of_thai_and_vietnamese_end_the_text() -> None:
    thai = (
        "สภาเมืองอนุมัติแผนสวนสาธารณะริมแม่น้ำ\n\n"
        "คณะกรรมการเมืองลงมติเมื่อวันอังคาร ให้อนุมัติแผนการสร้างสวนสาธารณะริมแม่น้ำทางตอนเหนือ "
        "ซึ่งจะใช้เวลาก่อสร้างหกปี และมีค่าใช้จ่ายประมาณสองร้อยล้านบาท ตามที่นายกเทศมนตรีกล่าว\n\n"
        "สมาชิกสภาบางคนกล่าวว่า เงินจำนวนนี้ควรนำไปซ่อมถนนและโรงเรียนมากกว่า "
        "และมีสมาชิกสองคนลงคะแนนไม่เห็นด้วยกับแผนนี้ในที่สุด หลังจากการอภิปรายที่ยาวนาน\n\n"
        "แสดงความคิดเห็น\n\n"
        "รัฐบาลจีนลดความสำคัญในการปฏิบัติต่อตระกูลชินวัตรช่วงเยือนจีน ตามรายงานของสื่อต่างประเทศหลายสำนัก\n"
    )
    assert "รัฐบาลจีน" not in clean_text(thai).text
    vietnamese = (
        "Hội đồng thành phố thông qua kế hoạch công viên ven sông\n\n"
        "Hội đồng thành phố đã bỏ phiếu vào thứ Ba để thông qua kế hoạch biến bờ sông phía bắc "
        "thành một chuỗi công viên công cộng trong sáu năm tới, theo lời của thị trưởng.\n\n"
        "Một số thành viên nói rằng số tiền này nên được dùng để sửa chữa đường sá và trường học, "
        "và hai thành viên đã bỏ phiếu chống lại kế hoạch vào cuối cùng.\n\n"
        "Tin liên quan\n"
        "Giá vàng hôm nay tăng mạnh\nThời tiết Hà Nội chuyển lạnh\nGiao thông ùn tắc giờ cao điểm\n"
    )
    article = clean_text(vietnamese)
    assert article.lang == "vi"
    assert "Giá vàng" not in article.text and "Tin liên quan" not in article.text
    assert article.text.startswith("Hội đồng thành phố đã bỏ phiếu")


def test_a_byline_of_name_place_and_date_between_bars_is_no_breadcrumb() -> None:
    text = (
        "Anticorrupción decidirá en Madrid si recurre la imputación\n"
        "Patricio Candia | Palma de Mallorca | 08/01/2014\n\n"
        "El fiscal Pedro Horrach está perfilando con el jefe de la Fiscalía Anticorrupción, en "
        "Madrid, la estrategia jurídica que seguirá tras el auto dictado por el juez.\n\n"
        "Horrach duda si insistir en su postura de dejar al margen a la hija menor del Rey de los "
        "indicios incriminatorios citados por el instructor del caso.\n"
    )
    article = clean_text(text)
    assert article.authors == ("Patricio Candia",)
    assert article.published == "2014-01-08"
    assert article.title == "Anticorrupción decidirá en Madrid si recurre la imputación"


def test_a_date_told_in_a_sentence_under_the_headline_is_not_the_publication_date() -> None:
    # A selection from the headline down takes the lead photo's caption with it.
    caption = (
        "The sun rises over an oil field over the Monterey Shale formation March 24, 2014 "
        "near Lost Hills, California."
    )
    text = (
        "We Need Geoengineering to Stop Warming, Warns a Climate Scientist\n"
        f"{caption}\nBy Alejandro de la Garza\nNovember 2, 2023 3:53 PM EDT\n" + _PARKS_PROSE
    )
    assert clean_text(text).published == "2023-11-02T15:53:00-04:00"
    credited = (
        "Intensified Surveillance Has Put the Region on Lockdown\n"
        "Security forces near a checkpoint in the region on October 11, 2023.Photograph: Jane "
        "Doe/Getty Images\n\n" + _PARKS_PROSE
    )
    assert clean_text(credited).published is None


def test_tags_between_the_byline_and_the_date_leave_the_headline_over_the_byline() -> None:
    tags = (
        "北朝鮮 トランプ政権 南北首脳会談 習政権ウォッチ 習政権 経済 政治 コラム（国際・アジア） "
        "中国・台湾 北米"
    )
    text = (
        "米朝首脳直通電話　習氏に挑むトランプ戦術の成否\n編集委員　中沢克二\n"
        + "\n".join(tags.split())
        + "\n（1/3ページ）\n2018/6/19 5:50\n保存\n共有\n\n"
        "６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領と北朝鮮の委員長ばかりでは"
        "なかった。中国国家主席も重要な陰の参戦者だった。\n\n"
        "核放棄を巡って検証可能な文字がなく、米韓軍事演習の中止にまで踏み込んだ会談は、一方的な譲歩"
        "であり、後ろ盾だった中国も勝ち組になったかに見える。\n"
    )
    article = clean_text(text)
    assert article.title == "米朝首脳直通電話\u3000習氏に挑むトランプ戦術の成否"
    assert article.authors == ("中沢克二",)
    assert article.published == "2018-06-19T05:50:00"


def test_a_korean_columnists_line_and_a_photo_label_under_the_date_are_no_headings() -> None:
    """"이름 분야 칼럼니스트" is the writer's line, not a section's heading over the text."""
    text = (
        "검색\n* 최신기사\n* 오피니언\n* 정치\n* 경제\n검색\n"
        "고규홍의 큰 나무 이야기\n\n큰 나무의 태풍 대비 전략\n\n"
        "2022.09.06 03:00 입력 2022.09.06 03:03 수정\n고규홍 나무 칼럼니스트\n태안 남문리 낙우송\n"
        + _KO_PROSE
    )
    assert clean_text(text).text.startswith("시의회는 화요일")


_THAI_PARAGRAPHS = [
    "คณะกรรมการเมืองลงมติเมื่อวันอังคาร ให้อนุมัติแผนการสร้างสวนสาธารณะริมแม่น้ำทางตอนเหนือ "
    "ซึ่งจะใช้เวลาก่อสร้างหกปี และมีค่าใช้จ่ายประมาณสองร้อยล้านบาท ตามที่นายกเทศมนตรีกล่าวกับผู้สื่อข่าว",
    "สมาชิกสภาบางคนกล่าวว่า เงินจำนวนนี้ควรนำไปซ่อมถนนและโรงเรียนมากกว่า "
    "และมีสมาชิกสองคนลงคะแนนไม่เห็นด้วยกับแผนนี้ในที่สุด หลังจากการอภิปรายที่ยาวนานหลายชั่วโมง",
    "ชาวบ้านที่อาศัยอยู่ริมแม่น้ำส่วนใหญ่ดีใจกับข่าวนี้ เพราะพวกเขารอคอยสวนสาธารณะมานานกว่าสิบปี "
    "และหวังว่าจะได้ใช้พื้นที่สีเขียวนี้ร่วมกับครอบครัวในวันหยุดสุดสัปดาห์",
]


def test_in_a_language_we_cannot_read_a_menu_over_the_share_box_stays_out() -> None:
    """BBC Burmese's shape: long menu items, the headline, a share box, then the text."""
    top = ["* ข้ามไปยังเนื้อหา เมนูหลัก ของเว็บไซต์ข่าว", "* ความช่วยเหลือ ด้านการเข้าถึง เว็บไซต์ สำหรับ ผู้พิการ"]
    share = ["แชร์", "Facebook", "Messenger", "Twitter", "อีเมล", "LINE", "คัดลอก", "ลิงก์"]
    share += ["ปิด", "แชร์", "Facebook", "Messenger", "Twitter", "อีเมล"]
    headline = "สภาเมืองอนุมัติแผนสวนสาธารณะริมแม่น้ำ"
    text = "\n".join([*top, headline, *share]) + "\n\n" + "\n\n".join(_THAI_PARAGRAPHS)
    article = clean_text(text)
    assert article.title == headline
    assert article.text.split("\n\n") == _THAI_PARAGRAPHS


def test_in_a_language_we_cannot_read_paragraphs_parted_by_captions_all_stay() -> None:
    captions = ["ภาพ: สวนริมแม่น้ำ", "ที่มาของภาพ", "รอยเตอร์"]
    body = [_THAI_PARAGRAPHS[0], *captions, *_THAI_PARAGRAPHS[1:]]
    article = clean_text("สภาเมืองอนุมัติแผนสวนสาธารณะริมแม่น้ำ\n\n" + "\n\n".join(body))
    for paragraph in _THAI_PARAGRAPHS:
        assert paragraph in article.text


def test_a_line_of_markup_alone_is_no_prose() -> None:
    """A tracking pixel's tag, as a converter prints a page's noscript block, weighs no words."""
    pixel = (
        '<img src="https://ssc.example.com/?c2=19999701&ns_site=news&name=burmese.burma.story'
        '&page_type=article&language=my&app_name=news" height="1" width="1" alt="" />'
    )
    line = lines.make_lines(pixel, "en")[0]
    assert lines.looks_like_code(line)
    prose = "The council voted on Tuesday to approve the <b>long-debated</b> plan for the parks"
    assert not lines.looks_like_code(lines.make_lines(prose + " on the riverside", "en")[0])


def test_the_pages_address_copied_from_a_share_box_is_no_headline() -> None:
    address = "https://www.example.com/news/parks-plan-wins-final-vote-2024"
    share = f"Share this page\n{address}\nCopy link"
    article = clean_text(share + "\n\n" + _PARKS_PROSE)
    assert not article.title.startswith("https://")


def test_a_chinese_pages_source_line_hashtags_and_tipping_box_leave_the_text() -> None:
    """"信息来源：…" in the header, a line of hashtags over the text, "打赏" under it."""
    first = (
        "元旦佳节，当千家万户团聚喜迎新年时，中国载人航天工程各大系统单位科研人员仍坚守着岗位，"
        "以实际行动践行载人航天精神。当前，工程已经全面转入空间站建造的任务准备阶段。"
    )
    second = (
        "中国空间技术研究院负责空间站各舱段研制工作。为全力推进空间站项目任务保质保量完成，"
        "充分落实工程进度要求，元旦期间各研制团队依然忙碌在一线。"
    )
    text = (
        "首页 > 新闻中心 > 综合新闻\n载人航天工程全线备战空间站建造任务\n发布日期: 2021-01-05\n"
        "信息来源: 中国空间技术研究院、中国运载火箭技术研究院等\n字号: [大] [中] [小] [打印]\n"
        f"#天文航天#月球\n\n{first}\n\n{second}\n\n#天文航天#月球#中国航天 #嫦娥五号\n\n"
        "文章价值打分\n\n当前文章打分18 分，共有5人打分\n\n文章很值，打赏犒劳作者一下\n\n- 0人已打赏 -\n"
    )
    article = clean_text(text)
    assert article.title == "载人航天工程全线备战空间站建造任务"
    assert article.published == "2021-01-05"
    assert article.text == f"{first}\n\n{second}"
    # The same words in a sentence are no furniture.
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason("信息来源显示，中国空间技术研究院已完成测试。") is None
    assert lexicon_reason("来源：江海商报 | 2024-03-04 10:15:30") is None  # the date line


def test_an_apps_promotion_over_the_text_is_an_advertisement() -> None:
    promo = (
        "新酷产品第一时间免费试玩，还有众多优质达人分享独到生活经验，快来新浪众测，"
        "体验各领域最前沿、最有趣、最好玩的产品吧~！下载客户端还能获得专享福利哦！"
    )
    first = (
        "新浪科技讯 北京时间9月11日凌晨消息，苹果2019秋季发布会开幕，新品名为iPhone 11，"
        "采用双摄像头，有6种配色，售价699美元（约合人民币4971元）。"
    )
    second = (
        "新浪科技查询Apple中国官网，iPhone 11（国行）各容量售价分别为：64GB售5499元，"
        "128GB售5999元，256GB售6799元，9月13日开始预售，9月20日正式发售。"
    )
    article = clean_text(
        "苹果发布新iPhone 11：64GB售5499元 256GB售6799元\n\n"
        f"2019年09月11日01:53 新浪科技 我有话说(1307人参与) 收藏本文\n\n{promo}\n\n"
        f"{first}\n\n{second}\n"
    )
    assert article.text == f"{first}\n\n{second}"
    assert (promo, "advertisement") in [(r.text, r.reason) for r in article.removed]


def test_a_mottos_line_over_a_section_read_as_a_byline_is_no_headline() -> None:
    """The headline stands over its own byline and date; the motto above a section's name is not it."""
    headline = (
        "'The American friends': New court files expose a security team's spy operation "
        "against a publisher"
    )
    first = (
        "An exclusive investigation reveals new details on the role a casino magnate's security "
        "team played in a spying operation that targeted the publisher while he lived in London."
    )
    second = (
        "As the co-founder of a small security consulting firm, the company's chief executive "
        "won a contract to guard the embassy, which proved especially valuable to him in the years after."
    )
    text = (
        "Welcome to Sott.net\nMon, 25 Dec 2023\nThe World for People who Think\nPuppet Masters\n"
        f"{headline}\nMax Blumenthal\nThe Grayzone\nThu, 14 May 2020 17:55 UTC\n{first}\n{second}\n"
    )
    article = clean_text(text)
    assert article.title == headline
    assert article.authors == ("Max Blumenthal",)
    assert article.published.startswith("2020-05-14")
    assert article.text == f"{first}\n\n{second}"


def test_a_dated_caption_under_a_wires_bare_credit_is_no_lede() -> None:
    """Fox prints "AP", then "Apr. 8: <what the photo shows>.", then the text."""
    lede = (
        "Russia's announcement that it will help Iran get nuclear fuel is raising questions about "
        "what the president calls the better-than-ever relationship between the two countries."
    )
    more = (
        "The two former rivals signed a treaty to cut their nuclear arsenals in April, and officials "
        "in both capitals have spoken since of a new start in relations that had long been cold."
    )
    caption = (
        "Apr. 8: President Obama signs the New START treaty with Russian President Dmitry Medvedev "
        "at the Prague Castle."
    )
    text = (
        "Russia's Nuclear Help to Iran Stirs Questions About Its Relations With U.S.\n\n"
        f"Published August 15, 2011\n\nAP\n\n{caption}\n\n{lede}\n\n{more}\n"
    )
    article = clean_text(text)
    assert article.text == f"{lede}\n\n{more}"
    assert any(caption in r.text and r.reason == "caption" for r in article.removed)
    # A timeline's dated line in the text, under no credit, stays.
    timeline = text.replace("AP\n\n", "")
    assert caption in clean_text(timeline + "\nApr. 9: The treaty goes to the Senate.\n").text


def test_a_thai_donation_box_and_the_sites_network_pages_end_the_text() -> None:
    """Thai has no sentence marks: the box is known by its words and its links."""
    paragraphs = [
        "ผู้สื่อข่าวได้รับแจ้งจากบุตรชายของคนสนิทของนักเคลื่อนไหวที่หายไปว่า ผลการตรวจ DNA "
        "ของศพที่ลอยมาติดริมแม่น้ำโขงนั้น เมื่อตรวจสอบแล้วมีความเกี่ยวพันทางสายเลือดกับเขาจริง",
        "ภรรยาของนักเคลื่อนไหวกล่าวว่า ได้ทราบข่าวจากบุตรชายแล้ว แต่ยังไม่ขอพูดอะไร "
        "โดยเบื้องต้นได้ทำใจแต่แรกแล้วว่าเหตุการณ์ลักษณะนี้จะต้องเกิดขึ้นสักวันหนึ่ง",
        "ญาติของผู้ลี้ภัยอีกคนหนึ่งได้ติดต่อไปที่พนักงานสอบสวนเจ้าของคดีและได้คำตอบว่า "
        "จะได้ทราบผลการตรวจสอบ DNA ภายในเวลาสองถึงสามวันนี้ ซึ่งครอบครัวยังคงรอคอยอยู่",
    ]
    tail = (
        "เท่าไรก็ได้ การสนับสนุนจากคุณ คือการร่วมสร้างและรักษาสื่อเสรี ... ร่วมสนับสนุนเรา\n\n"
        "โอนเงิน PayPal คลิกที่นี่ https://paypal.me/example\n\n"
        "ติดตามเราได้ที่:\n\nเฟซบุ๊ก https://fb.me/example\nทวิตเตอร์ https://twitter.com/example\n"
    )
    text = (
        "\n\n".join(paragraphs[:2])
        + "\n\nลงโฆษณากับเรา\n\n"
        + paragraphs[2]
        + "\n\n"
        + tail
    )
    article = clean_text(text)
    assert article.text == "\n\n".join(paragraphs)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["ลงโฆษณากับเรา"] == "advertisement"
    assert any("https://fb.me/example" in t and r == "share" for t, r in reasons.items())


def test_a_related_boxs_cards_with_section_tags_and_long_items_stay_out() -> None:
    """"Most Popular" over "* Business" / headline / author cards; a list item may read as prose."""
    paragraphs = [
        "The flagship component of the surveillance infrastructure is known as Wolf Pack, and its "
        "purpose is to create a database with profiles of every resident of the region.",
        "Another strand has been described as a social network for the occupied territories, and it "
        "requires soldiers to photograph residents one by one with a smartphone app.",
        "A question eliciting both fear and hope is whether such technologies are even effective, "
        "and former soldiers say the program is not about security at all.",
    ]
    box = (
        "Most Popular\n  * Business\n    Elon Musk Announces Grok, a Rebellious AI With Few Guardrails\n\n"
        "    Will Knight\n\n  * Culture\n    First-Gen Social Media Users Have Nowhere to Go\n\n"
        "    Jason Parham\n"
    )
    also = (
        "You Might Also Like …\n\n  * Taylor Swift, Star Wars, Stranger Things, and Deadpool have one "
        "man in common\n\n  * The new era of social media looks as bad for privacy as the last one\n\n"
        "  * Your internet browser does not belong to you\n\n"
    )
    lead = (
        "The West Bank has long been seen as a testing ground for surveillance technology and "
        "tactics, and the country's defense exports have doubled in the past decade."
    )
    paragraphs.insert(0, lead)
    text = (
        f"{lead}\n\n{paragraphs[1]}\n\n{box}\n{paragraphs[2]}\n\n{paragraphs[3]}\n\n{also}"
        "Tom Bennett is a freelance reporter focusing on extremism and conflict.\n"
    )
    article = clean_text(text)
    assert article.text == "\n\n".join(paragraphs)
    # "Related to …" opening a list item is the item's own words, not a box's label.
    items = (
        "Used interchangeably to indicate a single instance of a running kernel on a physical "
        "server, a virtual machine or a container, which may host several services:\n\n"
        "  * Related to each other: for example, a caching server and a web server\n"
        "  * Unrelated services sharing hardware: for example, a code repository and a master\n"
    )
    kept = clean_text(f"{paragraphs[0]}\n\n{items}\n{paragraphs[1]}\n").text
    assert "Related to each other" in kept and "Unrelated services" in kept


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("More Must-Reads From TIME", "related"),
        ("Must Read", "related"),
        ("Must read books for the summer are here, and they are great.", None),
    ],
)
def test_a_must_reads_box_label_is_related(label: str, reason: str | None) -> None:
    from clipper.clean.boilerplate import lexicon_reason

    assert lexicon_reason(label) == reason


def test_a_quoted_phrase_heading_a_chinese_section_stays() -> None:
    """A quoted phrase alone between paragraphs ("“郑重道歉”") heads a section."""
    paragraphs = [
        "香港行政长官在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。",
        "一些议员欢迎他道歉，且认为应能获得香港民众接受，但这些议员也质问他有否向执法部门施压。",
        "香港媒体于6月份曝光其大宅的首批违建部分后，落选的参选人向法院提出选举呈请，至11月中旬被驳回。",
        "他说，其位于山顶的住宅内的违建部分大都不是由他所建，此前没有马上公开交待，是因为律师的意见。",
    ]
    text = "\n".join(paragraphs[:2]) + "\n“郑重道歉”\n" + "\n".join(paragraphs[2:]) + "\n"
    article = clean_text(text)
    assert article.text == "\n\n".join([*paragraphs[:2], "“郑重道歉”", *paragraphs[2:]])


def test_a_name_alone_between_two_paragraphs_naming_that_person_is_a_caption() -> None:
    first = (
        "Photos which were released online and are making the rounds on social media show the "
        "actress, Kate Henshaw, looking absolutely stunning in new make-up photos."
    )
    second = (
        "Veteran actress Kate Henshaw, who in 2008 won an award for Best Actress in a Leading Role, "
        "has taken to her Instagram page to share some stunning photos of herself."
    )
    third = (
        "She flaunted a hand bag in the colours of the national flag. The 47-year-old was one of "
        "the guests invited to an event by a media mogul in the city last week."
    )
    article = clean_text(f"{first}\n\nKate Henshaw\n\n{second}\n\n{third}\n")
    assert article.text == f"{first}\n\n{second}\n\n{third}"
    assert ("Kate Henshaw", "caption") in [(r.text, r.reason) for r in article.removed]
    # A profile's section headed by the next person's name stays.
    profile = clean_text(
        f"{third}\n\nWhat Comes Next\n\n{first}\n\nJane Doe\n\n"
        "Jane Doe, a climate scientist at the university, has spent a decade measuring the ice "
        "sheets and now leads the team that will fly the new survey aircraft in the spring.\n"
    )
    assert "\n\nJane Doe\n\nJane Doe, a climate scientist" in profile.text


def test_a_topic_pages_media_reports_list_ends_the_text() -> None:
    """Readhub: the topic's summary, then "媒体报道" over the outlets' headlines and names."""
    summary = (
        "根据运营商内部人士透露，三大运营商关于 5G 手机的促销手段原本有三大类：金融分期购买、预存话费购机直降"
        "以及购机赠礼品为主。三大运营商的上级主管部门已下发通知，禁止终端补贴，这意味着运营商无法直接补贴。"
    )
    text = (
        "登录\n运营商 5G 手机促销方式曝光，禁止提供购机补贴\n昨天\n"
        f"{summary}\n媒体报道\n订阅\n独家：运营商 5G 手机促销手段曝光 以三大类为主\n凤凰科技\n"
        "曝三大运营商不会提供 5G 购机补贴 会影响你购机吗？\n新浪科技\n相关事件\n"
        "中国移动管控要求：渠道酬金逐年下降，禁止终端补贴\n09月06日\n"
    )
    article = clean_text(text)
    assert article.title == "运营商 5G 手机促销方式曝光，禁止提供购机补贴"
    assert article.text == summary


def test_headlines_glued_to_themselves_under_the_text_are_teasers() -> None:
    """A copy glues a teaser's picture text to its link's: "…작명법’시어머니도 못 찾는…"."""
    paragraphs = [
        "우리나라에서 가장 오래된 것으로 알려진 충남 태안 남문리 낙우송은 겨우 100년에 불과한 짧은 "
        "기간에 23m까지 높이 솟아올랐다. 이 나무는 지난 세월 동안 온갖 비바람을 너끈히 버텨냈다.",
        "무엇보다 옆으로 넓게 뻗은 뿌리의 힘이었다. 보이지 않는 땅 깊은 곳에서 자신의 존재를 드러내지 "
        "않으면서 차분히 지어낸 생존의 지혜다.",
    ]
    teasers = [
        "시어머니도 못 찾는 이상한 ‘아파트 작명법’",
        "검찰, 횡령 혐의 박수홍 친형 구속영장 청구",
    ]
    text = "\n\n".join(paragraphs) + "\n\n" + "\n\n".join(t + t for t in teasers) + "\n"
    article = clean_text(text)
    assert article.text == "\n\n".join(paragraphs)
    # A line glued to itself between paragraphs (a picture's text and its caption) goes
    # alone: the paragraph under it stays.
    middle = clean_text(f"{paragraphs[0]}\n\n{teasers[0] * 2}\n\n{paragraphs[1]}\n")
    assert middle.text == "\n\n".join(paragraphs)


def test_verses_between_a_chinese_articles_paragraphs_do_not_part_it() -> None:
    """Poems set a line to a verse, each with its commentary: the first stays with the rest."""
    intro = [
        "父亲的教诲像一盏灯，为我们照亮前行的路；父亲的关爱像一把伞，为我们遮蔽人世间的风风雨雨。",
        "今年的6月16日是父亲节。每当诵读那些关于父亲的古诗词，许多人的心中都会涌起一种深沉而又温暖的情感。",
    ]
    first = ["《冬夜读书示子聿》", "——（宋）陆游", "古人学问无遗力，少壮工夫老始成。", "纸上得来终觉浅，绝知此事要躬行。", "点评："]
    comment = [
        "《冬夜读书示子聿》是陆游写给自己小儿子的一首诗。陆游十分注重家风教育，他的教子诗词是个人人生经验的总结。",
        "这首诗流传千古，它以思想性与哲理性取胜，强调直接经验、间接经验是人们获取知识的两种途径。",
        "晚清词人陈廷焯称赞此诗：文章本天成，妙手偶得之。",
    ]
    verses = ["明者处事，莫尚於中。", "优哉游哉，与道相从。", "首阳为拙；柳惠为工。", "饱食安步，在仕代农。",
              "依隐玩世，诡时不逢。", "圣人之道，一龙一蛇。", "形见神藏，与物变化。", "随时之宜，无有常家。",
              "是故才尽者身危，好名者得华。", "有群者累生，孤贵者失和。", "遗馀者不匮，自尽者无多。", "天下之事，莫不如此。"]
    second = ["《诫子诗》", "——（汉）东方朔", *verses, "点评："]
    closing = [
        "这首四言诗，可以称之为东方朔的“顾命之作”，全面、深刻、集中地表达了他的大隐思想。",
        "东方朔不隐于山林而是隐于朝廷，他希望自己的儿子可以做到这一点，既能生活无忧，又能悠然尘世。",
        "虽然，东方朔为人洒脱不羁，但在这首诫子诗中，他与普通父亲并没有差别，字里行间都是对儿子的爱。",
        "古人的家训和家书，大多出自父亲之手。它们篇幅不长，却把一生的经验和期望都写了进去，读来令人动容。",
        "这些诗词跨越千年，至今仍在提醒我们：父亲的爱往往不善言辞，却总在关键的时候为子女指明方向。",
        "在父亲节到来之际，不妨重读这些诗词，体会古人对子女的深情，也想一想自己的父亲曾经说过的话。",
    ]
    text = "\n\n".join(
        ["网站首页时政国际财经台湾军事观点", "人民网>>文化", "女儿出嫁，郑板桥画了几笔兰花当嫁妆",
         "2019年06月15日08:18 来源：人民网-文化频道", "分享到：",
         *intro, *first, *comment, *second, *closing, "(责编：汤诗瑶、丁涛)", "推荐阅读"]
    )
    article = clean_text(text)
    assert article.text.startswith(intro[0])
    assert all(part in article.text for part in first[2:] + comment + verses + closing)


def test_a_live_feed_of_posts_under_names_and_times_outweighs_no_news_story() -> None:
    """A market page's live commentary, newest first, beside a short story."""
    story = [
        "新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料，有60万个“12306账号”和410万条联系人数据在暗网低价出售。",
        "今晚，中国铁路总公司通过官方微博发布辟谣消息称：网传信息不实，铁路12306网站未发生用户信息泄漏。",
        "铁路部门提醒广大旅客，请通过铁路12306官方网站和“铁路12306”客户端购票，以免非正常渠道购票带来的风险。",
    ]
    posts = [
        ("胡任标", "12:08:48", "央行在周末期间，宣告降准利多带动今两市指数跳空高开，高开未见追价买盘，反现出脱卖压，两市指数回落，大盘处于平板价以上的高档震荡。深市三指数表现稳健有力，高开回落再回升。"),
        ("宇辉战舰", "12:08:37", "【战舰看盘】沪指上档缺口附近的压力沉重，大金融若不发力，大盘很难向上突破，预期短期内还将继续震荡消化，不过市场虽然整体机会不多，但结构机会给力，还是强调大科技强者恒强。"),
        ("牛骑士", "12:06:45", "指数午前高开低走，和直播间一早分析一致。板块红盘居多，表现强势的是边缘计算、数字孪生、国产操作系统，个股方面涨多跌少，赚钱效应较好，短线可以继续关注科技方向的机会。"),
        ("老艾", "12:06:27", "老艾侃股：二八切换，跟对资金炒作的方向！今天上午的行情再次说明，资金只会流向有业绩支撑的方向，追高题材股的风险正在加大，投资者要注意控制仓位，不要盲目追涨杀跌。"),
        ("王继洲", "12:05:42", "网友提问：老师，特发信息可买吗？老师回答：可以，但要注意节奏。这只股票前期涨幅不大，基本面也在改善，可以分批买入，设好止损，耐心持有等待机会，不要一次满仓。"),
        ("飞杨看市", "12:05:07", "飞杨相信长期学习，必能改变您的股市人生！力争打造最具实战性、操作性、赢利性的直播。如果你还是首次关注，请先了解直播间的规则，再根据自己的风险承受能力谨慎操作。"),
    ]
    feed = [line for name, time, post in posts for line in (f"* {name}今天 {time}", post)]
    menu = [f"* {item}" for item in "新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多 汽车 教育 时尚 女性".split()]
    text = "\n".join(
        ["股市直播", *feed, *menu, "产经 > 正文", '60万"12306账号"外泄? 中铁总辟谣称消息不实',
         "2018年12月28日 19:55 新京报", *story, "责任编辑：霍琦", "文章关键词： 辟谣 外泄 账号"]
    )
    article = clean_text(text)
    assert article.text == "\n\n".join(story)
    # An interview's transcript runs forwards: its answers under each speaker's time stay.
    answers = [
        "Thanks for having me. We started the project three years ago because the city had no map of its own trees.",
        "The hardest part was the data. Every district kept its records in a different format, and some kept none at all.",
        "Now anyone can look up the tree outside their window, see its species and age, and report it if it looks sick.",
        "We hope other cities copy it. The code is open, and we would be glad to help anyone who wants to try.",
    ]
    times = ["00:00:12", "00:01:05", "00:02:40", "00:03:58"]
    names = ["Host", "Maria Lopez"] * 2
    transcript = "\n".join(f"{n} {t}\n{a}" for n, t, a in zip(names, times, answers, strict=True))
    kept = clean_text("Episode 12: The tree map\n" + transcript + "\nSubscribe\nShare\n")
    assert all(a in kept.text for a in answers)


def test_a_speakers_name_and_time_over_each_answer_is_no_headline() -> None:
    """A transcript repeats its label with other numbers: the title is the episode's."""
    answers = [
        "Thanks for having me. We started the project three years ago because the city had no map of its own trees.",
        "The hardest part was the data. Every district kept its records in a different format, and some kept none.",
        "Now anyone can look up the tree outside their window, see its species and age, and report it if it looks sick.",
        "We hope other cities copy it. The code is open, and we would be glad to help anyone who wants to try.",
    ]
    times = ["00:00:12", "00:01:05", "00:02:40", "00:03:58"]
    transcript = "\n".join(f"Maria Lopez {t}\n{a}" for t, a in zip(times, answers, strict=True))
    article = clean_text("Episode 12: The tree map\n" + transcript + "\nSubscribe\nShare\n")
    assert article.title == "Episode 12: The tree map"
    assert all(a in article.text for a in answers)
    assert "Maria Lopez 00:01:05" in article.text
    assert article.text.startswith("Maria Lopez 00:00:12")  # the first answer's label too


def test_a_pictures_file_name_glued_to_the_first_paragraph_leaves_it() -> None:
    """A copy glues the photo's alt text, its file name, to the words under it."""
    paragraphs = [
        "Lupita Nyong'o's now-famous Oscar dress, adorned in pearls, was stolen right out of her "
        "hotel room on Wednesday, sources told reporters.",
        "Law enforcement sources say the dress was taken while she was gone. It is made of 6,000 "
        "white pearls and is valued at $150,000.",
    ]
    text = (
        "Lupita Nyong'o's $150K Pearl Oscar Dress STOLEN\n"
        f"0225-lupita-nyongo-getty-01{paragraphs[0]}\n\n{paragraphs[1]}\n"
    )
    article = clean_text(text)
    assert article.text == "\n\n".join(paragraphs)


ZH_CHIP = [
    "刚刚，在阿里2019云栖大会上，阿里巴巴集团首席技术官兼阿里云智能总裁张建锋发布了阿里的首款AI芯片“含光800”。",
    "这是一款云端AI推理芯片，峰值性能为7.8万IPS，峰值能效达到500IPS/W，张建锋表示，这是全球最高性能的AI推理芯片。",
    "据了解，含光800主要应用于视觉场景，已经在阿里巴巴集团内多个场景大规模应用，其它企业可以通过阿里云获得其AI算力。",
    "张建锋说，这块芯片只是阿里万里长征第一步，今天阿里有足够的技术积累，也有足够的应用场景来推动芯片的研发。",
]


def test_cards_that_run_a_headline_into_its_summary_are_teasers() -> None:
    """A copy puts each card's title and summary on one line, parted by a space."""
    cards = [
        "拆解iPhone11 Pro Max：三摄、反向无线充电有哪些秘密？ 21日，国外著名拆解网站iFixit正式上线了iPhone 11 Pro Max的详细拆解报告，内部结构发生了哪些变化？EDN带大家详细分析该拆解报告。",
        "拆解：英特尔电脑棒，比别的品牌强在哪？ 近年来，由于传统外形的台式电脑逐渐失宠，电脑棒作为一种新的形态受到了越来越多用户的关注，我们拆开一台看看里面究竟有什么不同。",
        "拆解iPad mini 5：除了芯片升级，内部还有什么改变？ 苹果今年更新了iPad mini系列，外观几乎没有变化，但内部的芯片和屏幕都做了升级，我们拆开看看还有哪些改变。",
        "三星Galaxy S10+物料清单曝光，整机成本占售价42% 每当三星发布新的旗舰手机，市场研究机构都会拆解并估算其物料成本，这次的结果显示整机成本约占售价的百分之四十二。",
        "绕着汽车转一圈，你能想到哪些电子技术？ 不论是车厂、系统集成商还是芯片供应商，都在思考未来的汽车需要哪些电子技术，我们绕着汽车转一圈，看看都有哪些地方用到了电子技术。",
    ]
    text = "\n".join(
        ["阿里发布最强AI芯片", "时间：2019-09-25", *ZH_CHIP, "责编：Demi Xia", "分享到：",
         "评论(0)", "您可能感兴趣的文章", *cards]
    )
    article = clean_text(text)
    assert article.text == "\n\n".join(ZH_CHIP)
    # Spaces around Latin words and numbers part no card: "从 Redis 中" is one sentence.
    spaced = [
        "我有一个函数 parse，它的作用是从 Redis 中持续读入数据，并写入到 MongoDB 中，示例代码如下所示。",
        "但现在我想增加一个需求，当 Redis 读取结束或者读取数据报错的时候，能把当前的时间也写入到 MongoDB 中。",
        "在 Python 里面也有相关的语法，那就是 contextlib.ExitStack，它可以实现延迟调用，用法也很简单。",
    ]
    assert clean_text("\n".join(spaced)).text == "\n\n".join(spaced)


def test_a_notice_over_the_headline_and_its_date_is_no_part_of_the_text() -> None:
    notice = "我司杂志提供免费订阅，任何第三方平台的赠送或售卖行为均未获得我司授权，我司保留追究其法律责任的权利！"
    menu = [f"* {item}" for item in "首页 资讯 模拟设计 嵌入式系统 电源管理 通信 医疗电子 消费电子 汽车电子".split()]
    text = "\n".join(
        [*menu, "杂志声明", notice, "广告", "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU",
         "时间：2019-09-25 作者：网络整理", *ZH_CHIP, "责编：Demi Xia"]
    )
    article = clean_text(text)
    assert article.title == "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU"
    assert article.text == "\n\n".join(ZH_CHIP)


def test_a_photographers_credit_and_the_caption_under_it_are_no_headline() -> None:
    paragraphs = [
        "熟悉 Golang 的同学都知道，Golang 里面有一个关键词叫做defer，它可以实现延迟调用。",
        "实际上在 Python 里面也有相关的语法，那就是contextlib.ExitStack，它的用法也很简单，下面来看一个例子。",
        "我有一个函数parse，它的作用是从 Redis 中持续读入数据，并写入到MongoDB 中，代码并不复杂。",
    ]
    text = "\n".join(
        ["一日一技：在 Python 中实现延迟调用", "原创 kingname 未闻Code 前天", "摄影：产品经理",
         "产品经理的生日餐", *paragraphs]
    )
    article = clean_text(text)
    assert article.title == "一日一技：在 Python 中实现延迟调用"
    assert article.text == "\n\n".join(paragraphs)


def test_a_series_name_the_page_prints_again_is_no_headline_over_the_headline() -> None:
    paragraphs = [
        "태풍은 벼락과 함께 들녘에 홀로 우뚝 서 있는 큰 나무의 생존에 치명적인 위협이다. 몰려오는 큰 "
        "바람을 막을 수도, 피해 달아날 수도 없다. 버텨야 한다.",
        "키가 크고 곧게 자라는 나무들은 바람에 맞서 싸우기 위해 오랜 세월에 걸쳐 자신의 몸을 바꾸어 "
        "왔다. 흔히 뿌리 깊은 나무가 바람에 흔들리지 않는다고들 한다.",
    ]
    text = "\n".join(
        ["경향신문", "고규홍의 큰 나무 이야기", "큰 나무의 태풍 대비 전략",
         "2022.09.06 03:00 입력 2022.09.06 03:03 수정", *paragraphs, "주요기사",
         "이 시각 포토 정보", "고규홍의 큰 나무 이야기", "연재기사 구독하기"]
    )
    article = clean_text(text)
    assert article.title == "큰 나무의 태풍 대비 전략"
    assert article.text == "\n\n".join(paragraphs)
    # A headline the page prints twice keeps its place over a short source line.
    source = "\n".join(
        ["评论 > 海外观察", "外国专家：中美合作共赢符合国际社会利益", "来源：  中国日报网", "2023-11-17 15:13",
         "在美国旧金山举行的中美元首会晤吸引了全世界的目光。多名外国专家表示，中美合作共赢符合国际社会的共同利益。",
         "美中合作基金会执行主席约翰·米勒-怀特认为，共同繁荣还是互相毁灭，是两国面临的根本选择，合作才是唯一出路。",
         "相关阅读", "外国专家：中美合作共赢符合国际社会利益"]
    )
    assert clean_text(source).title == "外国专家：中美合作共赢符合国际社会利益"


def test_a_source_lines_label_is_no_part_of_the_site() -> None:
    """Xinhua's copy: "来源：新华网" over the headline names the site, 新华网."""
    copied = [
        '',
        '',
        '',
        '',
        '新华网 > > 正文',
        '2023 11/ 17 20:52:15',
        '来源：新华网',
        '短缺药品保供稳价 全力保障临床用药需求',
        '字体： 小 中 大',
        '分享到：',
        '',
        '',
        '',
        '短缺药品保供稳价 全力保障临床用药需求',
        '2023-11-17 20:52:15 来源： 新华网',
        '\u3000\u3000新华社北京11月17日电 记者17日从国家卫生健康委获悉，近阶段，相关部门持续依托短缺药品供应保障工作会商联动机制，深入优化短缺药品实时监测预警与分级应对体系，全力保障人民群众临床用药需求。',
        '',
        '\u3000\u3000据了解，短缺药品信息监测共享正在多维度推进。国家卫生健康委依托全国公立医疗卫生机构短缺药品信息直报系统开展短缺药品监测预警与分级应对。工业和信息化部对临床必需易短缺药品的生产供应情况开展动态监测与分析预警。国家药监局持续采集短缺药品生产供应及停产报告信息。',
        '',
        '\u3000\u3000同时，多环节发挥短缺药品清单抓手作用。国家医保局密切监测国家短缺药品清单和临床必需易短缺药品重点监测清单药品价格和配送情况。国家药监局加快短缺药品审评审批进度，持续开展短缺药品基础信息标记和数据管理。工业和信息化部、国家卫生健康委积极推动尼可刹米、洛贝林原料药复产和制剂生产。',
    ]
    article = clean_text("\n".join(copied))
    assert article.site == "新华网"
    assert all("来源" not in c.value for c in article.candidates["site"])


def test_a_photos_copyright_mark_outvotes_no_sites_notice() -> None:
    paragraphs = [
        "As the co-founder of a small security consulting firm called UC Global, David Morales spent "
        "years slogging through the minor leagues of the private mercenary world.",
        "By 2016 he had secured just one significant contract, to guard the children of the country's "
        "then-President and its embassy in the UK.",
        "Following the arrest, several former employees approached the legal team to tell them about "
        "the misconduct they had taken part in at the firm.",
    ]
    text = "\n".join(
        ["Welcome to Sott.net", "The World for People who Think", "The American friends: new court files",
         "Max Blumenthal", paragraphs[0], "© UC Global", paragraphs[1], "© UC Global", paragraphs[2],
         "Original content © 2002-2023 by Sott.net/Signs of the Times. See: FAIR USE NOTICE"]
    )
    assert clean_text(text).site == "Sott.net"


def test_paragraphs_over_an_ad_and_a_sign_up_box_open_the_text() -> None:
    """Two paragraphs under the byline, then an ad and a newsletter's box, then the rest."""
    first = [
        "The authority still faces a budget shortfall of $37.5 million once federal relief funds "
        "run out. Its latest figures show ridership recovering faster than expected.",
        "It is not the first time the issue has come before the council. The mayor said in a "
        "speech last week that it was too early to declare victory.",
    ]
    rest = [
        "Ridership on the regional network has recovered to roughly 80 percent of its "
        "pre-pandemic level, the transit authority said on Tuesday in its quarterly report.",
        "A new timetable that adds late-evening trains on weekends will take effect next month, "
        "and fares will stay frozen until the end of the year, officials said.",
        "Housing advocates welcomed the plan but warned that trains alone would not bring people "
        "back downtown while office vacancies remain high across the region.",
        "The council will vote on the budget in June, after two public hearings that are "
        "expected to draw large crowds from the neighbourhoods along the line.",
    ]
    box = [
        "Advertisement", "Sign up for the Morning Briefing",
        "Our editors' pick of the day's most important stories, delivered to your inbox every weekday.",
        "Email address", "Sign up",
        "By signing up you agree to our privacy policy. We may also send you occasional offers.",
        "The view from the platform",
    ]
    text = "\n\n".join(
        ["Home\nWorld\nBusiness\nScience", "Transit ridership climbs in Riverton but budget gap looms",
         "By Laura Chen, Economics editor Published April 16, 2020", "ShareFacebookXEmailSave",
         *first, *box, *rest, "Most read\n1The best films of the year so far\n2Photos: the week"]
    )
    article = clean_text(text)
    assert article.text.startswith(first[0])
    assert all(p in article.text for p in first + rest)
    assert "Sign up for the Morning Briefing" not in article.text


@pytest.mark.parametrize("menu", [
    "[Home] [About] [Archive] [Contact]",
    "[Docs] [txt|pdf] [Tracker] [Email] [Diff1] [Diff2] [Nits]",
])
def test_a_row_of_bracketed_links_over_the_headline_is_a_menu(menu: str) -> None:
    """Plain pages print their links in brackets side by side; the headline is under them."""
    body = [
        "Last week we drove up to the mountains for a few days of walking and reading, far from "
        "the noise of the city and the office.",
        "The weather was kind to us, and on the second day we climbed to the ridge where the old "
        "observatory stands above the lake.",
    ]
    article = clean_text("\n\n".join([menu, "My trip to the mountains", *body]))
    assert article.title == "My trip to the mountains"
    assert menu not in article.text
    assert article.text.startswith(body[0])


def test_a_label_over_a_row_of_numbers_is_no_headline() -> None:
    """"Versions: 00 01 02 03 04" links each version by its number: furniture, not a title."""
    body = [
        "This draft describes a protocol by which client-side applications, running inside a web "
        "browser, can communicate with a data storage server hosted on a different domain name.",
        "The protocol supports storing, retrieving, and removing individual documents, as well as "
        "listing the contents of an individual folder.",
    ]
    text = "\n\n".join(["Versions: 00 01 02 03 04", "Remote storage for web applications", *body])
    article = clean_text(text)
    assert article.title == "Remote storage for web applications"
    assert "Versions" not in article.text


def test_a_posts_facts_between_bars_are_its_date_line_and_a_sentence_opening_on_a_date_stays() -> None:
    """"来源: | 发布时间: 2018-05-17 | 浏览次数: 2168" is no menu but the date line under the
    headline; "2018年3月20日，…通过了《…》。" is a sentence that opens on a day, not a date line."""
    lines_ = [
        "添加收藏夹 | 设为首页 | 关于我们", "首页", "机构职能", "校内制度", "中纪委监察部", "教育部",
        "■ 纪检监察", "中华人民共和国监察法", "来源: | 发布时间: 2018-05-17 | 浏览次数: 2168",
    ]
    body = [
        "《中华人民共和国监察法》是为了推进全面依法治国，实现国家监察全面覆盖，深入开展反腐败工作而制定的法律。",
        "2018年3月20日，第十三届全国人大一次会议表决通过了《中华人民共和国监察法》。",
        "第一条 为了深化国家监察体制改革，加强对所有行使公权力的公职人员的监督，实现国家监察全面覆盖，"
        "深入开展反腐败工作，推进国家治理体系和治理能力现代化，根据宪法，制定本法。",
        "第二条 坚持中国共产党对国家监察工作的领导，构建集中统一、权威高效的中国特色国家监察体制。",
    ]
    article = clean_text("\n".join(lines_ + body))
    assert article.title == "中华人民共和国监察法"
    assert article.published == "2018-05-17"
    assert all(p in article.text for p in body)


@pytest.mark.parametrize("credit", ["作者︱春春 返回光明网首页", "作者丨春春", "作者：春春"])
def test_a_chinese_writers_credit_under_the_text_names_the_author(credit: str) -> None:
    """Chinese portals sign under the text, between bars or after a colon; the editor in
    charge ("责任编辑") under it is no author."""
    body = [
        "众所周知，宇航员在太空中的生活十分单调，他们每天都要进行大量的科学实验和身体锻炼，几乎没有任何娱乐活动。",
        "那么宇航员在太空中能不能喝酒呢？答案是不能，因为酒精会影响人的判断力，在太空中这是非常危险的事情。",
        "所以，当宇航员在地球轨道上时，将还不得不满足于通过欣赏外面的景色来振作精神，而不要指望沉溺于烈酒中。",
    ]
    text = "\n\n".join([
        "首页\n科技\n探索者", "宇航员在太空中喝酒会怎么样？后果很严重", "2019-07-22 09:16 来源：网易科学人",
        *body, "原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人", "出品︱网易科学人栏目组 胖胖",
        credit, "[责任编辑:肖春芳]", "分享0",
    ])
    article = clean_text(text)
    assert article.authors == ("春春",)
    assert article.text.endswith(body[-1])


def test_a_line_printed_again_is_measured_once_but_is_a_line_of_its_own() -> None:
    """Repeated lines share their measures, not their place, blank line or labels."""
    text = "Home\nThe council voted on Tuesday.\n\nHome\nThe council voted on Tuesday."
    made = lines.make_lines(text, "en")
    assert [ln.index for ln in made] == [0, 1, 2, 3]
    assert [ln.blank_before for ln in made] == [True, False, True, False]
    assert made[0] is not made[2] and made[0].tags is not made[2].tags
    made[0].tags.add("menu")
    assert made[2].tags == set() and made[2].repeats == 2 and made[2].words == made[0].words
    article = clean_text("\n\n".join(["Home", "World", "Council approves tram line", *[
        "The city council voted on Tuesday to build a tram line along the old harbour road, "
        "ending a debate that began more than a decade ago.",
        "The line will run for nine kilometres and stop at eleven stations, linking the railway "
        "station with the new university campus in the east.",
    ], "Home", "World"]))
    assert article.title == "Council approves tram line"
    assert "Home" not in article.text


def test_a_name_over_its_trade_is_the_author_not_the_outlets_name_above_it() -> None:
    """ "Yahoo Finance" (the logo's title) over "Ben Silverman" over "Games Editor": the
    name over a trade is the writer's, though the outlet's stands nearer the headline."""
    body = [
        "Virtual reality has officially reached the consoles. And it is pretty good! Sony's "
        "headset is extremely comfortable and surprisingly easy to set up.",
        "But which games should you buy? I have played just about every launch game, and while "
        "some are worth your time, others you can skip.",
    ]
    text = "\n".join([
        "Home", "Mail", "News", "These are the 8 coolest PlayStation VR games", "Yahoo Finance",
        "Ben Silverman", "Games Editor", "Yahoo FinanceOctober 13, 2016", *body,
    ])
    article = clean_text(text)
    assert article.authors == ("Ben Silverman",)
    assert article.published == "2016-10-13"
    assert article.text.startswith(body[0])


def test_a_us_dailys_copy_with_a_two_sentence_headline_and_quoted_subheadings() -> None:
    """The headline in title case ends on a full stop and is printed twice; "Today’s Paper"
    beside the day's date is no author; a caption runs into "Credit..."; the date line ends
    on "ET"; subheadings quote a few words of their section and stay."""
    paste = "\n".join([
        "Skip to contentSkip to site indexSearch & Section Navigation", "Section Navigation",
        "Search", "Climate", "Subscribe for $1/week", "Log in", "Thursday, March 6, 2025",
        "Today’s Paper", "Climate",
        "In Arizona’s Alcalde Valley, the Wells Are Running Dry. Now the State Is Stepping In.",
        "Share full article", "Advertisement", "SKIP ADVERTISEMENT",
        "In Arizona’s Alcalde Valley, the Wells Are Running Dry. Now the State Is Stepping In.",
        "For the first time, regulators will cap how much groundwater farms can pump in a rural "
        "basin, a move some growers say could end alfalfa farming in the valley.",
        "Share full article", "214",
        "Pecan orchards near San Ysidro Wells, where the water table has dropped more than 200 "
        "feet since the 1970s.Credit...Dolores Achterberg for The Hudson Ledger",
        "By Marisol Ibarra and Peter Lindqvist",
        "Published March 4, 2025Updated March 5, 2025, 9:14 a.m. ET",
        "When Ray Tolliver’s kitchen faucet started coughing air two summers ago, he did what most "
        "people in the valley do. He called a driller, paid $38,000 and went 300 feet deeper.",
        "",
        "On Tuesday, the state’s water regulators said that era was ending, and that the largest "
        "farms here would face hard limits on how much groundwater they can pump.",
        "",
        "‘Nobody wanted to be first’",
        "The state’s water director said the agency had spent two years trying to reach a "
        "voluntary agreement. “Nobody wanted to be first to cut, and everybody agreed someone "
        "had to,” she said in an interview.",
        "",
        "Farm groups have signaled that they may challenge the designation in court, and some "
        "growers said the limits would make their operations unviable within five years.",
    ])
    article = clean_text(paste)
    assert article.title == (
        "In Arizona’s Alcalde Valley, the Wells Are Running Dry. Now the State Is Stepping In."
    )
    assert article.authors == ("Marisol Ibarra", "Peter Lindqvist")
    assert article.published is not None and article.published.startswith("2025-03-04")
    assert "‘Nobody wanted to be first’" in article.text
    assert "Credit..." not in article.text and "Pecan orchards" not in article.text
    assert article.text.startswith("When Ray Tolliver’s kitchen faucet")


def test_a_local_tv_stations_byline_with_a_colon_is_not_run_into_the_headline() -> None:
    """ "by: Kayla Brennan, Marcus Dill" goes on in lower case, but it is the byline."""
    body = [
        "LUBBOCK, Texas (KLBX) — The City of Lubbock issued a boil water notice Wednesday "
        "afternoon for about 12,000 homes and businesses in south Lubbock.",
        "City officials said the break caused water pressure in the area to drop below the "
        "minimum required by the state, which triggers an automatic notice.",
    ]
    article = clean_text("\n".join([
        "LOCAL NEWS",
        "Boil water notice issued for about 12,000 homes in south Lubbock after water main break",
        "by: Kayla Brennan, Marcus Dill", "Posted: Oct 2, 2024 / 05:02 PM CDT", "SHARE",
        "Video Now", *body,
    ]))
    assert article.title == (
        "Boil water notice issued for about 12,000 homes in south Lubbock after water main break"
    )
    assert article.authors == ("Kayla Brennan", "Marcus Dill")


def test_buttons_under_an_asian_headline_are_no_author() -> None:
    """ "举报" (report), "目次" (contents), "コメント45件", "ヘルプ" are buttons, not names;
    "中村みのり" is a name, a given name in kana."""
    netease = clean_text("\n".join([
        "网易首页 > 新闻中心 > 国内新闻 > 正文", "北京年内再建150个社区养老助餐点　老人错峰就餐可享折扣",
        "2024-11-12 09:35:14　来源: 北京日报客户端", "举报", "0", "分享至",
        "　　北京日报客户端讯（记者 李丹阳）记者从北京市民政局获悉，今年本市将再建设150个社区养老助餐点，"
        "进一步织密老年助餐服务网络。",
        "　　据介绍，目前全市已建成养老助餐点2000余个，基本覆盖城乡社区，老人可以错峰就餐享受折扣。",
    ]))
    assert "举报" not in netease.authors
    note = clean_text("\n".join([
        "会員登録", "地方に移住して3年、フリーランス翻訳の仕事はどう変わったか", "中村みのり",
        "2024年9月8日 21:15", "目次", "移住を決めた理由", "仕事の量は減らなかった",
        "3年前、東京から長野県の小さな町に引っ越した。フリーランスの翻訳者として10年近く働いてきたが、"
        "仕事はほぼすべてオンラインで完結するので、住む場所を選ばないと思っていた。",
        "実際に移住してみると、仕事の量はほとんど変わらなかった。むしろ集中できる時間が増えた。",
    ]))
    assert note.authors == ("中村みのり",)


def test_a_day_given_with_its_weekday_and_no_year_dates_a_yahoo_japan_story() -> None:
    """ "5/21(火) 11:32配信": the weekday says which year (2024, until 2030 has another)."""
    article = clean_text("\n".join([
        "Yahoo! JAPAN", "ヘルプ", "Yahoo!ニュース", "ログイン", "トップ", "地域",
        "浜松市の公立中、休日の部活動を地域クラブに全面移行へ　政令市で初", "5/21(火) 11:32配信",
        "45", "コメント45件", "毎日新聞",
        "地域クラブの指導者と練習する中学生たち＝浜松市中央区で2024年5月18日、山田花子撮影",
        "　浜松市教育委員会は20日、市立中学校全48校の休日の部活動を、2024年度末までに地域の"
        "スポーツ・文化クラブへ全面移行すると発表した。",
        "　市教委によると、政令指定都市で休日の部活動を全面的に地域へ移すのは初めてという。",
    ]))
    assert article.published == "2024-05-21T11:32:00"
    assert article.site != "ヘルプ"
    assert "山田花子撮影" not in article.text


@pytest.mark.parametrize("box", [
    "Mehr zum Thema\nBafög-Reform: Was sich für Studierende jetzt ändert\n"
    "Wohnheime: Warum auf einen Platz fünf Bewerber kommen\n",
    "Lire aussi : Loire-Atlantique. Le pont de Cheviré fermé deux nuits par semaine",
])
def test_the_heading_under_a_box_of_links_opens_the_next_section(box: str) -> None:
    """A box's links, then the next section's heading and its paragraph: the heading stays."""
    first = (
        "Die Mieten für WG-Zimmer sind in den Universitätsstädten erneut gestiegen, wie eine neue "
        "Auswertung zeigt, die am Donnerstag vorgestellt wurde."
    )
    after = (
        "Die Studierendenwerke verweisen auf lange Wartelisten. In München warten derzeit rund "
        "11.000 Studierende auf einen Platz in einem der Wohnheime der Stadt."
    )
    text = "\n\n".join([
        "Für 690 Euro ins WG-Zimmer", first, box, "Wohnheime können die Lücke nicht schließen\n" + after,
    ])
    article = clean_text(text)
    assert "Wohnheime können die Lücke nicht schließen" in article.text
    assert after in article.text
    assert "Bafög-Reform" not in article.text and "Cheviré" not in article.text


def test_the_last_of_a_box_of_links_set_apart_like_the_others_is_no_heading() -> None:
    """Each link set apart by a blank line: the last one over the text is still the box's."""
    first = (
        "El verano pasado, el frente del glaciar retrocedió casi 14 metros. Los sindicatos "
        "amenazan con acudir a los tribunales si no se atienden sus demandas."
    )
    after = (
        "El fabricante de semiconductores Semitec prevé crear varios miles de empleos. Los "
        "críticos sostienen que las ayudas beneficiarán sobre todo a los grandes promotores."
    )
    text = "\n\n".join([
        "Málaga aprueba un polémico plan urbanístico", first, "Publicidad\nMás información",
        "La receta de la semana", "El tiempo: fin de semana soleado", after,
    ])
    article = clean_text(text)
    assert after in article.text
    assert "El tiempo: fin de semana soleado" not in article.text


ZH_BODY = [
    "入冬以来，东北多地气温骤降，滑雪场陆续开板迎客。记者从吉林、黑龙江两省多家滑雪度假区了解到，雪季开板首月，"
    "重点滑雪场累计接待滑雪人次同比增长超过四成。",
    "吉林省北大湖滑雪度假区相关负责人介绍，今年雪季开板以来，度假区日均接待游客超过一万人次，周末高峰时段酒店入住率"
    "接近满房。",
]


def test_a_chinese_portals_header_with_its_app_ad_and_source_heads_the_story() -> None:
    """Sina: date line, share buttons, its finance app's ad line, the original headline and the
    source between the headline and the reporter; all one header, the headline over it."""
    headline = "冰雪经济“热”起来：东北多家滑雪场雪季首月客流同比增四成"
    article = clean_text("\n".join([
        "新浪财经 > 产经 > 正文", headline, "2024年12月17日 07:21 证券时报", "新浪财经APP",
        "缩小字体", "放大字体", "收藏", "微博", "微信", "分享",
        "炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！",
        "原标题：雪季首月客流同比增四成 冰雪经济带动装备、住宿全链条升温", "来源：证券时报",
        "证券时报记者 韩文博", *ZH_BODY,
    ]))
    assert article.title == headline
    assert article.authors == ("韩文博",)
    assert article.text.startswith(ZH_BODY[0])


def test_a_creators_post_with_its_key_points_and_two_reporters() -> None:
    """Tencent: the account's notes ("红星新闻官方账号", "发布于四川") and three points counted
    "1…", "2…", "3…" between the headline and the byline; the outlet glued to the trade."""
    headline = "春运首日成都东站预计发送旅客18万人次　“反向春运”车票更好买了"
    article = clean_text("\n".join([
        "下载腾讯新闻", "登录", headline, "红星新闻", "2025-01-14 16:45", "发布于四川", "红星新闻官方账号",
        "+关注", "划重点", "1成都东站春运首日预计发送旅客18万人次，同比增长约6%。",
        "2“反向春运”客流增加，部分前往成都的返程车次余票较多。", "3铁路部门提醒旅客提前规划行程，错峰出行。",
        "红星新闻记者 刘星宇 马晓秋", *ZH_BODY,
    ]))
    assert article.title == headline
    assert article.authors == ("刘星宇", "马晓秋")


def test_text_by_the_outlet_and_its_writers_names_the_writers() -> None:
    """Caixin: "文｜财新 赵晨阳 孙佳" under the headline; "…。图：视觉中国" is a caption."""
    headline = "锂价跌回三年前　盐湖提锂企业按下扩产“暂停键”"
    article = clean_text("\n".join([
        "财新网 > 公司频道 > 正文", headline, "文｜财新 赵晨阳 孙佳", "2024年06月21日 19:43", "评论", "分享",
        "2024年4月，青海省格尔木市，一处盐湖提锂项目的蒸发池。图：视觉中国", *ZH_BODY,
    ]), url="https://companies.caixin.com/2024-06-21/102208001.html")
    assert article.title == headline
    assert article.authors == ("赵晨阳", "孙佳")
    assert "视觉中国" not in article.text


def test_a_name_on_the_line_under_von_is_the_author() -> None:
    """heise prints "Von" and the author's name on lines of their own."""
    body = [
        "Wer im Zug telefonieren oder mobil arbeiten will, muss in Deutschland weiterhin mit "
        "Funklöchern rechnen, wie ein neuer Bericht der Bundesnetzagentur zeigt.",
        "Für die Untersuchung waren Messteams zwischen September und November rund 38.000 "
        "Kilometer mit Fern- und Regionalzügen unterwegs, wie die Behörde mitteilte.",
    ]
    article = clean_text("\n".join([
        "Netzagentur: Auf jedem fünften Bahnkilometer kein brauchbares Netz",
        "18.03.2025 17:02 Uhr", "Lesezeit: 3 Min.", "Von", "Stefan Krohne", *body,
    ]))
    assert article.authors == ("Stefan Krohne",)


@pytest.mark.parametrize(("line", "want"), [
    ("2024-12-09 17:02 聯合報／ 記者林佳穎／新北即時報導", ("林佳穎",)),
    ("记者张三/北京报道", ("张三",)),
    # the outlet, two reporters, their place: no trade at all
    ("民視新聞／陳冠宇、李承翰 台中報導", ("陳冠宇", "李承翰")),
    ("报道：林佩玲", ("林佩玲",)),  # Malaysia's Chinese papers: "reported by"
])
def test_a_reporter_glued_to_the_trade_with_the_place_after_a_slash(line: str, want: tuple[str, ...]) -> None:
    """Taiwan's papers glue the name to "記者"; the place ("新北即時報導") is no second name."""
    body = [
        "新北市交通局今天宣布，YouBike電輔車明年起將從目前的6個行政區擴大至12區，新設站點以捷運站、"
        "火車站周邊及山坡型社區為優先。",
        "交通局長表示，電輔車自試營運以來，平均每輛車每天被租借超過5次，使用率明顯高於一般車款。",
    ]
    article = clean_text("\n".join(["YouBike電輔車明年擴大至新北12區 前30分鐘收費15元", line, *body]))
    assert article.authors == want


def test_a_columns_headline_over_the_columnists_name_and_a_long_standfirst() -> None:
    """The Guardian's opinion pages: headline, the columnist's name, a standfirst of twenty
    words and more, then the day and "Last modified on Tue …", which is no publication."""
    headline = "Closing a library saves a council pennies. It costs a town its memory"
    body = [
        "The last day of Brackley Moor library was a Saturday. Somebody had taped a handwritten "
        "sign to the returns box, and by noon the shelves were half empty.",
        "I worked there for nine years, first as a Saturday assistant and later as the branch "
        "librarian, and I thought I knew what the building was for.",
    ]
    article = clean_text("\n".join([
        "Opinion", "Libraries", "This article is more than 1 month old", headline,
        "Rosalind Achebe-Hart",
        "When Brackley Moor’s library shut, we lost more than books. We lost the one warm room "
        "where nobody asked you to buy anything",
        "Tue 11 Feb 2025 07.00 GMT", "Last modified on Tue 11 Feb 2025 11.26 GMT", "Share", *body,
    ]))
    assert article.title == headline
    assert article.authors == ("Rosalind Achebe-Hart",)
    assert article.published is not None and article.published.startswith("2025-02-11T07:00")


def test_a_source_line_and_a_picture_credit_under_a_summary_are_no_headline() -> None:
    """Jiemian: headline, "writer · date", a summary, "来源：界面新闻", share buttons and
    "图片来源：视觉中国" over the reporters' lines: the headline is the line on top."""
    headline = "县城咖啡一年关了三成：9.9元价格战之后，谁还在坚持？"
    article = clean_text("\n".join([
        "登录", "注册", "消费", headline, "何子文 · 2024/03/12 19:33",
        "县城咖啡市场在经历一年多的快速扩张后进入洗牌期，低价策略难以为继，部分加盟商已经开始退出。",
        "来源：界面新闻", "分享到：", "微信", "微博", "图片来源：视觉中国", "界面新闻记者 | 何子文",
        "界面新闻编辑 | 宋佳", *ZH_BODY,
    ]))
    assert article.title == headline
    assert "视觉中国" not in article.text


def test_a_zhihu_columns_buttons_are_neither_author_nor_site() -> None:
    """ "关注他" (follow him) is a button and "首发于" (first published in) a label."""
    article = clean_text("\n".join([
        "首发于", "书店手记", "我在县城开了三年独立书店，说几句实话", "林一舟", "独立书店店主 / 前出版社编辑",
        "关注他", *ZH_BODY,
    ]))
    assert "关注他" not in article.authors
    assert article.site != "首发于"


def test_a_caption_run_into_its_photographers_credit_is_a_caption() -> None:
    """Bloomberg: "…in Anhui province, China.Photographer: Lin Zhao/Bloomberg" under the
    headline's two summary points; the headline is the line over the points."""
    headline = "Copper Smelters Agree to Process Ore Almost for Free as Supply Dries Up"
    article = clean_text("\n".join([
        "Markets", headline, "Norvik deal with Asian plants sets fee at $4.50 a ton, people say",
        "Charges are smelters’ main income and usually run near $80",
        "Copper cathodes stacked at a refinery in Anhui province, China.Photographer: Lin Zhao/Bloomberg",
        "By Jack Farrow and Mei Takahashi", "March 5, 2024 at 6:00 AM EST",
        "Copper smelters in Asia agreed to process ore for almost nothing, a sign of how scarce the "
        "raw material has become after a string of mine disruptions.",
        "The deal sets the fee at $4.50 a ton, according to people familiar with the matter, down "
        "from about $80 a year ago.",
    ]))
    assert article.title == headline
    assert "Photographer" not in article.text


def test_a_caption_closed_by_the_photographer_and_paper_in_brackets() -> None:
    """Libération: "… le 10 mars. (Thomas Morel/Libération)" under the chapô is a caption."""
    headline = "A Rennes, les bibliothèques ouvertes le dimanche font le plein"
    article = clean_text("\n".join([
        "Société", "Lecture publique", headline,
        "Depuis l’ouverture dominicale de trois médiathèques en septembre, la fréquentation du "
        "week-end a bondi de 38 %. Une expérience scrutée par d’autres villes.",
        "Des lecteurs à la médiathèque de Cleunay, à Rennes, le 10 mars. (Thomas Morel/Libération)",
        "par Elise Carvalho, correspondante à Rennes", "publié le 15 mars 2024 à 16h12", "Partager",
        "Il est 14 heures, un dimanche de mars, et il faut patienter pour trouver une place assise "
        "dans la salle de lecture de la médiathèque de Cleunay.",
        "Depuis septembre, trois des dix bibliothèques de la ville ouvrent le dimanche après-midi, "
        "et la fréquentation du week-end a bondi.",
    ]))
    assert article.title == headline


def test_a_japanese_weeklys_follow_buttons_and_prompt_are_no_headline() -> None:
    """Toyo Keizai: "著者フォロー" around "フォローした著者の記事が公開されると、メールでお知らせします。"."""
    headline = "赤字ローカル線「バス転換」から5年、見えてきた誤算"
    article = clean_text("\n".join([
        "東洋経済ONLINE", "鉄道最前線", headline, "本数は倍増したのに、高校生が乗らなくなった理由",
        "三宅 陽介 : 東洋経済 記者", "著者フォロー", "フォローした著者の記事が公開されると、メールでお知らせします。",
        "著者フォロー", "2024/03/16 5:30", "シェア", "ブックマーク", "印刷",
        "赤字ローカル線を廃止してバスに置き換える――。JRと沿線自治体の協議で、こうした「バス転換」が選択肢として"
        "語られることが増えた。だが、転換後に何が起きるのかを検証した例は少ない。",
        "2019年4月に鉄道を廃止し、BRTに転換した旧北浦線の沿線を歩いた。本数は倍増し、運賃は据え置かれた。",
    ]))
    assert article.title == headline


def test_a_name_printed_twice_under_the_headline_is_its_writer() -> None:
    """Zhihu prints the writer's name twice (the avatar's and the link), then a bio line."""
    headline = "我在县城开了三年独立书店，说几句实话"
    article = clean_text("\n".join([
        "首发于", "书店手记", "写文章", "登录/注册", headline, "林一舟", "林一舟", "独立书店店主 / 前出版社编辑",
        "关注他", *ZH_BODY,
    ]))
    assert article.title == headline
    assert article.authors == ("林一舟",)


def test_a_korean_headline_over_two_shorter_points() -> None:
    """Hankyoreh: the headline, then a subheadline of two points, then the reporter."""
    headline = "지방대 외국인 유학생 1년 새 27% 늘어…‘중도 이탈’도 급증"
    body = [
        "비수도권 대학의 외국인 유학생 수가 1년 새 30% 가까이 늘어난 것으로 나타났다. 학령인구 감소로 신입생 "
        "모집에 어려움을 겪는 지방대들이 유학생 유치에 적극 나선 결과다.",
        "교육부가 14일 발표한 자료를 보면 지난해 비수도권 대학의 외국인 유학생은 모두 8만여명으로 집계됐다.",
    ]
    article = clean_text("\n".join([
        "사회", "교육", headline, "학령인구 감소에 유치 경쟁 과열", "어학연수생 불법체류 우려도", "박서연 기자",
        "등록 2024-03-14 18:30", "공유하기", *body,
    ]))
    assert article.title == headline
    # Hankyung: points nearly as long as the headline, a fifth shorter
    headline = "냉동김밥 수출 1년 새 세 배…美 마트서 '품절 행렬'"
    article = clean_text("\n".join([
        "스포츠", "산업", headline, "지난해 수출액 1억2000만달러 '역대 최대'", "중소 식품업체 생산라인 증설 잇따라",
        "입력2025.02.18 17:02 수정2025.02.18 18:10", "박지훈 기자", *body,
    ]))
    assert article.title == headline


@pytest.mark.parametrize("caption", [
    "Mélanie Haddad et ses associés devant la boulangerie, à Vincennes, le 22 avril. LP/Julie Martin",
    "Des pirogues de pêche sur la plage de Kayar, au Sénégal, le 5 mai 2024. © Ibrahima Sow / RFI",
])
def test_a_caption_closed_by_a_papers_credit_under_the_standfirst(caption: str) -> None:
    """ "… LP/Julie Martin", "… © Ibrahima Sow / RFI": credits; the headline is above."""
    headline = "Vincennes : les habitants rachètent la boulangerie du quartier pour éviter sa fermeture"
    article = clean_text("\n".join([
        "Île-de-France & Oise›Val-de-Marne", headline,
        "Plus de 200 riverains ont réuni 380 000 euros pour reprendre la boulangerie de la rue de "
        "Fontenay, menacée de devenir une agence immobilière. Un montage rare en Île-de-France.",
        caption, "Par Julie Martin", "Le 23 avril 2024 à 18h42, modifié le 24 avril 2024 à 08h10",
        "La boulangerie de la rue de Fontenay ne fermera pas. Après des mois d’incertitude, plus de "
        "deux cents habitants du quartier ont réuni de quoi la racheter.",
        "L’affaire avait commencé en janvier, quand le propriétaire des murs a annoncé son intention "
        "de vendre le local à une agence immobilière.",
    ]))
    assert article.title == headline
    assert "Julie Martin" not in article.text.split("\n\n")[0]


def test_an_account_boxs_title_over_the_headline_is_no_headline() -> None:
    """CNN's menu ends on "Sign in to your CNN account" right over the headline."""
    headline = "A bumblebee scientists feared was extinct has turned up in a Colorado meadow"
    article = clean_text("\n".join([
        "Subscribe", "Sign in", "My Account", "Settings", "Topics you follow", "Sign out",
        "Your CNN account", "Sign in to your CNN account", "Ad Feedback", headline,
        "By Katherine Dunmore, CNN", "5 minute read", "Published 6:00 AM EDT, Wed June 12, 2024",
        "A bumblebee that scientists had feared was extinct has been found in a high meadow in "
        "western Colorado, researchers said this week.",
        "The bee, last recorded in the state in 2011, was photographed by a volunteer taking part "
        "in a pollinator survey near Gunnison.",
    ]))
    assert article.title == headline


def test_a_channels_subscribe_prompt_under_the_byline_is_no_headline() -> None:
    """36Kr: "订阅硬氪，第一时间获取硬科技报道" between the date line and the writer's; a
    sentence saying a reporter got something "第一时间" stays text."""
    headline = "36氪首发 | 宠物智能硬件公司「喵伴科技」完成1.2亿元A+轮融资，海外收入占比已超六成"
    lead = "记者第一时间获取了公司的融资公告，并联系了公司创始人了解情况，这轮融资将主要用于海外市场拓展。"
    article = clean_text("\n".join([
        "资讯", "硬氪", headline, "王乐然·2024年04月17日 09:00", "订阅硬氪，第一时间获取硬科技报道", "关注",
        "文｜王乐然", "编辑｜袁斯来", lead, *ZH_BODY,
    ]))
    assert article.title == headline
    assert lead in article.text


def test_a_byline_labelled_writer_names_each_writer() -> None:
    """Bangkok Post: "WRITER: A and B" under the date, a label as "Author:" is one."""
    article = clean_text("\n".join([
        "Cabinet backs 20-baht flat fare for all Bangkok rail lines",
        "PUBLISHED : 19 Mar 2025 at 04:00",
        "WRITER: Somchai Rattanakorn and Pornpimol Thongsuk",
        "The cabinet on Tuesday approved extending the 20-baht flat fare to all ten electric "
        "train lines in Greater Bangkok from October 1, the transport minister said.",
        "The state will cover an estimated eight billion baht a year in lost revenue, and "
        "operators will be paid monthly against ridership figures audited by the ministry.",
    ]))
    assert article.authors == ("Somchai Rattanakorn", "Pornpimol Thongsuk")
    assert "WRITER" not in article.text


def test_an_ai_voiced_players_label_is_no_headline() -> None:
    """El Espectador: "Escucha este artículo" and "Audio generado con IA de Google" under the
    lead photo were read as the headline, and the real one went out with the menu."""
    headline = "“Bogotá no puede seguir dependiendo de que llueva en Chingaza”: hidróloga Ana Ruiz"
    article = clean_text("\n".join([
        "Ir al contenido", "El Diario", "Menú", "Suscríbete", "Política", "Bogotá", "Mundo", "",
        "Bogotá", headline,
        "A un año del racionamiento, la investigadora advierte que el sistema que abastece a la "
        "capital sigue igual de expuesto a una sequía.",
        "La hidróloga Ana Ruiz ha estudiado durante 15 años el sistema Chingaza.",
        "Foto: Archivo particular", "Escucha este artículo", "Audio generado con IA de Google",
        "0:00", "/", "0:00", "Daniela Rojas Pardo", "12 de marzo de 2025 - 02:00 p. m.", "",
        "El 11 de abril de 2024, Bogotá empezó un racionamiento de agua que se extendería durante "
        "casi un año, cuando los embalses llegaron a niveles inferiores al 16 %.",
        "",
        "Hoy, con los embalses por encima del 60 %, la medida terminó, pero la pregunta sigue "
        "abierta: ¿qué pasará en la próxima sequía?",
    ]))
    assert article.title == headline
    assert "Audio generado" not in article.text


def test_a_caption_closed_by_photo_and_a_name_without_a_colon_is_a_caption() -> None:
    """La Voix du Nord: "… au lundi matin. Photo Thierry Lemaire - VDNPQR" under the headline
    was taken for the headline; and "Par A (texte) et B (photo)" names the writer alone."""
    headline = "Métro de Lille : la ligne 1 fermée trois week-ends en avril pour tester les rames"
    caption = (
        "La ligne 1 sera interrompue entre Quatre-Cantons et CHU-Eurasanté du vendredi soir au "
        "lundi matin. Photo Thierry Lemaire - VDNPQR"
    )
    article = clean_text("\n".join([
        "Aller au contenu principal", "La Voix du Nord", "S'abonner", "Lille", "Roubaix", "Lens",
        "Accueil", "Région", "Lille", headline, caption,
        "Ilévia et la Métropole européenne de Lille ont annoncé ce mercredi trois fermetures "
        "complètes de la ligne 1 au printemps.",
        "Par Camille Durand (texte) et Thierry Lemaire (photo)",
        "Publié: 12 mars 2025 à 18h30",
        "C’est un nouveau coup de frein pour les usagers de la ligne 1. Le métro ne circulera pas "
        "entre Quatre-Cantons et CHU-Eurasanté les week-ends d’avril, a annoncé Ilévia.",
        "Ces interruptions doivent permettre de réaliser des essais dynamiques des nouvelles rames "
        "de 52 mètres, deux fois plus longues que les actuelles, sur l’ensemble de la ligne.",
    ]))
    assert article.title == headline
    assert article.authors == ("Camille Durand",)
    assert "VDNPQR" not in article.text and "(photo)" not in article.text


def test_an_opinion_signed_une_opinion_de_names_both_writers() -> None:
    """La Libre: "Une opinion de A, professeure …, et B, chercheur …" under the standfirst."""
    article = clean_text("\n".join([
        "Débats", "Opinions",
        "Fusions de communes : la Wallonie ne peut pas se contenter d’attendre les volontaires",
        "Le gouvernement wallon mise sur des fusions volontaires et des primes généreuses.",
        "Une opinion de Hélène Verstraeten, professeure de droit public à l’UCLouvain, et Thomas "
        "Leclercq, chercheur au CRISP.",
        "Publié le 12-03-2025 à 09h15", "",
        "En Flandre, la carte communale aura profondément changé entre deux élections : le nord du "
        "pays compte 285 communes, contre 300 auparavant.",
        "",
        "En Wallonie, la carte n’a quasiment pas bougé depuis 1977 : une seule fusion a vu le jour, "
        "et le gouvernement veut encourager les suivantes.",
    ]))
    assert article.authors == ("Hélène Verstraeten", "Thomas Leclercq")
    assert "Une opinion de" not in article.text


def test_the_day_a_story_first_ran_under_its_text_wins_over_the_headers_update() -> None:
    """Miami Herald: "Updated March 12, 2025 9:40 AM" over the text, "This story was
    originally published March 11, 2025 6:18 PM." under it."""
    article = clean_text("\n".join([
        "Coast Guard returns 132 Haitian migrants after crowded sailboat stopped off the Keys",
        "By Carla Ortega", "Updated March 12, 2025 9:40 AM", "",
        "The Coast Guard returned 132 Haitian migrants to Cap-Haïtien on Tuesday after their "
        "overloaded sailboat was stopped about 20 miles off the Florida Keys, officials said.",
        "",
        "Crews from two cutters took the migrants aboard on Sunday; no one was hurt, and the "
        "sailboat was later sunk as a hazard to navigation, a spokesman said.",
        "",
        "This story was originally published March 11, 2025 6:18 PM.",
    ]))
    assert article.published.startswith("2025-03-11")
    assert "originally published" not in article.text


def test_a_caption_closed_by_picture_and_its_photographer_is_a_caption() -> None:
    """Irish Examiner: "… in the autumn. Picture: Larry Cummins" under the dates."""
    caption = (
        "Morrison's Island in Cork city centre, where work on the flood relief scheme is now "
        "expected to begin in the autumn. Picture: Larry Cummins"
    )
    article = clean_text("\n".join([
        "OPW approves revised Morrison's Island flood defence plan", "Eoin Hartigan",
        "Wed, 12 Mar, 2025 - 18:42", caption, "Share", "",
        "The Office of Public Works has approved a revised design for flood defences on "
        "Morrison's Island, clearing the way for construction to begin later this year.",
        "",
        "The revised plan keeps the riverside walkway but lowers the walls along Fr Mathew Quay, "
        "after objections from businesses and heritage groups.",
        "",
        "The Big Picture: what the scheme means for the city",
        "",
        "Cork has flooded eleven times in the last twenty years, according to council records "
        "published last month.",
    ]))
    assert caption not in article.text
    assert "The Big Picture: what the scheme means for the city" in article.text


def test_a_headline_asking_a_question_over_its_byline_and_date_heads_the_text() -> None:
    """The Christian Science Monitor, rendered as text: the headline closes on "?" and reads
    as prose; the date line is parted by bars ("March 18, 2025 | Updated … | 6 min read"),
    and a count opens the share row ("1.8K shares Facebook X …")."""
    headline = "In Arizona’s farm country, a hard question: Sell the water, or keep the town?"
    stand = ("As Colorado River cuts deepen, farmers in La Paz County are being offered more for "
             "their water than for their crops.")
    article = clean_text("\n".join([
        "Menu", "Subscribe Log in Search", "* USA", "* Politics", "* Environment", "",
        "1. Environment", "2. Climate", headline, stand, "* By Laura Whitcomb Staff writer",
        "March 18, 2025 | Updated March 19, 2025, 9:15 a.m. | 6 min read",
        "1.8K shares Facebook X LinkedIn Email Gift this article",
        "Ehrenberg, Ariz. — Lonnie Pruitt has grown alfalfa on the same 640 acres along the "
        "Colorado River for 31 years. Last fall, a letter arrived offering to pay him not to.",
        "The numbers were hard to ignore. At current hay prices, Mr. Pruitt clears about $310 an "
        "acre in a good year, and the offer worked out to nearly $1,100 an acre-foot.",
        "“My dad would have thrown that letter in the burn barrel,” he says, standing at the "
        "edge of a field gone gold in the winter light. “I read it three times.”",
    ]))
    assert (article.title, article.subtitle) == (headline, stand)
    assert article.published.startswith("2025-03-18")
    assert article.text.startswith("Ehrenberg, Ariz.")


def test_a_co_author_run_into_a_role_under_the_byline_is_an_author() -> None:
    """The Christian Science Monitor: "By A Staff writer", then "B Correspondent"."""
    article = clean_text("\n".join([
        "Arizona farm towns weigh selling Colorado River water to cities",
        "* By Laura Whitcomb Staff writer", "* Daniel Ortega-Reyes Correspondent",
        "March 18, 2025", "",
        "Ehrenberg, Ariz. — Lonnie Pruitt has grown alfalfa on the same 640 acres along the "
        "Colorado River for 31 years. Last fall, a letter arrived offering to pay him not to.",
        "",
        "The numbers were hard to ignore. At current hay prices, Mr. Pruitt clears about $310 an "
        "acre in a good year, and the offer worked out to nearly $1,100 an acre-foot.",
    ]))
    assert article.authors == ("Laura Whitcomb", "Daniel Ortega-Reyes")
    assert "Correspondent" not in article.text
    # a role alone under the byline names no one ("Senior Reviews" is no person)
    article = clean_text("\n".join([
        "Kestrel Book 14 review: an in-house chip that finally keeps up", "By Nadia Okafor",
        "Senior Reviews Editor", "published 14 November 2024", "",
        "The Kestrel Book 14 is the first laptop from the company to run on its own chip, and "
        "it is the first of its machines that we would recommend without a long list of caveats.",
        "",
        "Battery life was the biggest surprise: it lasted just over fourteen hours in our video "
        "test, four hours more than last year's model with its Intel processor.",
    ]))
    assert article.authors == ("Nadia Okafor",)


def test_a_photographers_name_after_a_captions_last_sentence_makes_it_a_caption() -> None:
    """The Australian Financial Review: "… has emerged among the big industry funds. Tamsin
    Forde" under the share row; a headline's "… a Critical Flaw. Update Now" is no caption."""
    from clipper.clean import lines as ln

    caption = ("A 'two-speed' approach to valuing private loans has emerged among the big "
               "industry funds. Tamsin Forde")
    assert ln.is_caption(ln.make_lines(caption, "en")[0])
    headline = "A Popular Password Manager Just Patched a Critical Flaw. Update Now"
    assert not ln.is_caption(ln.make_lines(headline, "en")[0])
    assert not ln.is_caption(ln.make_lines("The council voted on Tuesday. New York", "en")[0])
    # nor a Polish byline's label and the name: "oprac. Katarzyna Wiśniewska" (compiled by)
    assert not ln.is_caption(ln.make_lines("oprac. Katarzyna Wiśniewska", "pl")[0])


def test_an_archive_images_caption_and_a_bracketed_file_credit_are_captions() -> None:
    """ABC (Spain): "Imagen de archivo de … EP"; Al Jazeera: "… on Monday [File: AFP]"; each
    read as the headline over the real one."""
    from clipper.clean import lines as ln

    for caption in (
        "Imagen de archivo de un episodio de calima en Murcia EP",
        "Smoke rises over El Fasher, the capital of North Darfur state, after shelling on Monday "
        "[File: AFP]",
    ):
        assert ln.is_caption(ln.make_lines(caption, None)[0]), caption
    assert not ln.is_caption(ln.make_lines("Imagen de la semana", "es")[0])


def test_a_photographers_credit_with_the_outlet_in_capitals_is_a_caption() -> None:
    """POLITICO as text: the caption, then "Francis Chung/POLITICO", under the dek; read as
    prose the credit made the dek the headline. A heading set apart under a caption and its
    credit stays text (the BBC: "…before the vote" / "Owain Rees/IBC" / "" / "'The school…'")."""
    headline = "House GOP leaders scramble to save stopgap as hard-liners balk at farm aid"
    article = clean_text("\n".join([
        "Congress", headline,
        "The speaker can afford to lose only a handful of Republicans on a party-line vote.",
        "Speaker Mark Hollister speaks to reporters at the Capitol, March 11, 2025.",
        "Francis Chung/POLITICO", "By Caitlin Ostrowski and Marcus Bell",
        "03/11/2025 06:05 PM EDT", "",
        "House Republican leaders spent Tuesday scrambling to salvage their plan to keep the "
        "government open past Friday, as a bloc of conservatives threatened to sink it.",
        "",
        "Parents protested outside the council offices before the vote", "Owain Rees/IBC", "",
        "'The school is the village'",
        "Carys Mostyn, whose two children attend the school, said families had been ignored "
        "from start to finish, and that the council had never visited the village.",
    ]))
    assert article.title == headline
    assert "Francis Chung" not in article.text and "Owain Rees" not in article.text
    assert "'The school is the village'" in article.text


@pytest.mark.parametrize(
    "credit", ["Kevin Stent/Stuff", "Photo credit: Dennis Mwangi | Nation Media Group"]
)
def test_a_lead_photos_caption_over_its_credit_is_neither_title_nor_standfirst(
    credit: str,
) -> None:
    """Stuff and the Daily Nation: headline, standfirst, the photo's caption, its credit,
    then the byline; the standfirst was taken for the headline, the caption for the dek."""
    headline = "Remutaka Hill Road closed indefinitely after overnight slip buries both lanes"
    stand = ("Wairarapa commuters face a lengthy detour through Manawatū after tonnes of rock "
             "and clay came down north of the summit in heavy rain.")
    article = clean_text("\n".join([
        "Skip to content", "Home", "National", "World", "", "National", headline, stand,
        "Contractors assess the slip on Remutaka Hill Road, State Highway 2, on Wednesday.",
        credit, "Hamish Prendergast", "Reporter", "Updated 12:40 Oct 09 2024", "Share", "",
        "The Remutaka Hill Road between Upper Hutt and Featherston is closed and is unlikely to "
        "reopen for at least a week, the transport agency said on Wednesday.",
        "",
        "No vehicles were caught in the slip, but a truck driver who arrived shortly afterwards "
        "had to reverse almost a kilometre down the hill in the dark.",
    ]))
    assert (article.title, article.subtitle) == (headline, stand)


@pytest.mark.parametrize(
    "credit", ["Benjamin Pritzkuleit/Berliner Zeitung", "PHOTO ÉTIENNE GAGNON, LA PRESSE"]
)
def test_a_photographers_credit_is_no_byline(credit: str) -> None:
    """Berliner Zeitung: "Name/Berliner Zeitung" under the lead photo's caption; La Presse:
    "PHOTO ÉTIENNE GAGNON, LA PRESSE" over it. Each was read as the writer."""
    from clipper.clean import lines as ln

    assert ln.is_caption(ln.make_lines(credit, None)[0])
    article = clean_text("\n".join([
        "Berlin", "Interview",
        "Clubbetreiberin Marlene Quast: „Wir verlieren jedes Jahr ein Stück Berliner Nacht“",
        "Jule Damaschke, Henning Rabe", "12.03.2025 | 06:00 Uhr",
        "Marlene Quast im leeren Saal ihres Clubs in Friedrichshain.", credit, "Teilen", "",
        "Zwölf Berliner Clubs haben im vergangenen Jahr geschlossen, mindestens fünf weitere "
        "kündigen an, im Sommer aufzugeben, wenn sich an den Mieten nichts ändert.",
        "",
        "Frau Quast, ist die Berliner Clubkultur am Ende? Am Ende nicht, aber sie ist in der "
        "schwersten Krise seit der Pandemie, sagt die Vorsitzende der Clubcommission.",
    ]))
    assert article.authors == ("Jule Damaschke", "Henning Rabe")
    assert article.title.startswith("Clubbetreiberin Marlene Quast")


def test_a_caption_closed_by_a_bar_and_the_photographers_name_is_a_caption() -> None:
    """La Nueva España: "… ayer por la tarde. | Lucía Granda" under the standfirst."""
    from clipper.clean import lines as ln

    caption = "Pacientes en la sala de espera de Urgencias del HUCA, ayer por la tarde. | Lucía Granda"
    assert ln.is_caption(ln.make_lines(caption, "es")[0])
    assert not ln.is_caption(ln.make_lines("Sanidad | Asturias", "es")[0])


def test_a_name_run_into_its_outlet_or_beat_is_cut_to_the_name_the_bio_gives() -> None:
    """Fox News: "By Caitlin McKinnon Fox News"; the Toronto Star: "By Maya Desrosiers
    Transportation Reporter"; each bio under the text opens with the name alone."""
    body = [
        "Searchers found the hiker on Sunday afternoon in a drainage about four miles from the "
        "trailhead where her car had been parked since the previous Monday.",
        "",
        "She was dehydrated but able to walk, and was flown to a hospital in Boise for treatment, "
        "the county sheriff's office said in a statement.",
        "",
    ]
    article = clean_text("\n".join([
        "Idaho hiker found alive after six days lost in Sawtooth wilderness",
        "By Caitlin McKinnon Fox News", "Published March 10, 2025 4:12pm EDT", "", *body,
        "Caitlin McKinnon is a reporter for Fox News Digital covering the Mountain West.",
    ]))
    assert article.authors == ("Caitlin McKinnon",)
    # a full name the bio prints whole stays whole, and a shorter name in the prose cuts nothing
    article = clean_text("\n".join([
        "Idaho hiker found alive after six days lost in Sawtooth wilderness",
        "By Juan Carlos Pérez", "Published March 10, 2025 4:12pm EDT", "", *body,
        "Juan Carlos said he had hiked the trail before.", "",
        "Juan Carlos Pérez is a reporter for Fox News Digital covering the Mountain West.",
    ]))
    assert article.authors == ("Juan Carlos Pérez",)


def test_two_writers_parted_by_a_bar_or_a_dash_are_both_authors() -> None:
    """DW: "Lena Hartmann | Jonas Brandt"; franceinfo: "Camille Laurent - Julien Marceau";
    but "José Pérez | Madrid" and "Jane Doe - Buenos Aires" name a place filed from."""
    body = [
        "Rund 4000 Autobahnbrücken in Deutschland gelten als dringend sanierungsbedürftig, und "
        "der Bund will das Tempo der Erneuerung in den kommenden Jahren verdoppeln.",
        "",
        "Doch die Bauindustrie zweifelt, dass Geld und Personal dafür reichen, und die Länder "
        "warnen vor langen Sperrungen auf den wichtigsten Strecken im Westen des Landes.",
    ]
    for byline, want in [
        ("Lena Hartmann | Jonas Brandt", ("Lena Hartmann", "Jonas Brandt")),
        ("Camille Laurent - Julien Marceau", ("Camille Laurent", "Julien Marceau")),
        ("José Pérez | Madrid", ("José Pérez",)),
        ("Jane Doe - Buenos Aires", ("Jane Doe",)),
    ]:
        article = clean_text("\n".join([
            "Marode Autobahnbrücken: Wo es jetzt eng wird", byline, "04.03.2025", "", *body,
        ]))
        assert article.authors == want, byline
        assert byline not in article.text


def test_a_name_over_the_bare_name_beside_the_date_is_the_first_writer() -> None:
    """La Voz de Galicia: "Antón Lestón" / "Xiana Rial" / "Corme / La Voz" / the date, under
    the standfirst; but a name under the lead photo's caption is the photographer's."""
    body = [
        "",
        "La cofradía de Corme cerró este miércoles la campaña del percebe de marzo después de "
        "agotar en apenas tres semanas la cuota que tenía asignada para todo el mes.",
        "",
        "Los percebeiros aseguran que el precio en lonja cayó a la mitad por la llegada de "
        "producto de Marruecos, que se vende sin distinguir su origen en muchos mercados.",
    ]
    head = [
        "Corme adelanta el cierre del percebe tras agotar en tres semanas la cuota de marzo",
        "La cofradía atribuye la caída de precios a la llegada masiva de producto de Marruecos y "
        "pide a la Xunta un etiquetado obligatorio en lonja",
    ]
    article = clean_text("\n".join([
        *head, "Antón Lestón", "Xiana Rial", "Corme / La Voz", "05/03/2025 19:45 h", *body,
    ]))
    assert article.authors == ("Antón Lestón", "Xiana Rial")
    article = clean_text("\n".join([
        *head, "Percebeiros en el puerto de Corme tras la última jornada", "Marcelo Manera",
        "Xiana Rial", "Corme / La Voz", "05/03/2025 19:45 h", *body,
    ]))
    assert article.authors == ("Xiana Rial",)


def test_a_lead_photos_caption_with_its_credit_does_not_push_the_standfirst_into_the_headline(
) -> None:
    """Kurier: headline, standfirst, caption, "© KURIER/Martin Aigner"; The Dallas Morning
    News: a caption longer than the standfirst, closed by "(Juan Figueroa / Staff
    Photographer)". Each had the standfirst read as the headline."""
    body = [
        "",
        "Seit dem Sommer 2021 hängt im Stiegenhaus ein Zettel, auf dem die Sanierung der Fenster "
        "für das Frühjahr 2022 angekündigt wird. Der Zettel ist inzwischen vergilbt.",
        "",
        "Im Winter zieht es so, dass die Bewohner die Vorhänge zuziehen müssen, damit das "
        "Wohnzimmer warm bleibt, erzählt eine Mieterin, die seit vierzig Jahren hier wohnt.",
        "",
        "Wiener Wohnen verweist auf gestiegene Baukosten. Man habe die Zahl der Projekte für "
        "heuer reduzieren müssen, um die laufenden Baustellen fertigstellen zu können.",
        "",
        "Die Opposition im Gemeinderat fordert nun einen eigenen Sanierungsfonds, der aus den "
        "Mieteinnahmen der Stadt gespeist werden soll und jährlich überprüft wird.",
    ]
    headline = "Wiener Gemeindebauten: Warum die Sanierung ins Stocken gerät"
    stand = ("Die Stadt hat ihr Sanierungsprogramm für 2024 deutlich gekürzt. Mieter in "
             "Floridsdorf und Favoriten warten seit Jahren auf neue Fenster und Heizungen.")
    article = clean_text("\n".join([
        "Startseite", "Politik", "Chronik", "Wirtschaft", "Sport", "Chronik | Wien", headline, stand,
        "Im Karl-Seitz-Hof in Floridsdorf warten die Bewohner seit drei Jahren auf neue Fenster. "
        "Die Gerüste stehen bereits, gearbeitet wird seit dem Herbst aber kaum.",
        "© KURIER/Martin Aigner", "Katharina Pölzl", "17.03.2024, 05:00", *body,
    ]))
    assert (article.title, article.subtitle) == (headline, stand)
    assert "Martin Aigner" not in article.text
    headline = "Dallas council backs $38 million plan to rebuild Fair Park’s Music Hall garage"
    stand = ("The vote clears the way for construction to begin next spring, but some South "
             "Dallas residents say they have heard promises about the park before.")
    article = clean_text("\n".join([
        "Dallas City Hall", headline, stand,
        "Cars line up along Parry Avenue before a concert at Fair Park on a Saturday evening in "
        "February. The parking structure behind the Music Hall has been partly closed since an "
        "engineering review flagged corroded support beams in 2022, and drivers now circle the "
        "surrounding blocks looking for space.(Juan Figueroa / Staff Photographer)",
        "ByMarissa Delgado", "Staff Writer", "and", "Trent Whitaker", "Senior City Hall Reporter",
        "5:12 PM on Mar 13, 2024 CDT", "",
        "Dallas City Council members on Wednesday approved a $38 million plan to tear down and "
        "rebuild the aging parking garage behind Fair Park’s Music Hall.", "",
        "The money will come from a mix of bond funds and hotel occupancy taxes, according to a "
        "briefing the council received last month from the city's parks department.",
    ]))
    assert (article.title, article.subtitle) == (headline, stand)
    # and the writer after "and" on a line of its own is the second author
    assert article.authors == ("Marissa Delgado", "Trent Whitaker")
    assert "Staff Photographer" not in article.text and "Trent" not in article.text


def test_a_photo_word_before_a_name_with_no_colon_is_a_credit() -> None:
    """La Provence: "Photo Julien Ravel"; La Jornada: "Foto Cristina Rodríguez Salas", each
    under a caption between two paragraphs; "Foto del día" or "Photo Essay" name no one."""
    credited = ["Photo Julien Ravel", "Foto Cristina Rodríguez Salas"]
    for text in credited:
        assert lines.is_caption(lines.make_lines(text, "fr")[0]), text
    for text in ["Foto del día", "Photo Essay", "Foto Finish"]:
        assert not lines.is_caption(lines.make_lines(text, "es")[0]), text
    prose = [
        "La Régie des transports métropolitains va tester deux bus à hydrogène sur la ligne 21 "
        "à partir du mois d'avril, a annoncé la Métropole mardi.",
        "Les deux véhicules, construits par un industriel normand, ont été présentés mardi matin "
        "au dépôt de Saint-Pierre, devant les élus de la Métropole.",
        "L'hydrogène sera produit à Fos-sur-Mer et livré par camion deux fois par semaine, ce que "
        "critiquent déjà plusieurs associations de riverains du dépôt.",
        "Si l'essai est concluant, la régie prévoit d'en commander une trentaine d'ici à 2027, "
        "pour un coût encore inconnu que la Métropole devra financer.",
    ]
    caption = "Les deux bus ont été présentés au dépôt de Saint-Pierre"
    article = clean_text("\n\n".join([
        "Marseille : la RTM va tester des bus à hydrogène sur la ligne 21", "Par Camille Ferrand",
        "Le 12/03/2024 à 18h45", *prose[:2], caption + "\nPhoto Julien Ravel", *prose[2:],
    ]))
    assert article.text.split("\n\n") == prose


def test_an_author_box_closed_by_a_count_of_the_writers_stories_names_the_author() -> None:
    """Genbeta: name, trade, name, handle, trade, a bio, "166 publicaciones de Nerea Salcedo"
    between the standfirst and the date; the bio was read as the headline."""
    headline = ("Firefox por fin tiene pestañas verticales: así puedes activarlas en la nueva "
                "versión 125")
    stand = ("Mozilla estrena una barra lateral rediseñada y la función más pedida por los "
             "usuarios en años, aunque de momento llega desactivada")
    prose = [
        "Durante años ha sido una de las peticiones más repetidas en los foros de Mozilla: poder "
        "colocar las pestañas en un lateral de la ventana, como hacen otros navegadores.",
        "La función forma parte de la nueva barra lateral que Mozilla lleva meses probando en "
        "las versiones de desarrollo, y llega ahora a la versión estable del navegador.",
        "Eso sí, la opción no viene activada por defecto, y Mozilla asegura que quiere recoger "
        "opiniones antes de hacerla visible para todos los usuarios.",
    ]
    article = clean_text("\n".join([
        "Genbeta", "Navegadores", headline, stand, "Sin comentariosFacebookTwitterE-mail",
        "Nerea Salcedo", "Editora", "Nerea Salcedo", "@nereasalcedo", "Editora",
        "Cubro navegadores, software libre y privacidad. Llevo en Genbeta desde 2019, después de "
        "pasar por varias revistas de tecnología.",
        "166 publicaciones de Nerea Salcedo", "16 Abril 2024, 11:42", *prose,
    ]))
    assert (article.title, article.subtitle) == (headline, stand)
    assert article.authors == ("Nerea Salcedo",)
    assert article.text.split("\n\n") == prose


def test_a_reach_live_page_glued_trail_trades_and_signed_entries() -> None:
    """The Manchester Evening News: the breadcrumb's links glued ("NewsGreater Manchester
    NewsTraffic and travel"), each writer's trade glued to the name, and a live blog whose
    entries are signed by the writers, the last one too."""
    entry = {
        "10:48": ("Chloe Barrett", "One lane reopens eastbound", [
            "National Highways has now reopened one lane on the eastbound carriageway between "
            "junctions 20 and 21, though traffic remains very slow.",
            "The westbound carriageway is still fully closed while specialist contractors "
            "assess the road surface, which was damaged by the heat of the fire.",
        ]),
        "09:31": ("Dan Hollis", "Diversions and buses affected", [
            "Drivers heading west are being diverted off at junction 21 and back through "
            "Milnrow and Rochdale town centre, adding half an hour to journeys.",
            "Several bus services, including the 17 and the 24, are running late because of "
            "the extra traffic on the diversion route through the town.",
        ]),
        "07:12": ("Dan Hollis", "Motorway closed near Rochdale", [
            "Good morning and welcome to our live coverage.",
            "The M62 is closed in both directions between junction 20 for Rochdale and "
            "junction 21 for Milnrow after a lorry caught fire in the early hours.",
            "Eyewitnesses have described seeing thick black smoke from the carriageway from as "
            "far away as the town centre, and crews have been at the scene since five.",
        ]),
    }
    body: list[str] = []
    for clock, (writer, heading, paragraphs) in entry.items():
        body += [clock, writer, heading, *paragraphs]
    headline = "LIVE: M62 closed in both directions near Rochdale after lorry fire - updates"
    article = clean_text("\n".join([
        "Skip to main content", "Manchester Evening News", "Sign in", "News",
        "Greater Manchester News", "Traffic and travel", "Sport", "Money", "Weather",
        "NewsGreater Manchester NewsTraffic and travel", headline,
        "Long delays are expected throughout the morning as crews deal with the aftermath",
        "BookmarkShare", "NewsByChloe BarrettDigital Reporter",
        "Dan HollisTraffic and Travel Reporter", "07:12, 21 MAR 2024Updated10:48, 21 MAR 2024",
        *body, "Read More", "Related Articles",
        "M60 to close overnight for two weekends for bridge repairs", "Follow Manchester Evening News",
        "Facebook", "Twitter", "© 2024 a Reach plc subsidiary",
    ]))
    assert article.title == headline
    assert article.authors == ("Chloe Barrett", "Dan Hollis")
    for _writer, _heading, paragraphs in entry.values():
        for paragraph in paragraphs:
            assert paragraph in article.text
    assert "M60 to close" not in article.text
    # a capital inside a name with no trade after it is the name's own
    from clipper.clean import names

    assert names.clean_name("Dan HollisTraffic and Travel Reporter") == "Dan Hollis"
    assert names.clean_name("Jane DoeSenior Writer") == "Jane Doe"
    assert names.clean_name("DeShawn McKinnon") == "DeShawn McKinnon"


def test_taiwans_credits_with_a_full_width_slash() -> None:
    """CommonWealth (天下雜誌): "文／陳怡安" names the writer and "攝影／林柏辰" the photographer,
    whose credit was read as the headline; "编辑／何婧" names an editor, no author."""
    headline = "從嘉義稻田飛出的國家隊？專訪無人機新創「雲翼科技」創辦人黃振宇"
    prose = [
        "雲翼科技創辦人黃振宇原本是科技公司的機構工程師，十年前回到家鄉嘉義，從替農民噴藥的無人機做起。"
        "如今他的廠房裡，一半空間都在組裝給國軍測試的機型。",
        "去年公司營收成長三倍，但關鍵零件仍有近四成得從中國進口，這是他最擔心的事。"
        "他說，若供應鏈斷了，再多訂單也交不出貨。",
        "為了降低風險，公司今年與南部三家馬達廠合作開發自有零件，預計明年第一季量產。",
    ]
    article = clean_text("\n".join([
        "首頁", "產業", "天下雜誌 第795期", headline, "文／陳怡安", "攝影／林柏辰", "2024-03-06",
        "分享", "", *prose,
    ]))
    assert article.title == headline
    assert article.authors == ("陳怡安",)
    assert article.text.split("\n\n") == prose
    article = clean_text("\n".join([headline, "编辑／何婧", "2024-03-06", "", *prose]))
    assert article.authors == ()


def test_a_dated_item_of_a_list_and_an_at_sign_for_the_copyright_mark() -> None:
    """BleepingComputer: the list's last item holds a date ("… provisioned before March 8,
    2024") but opens as the items above it; its footer writes "Copyright @ 2003 - 2024
    Bleeping Computer® LLC"."""
    prose = [
        "A ransomware gang is exploiting a zero-day flaw in the Veltrix managed file transfer "
        "server to breach corporate networks, according to several incident responders.",
        "The flaw affects the following versions of the product:",
        "Veltrix released versions 8.4.2 and 9.1.3 this morning, and says it has already "
        "patched all cloud instances on its own side.",
        "Admins who cannot upgrade at once are advised to block external access to the "
        "administration interface until they can.",
    ]
    items = [
        "Veltrix MFT 8.x before 8.4.2", "Veltrix MFT 9.0 and 9.1 before 9.1.3",
        "Veltrix MFT Cloud instances provisioned before March 8, 2024",
    ]
    article = clean_text("\n".join([
        "Ransomware gang exploits Veltrix MFT zero-day to breach dozens of firms",
        "By Marek Lindqvist", "March 12, 2024", "", prose[0], "", prose[1], *items, "",
        prose[2], "", prose[3], "", "Related Articles:", "",
        "Copyright @ 2003 - 2024 Bleeping Computer® LLC - All Rights Reserved",
    ]))
    for item in items:
        assert item in article.text
    assert article.published == "2024-03-12"
    assert article.site == "Bleeping Computer"


def test_glued_bylines_labels_and_credits_from_the_ac_pastes() -> None:
    """Premium Times: "By Ibrahim AdeyemiandHalima Musa" (two links glued); PTS (Taiwan):
    "林子翔、王怡婷 / 台中報導" over "播放影片" (play video), no author; Jeune Afrique:
    "© Jeune Afrique 2025, tous droits réservés" and "Lire aussiPêche illégale : …"; Le
    Dauphiné: "Photo Le DL /Pascal Fayolle"; g1's WhatsApp channel; TVN24's video note."""
    from clipper.clean import boilerplate, textmeta

    byline = lines.make_lines("By Ibrahim AdeyemiandHalima Musa", "en")[0]
    assert textmeta.byline_names(byline) == ["Ibrahim Adeyemi", "Halima Musa"]
    filed = lines.make_lines("林子翔、王怡婷 / 台中報導", "zh")[0]
    assert textmeta.byline_names(filed) == ["林子翔", "王怡婷"]
    assert textmeta.copyright_holder("© Jeune Afrique 2025, tous droits réservés") == (
        "Jeune Afrique"
    )
    assert lines.is_caption(lines.make_lines("Photo Le DL /Pascal Fayolle", "fr")[0])
    for line, reason in [
        ("Lire aussiPêche illégale : comment les flottes étrangères vident les côtes", "related"),
        ("📲 Participe do canal do g1 SP no WhatsApp", "share"),
        ("Dalszy ciąg artykułu pod materiałem wideo", "advertisement"),
        ("播放影片", "boilerplate"),
        ("脸书", "share"),
        ("Anuncio", "advertisement"),
        ("Siehe auch:", "related"),
        ("あわせてお読みください", "related"),
        ("Read Time: 3 mins", "share"),
        ("Leestijd 4 minuten", "share"),
        ("ヘッドライン", "menu"),
        ("This article is for subscribers only", "newsletter"),
        ("Para seguir leyendo, suscribite a La Voz y accedé a todo el contenido.", "newsletter"),
        ("También le puede interesar: Alcaldía anuncia obras en el arroyo de la 65", "related"),
        ("Las opiniones expresadas en este espacio son responsabilidad de sus autores.",
         "boilerplate"),
        ("Click to play video: 'Nova Scotians dig out as storm dumps up to 40 cm of snow'",
         "caption"),
    ]:
        assert boilerplate.lexicon_reason(line) == reason, line
    for credit in ("Picture by Keegan Carroll", "Crédito: Jorge Cárdenas | Impremedia",
                   "Bildquelle: Nordwest Glasnetz"):  # fmt: skip
        assert lines.is_caption(lines.make_lines(credit, "en")[0]), credit
    assert not lines.is_caption(lines.make_lines("Pictures by the lake were taken", "en")[0])
    # nor is a prose line about a channel a button, nor "Read more about it" glued
    assert boilerplate.lexicon_reason("Ministerio anuncia canal en WhatsApp para denuncias") is None
    prose = [
        "台中火力發電廠兩部燃煤機組提前除役，市府表示，春季空氣品質仍待觀察，"
        "將持續要求台電降載。",
        "環保局統計，去年台中市細懸浮微粒年均值為每立方公尺十四微克，仍高於國家標準。",
        "居民則說，每到春天東北季風減弱，天空就常常灰濛濛一片，希望改善能更快一點。",
    ]
    article = clean_text("\n".join([
        "中火兩部燃煤機組提前除役 台中市府：春季空品仍待觀察", "更新時間：2025-03-09 08:30",
        "林子翔、王怡婷 / 台中報導", "播放影片", "分享", "", *prose,
    ]))
    assert article.authors == ("林子翔", "王怡婷")


def test_writers_and_dates_labels_and_a_papers_photo_credit() -> None:
    """Business Next (數位時代): "撰文者：林采蓉" names the writer, "發布日期" labels the first
    day and "更新日期" the update; Midi Libre credits its photographer "Midi Libre - L. R."."""
    from clipper.clean import textmeta

    prose = [
        "台積電今年資本支出預估將達到三百億美元，其中約七成將用於先進製程，"
        "法人認為這代表公司對人工智慧需求的信心仍然相當強勁。",
        "供應鏈業者表示，先進封裝產能目前仍然供不應求，相關設備廠的訂單能見度已經看到明年下半年。",
        "不過也有分析師提醒，美國關稅政策的變化可能影響部分客戶的下單節奏，仍需持續觀察。",
    ]
    headline = "台積電資本支出再創新高，先進封裝設備廠訂單看到明年"
    article = clean_text("\n".join([
        "數位時代", "科技", headline, "撰文者：林采蓉", "更新日期：2025-03-12",
        "發布日期：2025-03-10", "", *prose,
    ]))
    assert article.title == headline
    assert article.authors == ("林采蓉",)
    assert article.text.split("\n\n") == prose
    assert article.published is not None and article.published.startswith("2025-03-10")
    assert lines.BYLINE.search("撰文者：林采蓉")
    assert textmeta._cjk_authors("（撰文者：林采蓉）") == ["林采蓉"]  # a credit under the text
    assert lines.is_caption(lines.make_lines("Midi Libre - L. R.", "fr")[0])
    assert not lines.is_caption(lines.make_lines("Saint-Gaudens - Toulouse", "fr")[0])


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        ("Terrazas en la plaza de Olavide, en Madrid.", "Terrazas en la plaza de Olavide, en Madrid. Europa Press"),
        ("Productores de la colonia Santa Rosa cargan bolsas de mandioca en un camión.",) * 2,
    ],
)
def test_a_figure_copied_as_its_alt_text_then_its_caption_goes(alt: str, caption: str) -> None:
    """Vozpópuli, Última Hora: the lead picture's alt text, then its caption, the same
    sentence with the agency's credit run on or not; neither is the text's first paragraph."""
    prose = [
        "Hay un momento, hacia la una y media de la madrugada de cualquier jueves de mayo, en que "
        "el vecino de un barrio céntrico comprende que esa noche tampoco va a dormir.",
        "Las terrazas se han multiplicado desde la pandemia y los ayuntamientos han mirado hacia "
        "otro lado mientras las mesas ocupaban aceras, plazas y hasta plazas de aparcamiento.",
        "Nadie pide cerrar los bares, sino que se cumplan los horarios que ya están en las "
        "ordenanzas y que alguien conteste al teléfono cuando se llama para denunciarlo.",
    ]
    article = clean_text("\n".join([
        "La ciudad que no deja dormir", "Ignacio Berrocal", "19/03/2025 - 05:00", "Compartir",
        alt, caption, "", *prose,
    ]))
    assert article.text.split("\n\n") == prose
    assert any(alt in r.text and r.reason == "caption" for r in article.removed)


def test_paywall_subscription_and_channel_prompts_in_the_text_go() -> None:
    """National World's "Hide Ad" and its subscription box, the Weser-Kurier's "Lesen Sie
    jetzt mit WK+", Shinano Mainichi's members-only note, TVBS's LINE prompt and Última
    Hora's WhatsApp channel with its promise."""
    from clipper.clean import boilerplate

    for line, reason in [
        ("Hide Ad", "advertisement"),
        (
            "Did you know with a Digital Subscription to The Yorkshire Post, you can get unlimited "
            "access to the website including our premium content, as well as benefiting from "
            "fewer ads, loyalty rewards and much more.",
            "newsletter",
        ),
        ("Lesen Sie jetzt mit WK+", "newsletter"),
        ("この記事は有料会員限定です。", "newsletter"),
        ("最HOT話題在這！想跟上時事，快點我加入TVBS新聞LINE好友！", "newsletter"),
        (
            "Unite al canal de Última Hora en WhatsApp y recibí las noticias más importantes del "
            "día.",
            "share",
        ),
    ]:
        assert boilerplate.lexicon_reason(line) == reason, line
    for prose in [
        "Lesen Sie mit uns die Geschichte einer Fähre, die seit 1921 über die Weser fährt.",
        "Die Fähre fährt jetzt mit Strom, sagt der Betreiber, und das spart im Jahr viel Diesel.",
        "Unite workers voted on the offer and will meet again on Tuesday to discuss it.",
    ]:
        assert boilerplate.lexicon_reason(prose) is None, prose


def test_chinese_writers_listed_after_the_label_and_the_editor_apart() -> None:
    """"作者：彭思远,林晓雯" and "作者：扬子晚报/紫牛新闻记者 沈佳怡 蒋文涛" name two writers;
    "编辑：周鹏峰" under them is the editor; TVBS's "記者 林芷萱 報導" names no place; "文：陳嘉欣
    數據分析：梁俊輝" names one writer and the next credit's label is no name."""
    from clipper.clean import names, textmeta

    def named(text: str) -> list[str]:
        return textmeta.byline_names(lines.make_lines(text, "zh")[0])

    assert named("作者：彭思远,林晓雯") == ["彭思远", "林晓雯"]
    assert named("作者：扬子晚报/紫牛新闻记者 沈佳怡 蒋文涛") == ["沈佳怡", "蒋文涛"]
    assert named("記者 林芷萱 報導") == ["林芷萱"]
    assert named("文：陳嘉欣 數據分析：梁俊輝") == ["陳嘉欣"]
    assert names.split_names("彭思远,林晓雯") == ["彭思远", "林晓雯"]
    assert names.split_names("Jong, Michiel de") == ["Jong, Michiel de"]
    assert names.clean_name("极目新闻记者") is None  # the paper's reporter: the name follows
    prose = [
        "碳酸锂价格在连续下跌半年之后出现反弹，三周内累计上涨超过一成，部分锂盐厂开始评估复产计划。",
        "业内人士认为，此轮反弹主要来自下游储能订单的集中释放，持续性仍有待观察。",
        "多家锂盐厂表示，将根据订单情况逐步恢复产能，不会盲目扩产。",
    ]
    article = clean_text("\n".join([
        "碳酸锂价格三周反弹逾一成 锂盐厂复产节奏仍谨慎", "作者：彭思远,林晓雯", "编辑：周鹏峰",
        "2025-03-13 21:37", "", *prose,
    ]))
    assert article.authors == ("彭思远", "林晓雯")
    assert article.text.split("\n\n") == prose


def test_an_interviews_question_under_a_read_also_box_stays() -> None:
    """de Volkskrant: "Lees ook" over one headline, then the interviewer's next question; in a
    text of questions over answers the question is the text going on, not the box's link."""
    answers = [
        "‘Dat we in sommige gebieden het waterpeil omhoog moeten brengen. Dat betekent nattere "
        "weilanden, en voor een deel van de boeren betekent het dat ze anders moeten boeren.’",
        "‘Wisselend. Ik ben op bijeenkomsten geweest waar het er heel fel aan toeging, maar ook "
        "op avonden waar boeren zelf met voorstellen kwamen die verder gingen dan de onze.’",
        "‘Waarschijnlijk wel. We hebben als waterschappen lang gedacht dat we het probleem "
        "technisch konden oplossen, met gemalen en dijken, en dat blijkt niet meer te kunnen.’",
    ]
    intro = (
        "Het veen in het Groene Hart zakt elk jaar een centimeter. Dijkgraaf Marjolein Tuinstra "
        "zegt hardop wat veel bestuurders niet durven: het water moet omhoog, ook als boeren "
        "daar last van hebben."
    )
    questions = ["Wat moet er gebeuren?", "Hoe reageren die boeren?", "Had u dit eerder moeten zeggen?"]
    article = clean_text("\n".join([
        "Dijkgraaf Marjolein Tuinstra: ‘We moeten ophouden met pompen’", "Sander Hoogeveen",
        "22 februari 2025, 05:00", "", intro,
        questions[0], answers[0], "Lees ook",
        "Bodemdaling kost gemeenten miljarden: ‘We zijn te laat begonnen’",
        questions[1], answers[1], questions[2], answers[2],
    ]))
    assert article.text.split("\n\n") == [
        intro, questions[0], answers[0], questions[1], answers[1], questions[2], answers[2],
    ]


def test_bylines_with_a_weekday_a_dutch_label_a_co_author_line_and_the_papers_name() -> None:
    """Omroep Brabant: "Geschreven door Joris Heesbeen di 17 jun 2025, 14:12"; the Badische
    Zeitung: "… Katrin Böhler Freiburg Mi, 12. März 2025"; the Manchester Evening News puts
    "& Tom Lindley" on a line of its own; OregonLive's "By A and B | The Oregonian/OregonLive"
    is a byline, not a photographer's credit."""
    from clipper.clean import textmeta

    def named(text: str) -> list[str]:
        return textmeta.byline_names(lines.make_lines(text, "en")[0])

    assert named("Geschreven door Joris Heesbeen di 17 jun 2025, 14:12 Aangepast: 16:40") == [
        "Joris Heesbeen"
    ]
    assert named("Von Jonas Wehrle Mi, 12. März 2025, 18:30 Uhr") == ["Jonas Wehrle"]
    assert named("By Josephine Ma 4 March 2025") == ["Josephine Ma"]  # a name, no weekday
    oregon = "By Jamie Ortega-Blum and Marcus Whitfield | The Oregonian/OregonLive"
    assert not lines.is_caption(lines.make_lines(oregon, "en")[0])
    assert lines.is_caption(lines.make_lines("on nutrition funding. | Francis Chung/POLITICO", "en")[0])
    prose = [
        "More than 60 firefighters were sent to the former cotton mill off Featherstall Road "
        "after flames were spotted shortly before midday on Tuesday.",
        "Residents living nearby have been told to keep their windows and doors shut because of "
        "the large amount of smoke drifting across the town centre.",
        "Greater Manchester Fire and Rescue Service said crews were likely to remain at the "
        "scene throughout the night and into Wednesday morning.",
    ]
    for byline in (["By Aisha Mahmood Senior Reporter", "& Tom Lindley"], [oregon]):
        article = clean_text("\n".join([
            "Huge fire rips through derelict Oldham mill as residents told to keep windows shut",
            *byline, "14:32, 11 Feb 2025", "", *prose,
        ]))
        assert len(article.authors) == 2, byline
        assert article.text.split("\n\n") == prose


def test_a_paragraph_that_opens_with_the_line_above_is_no_figure() -> None:
    """Only a sentence and its credit, or the same line twice with no blank line between, are
    a figure's alt text and caption: a heading's words opening the paragraph under it, or a
    paragraph printed twice apart, are the text."""
    prose = [
        "The council approved the budget on Tuesday after a debate that lasted well into the "
        "night, with three members voting against the plan.",
        "Where the money goes",
        "Where the money goes is still unclear.",
        "Most of it will pay for repairs to roads and bridges that engineers say can no longer "
        "wait, and the rest for two new libraries.",
    ]
    article = clean_text("\n".join(["Council passes budget", "By Jane Doe", "March 4, 2024", "", *prose]))
    assert article.text.split("\n\n") == prose


def test_a_wires_byline_run_into_its_dates_signs_the_story() -> None:
    """La Montagne: "Par AFP Publié le 03/04/2025 à 11h42 Mis à jour …" under the headline is
    the byline (the headline was lost as a teaser over it), AFP the only credit; the lead
    picture's "… cinquante ans. © Photo d'archives Jérémie Fulleringer" is its caption."""
    headline = (
        "Trains de nuit : 45 nouvelles voitures-couchettes commandées, le Paris-Aurillac et le "
        "Paris-Rodez parmi les lignes prioritaires"
    )
    prose = [
        "L'État a confirmé jeudi la commande de 45 voitures-couchettes neuves pour les trains de "
        "nuit Intercités, dont les premières doivent circuler fin 2028.",
        "Les voyageurs du Paris-Aurillac et du Paris-Rodez devraient être parmi les premiers à en "
        "profiter, selon le ministère des Transports.",
        "Les trains de nuit français circulent aujourd'hui avec des voitures Corail construites "
        "dans les années 1970 et 1980, régulièrement en panne.",
    ]
    caption = (
        "Le train de nuit Paris-Aurillac, ici en gare d'Aurillac, circule avec des voitures Corail "
        "vieilles de près de cinquante ans. © Photo d'archives Jérémie Fulleringer"
    )
    article = clean_text("\n".join([
        "Accueil", "France - Monde", "Transports Ferroviaire", headline,
        "Par AFP Publié le 03/04/2025 à 11h42 Mis à jour le 03/04/2025 à 13h10",
        "Facebook X WhatsApp Mail Copier le lien", caption, *prose,
    ]))
    assert article.title == headline
    assert article.authors == ("AFP",)
    assert article.published is not None and article.published.startswith("2025-04-03")
    assert article.text.split("\n\n") == prose


def test_a_japanese_headline_with_a_digit_is_no_handle() -> None:
    """Hatena Blog: "雪国で冬も自転車通勤を3年続けてわかったこと" under the date read as a
    poster's handle ("a run of word characters with a digit") and came out as the author."""
    assert not lines.HANDLE.fullmatch("雪国で冬も自転車通勤を3年続けてわかったこと")
    assert lines.HANDLE.fullmatch("michiru_pedal")
    article = clean_text("\n".join([
        "みちるの週末ペダル日記", "2025-01-26", "雪国で冬も自転車通勤を3年続けてわかったこと",
        "自転車 暮らし 金沢", "",
        "金沢に引っ越してきて4回目の冬。そのうち3回の冬を、なんとか自転車通勤で乗り切ってきました。",
        "金沢の雪は重くて湿っていて、一晩で20センチ積もる日もあります。そういう日はおとなしくバスに乗ります。",
        "2年目からスパイクタイヤに替えました。凍った路面でのグリップがまるで違います。",
    ]))
    assert article.authors == ()


def test_brunchs_korean_writer_after_by_and_its_date_with_a_stop() -> None:
    """Brunch (브런치스토리) prints "by 윤서하 Mar 04. 2025" under the headline and its subtitle:
    a Korean name after "by", and a month-first date whose day ends on a stop."""
    from clipper.clean import dates

    assert [d.iso for d in dates.find_dates("Mar 04. 2025")] == ["2025-03-04"]
    headline = "제주 한 달 살기, 마지막 주에야 알게 된 것들"
    prose = [
        "제주에서 한 달을 살았다. 정확히는 서른하루. 구좌읍의 작은 마을, 돌담 사이로 난 골목 끝의 오래된 집이었다.",
        "집은 생각보다 낡았다. 창틀 사이로 바람이 들어왔고, 보일러는 아침마다 한참을 달래야 돌아갔다.",
        "결과부터 말하자면 그 계획은 처음 삼 주 동안 거의 지켜지지 않았다. 아니, 너무 열심히 지켰다.",
    ]
    article = clean_text("\n".join([
        "브런치스토리", "매거진 서른 날의 제주", headline, "관광지가 아니라 동네에서 보낸 서른 날",
        "by 윤서하 Mar 04. 2025", *prose,
    ]))
    assert article.title == headline
    assert article.authors == ("윤서하",)
    assert article.published is not None and article.published.startswith("2025-03-04")


def test_bylines_prompts_and_credits_from_africa_asia_and_poland() -> None:
    """myjoyonline's "Ama Serwaa Owusu" ("ama" is Turkish "but"), TVN24's "Autorka/Autor: …"
    under the text, Sin Chew's "报导：刘俊杰"; Kompasiana's "Baca juga: …" and "(Sumber
    gambar: …)"; Niigata Nippo's paywall; L'Orient-Le Jour's "… 2025. Photo AFP"; TVN24's
    "Byłeś świadkiem? …"."""
    from clipper.clean import boilerplate, textmeta

    def named(text: str) -> list[str]:
        return textmeta.byline_names(lines.make_lines(text, "pl")[0])

    assert lines.looks_like_name("Ama Serwaa Owusu")
    assert named("Autorka/Autor: Joanna Pawlak, Marcin Wrona") == ["Joanna Pawlak", "Marcin Wrona"]
    assert named("报导：刘俊杰") == ["刘俊杰"]
    for line, reason in [
        ("Baca juga: Menanam Cabai di Pot Bersama Murid Kelas 3", "related"),
        ("残り 486文字（全文 1024文字）", "newsletter"),
        ("新潟日報デジタルプラス会員になると、続きを読むことができます。", "newsletter"),
        ("Byłeś świadkiem? Wyślij nam zdjęcia lub film na Kontakt 24!", "boilerplate"),
    ]:
        assert boilerplate.lexicon_reason(line) == reason, line
    for caption in [
        "Des bateaux de pêche échoués sur les rives du lac Qaraoun, le 17 août 2025. Photo AFP",
        "Kotak-kotak bekal murid yang kini lebih sering tertinggal di rak kelas. (Sumber gambar: "
        "dokumentasi pribadi)",
    ]:
        assert lines.is_caption(lines.make_lines(caption, "fr")[0]), caption


def test_an_op_eds_note_signed_by_the_family_name_is_the_bio() -> None:
    """The Kathmandu Post: "Thapa Magar is an urban planner …" under Sabina Thapa Magar's
    column names her by her family name alone."""
    prose = [
        "Walk from Kalanki to Kalimati at nine in the morning and you will spend more time on the "
        "road than on the footpath, because there is barely a footpath left to walk on.",
        "The city widened its roads over the past decade, and each time the footpaths were the "
        "first thing to go, narrowed to a strip or handed over to parked motorbikes.",
        "If the Valley is to be a city for the people who live in it, the footpath has to come "
        "first, not last, in every plan the municipalities draw up from now on.",
    ]
    article = clean_text("\n".join([
        "Who are the Valley's footpaths for?", "Sabina Thapa Magar", "June 24, 2025", "", *prose,
        "", "Thapa Magar is an urban planner and researcher based in Kathmandu.",
    ]))
    assert article.authors == ("Sabina Thapa Magar",)
    assert article.text.split("\n\n") == prose


def test_a_section_heading_that_says_and_a_trail_run_into_the_headline() -> None:
    """The Punch: "What the water corporation says" heads a section, no reader's comment
    ("Jane Doe says"); "Home » News » <the headline>" over the headline is the trail."""
    headline = (
        "Kaduna: Barnawa residents enter third week without pipe-borne water as pumping "
        "station fails"
    )
    prose = [
        "Residents of Barnawa, Kakuri and parts of Television Garage in Kaduna South have entered "
        "a third week without pipe-borne water after a booster station broke down.",
        "Vendors who spoke to this newspaper blamed the increase in prices on the cost of fuel "
        "for the generators used to power the boreholes across the area.",
        "What the water corporation says",
        "The spokesperson of the Kaduna State Water Corporation confirmed the breakdown in a "
        "telephone interview and said engineers were working on the pumps.",
        "An engineer with the corporation said the station was last overhauled in 2016 and that "
        "spare parts had to be imported, which would take several more weeks.",
    ]
    article = clean_text("\n".join([
        "Home", "News", "Politics", f"Home » News » {headline}", headline,
        "By Abdulkareem Musa-Danjuma 19th August 2025", "ShareFacebookXWhatsAppTelegram",
        *prose,
    ]))
    assert article.title == headline
    assert article.text.split("\n\n") == prose
    assert lines.is_comment_head(lines.make_lines("Jane Doe says", "en")[0])


def test_a_wires_name_opening_the_date_line_under_the_standfirst() -> None:
    """Le Matin: "MAP | 27 Août 2025 À 14:35 | Temps de lecture : 3 min" under the standfirst
    read as a trail of links, so the header had no date line and the prayer times at the top
    of the page ("Rabat : Fajr 05:21 · Dohr 13:30 …") came out as the title."""
    headline = "Autoroute de l’eau : la deuxième tranche entre en service"
    prose = [
        "Rabat – La deuxième tranche du projet d’interconnexion hydraulique entre le bassin du "
        "Sebou et celui du Bouregreg est entrée en service mercredi, a annoncé le ministère.",
        "Cette nouvelle tranche, longue de 38 kilomètres, relie la station de pompage de Sidi "
        "Allal Tazi au barrage Sidi Mohammed Ben Abdellah, selon le communiqué.",
        "Les travaux, lancés en janvier 2024, ont mobilisé un investissement global de 2,3 "
        "milliards de dirhams, précise encore la même source.",
    ]
    article = clean_text("\n".join([
        "Mercredi 3 septembre 2025", "Rabat : Fajr 05:21 · Dohr 13:30 · Asr 17:04 · Maghrib 19:52",
        "Accueil", "Société", headline,
        "La deuxième tranche de l’interconnexion porte la capacité de transfert à 22 mètres cubes "
        "par seconde.",
        "MAP | 27 Août 2025 À 14:35 | Temps de lecture : 3 min", "Partages : 27", *prose,
    ]))
    assert article.title == headline
    assert article.authors == ("MAP",)
    assert article.published is not None and article.published.startswith("2025-08-27")


def test_a_gallerys_headline_that_opens_on_fotos_is_the_title() -> None:
    """El Universo: "Fotos: la temporada de ballenas jorobadas bate récords en Puerto López"
    is the headline of a gallery, not a caption ("Foto: José Beltrán-Zambrano" is one)."""
    headline = "Fotos: la temporada de ballenas jorobadas bate récords en Puerto López"
    prose = [
        "Desde mediados de junio y hasta finales de septiembre, las aguas frente a Puerto López, "
        "en el sur de Manabí, se convierten en uno de los mejores lugares para ver ballenas.",
        "Este año, según la Asociación de Operadores Turísticos, más de 42.000 visitantes han "
        "salido en lancha a ver a los animales, la cifra más alta desde que hay registros.",
        "Los recorridos duran entre dos y tres horas y cuestan entre 25 y 35 dólares por persona, "
        "con una parada en la isla de la Plata.",
    ]
    article = clean_text("\n".join([
        "Inicio / Noticias / Ecuador", "Ecuador", headline, "Por María Fernanda Cedeño",
        "24 de agosto de 2025 - 07:00", "Temporada de ballenas en Puerto López. Foto: José Beltrán",
        *prose,
    ]))
    assert article.title == headline
    assert article.text.split("\n\n") == prose
    assert lines.is_caption(lines.make_lines("Foto: José Beltrán-Zambrano", "es")[0])


def test_a_blogs_counts_row_and_its_writers_credit_closing_the_text() -> None:
    """cnblogs: "随笔 - 86 文章 - 0 评论 - 214 阅读 - 38万" (the blog's counts) over the post's
    headline came out as the title; "作者：林砚秋" over "出处：…" closes the text, the only
    place the writer is named."""
    headline = "独立开发一年：收入、踩坑和一些想法"
    prose = [
        "去年八月底，我从干了六年的公司离职，开始全职做独立开发。到今天正好一年。这一年里做了两个产品，一个活下来了，一个失败了。",
        "先说结论：能，但比我离职前想象的要难，也要慢。第一个产品是一个面向小型培训机构的排课和收费工具。",
        "一年下来最大的收获，其实不是钱，而是终于知道了自己做的东西有人在用。这种感觉，上班的时候很少有。",
    ]
    article = clean_text("\n".join([
        "砚秋的代码日志", "写代码，也写点别的。", "博客园", "首页", "新随笔", "订阅",
        "随笔 - 86 文章 - 0 评论 - 214 阅读 - 38万", headline, *prose, "作者：林砚秋",
        "出处：https://www.cnblogs.com/linyanqiu",
        "本文版权归作者所有，欢迎转载，但未经作者同意必须保留此段声明。", "分类: 独立开发",
        "posted @ 2025-08-30 21:17 林砚秋 阅读(5623) 评论(31) 收藏 举报",
    ]))
    assert article.title == headline
    assert article.authors == ("林砚秋",)
    assert article.text.split("\n\n") == prose


def test_a_name_run_into_the_dates_label_is_the_byline() -> None:
    """Malaysiakini: "Nur Hasliza Kamarudin Published: Aug 28, 2025 4:15 PM • Updated: …"
    ("nur" is German "only"); "最後更新時間：" opens on a word, not a name."""
    from clipper.clean import textmeta

    def named(text: str) -> list[str]:
        return textmeta.byline_names(lines.make_lines(text, "en")[0])

    assert named("Nur Hasliza Kamarudin Published: Aug 28, 2025 4:15 PM • Updated: 5:02 PM") == [
        "Nur Hasliza Kamarudin"
    ]
    assert named("Jane Doe Published: Aug 28, 2025 4:15 PM") == ["Jane Doe"]
    assert named("World News Published: Aug 28, 2025") == []
    assert named("最後更新時間：2025/04/09 18:20") == []


def test_sign_up_boxes_and_prompts_in_nordic_german_and_japanese() -> None:
    """Ingeniøren: "Få Ingeniørens nyhedsbrev om energi" / its pitch / "Tilmeld", "Læs også",
    "Annonce"; the Schwäbische: "Newsletter Bodensee" / its pitch / "Jetzt anmelden"; the
    Shizuoka Shimbun's LINE prompt ("友だち追加")."""
    from clipper.clean import boilerplate

    prose = [
        "Aalborg Forsyning har taget Danmarks største varmepumpe på spildevand i brug, og den skal "
        "levere fjernvarme til omkring 12.000 boliger i byen fra i vinter.",
        "Varmepumpen henter energien fra det rensede spildevand, der i forvejen løber ud i "
        "Limfjorden med en temperatur på otte til tolv grader hele året.",
        "Ifølge selskabet sparer anlægget omkring 40.000 ton CO2 om året, fordi det erstatter "
        "varme fra et kulfyret kraftværk, der lukkede sidste år.",
    ]
    article = clean_text("\n".join([
        "Spildevand skal varme 12.000 boliger i Aalborg", "Af Mette Kjær", "4. marts 2025",
        prose[0], "Få Ingeniørens nyhedsbrev om energi",
        "Hver torsdag samler vi ugens vigtigste nyheder om energi og forsyning.", "Tilmeld",
        prose[1], "Annonce", prose[2], "Newsletter Bodensee",
        "Die wichtigsten Nachrichten vom See – jeden Morgen kostenlos per E-Mail.",
        "Jetzt anmelden",
    ]))
    assert article.text.split("\n\n") == prose
    for line in ("Læs også", "友だち追加", "Want to read the rest of the story?"):
        assert boilerplate.lexicon_reason(line) is not None, line


def test_a_name_over_its_town_and_a_bar_then_the_date_is_the_byline() -> None:
    """Diario de Navarra: "Andoni Irigoyen Lasa" / "Pamplona" / "|" / "Actualizado el
    30/09/2025 a las 06:00": the bar between the town and the date is no neighbour."""
    prose = [
        "Durante casi veinte años, los sábados por la mañana la plaza Ezkaba de la Txantrea se "
        "llenaba de puestos de verdura, queso y pan de productores de la comarca.",
        "La asociación ha reunido 2.300 firmas que entregará este martes en el registro del "
        "Ayuntamiento de Pamplona junto con una propuesta de horarios.",
        "El Ayuntamiento asegura que estudiará la petición, aunque recuerda que el mercado se "
        "suprimió por las quejas de los comercios de la zona.",
    ]
    article = clean_text("\n".join([
        "Pamplona y Comarca", "Txantrea",
        "Los vecinos de la Txantrea piden recuperar el mercado de los sábados",
        "La asociación vecinal ha reunido 2.300 firmas para que el Ayuntamiento vuelva a "
        "autorizar los puestos de productores locales en la plaza Ezkaba, suprimidos en 2020",
        "Andoni Irigoyen Lasa", "Pamplona", "|", "Actualizado el 30/09/2025 a las 06:00",
        "Compartir", "Guardar", "Comentar", "", *prose,
    ]))
    assert article.authors == ("Andoni Irigoyen Lasa",)
    assert article.text.split("\n\n") == prose


def test_a_ticker_dated_entry_by_entry_and_boxes_that_say_where_they_end() -> None:
    """hessenschau's ticker stamps each entry "20.02.25, 21:40 Uhr" over its heading and text:
    read as teasers, the newest entries went as a menu; its boxes end on "Ende der weiteren
    Informationen" and "Ende des Videobeitrags"."""
    paste = [
        "Podcast",
        'Orkantief "Wendelin"',
        "Ticker: Bäume auf Gleisen – Bahn stellt Regionalverkehr in Nordhessen ein",
        'Sturmtief "Wendelin" hat am Donnerstag Hessen erreicht. Umgestürzte Bäume blockieren Bahnstrecken und Straßen, in Kassel wurde ein Mann leicht verletzt. Der Fernverkehr Richtung Norden ist eingeschränkt. Die Entwicklungen im Ticker.',
        "Veröffentlicht am 20.02.25 um 06:02 Uhr",
        "Von Anna Lenz und Tobias Ried",
        "Teilen",
        "Umgestürzter Baum auf einer Straße bei Baunatal (Archivbild)",
        "Bild © picture-alliance/dpa | Swen Pförtner",
        "Ende des Tickers",
        "Damit beenden wir unseren Ticker für heute. Der Deutsche Wetterdienst hat die Unwetterwarnungen für ganz Hessen inzwischen aufgehoben. Die Bahn will den Regionalverkehr in Nordhessen am Freitagmorgen schrittweise wieder aufnehmen. Vielen Dank fürs Mitlesen!",
        "20.02.25, 21:40 Uhr",
        "Fernverkehr Frankfurt–Kassel wieder freigegeben",
        "Die Strecke zwischen Frankfurt und Kassel ist wieder frei. Nach Angaben der Deutschen Bahn müssen Reisende am Abend aber noch mit Verspätungen von bis zu einer Stunde rechnen, weil Züge und Personal nicht dort sind, wo sie planmäßig sein sollten.",
        "20.02.25, 19:15 Uhr",
        "Bilanz der Feuerwehr Kassel: 146 Einsätze",
        'Die Feuerwehr Kassel ist seit dem Morgen zu 146 sturmbedingten Einsätzen ausgerückt. Meist ging es um umgestürzte Bäume und herabfallende Äste, in der Innenstadt lösten sich an mehreren Gebäuden Dachziegel. "Für unsere Verhältnisse war das ein sehr langer Tag", sagte ein Sprecher.',
        "Videobeitrag",
        "Video",
        "Sturm fegt über Nordhessen",
        "Bild © hr",
        "Ende des Videobeitrags",
        "20.02.25, 16:48 Uhr",
        "Schulen im Werra-Meißner-Kreis schicken Kinder früher heim",
        "Mehrere Schulen im Werra-Meißner-Kreis haben den Unterricht am Mittag vorzeitig beendet. Der Kreis hatte den Schulen freigestellt, die Kinder nach Hause zu schicken, solange Busse noch fahren. Eine Notbetreuung war an allen Grundschulen eingerichtet.",
        "20.02.25, 14:20 Uhr",
        "Mann in Kassel von Ast getroffen",
        "In Kassel ist ein Mann in der Nähe der Karlsaue von einem herabfallenden Ast getroffen und leicht verletzt worden. Er wurde ins Krankenhaus gebracht. Die Stadt hat die Parkanlagen Karlsaue und Bergpark Wilhelmshöhe bis auf Weiteres gesperrt und bittet, Wälder und Parks zu meiden.",
        "Weitere Informationen",
        "Unwetterwarnungen für Hessen",
        "Aktuelle Warnungen des Deutschen Wetterdienstes für Ihre Region finden Sie in unserer Wetter-Rubrik.",
        "Ende der weiteren Informationen",
        "20.02.25, 11:05 Uhr",
        "Bahn stellt Regionalverkehr in Nordhessen ein",
        "Die Deutsche Bahn hat den Regionalverkehr in Nordhessen wegen des Sturms komplett eingestellt. Betroffen sind unter anderem die Linien RE 98 und RB 83 sowie der Verkehr rund um Kassel-Wilhelmshöhe. Auf mehreren Strecken liegen Bäume auf den Gleisen, bei Hann. Münden ist ein Baum in die Oberleitung gestürzt. Ersatzverkehr mit Bussen gibt es vorerst nicht.",
        "20.02.25, 08:30 Uhr",
        "Erste Sturmböen in Nordhessen",
        "Im Norden Hessens sind die ersten schweren Sturmböen gemessen worden. Auf der Wasserkuppe registrierte der Deutsche Wetterdienst eine Spitzenböe von 118 Kilometern pro Stunde. Die Polizei meldet erste umgestürzte Bäume auf Kreisstraßen im Landkreis Kassel.",
        "20.02.25, 06:02 Uhr",
    ]
    article = clean_text("\n".join(["hessenschau", "Startseite", "Politik", *paste]))
    assert article.title.startswith("Ticker: Bäume auf Gleisen")
    for kept in (
        "Die Strecke zwischen Frankfurt und Kassel ist wieder frei.",
        "Bilanz der Feuerwehr Kassel: 146 Einsätze",
        "Mehrere Schulen im Werra-Meißner-Kreis haben den Unterricht",
        "Im Norden Hessens sind die ersten schweren Sturmböen gemessen worden.",
    ):
        assert kept in article.text, kept
    for furniture in ("Sturm fegt über Nordhessen", "Aktuelle Warnungen", "Ende der weiteren"):
        assert furniture not in article.text, furniture


def test_a_photo_credit_after_a_dated_caption_and_a_signature_over_the_share_row() -> None:
    """L'Usine Nouvelle: "… fondée … en 1921. © Pascal Guittet" credits a photo (the year is
    the caption's, not a copyright notice's): the photographer is no site; VnExpress signs
    "Ngọc Oanh" alone under the last paragraph, over "Chia sẻ Facebook Twitter Sao chép liên
    kết"; its "Bỏ qua tới nội dung" is the skip link."""
    from clipper.clean import boilerplate

    prose = [
        "Giá cà phê nhân xô tại Tây Nguyên hôm nay tiếp tục đứng ở mức cao, khiến nông dân các "
        "tỉnh Đắk Lắk và Gia Lai hối hả thu hoạch trước mùa mưa.",
        "Nhiều hộ gia đình thuê thêm nhân công từ các tỉnh lân cận, trả công cao hơn năm ngoái "
        "để kịp hái hết những cây chín sớm trong vườn.",
        "Cuối ngày, những bao cà phê tươi được chở về sân phơi, nơi các thương lái đã chờ sẵn để "
        "thu mua với giá tốt.",
    ]
    article = clean_text("\n".join([
        "Bỏ qua tới nội dung", "Thời sự", "Kinh doanh",
        "Nông dân Tây Nguyên hối hả thu hoạch cà phê giá cao", "Thứ năm, 23/10/2025, 05:00 (GMT+7)",
        *prose, "Ngọc Oanh", "Chia sẻ Facebook Twitter Sao chép liên kết",
    ]))
    assert article.authors == ("Ngọc Oanh",)
    assert article.text.split("\n\n") == prose
    assert boilerplate.lexicon_reason("Bỏ qua tới nội dung") == "menu"
    credited = clean_text("\n".join([
        "L'Usine Nouvelle", "Forgeval : « Nous devrons arbitrer nos investissements »",
        "Par Julien Tessier", "Le 16 octobre 2025 à 07h00",
        "Ségolène Marchal dirige Forgeval, l'entreprise familiale fondée en 1921. © Pascal Guittet",
        "Sans visibilité sur le prix de l'électricité, la forge de Valenciennes devra arbitrer ses "
        "investissements des prochaines années, prévient sa dirigeante.",
        "L'entreprise consomme chaque année autant d'électricité qu'une ville de vingt mille "
        "habitants, et sa facture a triplé depuis 2021.",
    ]))
    assert credited.site == "L'Usine Nouvelle"  # the masthead, not the photographer


def test_a_dated_dateline_and_prompts_from_trade_and_regional_pastes() -> None:
    """Law360 opens its text "Law360 (March 4, 2025, 6:12 PM EST) -- …", its only date;
    Mongabay's "Lee más | …" and "¡Suscríbete al newsletter …!", ECO's "… assine já o ECO
    Premium.", France Télévisions' newsletter fine print, Anadolu's subscription notes."""
    from clipper.clean import boilerplate

    prose = [
        "Law360 (March 4, 2025, 6:12 PM EST) -- A Georgia federal judge on Tuesday refused to "
        "toss a proposed collective action accusing a poultry processor of failing to pay "
        "workers for the time they spend putting on protective gear.",
        "The judge said the workers had plausibly alleged that the donning and doffing was "
        "integral to their jobs and could not be excluded from paid time.",
        "Counsel for the company did not immediately respond to a request for comment on "
        "Tuesday afternoon.",
    ]
    article = clean_text("\n".join([
        "Poultry Processor Can't Shake Workers' Donning Time Suit", "By Danielle Okoro", "",
        *prose,
    ]))
    assert article.published is not None and article.published.startswith("2025-03-04")
    for line, reason in [
        ("Lee más | Perú: comunidades del norte protegen los últimos manglares", "related"),
        ("¡Suscríbete al newsletter de Mongabay Latam!", "newsletter"),
        ("Se pretende continuar a ler, assine já o ECO Premium.", "newsletter"),
        ("France Télévisions utilise votre adresse e-mail afin de vous adresser des newsletters.",
         "newsletter"),
        ("Abonelik için lütfen iletişime geçiniz.", "newsletter"),
    ]:  # fmt: skip
        assert boilerplate.lexicon_reason(line) == reason, line
    assert boilerplate.lexicon_reason("Lee más sobre el tema en nuestro especial") is None


def test_a_ministrys_release_its_table_and_its_contacts() -> None:
    """Japan's farm ministry: the release dated "令和7年10月17日" (Reiwa 7), a table of
    rows with wide gaps ("令和2年度  25,200    12,800       0.6％"), then contacts, a
    PDF reader's notice and a feedback form under the text."""
    headline = "令和6年度の有機農業の取組面積について"
    prose = [
        "農林水産省は、「みどりの食料システム戦略」に掲げた有機農業の取組面積について、令和6年度の調査結果を取りまとめました。",
        "令和6年度の有機農業の取組面積は3万4,200ヘクタールとなり、前年度から3,400ヘクタール増加しました。",
    ]
    table = [
        "年度     取組面積（ha）  うち有機JAS（ha）  耕地面積に占める割合",
        "令和5年度  30,800    15,000       0.7％",
        "令和6年度  34,200    16,100       0.8％",
    ]
    after = "品目別に見ると、水稲が1万2,900ヘクタールと最も多く、次いで野菜が8,700ヘクタールでした。"
    article = clean_text("\n".join([
        "ホーム", "報道・広報", "報道発表資料", headline, "令和7年10月17日", "農林水産省",
        *prose, *table, after, "お問合せ先", "農産局農業環境対策課",
        "代表：03-3502-8111（内線4845）", "ダイヤルイン：03-6744-2114",
        "PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。",
        "このページに関するご意見をお聞かせください",
    ]))
    assert article.title == headline
    assert article.published is not None and article.published.startswith("2025-10-17")
    for row in table:
        assert row.split()[0] in article.text, row
    assert after in article.text
    for furniture in ("ダイヤルイン", "Adobe Acrobat Reader", "ご意見をお聞かせ"):
        assert furniture not in article.text, furniture


def test_a_trail_cut_short_on_the_headline_over_the_sections_line() -> None:
    """EFE: "Inicio » México » UNAM desarrolla un bioinsecticida con hongo nativo…" (the
    trail ends on the headline, cut short), then "México Ciencia y Tecnología" (its
    sections), then the headline: the sections' line is no headline over a standfirst."""
    headline = (
        "UNAM desarrolla un bioinsecticida con hongo nativo que reduce 70 % los daños del "
        "gusano cogollero"
    )
    prose = [
        "Ciudad de México, 21 oct (EFE).- Investigadores de la Universidad Nacional Autónoma de "
        "México desarrollaron un bioinsecticida a partir de un hongo nativo.",
        "El producto utiliza una cepa del hongo Metarhizium aislada de suelos agrícolas del "
        "Bajío, que infecta a las larvas de la plaga sin dañar a otros insectos.",
        "El gusano cogollero ataca la parte central de la planta de maíz y puede reducir la "
        "cosecha hasta en un tercio si no se controla a tiempo.",
    ]
    article = clean_text("\n".join([
        "Inicio » México » UNAM desarrolla un bioinsecticida con hongo nativo…",
        "México Ciencia y Tecnología", headline,
        "Por Adriana Villaseñor 21 de octubre de 202521 de octubre de 2025",
        "WhatsApp Facebook X Telegram", *prose,
    ]))
    assert article.title == headline
    assert article.authors == ("Adriana Villaseñor",)
    assert article.published is not None and article.published.startswith("2025-10-21")


def test_a_columnists_box_with_the_link_to_all_their_columns() -> None:
    """Dünya: "Selin Karaağaç @selinkaraagac Tüm Yazıları" (the name, the handle, "all her
    columns") over the headline is the byline, not the title."""
    from clipper.clean import textmeta

    box = lines.make_lines("Selin Karaağaç @selinkaraagac Tüm Yazıları", "tr")[0]
    assert textmeta.byline_names(box) == ["Selin Karaağaç"]
    prose = [
        "Geçen hafta açıklanan yeni Kredi Garanti Fonu paketi, iş dünyasında uzun süredir "
        "beklenen bir adımdı. Toplam büyüklüğü 250 milyar lirayı buluyor.",
        "Cevabı, sanıldığı kadar basit değil. Çünkü paketin büyüklüğü kadar, hangi koşullarla ve "
        "kime kullandırılacağı da önemli.",
        "Sorun paranın miktarında değil, paranın hangi musluktan ve kime aktığında. Geçmiş "
        "paketlerin deneyimi de bunu gösteriyor.",
    ]
    article = clean_text("\n".join([
        "Anasayfa / Yazarlar / Selin Karaağaç", "Selin Karaağaç @selinkaraagac Tüm Yazıları",
        "KGF paketi kimin derdine derman olacak?", "23 Ekim 2025 Perşembe 00:05",
        "WhatsApp X Facebook LinkedIn A+", *prose,
    ]))
    assert article.title == "KGF paketi kimin derdine derman olacak?"
    assert article.authors == ("Selin Karaağaç",)


def test_a_french_written_by_a_ministers_title_and_an_agencys_notes() -> None:
    """France 3 Régions: "Écrit par Camille Rivoire"; the Beehive: "Hon Mere Tautahi" (a
    minister's title before her name); SINC's licence and press notes."""
    from clipper.clean import boilerplate, names, textmeta

    byline = lines.make_lines("Écrit par Camille Rivoire", "fr")[0]
    assert textmeta.byline_names(byline) == ["Camille Rivoire"]
    assert names.clean_name("Hon Mere Tautahi") == "Mere Tautahi"
    assert names.clean_name("Honor Blackman") == "Honor Blackman"
    for line in (
        "Puedes copiar, difundir y transformar los contenidos de SINC.",
        "Si eres periodista y quieres el contacto con los investigadores, regístrate en SINC.",
    ):
        assert boilerplate.lexicon_reason(line) is not None, line


def test_a_live_entrys_heading_over_its_share_button_and_glued_read_also() -> None:
    """SWR's live blog: "16:05 Uhr Trier erwartet Scheitel bei 8,90 Meter" / "Teilen" / the
    entry's text; L'Usine Nouvelle's "A lire aussiFin de l'Arenh : …" (no accent, glued);
    Canary Media's appeal ("… readers like you chip in. Make a donation today.")."""
    from clipper.clean import boilerplate

    entries = [
        ("16:05 Uhr Trier erwartet Scheitel bei 8,90 Meter",
         "Das Hochwassermeldezentrum Mosel hat seine Vorhersage für den Pegel Trier leicht nach "
         "oben korrigiert. Der Scheitel wird in der Nacht erwartet."),
        ("15:20 Uhr Moselschifffahrt komplett eingestellt",
         "Auf der gesamten deutschen Mosel ist die Schifffahrt seit dem Mittag eingestellt, weil "
         "das Wasser die Marken an den Schleusen überschritten hat."),
        ("14:35 Uhr Cochem: Altstadt-Ufer unter Wasser",
         "In Cochem stand das Wasser am frühen Nachmittag bereits bis an die Häuser der "
         "Moselpromenade. Die Stadt hat Sandsäcke verteilt."),
    ]  # fmt: skip
    body = [x for head, text in entries for x in (head, "Teilen", text)]
    article = clean_text("\n".join([
        "Hochwasser an Mosel und Saar: Pegel in Trier steigt weiter", "Stand: 4.11.2025, 16:05 Uhr",
        "Nach tagelangem Dauerregen steigen die Pegel an Mosel, Saar und Sauer weiter. In Trier "
        "und Cochem sind die ersten Ufer überflutet.",
        *body,
    ]))
    for head, text in entries:
        assert head in article.text and text in article.text, head
    for line, reason in [
        ("A lire aussiFin de l'Arenh : ce que contiennent les contrats CAPN d'EDF", "related"),
        ("Canary Media's journalism is free to read and republish. That's possible because "
         "readers like you chip in. Make a donation today.", "newsletter"),
    ]:  # fmt: skip
        assert boilerplate.lexicon_reason(line) == reason, line


def test_a_japanese_interviewers_credit_with_the_desk_after_the_name() -> None:
    """Science Portal: "聞き手・構成：佐藤由美（サイエンスポータル編集部）" (interview and
    composition by …, the desk in brackets) names the writer."""
    from clipper.clean import textmeta

    line = lines.make_lines("聞き手・構成：佐藤由美（サイエンスポータル編集部）", "ja")[0]
    assert textmeta.byline_names(line) == ["佐藤由美"]


def test_prompts_and_labels_from_magazines_and_portals() -> None:
    """New Statesman's "[See also: …]" and its print-issue note, Maclean's "MORE: …", El
    Financiero's "Te recomendamos: …", g1's "Veja mais notícias …", MSN's "Continue
    reading", BILDplus's offer, Daum's "메뉴 바로가기", Qiita's "ストック" and "投稿日" (no
    name); Cadena SER's "Radio Soria" under the writer's name is the station."""
    from clipper.clean import boilerplate, names

    for line, reason in [
        ("[See also: The slow death of the English high street]", "related"),
        ("This article appears in the 07 Mar 2025 issue of the New Statesman", "boilerplate"),
        ("MORE: The northern fly-in communities paying $30 for a bag of flour", "related"),
        ("Te recomendamos: Peso mexicano cierra marzo con ganancia", "related"),
        ("📱 Veja mais notícias da região no g1 Campinas.", "related"),
        ("Continue reading", "boilerplate"),
        ("danach 7,99 € monatlich, jederzeit kündbar", "newsletter"),
        ("메뉴 바로가기", "menu"),
        ("ストック", "share"),
    ]:
        assert boilerplate.lexicon_reason(line) == reason, line
    assert boilerplate.lexicon_reason("More than 200 people came: the mayor said so.") is None
    assert names.clean_name("投稿日") is None
    assert not lines.looks_like_name("Radio Soria")


def test_a_live_blogs_entries_stamped_with_their_day_are_the_text() -> None:
    """India Today: each entry opens "Nov 14, 2024 17:05 IST" / its heading / its text; the
    newest entry's stamp read as the header's date and the entry as the header."""
    entries = [
        ("AQI dips slightly in the evening, still 'severe'",
         "The city's average AQI stood at 408 at 5 pm, according to the Central Pollution "
         "Control Board's hourly bulletin, a slight improvement from the morning peak."),
        ("Over 1,200 vehicles fined on first day of curbs",
         "Delhi Traffic Police said 1,216 challans had been issued by 3 pm to owners of old "
         "petrol and diesel cars found on the roads in violation of the curbs."),
        ("Doctors report spike in breathing complaints",
         "Hospitals across the city have reported a rise in patients with breathing "
         "difficulties and eye irritation since the smog settled over the capital."),
    ]  # fmt: skip
    stamps = ["Nov 14, 2024 17:05 IST", "Nov 14, 2024 15:40 IST", "Nov 14, 2024 14:12 IST"]
    body = [x for (head, text), stamp in zip(entries, stamps, strict=True) for x in (stamp, head, text)]
    headline = "Delhi AQI LIVE Updates: GRAP Stage 3 curbs kick in as smog chokes capital"
    article = clean_text("\n".join([
        "India Today", "News", headline,
        "Delhi air quality LIVE Updates: The Commission for Air Quality Management invoked Stage 3 "
        "of the Graded Response Action Plan on Thursday.",
        "Written By: Kavya Menon", "New Delhi, UPDATED: Nov 14, 2024 17:05 IST", "Share",
        "Key Highlights", "Stage 3 of GRAP in force across Delhi-NCR from 8 am",
        "Average AQI at 424, in the 'severe' category", *body,
    ]))
    assert article.title == headline
    for head, text in entries:
        assert head in article.text and text in article.text, head


def test_bylines_glued_to_a_trade_or_a_reading_time_and_a_glued_photo_credit() -> None:
    """Mirror Media: "記者林佩真" (the reporter's trade glued to her name) over "攝影周皓維"
    (the photographer's, glued too); Fast Company: "BY Marisa Okonkwo 6 minute read"."""
    from clipper.clean import textmeta

    def named(text: str) -> list[str]:
        return textmeta.byline_names(lines.make_lines(text, "en")[0])

    assert named("記者林佩真") == ["林佩真"]
    assert named("記者會上表示") == []
    assert named("BY Marisa Okonkwo 6 minute read") == ["Marisa Okonkwo"]
    assert lines.is_caption(lines.make_lines("攝影周皓維", "zh")[0])


def test_a_posters_handle_with_the_name_in_brackets_and_a_posted_label() -> None:
    """Qiita: "@kmurata_dev(村田 健一)" (the handle, the name in brackets) over "投稿日
    2025年02月11日" (posted on …), which gave "投稿日" as the author."""
    headline = "Raspberry Piとスマートメーターで家の電気代を「見える化」したら、冷蔵庫が犯人だった話"
    prose = [
        "去年の冬、電気代が前年の1.5倍になっていて驚きました。何が電気を食っているのか知りたくなり、スマートメーターのデータを取ってみることにしました。",
        "Bルートサービスを申し込むと、スマートメーターから30分ごとの電力量を直接取得できます。申し込みから認証IDが届くまで2週間ほどかかりました。",
        "結論から言うと、犯人は15年使っている冷蔵庫でした。買い替えを検討しています。",
    ]
    article = clean_text("\n".join([
        "Qiita", "@kmurata_dev(村田 健一)", "投稿日 2025年02月11日", "更新日 2025年02月12日",
        headline, "Python", "RaspberryPi", "IoT", *prose,
    ]))
    assert article.authors == ("村田 健一",)
    assert article.published is not None and article.published.startswith("2025-02-11")


def test_a_korean_portals_date_spaced_after_its_stops() -> None:
    """Daum: "이수진입력 2025. 1. 14. 15:21수정 2025. 1. 14. 16:07" (entered, then amended)."""
    from clipper.clean import dates

    found = dates.find_dates("이수진입력 2025. 1. 14. 15:21수정 2025. 1. 14. 16:07")
    assert [d.iso for d in found] == ["2025-01-14T15:21:00", "2025-01-14T16:07:00"]


def test_an_agencys_file_photo_caption_over_its_dateline() -> None:
    """Yahoo News Taiwan's copy of a CNA story: "…露出大片裸露地。（中央社檔案照片）" (a file
    photo's caption) over "（中央社記者林家瑜台南4日電）…", the dateline that names the writer."""
    prose = [
        "（中央社記者林家瑜台南4日電）南部持續少雨，曾文水庫蓄水率已降至2成左右。經濟部水利署今天宣布，台南、高雄地區自4月1日起夜間減壓供水。",
        "水利署表示，減壓時段為每天晚上11時至隔天清晨5時，一般家庭用水不受影響，但高樓層住戶可能出現水壓不足的情形。",
        "水利署呼籲民眾節約用水，並請工業用戶配合減供措施，共同度過枯水期。",
    ]
    article = clean_text("\n".join([
        "Yahoo新聞", "曾文水庫蓄水率剩2成 台南高雄4月起夜間減壓供水", "中央社", "2025年3月4日 週二",
        "曾文水庫蓄水量持續下降，水庫大壩周邊已露出大片裸露地。（中央社檔案照片）", *prose,
    ]))
    assert article.authors == ("林家瑜",)
    assert article.text.split("\n\n") == prose


def test_a_kicker_over_the_headline_is_no_headline_over_a_standfirst() -> None:
    """BILD prints a "Dachzeile" over the headline: "Nacht-Drama an der A7" / "Trucker
    schlafen auf dem Standstreifen – weil kein Parkplatz frei ist"; the kicker took the
    title and the headline went as the standfirst."""
    headline = "Trucker schlafen auf dem Standstreifen – weil kein Parkplatz frei ist"
    prose = [
        "Hamburg – Es ist kurz nach 22 Uhr, als Marek Kowalczyk (47) aufgibt. Dreimal ist er die "
        "Raststätte an der A7 abgefahren, einen freien Platz hat er nicht gefunden.",
        "Der Fernfahrer aus Stettin stellt seinen 40-Tonner schließlich auf die Ausfahrt, halb "
        "auf dem Grünstreifen, und legt sich in seine Kabine.",
        "Szenen wie diese spielen sich jede Nacht an den Autobahnen rund um Hamburg ab, sagen "
        "Polizei und Speditionen übereinstimmend.",
    ]
    article = clean_text("\n".join([
        "BILD", "Hamburg", "Nacht-Drama an der A7", headline,
        "Von: Sven Petersen und Leonie Graf", "05.03.2025 - 17:41 Uhr", "Teilen", *prose,
    ]))
    assert article.title == headline
    assert article.text.split("\n\n") == prose
