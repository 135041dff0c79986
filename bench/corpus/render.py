"""The Jinja environment that renders the page templates under templates/<family>/ (and templates/shared/)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from helpers import dmy, esc, hm, iso_local, slugify, thousands, urlquote

TEMPLATES = Path(__file__).resolve().parent / "templates"

# The templates reproduce the CMSs' markup byte for byte, stray whitespace included, hence:
# - autoescape off: values are escaped where the CMS escapes them, with |esc (html.escape: &quot; &#x27;),
#   not Jinja's own escaping (&#34; &#39;);
# - trim_blocks: a block tag on a line of its own takes its newline along; where the newline after a tag is
#   part of the page, the tag ends in "+%}";
# - no lstrip_blocks: indentation before a tag is page content;
# - keep_trailing_newline, StrictUndefined (a misspelt variable is an error, not an empty string).
ENV = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, keep_trailing_newline=True,
                  trim_blocks=True, undefined=StrictUndefined)
ENV.filters.update(esc=esc, slugify=slugify, urlquote=urlquote, thousands=thousands, dmy=dmy, hm=hm,
                   iso_local=iso_local)


def render(name: str, **context) -> str:
    return ENV.get_template(name).render(**context)


def macros(name: str):
    """The macros of a template file, callable from Python: macros("shared/body.html.j2").para(...)."""
    return ENV.get_template(name).module
