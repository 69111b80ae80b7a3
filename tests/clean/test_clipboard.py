"""What Chromium really puts on the clipboard, cleaned (copies made for the tests).

The copies in ``tests/fixtures/clipboard`` were made by Chromium from pages of
``tests/fixtures/html`` (see the folder's README): a select-all copy and a
selection from the headline to the text's end (from a blog's date heading for
one), in both flavours.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from clipper.clean import clean_html, clean_text, selection

COPIES = Path(__file__).parent.parent / "fixtures" / "clipboard"


def copied(name: str, flavour: str = "html") -> tuple[str, str]:
    """The copy's text in one flavour, and the page's address."""
    text = (COPIES / f"{name}.{flavour}").read_text(encoding="utf-8")
    return text, (COPIES / f"{name}.url").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("name", ["read-more-all", "read-more-selection"])
def test_the_story_behind_read_more_is_kept_when_the_browser_copied_it(name: str) -> None:
    """The second half sits under "story-rest hideOnInit": on screen, so in the copy."""
    html, url = copied(name)
    article = clean_html(html, url)
    assert article.title == "Foundry orders slip as customers wait for subsidies"
    assert article.authors == ("Priya Raman",)
    assert (article.published or "")[:10] == "2024-04-18"
    assert "Everyone is waiting to see who pays" in article.text
    assert article.text.rstrip().endswith("its own forecast next week.")
    for furniture in ("Related stories", "Read more", "Privacy Policy", "Business"):
        assert furniture not in article.text


@pytest.mark.parametrize("name", ["article-all", "article-selection"])
def test_a_copied_page_gives_the_article_and_its_fields(name: str) -> None:
    html, url = copied(name)
    article = clean_html(html, url)
    assert article.title == "Chip makers race to build domestic tools"
    assert article.authors == ("Mei Lin", "Tomás Ortega")
    assert (article.published or "")[:10] == "2024-03-06"
    assert article.text.startswith("Equipment makers across the region")
    assert article.text.rstrip().endswith("a new production line opened in January.")
    for furniture in ("Leave a Reply", "covers semiconductors", "Share on Twitter", "cookies"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    "name", ["article-all", "article-selection", "read-more-all", "blogger-all", "small-blog-all"]
)
def test_the_plain_text_flavour_of_the_same_copy_gives_the_same_article(name: str) -> None:
    text, url = copied(name, "txt")
    html_article = clean_html(*copied(name))
    article = clean_text(text, url)
    assert article.title == html_article.title
    assert article.authors == html_article.authors
    assert (article.published or "")[:10] == (html_article.published or "")[:10]
    last = html_article.text.rstrip().rsplit("\n", 1)[-1][-40:]
    assert article.text.rstrip().endswith(last)


def test_a_korean_selection_names_the_reporter_and_keeps_the_wire_lead() -> None:
    html, url = copied("ko-wire-selection")
    article = clean_html(html, url)
    assert article.title == '삼성전자, 평택에 차세대 반도체 라인 증설…"AI 메모리 수요 대응"'
    assert article.authors == ("홍길동",)
    assert article.published == "2024-03-06T10:21:00"
    assert article.subtitle == "HBM 생산능력 두 배로 확대…2025년 가동 목표"
    assert article.text.startswith("(서울=연합뉴스) 홍길동 기자 = 삼성전자가")
    for furniture in ("글자크기조정", "무단 전재", "송고2024"):
        assert furniture not in article.text


def test_names_that_hide_are_taken_off_but_screen_reader_names_stay() -> None:
    root = lxml.html.fragment_fromstring(
        '<div><div class="story-rest hideOnInit open" id="hidden-part"><p>Text</p></div>'
        '<span class="visually-hidden">Posted on</span><span class="hidden">x</span></div>'
    )
    selection.forget_hiding_names(root)
    rest, reader, bare = root[0], root[1], root[2]
    assert rest.get("class") == "story-rest open"
    assert rest.get("id") is None
    assert reader.get("class") == "visually-hidden"
    assert bare.get("class") is None


def test_a_selection_from_a_blogs_date_heading_is_titled_by_the_post_under_it() -> None:
    """Blogger prints the day as an h2 over the post's h3; the day is no headline."""
    html, url = copied("blog-post-selection")
    article = clean_html(html, url)
    assert article.title == "Climate talks stall over wording of final statement"
    assert (article.published or "")[:10] == "2020-08-14"
    assert article.text.startswith("It doubles the space available")
    assert "Friday, August 14, 2020" not in article.text


def test_a_blogs_copy_is_titled_by_the_heading_that_links_to_the_post_itself() -> None:
    """The blog's name is the h1; the post's h3 links to the address the browser gave."""
    html, url = copied("blog-permalink-all")
    article = clean_html(html, url)
    assert article.title == "Wafer starts fall at mature nodes"
    assert article.text.startswith("Foundries running older processes")
    assert clean_html(html).title == "Field Notes on Fabs"  # no address: nothing to match


@pytest.mark.parametrize("with_address", [True, False])
def test_a_small_blogs_select_all_copy_gives_the_post_alone(with_address: bool) -> None:
    """Too small to be taken for a page, yet copied whole: the blog's name (an h1 linked home)
    and its tagline above the post, its footer and sidebar links under it."""
    html, url = copied("small-blog-all")
    article = clean_html(html, url if with_address else None)
    assert article.title == "An open toolchain for tiny logic chips"
    assert article.site == "Field Notes"
    assert (article.published or "")[:10] == "2016-05-08"
    assert article.text.startswith("I have written a few posts")
    assert article.text.rstrip().endswith("while the score keeps getting better.")
    assert "Rather than writing a synthesizer" in article.text  # text between the subheads
    for furniture in ("Small notes on small chips", "Posted by", "Share to Twitter", "Archive"):
        assert furniture not in article.text
    text_article = clean_text(copied("small-blog-all", "txt")[0], url)
    assert text_article.title == article.title
    assert text_article.text.rstrip().endswith("while the score keeps getting better.")


def test_a_selection_from_the_post_on_keeps_what_the_user_chose_under_it() -> None:
    """Only a copy that starts above the headline, with the site's name, lost its foot."""
    html, url = copied("small-blog-all")
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for header in root.find_class("header"):
        header.drop_tree()  # the blog's name and tagline: now it starts at the post's day
    article = clean_html(lxml.html.tostring(root, encoding="unicode"), url)
    assert article.title == "An open toolchain for tiny logic chips"
    assert article.text.startswith("I have written a few posts")
    assert article.authors == ("Ada Byrne",)  # its signature, "Posted by Ada Byrne at 12:55 AM"
    assert "My other blog" in article.text


@pytest.mark.parametrize("flavour", ["html", "txt"])
def test_each_removed_line_of_a_copy_is_listed_once_with_a_fitting_reason(flavour: str) -> None:
    """The Original view shows each removed line once: twice, the second reason hid the first."""
    text, url = copied("small-blog-all", flavour)
    article = clean_html(text, url) if flavour == "html" else clean_text(text, url)
    listed = [line for r in article.removed for line in r.text.split("\n")]
    assert len(listed) == len(set(listed))
    reasons = {line: r.reason for r in article.removed for line in r.text.split("\n")}
    assert reasons["Sunday, May 8, 2016"] == "date"
    assert reasons["Posted by Ada Byrne at 12:55 AM"] == "byline"
    # A signature with its time closes the post: the sidebar under it is no author's bio.
    assert reasons["Archive"] != "bio"
    assert "What is it?" in article.text  # a question over its answer is a subheading
