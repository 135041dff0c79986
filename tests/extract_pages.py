"""The pieces the extraction tests build their pages from: one commune article's URL and
paragraphs, written as the page shows them and as the body text reads them."""

URL = "https://xa.example.vn/tin-tuc/2024/bai-viet-1.html"
PARAGRAPH = "UBND xã tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu kinh tế, xã hội."
SECOND = "Đồng chí Chủ tịch UBND xã phát biểu chỉ đạo, yêu cầu các ngành tập trung hoàn thành kế hoạch năm 2025."
WORDPRESS = '<meta name="generator" content="WordPress 6.4">'


def page(body: str, head: str = "") -> str:
    """A commune portal's page holding `body`, its <title> naming the article."""
    return f"<html><head><title>Hội nghị tổng kết năm - UBND xã</title>{head}</head><body>{body}</body></html>"


def paragraphs(text: str, n: int) -> str:
    """`n` paragraphs of `text` as HTML, numbered."""
    return "".join(f"<p>{text} Đoạn {i}.</p>" for i in range(n))


def body_of(text: str, n: int) -> str:
    """The same paragraphs as the article's body text reads them."""
    return "\n\n".join(f"{text} Đoạn {i}." for i in range(n))
