"""HTML mail turned into readable text: blocks become lines, inline markup disappears."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_DROPPED = ["head", "style", "script", "title", "noscript", "template", "blockquote"]
# Quoted earlier messages in replies written by Gmail and Outlook web clients.
_QUOTED = ".gmail_quote, #divRplyFwdMsg, #appendonsend, .yahoo_quoted, .moz-cite-prefix"
_PARAGRAPHS = (
    "p, div, h1, h2, h3, h4, h5, h6, table, ul, ol, section, article, header, footer, hr, center, pre, address"
)
_LINES = "br, tr, li, dd, dt"
_CELLS = "td, th"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u034f\u00ad]")
_BLANK_RUNS = re.compile(r"\n\s*\n\s*(?:\n\s*)+")


def html_to_text(html: str) -> str:
    tree = LexborHTMLParser(html)
    tree.strip_tags(_DROPPED)
    for node in tree.css(_QUOTED):
        node.decompose()
    for node in tree.css(_PARAGRAPHS):
        node.insert_before("\n\n")
    for node in tree.css(_LINES):
        node.insert_before("\n")
    for node in tree.css(_CELLS):
        node.insert_before(" ")
    root = tree.body or tree.root
    if root is None:
        return ""
    text = root.text(deep=True, separator="")
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
