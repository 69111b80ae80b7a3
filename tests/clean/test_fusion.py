"""How the two extractors' bodies are compared before they are fused."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from clipper.clean import clean_html, extract, htmlblocks
from clipper.clean.html import parse

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"

CLAUSES = [
    "中国半导体行业协会周二宣布，将在未来三年内投资三百亿元扩建位于无锡的芯片封装工厂。",
    "多所高校已开设集成电路相关专业，并扩大了招生规模。",
    "自二零一六年出口管制措施实施以来，先进光刻设备的进口受到严格限制。",
    "记者从有关部门了解到，相关配套措施正在抓紧制定中。",
    "不少市民表示，希望新政策能够尽快落地见效。",
    "也有分析人士担心，大规模补贴可能导致部分领域产能过剩。",
]


def test_chinese_texts_that_share_most_sentences_are_seen_to_overlap() -> None:
    # Written without spaces, each clause would be a single "word": one
    # extractor's stray space inside a clause (an inline element's edge) made
    # the whole clause a different word, and the two bodies looked unrelated.
    whole = "".join(CLAUSES)
    spaced = "".join(c[:4] + " " + c[4:] for c in CLAUSES[:-1])
    share = extract._share_inside(htmlblocks.shingle_set(spaced), htmlblocks.shingle_set(whole))
    assert share == 1.0
    back = extract._share_inside(htmlblocks.shingle_set(whole), htmlblocks.shingle_set(spaced))
    assert 0.75 < back < 0.95


def test_latin_words_stay_whole() -> None:
    grams = htmlblocks.shingle_set("Die Landesregierung will das Vorhaben fördern")
    assert ("die", "landesregierung", "will") in grams


def test_a_short_japanese_article_comes_out_in_paragraphs_without_its_header() -> None:
    # Some 200 characters of Japanese is a whole news item, but under the
    # 250 characters below which trafilatura gives up and runs the page's
    # text together (headline, date, share buttons, ad label and all).
    html = (FIXTURES / "ja-short.html").read_text(encoding="utf-8")
    article = clean_html(html)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) >= 3
    for start in ("総務省の調べでは", "来月からは週末の夜間", "今後の動向が注目されます"):
        assert sum(p.startswith(start) for p in paragraphs) == 1
    for junk in ("この記事をシェア", "佐藤花子", "広告", "2022年3月8日"):
        assert junk not in article.text
    assert article.authors == ("佐藤花子",)


def test_a_table_layout_blogs_lists_that_trafilatura_drops_come_back_in_place() -> None:
    # In a blog laid out with tables, trafilatura takes the short, unpunctuated
    # list items for links and drops them; readability keeps them between the
    # same paragraphs, so they go back after the paragraph that precedes them.
    article = clean_html((FIXTURES / "tableblog.html").read_text(encoding="utf-8"))
    paragraphs = article.text.split("\n\n")
    first = next(i for i, p in enumerate(paragraphs) if p.startswith("Union representatives"))
    assert paragraphs[first + 1] == "- Grants for small suppliers in Kingsbridge"
    assert "- New funding for track maintenance" in paragraphs
    assert article.html.count("<ul>") == 2
    for furniture in ("Permalink", "Previous entry", "Copyright", "wrote on"):
        assert furniture not in article.text


def test_chinese_headings_and_a_list_trafilatura_drops_come_back_in_order() -> None:
    # Baijiahao sets its section heads and list items in spans; trafilatura drops
    # them. Their 3-grams of characters are found in the text around them ("三家店"),
    # so whether trafilatura has them is told by their whole text.
    paragraphs = [
        "两年过去，我常去的六家小店，关了三家。有的是房东涨租，有的是整条街要拆迁。",
        "河坊街口那家烧饼铺，老板姓陈，七十多岁，每天凌晨四点起来生炉子，三块钱一个。",
        "好在还有三家店撑着，我把它们列在这里，路过的朋友不妨去尝尝：",
        "这三家有个共同点：店面是自己家的房子，不用交房租，要是交租一年都撑不下去。",
        "小店赚的是辛苦钱，撑起的却是一个街区的早晨。希望留下来的这几家，能一直开下去。",
    ]
    items = ["菜市场门口的馄饨铺：早上六点开门，一碗十二块；", "巷子深处的包子铺：老板是扬州人，每周二休息。"]
    ps = [f"<p>{p}</p>" for p in paragraphs]
    listed = "<ul>" + "".join(f"<li><span>{i}</span></li>" for i in items) + "</ul>"
    other = "".join(
        [ps[0], "<h3><span>一、河坊街口的烧饼</span></h3>", ps[1], "<h3><span>二、还在坚持的三家店</span></h3>",
         ps[2], listed, ps[3], "<h3><span>三、一点感想</span></h3>", ps[4]]
    )
    main = "".join(ps)
    grams = htmlblocks.shingle_set("\n".join(paragraphs))
    fused = lxml.html.fragment_fromstring(extract._with_lists(main, other, grams), create_parent="div")
    order = [" ".join(el.text_content().split()) for el in fused if el.tag in ("p", "h3", "ul")]
    assert [t[:4] for t in order] == [
        "两年过去", "一、河坊", "河坊街口", "二、还在", "好在还有", "菜市场门", "这三家有", "三、一点", "小店赚的"
    ]
    # (the same headings in trafilatura's text already: nothing is added twice)
    assert extract._with_lists(other, other, htmlblocks.shingle_set(other)) == other


def _page_with_figures() -> str:
    paragraph = (
        "<p>The regional council voted on Monday night to approve the new transport plan, "
        "which adds {n} bus lines and a night tram to the eastern districts.</p>"
    )
    body = "".join(paragraph.format(n=n) for n in range(3, 9))
    figure = (
        '<figure><img src="/images/{name}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    )
    return (
        "<!DOCTYPE html><html><head><title>Council approves transport plan</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        "<article><h1>Council approves transport plan</h1>"
        + figure.format(name="lead", caption="The council in session on Monday")
        + f"<div>{body}"
        + figure.format(name="tram", caption="A night tram at the depot in Ostend")
        + f"{body}</div></article>"
        '<section><h2>More news</h2><ul><li><a href="/a">Road works on the ring</a></li>'
        '<li><a href="/b">School meals to cost less</a></li></ul></section>'
        "</body></html>"
    )


def _trafilatura_blocks(html: str) -> list[str]:
    body = extract._trafilatura(parse(html), None)
    root = lxml.html.fragment_fromstring(body, create_parent="div")
    return [text for _, text in htmlblocks.iter_blocks(root, leaves_only=True)]


def test_a_figure_caption_that_trafilatura_drops_comes_back_under_its_image() -> None:
    # trafilatura keeps a figure's image and drops its caption, which a reader
    # view shows under the picture; readability keeps it, but not always the
    # body, so the caption is put back wherever trafilatura's body is used.
    texts = _trafilatura_blocks(_page_with_figures())
    assert texts.count("A night tram at the depot in Ostend") == 1
    assert texts.count("The council in session on Monday") == 1
    tram = texts.index("A night tram at the depot in Ostend")
    assert texts[tram - 1].startswith("The regional council voted")
    assert texts[tram + 1].startswith("The regional council voted")


def test_a_caption_trafilatura_kept_as_paragraphs_is_not_added_twice() -> None:
    # A caption written as paragraphs is one trafilatura keeps, as text.
    html = _page_with_figures().replace(
        "<figcaption>The council in session on Monday</figcaption>",
        "<figcaption><p>The council in session.</p><p>(Photo: City of Ostend)</p></figcaption>",
    )
    texts = _trafilatura_blocks(html)
    assert texts.count("The council in session.") == 1
    assert texts.count("A night tram at the depot in Ostend") == 1


def test_a_japanese_lead_paragraph_above_the_body_container_is_kept() -> None:
    # A page whose markup names nothing (no class, no id): the lead paragraph
    # and picture stand above the container readability picks. The lead
    # reads as prose by its length, and 40 Japanese characters are a whole
    # sentence where 40 Latin letters are a few words.
    article = clean_html((FIXTURES / "ja-lead-unnamed.html").read_text(encoding="utf-8"))
    paragraphs = article.text.split("\n\n")
    lead = "2018年に導入された輸出規制により、最先端の製造装置の入手が難しくなっています。"
    assert paragraphs[0] == lead
    assert paragraphs[1] == "市議会の本会議の様子"
    assert paragraphs[2].startswith("総務省の調べでは")


def test_trafilaturas_page_run_together_gives_way_to_readabilitys_paragraphs() -> None:
    # A Blogger post whose markup names nothing, its paragraphs split by <br>:
    # trafilatura's extractors find too little and it returns the whole page
    # as one paragraph, buttons, labels and all.
    article = clean_html((FIXTURES / "blogger-unnamed.html").read_text(encoding="utf-8"))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("It doubles the space available")
    assert paragraphs[-1].endswith("for an average of eight years.")
    for junk in ("Share to X", "Posted by", "Labels:", "Newer Post", "Small notes on big"):
        assert junk not in article.text


def test_a_lead_paragraph_outside_the_named_body_container_is_put_back() -> None:
    # The same shape with its class names: the lead and its photo sit in the
    # <article> but outside <div class="article-body">, the container both
    # extractors take.
    article = clean_html((FIXTURES / "ja-lead-named.html").read_text(encoding="utf-8"))
    paragraphs = article.text.split("\n\n")
    lead = "2018年に導入された輸出規制により、最先端の製造装置の入手が難しくなっています。"
    assert paragraphs[0] == lead
    assert paragraphs[1] == "市議会の本会議の様子"
    assert paragraphs[2].startswith("総務省の調べでは")
    assert "この記事をシェア" not in article.text and "関連記事" not in article.text


def test_a_paragraph_in_a_sidebar_box_inside_the_article_is_no_lead() -> None:
    # Gizmodo's article element holds a "sidebar-module" with the blog's
    # tagline, above the text: a sentence, outside the body's container, but
    # in a box the markup names as furniture.
    tagline = "日本中央新聞は、全国のニュースを毎日お届けする総合ニュースサイトです。"
    page = (FIXTURES / "ja-lead-named.html").read_text(encoding="utf-8")
    page = page.replace(
        '<main class="main"><article class="article">',
        f'<main class="main"><article class="article"><div class="sidebar-module"><p>{tagline}</p></div>',
    )
    article = clean_html(page)
    assert tagline not in article.text
    assert article.text.startswith("2018年に導入された輸出規制により")


def test_a_standfirst_set_apart_by_its_markup_is_no_lead_put_back() -> None:
    # La Dépêche: the chapô in <div class="article-full__chapo"> sits in the <article>
    # above the body's container, as a Japanese lead does; the markup names it a
    # standfirst, the reader view's convention leaves it out, and it was put back
    # under the live blog's first heading with the lead photo's caption when both
    # extractors took the body's container alone.
    chapo = (
        "Un épisode orageux d'une rare violence traverse la région ce samedi. Grêle, "
        "rafales, coupures de courant : suivez la situation en direct."
    )
    entries = [
        (
            "Plus de 38 000 foyers toujours privés d'électricité",
            "Selon Enedis, 38 400 foyers "
            "étaient encore privés de courant en fin d'après-midi dans trois départements, et près "
            "de 600 techniciens sont mobilisés pour rétablir le courant d'ici dimanche soir.",
        ),
        (
            "La vigilance orange levée pour le Tarn-et-Garonne",
            "Météo-France a levé la vigilance "
            "orange orages pour le Tarn-et-Garonne, mais sept départements de la région restent en "
            "vigilance orange et l'ensemble du territoire en vigilance jaune jusqu'à minuit.",
        ),
        (
            "À Toulouse, la rocade ouest partiellement fermée",
            "La rocade ouest est fermée dans le "
            "sens extérieur entre les sorties 27 et 29 en raison d'arbres tombés sur la chaussée, "
            "indique la direction des routes, qui a mis en place des déviations.",
        ),
    ]
    posts = "".join(
        f'<div class="live-post"><div class="live-post__time"><time>{19 - n}h02</time></div>'
        f"<h2>{head} ({n})</h2><p>{text}</p></div>"
        for n in range(2)
        for head, text in entries
    )
    html = (
        '<html lang="fr"><body><article class="article-full"><h1>DIRECT. Orages : la situation'
        f'</h1><div class="article-full__chapo"><p>{chapo}</p></div><figure><img src="a.jpg">'
        "<figcaption>Le ciel au-dessus de Toulouse, samedi après-midi.</figcaption></figure>"
        f'<div class="article-full__body">{posts}</div></article></body></html>'
    )
    tree = lxml.html.document_fromstring(html)
    body = "".join(
        f"<h2>{head} ({n})</h2><p>{text}</p>" for n in range(2) for head, text in entries
    )
    assert chapo not in extract._with_lead(tree, body)
    # a lead the markup does not set apart is put back, as before
    lead = html.replace('class="article-full__chapo"', 'class="article-full__intro-box"')
    assert chapo in extract._with_lead(lxml.html.document_fromstring(lead), body)
