"""Taking elements out of a parsed page without losing the text around them."""

from __future__ import annotations


def remove(el) -> None:
    """Drop an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def detach(el) -> None:
    """Take an element out of the tree (to move it elsewhere), leaving its tail text in place."""
    remove(el)
    el.tail = None
