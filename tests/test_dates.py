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
