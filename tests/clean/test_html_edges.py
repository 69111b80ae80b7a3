"""Bylines, date lines and share rows below a standfirst leave the body; prose that
merely starts like a byline stays."""

from __future__ import annotations

from clipper.clean import clean_html

PAGE = """<!doctype html><html lang="en"><head><title>Grid operators buy batteries | The Ledger</title>
<meta name="author" content="Ines Moreau"></head><body>
<nav><a href="/">Home</a> <a href="/energy">Energy</a></nav>
<article>
<h1>Grid operators buy batteries</h1>
<p class="standfirst">Storage is cheaper than new lines, regulators say, and the first sites open this winter
across three regions that had long waited for new transmission capacity.</p>
<p class="byline">By Ines Moreau · 4 February 2025</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this article</a></div>
<p>By Tuesday the first contracts were signed, officials said, after months of talks between
the operators and the suppliers of the battery packs.</p>
<p>The sites will store enough energy to power a town of fifty thousand people for four hours,
and the operators expect to add more next year if prices keep falling.</p>
<p>Engineers say the main risk is the supply of cells, most of which come from a handful of
factories abroad.</p>
</article></body></html>"""


def test_byline_and_share_row_below_the_standfirst_are_removed() -> None:
    article = clean_html(PAGE, url="https://ledger.example.com/energy/batteries")
    assert "By Ines Moreau" not in article.text
    assert "Share on Facebook" not in article.text
    assert article.text.count("By Tuesday the first contracts were signed") == 1
    reasons = {r.reason for r in article.removed}
    assert {"byline", "share"} <= reasons
    assert article.authors == ("Ines Moreau",)
