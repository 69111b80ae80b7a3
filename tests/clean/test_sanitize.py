"""Sanitising HTML to the allow-list, and rendering it as paragraph text."""

from __future__ import annotations

from clipper.clean.sanitize import html_to_text, prune_empty, sanitize


def test_dangerous_markup_is_gone() -> None:
    dirty = (
        '<div onclick="x()"><script>alert(1)</script><style>p{}</style>'
        '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="y">'
        '<form action="/post"><input name="q"><button>Go</button></form>'
        '<a href="javascript:alert(1)">bad link</a><a href="JaVaScRiPt:alert(2)">bad2</a>'
        '<img src="https://tracker.example/pixel.gif" srcset="a 2x" onerror="alert(3)" loading="lazy">'
        '<p style="color:red" class="x" id="y">kept text</p>'
        "<svg><script>alert(4)</script></svg><math><mi>x</mi></math></div>"
    )
    clean = sanitize(dirty)
    lowered = clean.lower()
    for bad in (
        "<script",
        "<style",
        "<iframe",
        "<object",
        "<embed",
        "<form",
        "<input",
        "<button",
        "onclick",
        "onerror",
        "javascript:",
        "srcset",
        "style=",
        "class=",
        "id=",
        "<svg",
        "alert",
        "loading=",
    ):
        assert bad not in lowered, bad
    assert "kept text" in clean
    assert 'src="https://tracker.example/pixel.gif"' in clean  # kept as data, never loaded


def test_structure_is_kept() -> None:
    html = (
        "<h2>Head</h2><p><em>e</em> <strong>s</strong> <a href='https://x.org/'>l</a></p>"
        "<blockquote><p>q</p></blockquote><ol start='3'><li>a</li></ol>"
        "<table><tr><th>h</th></tr><tr><td colspan='2'>d</td></tr></table>"
        "<figure><img src='a.png' alt='A'><figcaption>cap</figcaption></figure><pre><code>x = 1</code></pre>"
    )
    clean = sanitize(html)
    for tag in (
        "<h2>",
        "<em>",
        "<strong>",
        'href="https://x.org/"',
        "<blockquote>",
        'start="3"',
        "<th>",
        'colspan="2"',
        'alt="A"',
        "<figcaption>",
        "<pre>",
        "<code>",
    ):
        assert tag in clean, tag


def test_links_resolved_against_base() -> None:
    clean = sanitize(
        '<a href="/b/c">x</a><img src="img/p.png">', base_url="https://site.example/a/page"
    )
    assert 'href="https://site.example/b/c"' in clean
    assert 'src="https://site.example/a/img/p.png"' in clean


def test_a_headings_permalink_mark_goes_and_other_links_stay() -> None:
    clean = sanitize(
        '<h2>Setting up<a class="headerlink" href="#setting-up">¶</a></h2>'
        '<h3>Costs <a href="https://site.example/doc#costs">#</a></h3>'
        '<p>See <a href="#setting-up">the set-up</a> and <a href="/x#y"><img src="a.png"></a>.</p>',
        base_url="https://site.example/doc",
    )
    assert "¶" not in clean and ">#<" not in clean
    assert "<h2>Setting up</h2>" in clean
    assert 'href="https://site.example/doc#setting-up"' in clean  # the link with words
    assert 'src="https://site.example/a.png"' in clean  # the picture's link


def test_data_urls_only_for_images() -> None:
    clean = sanitize(
        '<a href="data:text/html,<script>x</script>">a</a><img src="data:image/png;base64,AAAA">'
    )
    assert 'href="data:' not in clean
    assert 'src="data:image/png;base64,AAAA"' in clean


def test_html_to_text_paragraphs() -> None:
    text = html_to_text(
        "<h1>T</h1><p>One\n  two <b>three</b></p><p>a<br>b</p><ul><li>x</li><li>y</li></ul>"
        "<ol><li>first</li><li>second</li></ol><table><tr><td>c1</td>\n<td>c2</td></tr></table>"
    )
    assert text == "T\n\nOne two three\n\na\nb\n\n- x\n\n- y\n\n1. first\n\n2. second\n\nc1 | c2"


def test_html_to_text_never_glues_blocks() -> None:
    assert html_to_text("<div>end</div><div>start</div>") == "end\n\nstart"
    assert html_to_text("") == ""


def test_a_list_items_mark_goes_on_its_first_paragraph() -> None:
    # A loose list (as Markdown renders one) holds its item's words in a paragraph.
    assert html_to_text("<ol><li><p>Step one.</p></li><li><p>Step two.</p></li></ol>") == (
        "1. Step one.\n\n2. Step two."
    )
    assert html_to_text("<ul><li><p></p></li></ul><p>After the list.</p>") == "After the list."


def test_an_article_laid_out_in_one_list_item_gets_no_mark() -> None:
    html = "<ul><li><p>First.</p><p>Second.</p><p>Third.</p></li></ul>"
    assert html_to_text(html) == "First.\n\nSecond.\n\nThird."


def test_code_blocks_keep_their_lines_and_indents() -> None:
    html = "<p>Code:</p><pre>def f():\n    return 1\n\nx = f()</pre><p>End.</p>"
    assert html_to_text(html) == "Code:\n\ndef f():\n    return 1\n\nx = f()\n\nEnd."
    assert html_to_text("<pre><code>if x:<br>    y()</code></pre>") == "if x:\n    y()"


def test_prune_empty_drops_boxes_left_empty_and_keeps_a_gallery() -> None:
    body = (
        "<p>The crane arrived on Monday.</p><ul>\n  <li> </li>\n</ul><p><br></p>"
        "<a href='https://example.com/x'>\n</a>"
        "<ul><li><img src='https://example.com/g1.jpg'></li><li><img src='https://example.com/g2.jpg'>"
        "</li></ul>"
        "<table><tr><td></td><td>1</td></tr></table>"
        "<figure><img src='https://example.com/crane.jpg'><figcaption>The crane</figcaption></figure>"
        "<p>It starts work in May.</p>"
    )
    pruned = prune_empty(body)
    assert pruned.count("<ul>") == 1 and "<br>" not in pruned and "<a " not in pruned
    assert "g1.jpg" in pruned and "g2.jpg" in pruned  # a gallery between paragraphs stays
    assert "<td></td>" in pruned  # a table keeps its shape
    assert "crane.jpg" in pruned and "<figcaption>The crane</figcaption>" in pruned
    assert pruned.startswith("<p>The crane arrived on Monday.</p>")
    assert pruned.endswith("<p>It starts work in May.</p>")


def test_prune_empty_drops_a_run_of_pictures_under_the_last_words_but_not_one_or_two() -> None:
    pictures = "".join(f"<img src='https://example.com/{n}.jpg' alt='Story {n}'>" for n in range(3))
    pruned = prune_empty(f"<p>The crane arrived.</p>{pictures}")
    assert pruned == "<p>The crane arrived.</p>"
    # Teasers' thumbnails in a list's items: the emptied list goes too.
    items = "".join(
        f"<li><a href='/s{n}'><img src='https://example.com/t{n}.jpg'></a></li>" for n in range(3)
    )
    assert prune_empty(f"<p>The crane arrived.</p><ul>{items}</ul>") == "<p>The crane arrived.</p>"
    two = "<img src='https://example.com/a.jpg'><img src='https://example.com/b.jpg'>"
    assert prune_empty(f"<p>The crane arrived.</p>{two}") == (f"<p>The crane arrived.</p>{two}")
    # Pictures between paragraphs are the article's own.
    between = f"<p>One.</p>{pictures}<p>Two.</p>"
    assert prune_empty(between) == between
