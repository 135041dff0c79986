"""Vietnamese date formats → ISO 8601 in +07:00 (or a bare day when only the day is known)."""

import pytest

from crawler.extract.dates import parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        # machine values
        ("2024-03-22T07:35:12+00:00", "2024-03-22T14:35:12+07:00"),   # Drupal schema:dateCreated, UTC
        ("2024-03-21T20:10:00+00:00", "2024-03-22T03:10:00+07:00"),   # before 07:00 local: next local day
        ("2024-03-22T10:15:00Z", "2024-03-22T17:15:00+07:00"),
        ("2024-03-22T10:15:00", "2024-03-22T10:15:00+07:00"),           # naive = local
        ("2024-03-22T10:15:00+0700", "2024-03-22T10:15:00+07:00"),
        ("2024-03-22", "2024-03-22"),
        ("Fri, 22 Mar 2024 07:35:12 +0000", "2024-03-22T14:35:12+07:00"),  # RSS pubDate
        # gavias_vinor meta and views
        ("22 March 2024", "2024-03-22"),
        (" 22 Tháng 3 2024 ", "2024-03-22"),
        ("Fri, 03/22/2024 - 14:35", "2024-03-22T14:35:00+07:00"),     # Drupal views: month first
        ("22/03/2024", "2024-03-22"),                                  # batiz teasers
        # body text and other CMSs
        ("Ngày 22/3/2024", "2024-03-22"),
        ("ngày 7 tháng 10 năm 2024", "2024-10-07"),
        ("Ngày 22 tháng 3 năm 2024", "2024-03-22"),
        ("22 tháng 3, 2024", "2024-03-22"),
        ("22 thg 3, 2024", "2024-03-22"),                              # abbreviated month word
        ("28-10-2024", "2024-10-28"),
        ("22.03.2024", "2024-03-22"),
        ("Thứ sáu, 22/03/2024 - 10:15", "2024-03-22T10:15:00+07:00"),
        ("Thứ Hai, 28/04/2025", "2025-04-28"),
        ("11:15 20/01/2025", "2025-01-20T11:15:00+07:00"),             # WebSphere
        ("09/05/2025 3:25 CH", "2025-05-09T15:25:00+07:00"),           # SharePoint, CH = afternoon
        ("09/05/2025 9:05 SA", "2025-05-09T09:05:00+07:00"),
        ("Ngày cập nhật 03/05/2021", "2021-05-03"),
        ("Cập nhật lúc 08:30, 22/03/2024", "2024-03-22T08:30:00+07:00"),
        ("March 22, 2024", "2024-03-22"),
        ("22/03/2024 10:15", "2024-03-22T10:15:00+07:00"),
        ("22/03/2024 | 10h15", "2024-03-22T10:15:00+07:00"),
    ],
)
def test_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", None, "không có ngày", "31/02/2024", "99/99/9999", "Lượt xem: 1234", "0296.3861.xxx"])
def test_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("value, expected", [
    ("Fri, 12/20/2024 - 14:30", "2024-12-20T14:30:00+07:00"),   # Drupal 7: month first
    ("Mon, 05/01/2023", "2023-05-01"),                            # May 1, 2023 was a Monday
    ("Thu, 05/01/2023 - 2:00pm", "2023-01-05T14:00:00+07:00"),    # only 5 January 2023 was a Thursday
    ("Mon, 16/01/2023 - 2:00pm", "2023-01-16T14:00:00+07:00"),    # Backdrop: day first
])
def test_a_weekday_decides_the_order_of_day_and_month(value, expected):
    assert parse_date(value) == expected


# -- day and month order: a numeric date that reads both ways ------------------------------------------
from crawler.extract import SiteModel, SiteModelLearner  # noqa: E402
from crawler.extract.dates import DAY_FIRST, MONTH_FIRST, DateReader, numeric_order  # noqa: E402


@pytest.mark.parametrize("value, expected", [
    ("12/20/2024", "2024-12-20"),                     # 20 is no month: month first, whatever the default
    ("Ngày đăng: 12/20/2024 14:30", "2024-12-20T14:30:00+07:00"),
    ("20/12/2024", "2024-12-20"),
    ("05/01/2023", "2023-01-05"),                     # both ways: day first, as Vietnamese writes dates
])
def test_an_unambiguous_numeric_date_is_read_its_only_way(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value, order, expected", [
    ("05/01/2023", MONTH_FIRST, "2023-05-01"),
    ("05/01/2023", DAY_FIRST, "2023-01-05"),
    ("05/01/2023 - 14:00", MONTH_FIRST, "2023-05-01T14:00:00+07:00"),
    ("14:00 05/01/2023", MONTH_FIRST, "2023-05-01T14:00:00+07:00"),
    ("20/12/2024", MONTH_FIRST, "2024-12-20"),         # the order decides only what reads both ways
    ("Sat, 03/02/2024", DAY_FIRST, "2024-02-03"),      # 3 February and 2 March 2024 were both Saturdays
    ("Sat, 03/02/2024", None, "2024-03-02"),           # ... after an English weekday, month first by default
    ("Thu, 05/01/2023", MONTH_FIRST, "2023-01-05"),    # the weekday fits one reading only: it decides
])
def test_the_sites_order_reads_what_reads_both_ways(value, order, expected):
    assert parse_date(value, order) == expected


@pytest.mark.parametrize("value, expected", [
    ("Đăng ngày 20/12/2024", DAY_FIRST), ("Fri, 12/20/2024 - 14:30", MONTH_FIRST), ("05/01/2023", None),
    ("ngày 20 tháng 12 năm 2024", None), (None, None),
])
def test_numeric_order_says_only_what_is_beyond_doubt(value, expected):
    assert numeric_order(value) == expected


def test_a_date_reader_notes_what_it_assumed_and_what_it_saw():
    read = DateReader()
    assert read("20/12/2024") == "2024-12-20" and (read.seen, read.assumed) == (DAY_FIRST, False)
    assert read("05/01/2023") == "2023-01-05" and read.assumed, "no order known: day first, noted"
    known = DateReader(MONTH_FIRST)
    assert known("05/01/2023") == "2023-05-01" and not known.assumed and known.seen is None


def test_a_site_learns_its_date_order_from_its_unambiguous_dates():
    def learnt(day_first: int, month_first: int) -> str | None:
        learner = SiteModelLearner()
        for order in [DAY_FIRST] * day_first + [MONTH_FIRST] * month_first:
            learner.add_date_order(order)
        return learner.model().date_order

    assert learnt(40, 0) == DAY_FIRST
    assert learnt(0, 3) == MONTH_FIRST
    assert learnt(2, 0) is None, "too few articles to say"
    assert learnt(40, 1) == DAY_FIRST, "one article quoting a date the other way is no order of the site's"
    assert learnt(20, 10) is None, "a site that writes both has no order"
    model = SiteModel(["abc"], 5, MONTH_FIRST)
    assert SiteModel.from_json(model.as_json()).date_order == MONTH_FIRST
    assert SiteModel.from_json({"repeated": ["abc"], "pages": 5}).date_order is None, "a model saved before"


@pytest.mark.parametrize("value, expected, assumed", [
    ("Thứ Năm, 01/05/2025", "2025-05-01", False),          # 1 May 2025 was a Thursday, 5 January a Sunday
    ("Chủ nhật, ngày 05/01/2025", "2025-01-05", False),    # 5 January 2025 was a Sunday
    ("Thứ năm 01/05/2025 - 10:15", "2025-05-01T10:15:00+07:00", False),
    ("Thứ Hai, 01/05/2025", "2025-05-01", True),           # fits neither reading: day first, assumed
    ("Kỳ họp thứ 2, ngày 01/05/2025", "2025-05-01", True),  # "thứ 2" is as often an ordinal
    ("01/05/2025", "2025-05-01", True),
])
def test_a_vietnamese_weekday_confirms_the_day_first_reading(value, expected, assumed):
    read = DateReader()
    assert read(value) == expected
    assert read.assumed is assumed
    assert read.seen is None, "a weekday is no evidence of the site's order"
