"""HTML mail turned into readable text: blocks become lines, inline markup disappears."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_DROPPED = ["head", "style", "script", "title", "noscript", "template"]
# Quoted earlier messages in replies written by Gmail, Apple Mail, Yahoo and Thunderbird.
_QUOTED = ".gmail_quote, blockquote[type=cite], .yahoo_quoted, .moz-cite-prefix, #appendonsend"
# Outlook puts the quoted original after a header block, as siblings: drop the block and what follows.
_OUTLOOK_QUOTE = "#divRplyFwdMsg"
# Inline formatting is removed before parsing so that "the <b>Data Analyst</b> role" stays one text run;
# the parser then separates only blocks and line breaks.
_INLINE_TAGS = re.compile(
    r"<!--.*?-->|</?(?:a|b|i|u|s|em|strong|span|font|small|big|sup|sub|abbr|mark|code|tt|strike|ins|del|label|img|"
    r"wbr|nobr|bdi|bdo|cite|q|time|var|o:p)(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>",
    re.IGNORECASE | re.DOTALL,
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u034f\u00ad]")
_BLANK_RUNS = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
_LINE_EDGES = re.compile(r" ?\n ?")


def html_to_text(html: str) -> str:
    tree = LexborHTMLParser(_INLINE_TAGS.sub("", html))
    tree.strip_tags(_DROPPED)
    for node in tree.css(_QUOTED):
        node.decompose()
    for node in tree.css(_OUTLOOK_QUOTE):
        while node.next is not None:
            node.next.decompose()
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    text = _SPACES.sub(" ", _INVISIBLE.sub("", root.text(deep=True, separator="\n\n")))
    return _BLANK_RUNS.sub("\n\n", _LINE_EDGES.sub("\n", text)).strip()
