"""An e-mail copied from a mail program and pasted: its headers are the article's metadata."""

from __future__ import annotations

from clipper.clean import clean_text, mailtext

from .test_text_shapes import PROSE, TITLE

BODY = "\n\n".join(PROSE)


def test_a_pasted_e_mails_subject_sender_and_date_are_title_author_and_date() -> None:
    text = (f"From: Jane Doe <jane@example.com>\nSubject: {TITLE}\n"
            "Date: Mon, 4 Mar 2024 10:15:00 +0000\nTo: me@example.org\n\n" + BODY)
    article = clean_text(text)
    assert article.title == TITLE
    assert article.authors == ("Jane Doe",)
    assert article.published == "2024-03-04T10:15:00+00:00"
    assert article.text.startswith(PROSE[0])
    assert article.removed[0].reason == "header" and "Subject:" in article.removed[0].text
    chosen = [c for c in article.candidates["title"] if c.chosen]
    assert [(c.value, c.source) for c in chosen] == [(TITLE, "e-mail header")]


def test_a_forwarded_message_in_german_and_french_mail_programs() -> None:
    german = ("---------- Weitergeleitete Nachricht ---------\n"
              "Von: Jana Becker <jana@example.de>\n"
              f"Gesendet: Montag, 4. März 2024 10:15\nAn: Ich\nBetreff: {TITLE}\n\n" + BODY)
    french = f"De : Élise Lucet\nEnvoyé : lundi 4 mars 2024 10:15\nÀ : moi\nObjet : {TITLE}\n\n"
    for text, author in ((german, "Jana Becker"), (french + BODY, "Élise Lucet")):
        article = clean_text(text)
        assert (article.title, article.authors) == (TITLE, (author,))
        assert article.published is not None and article.published.startswith("2024-03-04")


def test_lines_that_only_look_like_headers_are_text() -> None:
    assert mailtext.split_header("Date: Monday\nThe council met.\n") == (
        None,
        "Date: Monday\nThe council met.\n",
    )
    assert mailtext.split_header("Note: the figures are provisional.\n" + BODY)[0] is None


def test_a_message_copied_from_a_webmails_page_gives_subject_sender_and_date() -> None:
    english = (
        f"{TITLE}\nInbox\n\nJane Doe <jane.doe@example.com>\n\n"
        "Tue, Mar 5, 2024, 10:21 AM (2 days ago)\n\nto me, Bob\n\n"
    )
    german = f"{TITLE}\nPosteingang\nJana Becker <jana@example.de>\n5. März 2024, 10:21\nan mich\n"
    for text, author in ((english, "Jane Doe"), (german, "Jana Becker")):
        article = clean_text(text + BODY)
        assert (article.title, article.authors) == (TITLE, (author,))
        assert article.published is not None and article.published.startswith("2024-03-05")
        assert article.text.startswith(PROSE[0])
        assert article.removed[0].reason == "header" and "<" in article.removed[0].text


def test_a_name_and_address_without_a_date_under_it_is_text() -> None:
    text = f"{TITLE}\n\nJane Doe <jane.doe@example.com>\n\n" + BODY
    header, rest = mailtext.split_header(text)
    assert header is None and rest == text


def test_a_contacts_address_over_a_copyright_line_is_not_a_message_header() -> None:
    text = (
        "Jane Doe <jane@example.com>\n\nJana Becker\n\n"
        "© 2024 Riverside Courier. All rights reserved.\n\n" + BODY
    )
    assert mailtext.split_header(text) == (None, text)


def test_a_webmails_time_alone_for_todays_message_is_its_date_line() -> None:
    text = f"{TITLE}\nJane Doe <jane.doe@example.com>\n10:21 AM (1 hour ago)\nto me\n\n" + BODY
    article = clean_text(text)
    assert (article.title, article.authors) == (TITLE, ("Jane Doe",))
    assert article.text.startswith(PROSE[0])
