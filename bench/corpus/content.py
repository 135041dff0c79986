"""Article texts of the extraction corpus, as a small content model.

Each `Article` is what the editor wrote: title, lead (sapo), body blocks, byline. The generator
(`generate.py`, with `families/<family>.py` and the templates under `templates/`) renders it into a
full page of a given CMS family, and derives the expected values (`<name>.json`) from this model,
never from the rendered HTML.

Blocks:
  P(html)            a paragraph (inline <strong>/<em>/<a> allowed; text = tags stripped)
  H(text)            a sub-heading (its own paragraph in body_text)
  UL(*items) OL(*items)  list; each item is its own paragraph in body_text
  TABLE(*rows)       table; each row one paragraph, cells joined by " | "
  IMG(file, alt, caption=None, style="figure")   image; never in body_text
      style: "figure" (figure/figcaption), "anh" (an italic "Ảnh: …" paragraph after it),
             "em" (an italic centred caption paragraph after it), "table" (caption table),
             "none" (no caption)
  ATT(before, label, file)  a paragraph with a link to a document (text stays in body_text)
  QUOTE(html)        a blockquote paragraph

Byline (stays in body_text as the last paragraph, and its value is the expected author):
  ("name", "Lê Thị Cẩm Tú")  -> line "Lê Thị Cẩm Tú"
  ("source", "Báo An Giang")  -> line "(Nguồn: Báo An Giang)"
  ("tinanh", "Minh Hiếu")     -> line "Tin, ảnh: Minh Hiếu"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


def P(text):
    return ("p", text)


def H(text):
    return ("h", text)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


def IMG(file, alt, caption=None, style=None):
    if style is None:
        style = "figure" if caption else "none"
    return ("img", file, alt, caption, style)


def ATT(before, label, file):
    return ("att", before, label, file)


def QUOTE(text):
    return ("quote", text)


@dataclass
class Article:
    key: str
    title: str
    category: str | None
    when: datetime | None
    blocks: list
    lead: str | None = None
    byline: tuple | None = None
    kind: str = "article"
    featured: tuple | None = None  # (file, alt)
    tags: list = field(default_factory=list)
    opts: dict = field(default_factory=dict)  # per-page template choices, read by families/<family>.py


D = datetime

# ---------------------------------------------------------------------------------------------
# drupal_vinor: An Giang commune portals, Drupal 9 + gavias_vinor
# ---------------------------------------------------------------------------------------------
DRUPAL_VINOR = [
    Article(
        key="vinhte-so-ket-quy-i-2024",
        title="Đảng ủy xã Vĩnh Tế sơ kết tình hình thực hiện nhiệm vụ chính trị quý I năm 2024",
        category="Tin hoạt động",
        when=D(2024, 3, 22, 14, 35, 12),
        blocks=[
            P("Ngày 22/3/2024, Đảng ủy xã Vĩnh Tế&nbsp; tổ chức hội nghị Ban Chấp hành Đảng bộ xã (mở rộng) lần "
              "thứ 25, nhằm sơ kết tình hình thực hiện nhiệm vụ chính trị quý I và đề ra phương hướng nhiệm vụ "
              "chính trị quý II năm 2024. Đến dự có đồng chí Huỳnh Chí Oanh - Trưởng Ban Dân vận thành ủy – Chủ "
              "tịch UBMTTQVN TPCĐ."),
            IMG("So ket BCH quy I.jpg", "So ket BCH quy I"),
            P("Quý I năm 2024, Ban Chấp hành Đảng bộ xã, Ban Thường vụ Đảng uỷ đã tập trung lãnh đạo, chỉ đạo đẩy "
              "mạnh thực hiện các nhiệm vụ, giải pháp trọng tâm về công tác xây dựng Đảng, phát triển kinh tế - xã "
              "hội, đảm bảo quốc phòng - an ninh; ban hành các văn bản để lãnh đạo, chỉ đạo triển khai, thực hiện "
              "toàn diện các nhiệm vụ chính trị của xã. Nhờ đó, Công tác xây dựng Đảng, chính quyền, Mặt trận Tổ "
              "quốc và các đoàn thể chính trị - xã hội của xã có nhiều chuyển biến tích cực, Nhân dân phấn khởi, "
              "tin tưởng vào sự lãnh đạo của Đảng và Nhà nước."),
            IMG("So ket BCH quy I_0.jpg", "So ket BCH quy I"),
            P("Tình hình kinh tế - xã hội của xã tiếp tục ổn định. Tập trung cao cho công tác lãnh đạo, chỉ đạo, "
              "điều hành và đạt yêu cầu đề ra. Thu ngân sách đạt 22%; Trong giai đoạn 2024-2026,UBND xã đăng ký "
              "đầu tư cơ sở hạ tầng nhằm đảm bảo thực hiện tại tiểu vùng 1 (diện tích 276 ha). Tập trung công tác "
              "chăm lo Tết, chăm lo các chính sách an sinh xã hội đảm bảo đời sống của người dân trong dịp Tết "
              "nguyên đán."),
        ],
        opts=dict(host="vinhte.chaudoc.angiang.gov.vn", site="UBND xã Vĩnh Tế", xa="Vĩnh Tế",
                  huyen="thành phố Châu Đốc",
                  node=1234, header="v2", meta="full", month="en", cms_author="Văn phòng Đảng ủy", sidebar="right",
                  indent="nbsp", spacer=True),
    ),
    Article(
        key="vinhtrach-sot-xuat-huyet-2024",
        title="XÃ VĨNH TRẠCH RA QUÂN CHIẾN DỊCH PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2024",
        category="Tin hoạt động",
        when=None,
        blocks=[
            P("Sáng ngày 18/5/2024, Ban Chỉ đạo phòng, chống dịch bệnh xã Vĩnh Trạch phối hợp Trạm Y tế xã tổ chức "
              "lễ ra quân chiến dịch vệ sinh môi trường, diệt lăng quăng phòng, chống sốt xuất huyết năm 2024. "
              "Tham dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã, các ban, ngành, đoàn thể "
              "và hơn 150 đoàn viên, hội viên, học sinh trên địa bàn."),
            P("Theo báo cáo của Trạm Y tế xã, từ đầu năm đến nay trên địa bàn xã ghi nhận 07 ca mắc sốt xuất "
              "huyết, tăng 03 ca so với cùng kỳ năm 2023; các ca bệnh tập trung ở ấp Trung Bình Tiến và ấp Tây "
              "Bình. Nguyên nhân chủ yếu là thời tiết chuyển mùa, nhiều dụng cụ chứa nước quanh nhà chưa được đậy "
              "kín hoặc thay nước thường xuyên."),
            IMG("ra quan SXH 2024.jpg", "ra quan SXH 2024",
                "Lực lượng đoàn viên thanh niên thu gom vật dụng phế thải tại ấp Trung Bình Tiến", "em"),
            P("Trong đợt ra quân, các lực lượng tập trung thực hiện các nội dung:"),
            UL("Thu gom, tiêu hủy vật dụng phế thải có thể chứa nước đọng quanh nhà, vườn, khu vực công cộng;",
               "Hướng dẫn người dân đậy kín lu, khạp, thả cá bảy màu vào dụng cụ chứa nước sinh hoạt;",
               "Phát tờ rơi, treo băng rôn tuyên truyền tại các tuyến đường chính và khu đông dân cư;",
               "Phun hóa chất diệt muỗi tại các điểm có ca bệnh theo hướng dẫn của Trung tâm Y tế huyện."),
            P("Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND xã đề nghị các ấp duy trì lịch ra quân diệt lăng "
              "quăng vào sáng thứ bảy hằng tuần; mỗi hộ gia đình chủ động dành 10 phút mỗi tuần để kiểm tra, loại "
              "bỏ nơi sinh sản của muỗi, góp phần khống chế không để dịch bệnh lây lan trong cộng đồng."),
        ],
        byline=("name", "Trần Thị Mỹ Linh"),
        opts=dict(host="vinhtrach.angiang.gov.vn", site="Cổng thông tin điện tử xã Vĩnh Trạch", xa="Vĩnh Trạch",
                  huyen="huyện Thoại Sơn",
                  node=349, unaliased=True, header="v1", meta="none", sidebar="right", indent="span_font",
                  spacer=False),
    ),
    Article(
        key="vinhhau-trao-qua-tet-2024",
        title="Xã Vĩnh Hậu trao quà cho hộ nghèo, cận nghèo nhân dịp Tết Nguyên đán Giáp Thìn 2024",
        category="Tin Mặt trận - Đoàn thể",
        when=D(2024, 1, 30, 6, 20, 44),
        featured=("TraoQuaTet2024 (1).jpg", "Trao quà Tết 2024"),
        blocks=[
            P("Nhằm giúp các hộ nghèo, hộ cận nghèo và gia đình chính sách có điều kiện vui xuân, đón Tết, sáng "
              "ngày 30/01/2024, Ủy ban MTTQ Việt Nam xã Vĩnh Hậu phối hợp với các mạnh thường quân tổ chức trao "
              "320 phần quà Tết cho các hộ có hoàn cảnh khó khăn trên địa bàn xã."),
            P("Mỗi phần quà gồm 10 kg gạo, 01 thùng mì, dầu ăn, nước tương, bánh kẹo và 300.000 đồng tiền mặt, "
              "tổng trị giá gần 200 triệu đồng. Nguồn kinh phí được vận động từ Quỹ “Vì người nghèo” xã, các doanh "
              "nghiệp, cơ sở kinh doanh và bà con kiều bào có quê hương Vĩnh Hậu."),
            IMG("trao qua tet vinh hau 1.jpg", "trao qua tet vinh hau 1",
                "Ảnh: Lãnh đạo xã trao quà Tết cho hộ nghèo ấp Vĩnh Lợi", "anh"),
            P("Dịp này, Ban Thường trực Ủy ban MTTQ Việt Nam xã cũng đến thăm, tặng quà cho 15 hộ là người cao "
              "tuổi neo đơn, người khuyết tật nặng không thể đến nhận quà tại điểm phát. Các đoàn công tác đã ân "
              "cần hỏi thăm sức khỏe, tình hình sản xuất và động viên các gia đình vượt qua khó khăn, vươn lên "
              "trong cuộc sống."),
            IMG("trao qua tet vinh hau 2.jpg", "trao qua tet vinh hau 2",
                "Ảnh: Đoàn viên thanh niên hỗ trợ vận chuyển quà đến tận nhà người cao tuổi", "anh"),
            P("Được biết, trong dịp Tết Nguyên đán Giáp Thìn năm 2024, toàn xã đã vận động được hơn 650 phần quà "
              "với tổng trị giá trên 400 triệu đồng, bảo đảm mọi người, mọi nhà đều được vui xuân, đón Tết an "
              "toàn, tiết kiệm."),
        ],
        opts=dict(host="vinhhau.anphu.angiang.gov.vn", site="UBND xã Vĩnh Hậu", xa="Vĩnh Hậu", huyen="huyện An Phú",
                  node=877, header="v4", meta="full", month="vi", cms_author="Văn phòng UBND", sidebar="right",
                  indent="nbsp",
                  spacer=True, preloader=True),
    ),
    Article(
        key="vinhdieu-lua-giam-phat-thai",
        title="Hội Nông dân xã Vĩnh Điều tổ chức hội thảo chuyển giao kỹ thuật canh tác lúa giảm phát thải",
        category="Tin hoạt động",
        when=D(2024, 6, 14, 9, 5, 40),
        blocks=[
            P("Ngày 13/6/2024, Hội Nông dân xã Vĩnh Điều phối hợp với Trạm Khuyến nông huyện tổ chức hội thảo "
              "chuyển giao kỹ thuật canh tác lúa chất lượng cao, giảm phát thải khí nhà kính cho gần 80 hội viên "
              "nông dân ở các ấp Vĩnh Thành, Vĩnh Lợi và Vĩnh Thuận."),
            P("Tại hội thảo, cán bộ kỹ thuật đã hướng dẫn bà con áp dụng quy trình “1 phải 5 giảm”, tưới ngập khô "
              "xen kẽ, sử dụng giống lúa xác nhận và giảm lượng giống gieo sạ xuống còn 80 - 100 kg/ha. Rơm rạ sau "
              "thu hoạch được thu gom để trồng nấm, làm phân hữu cơ thay vì đốt bỏ ngoài đồng."),
            IMG("hoi thao lua giam phat thai.jpg", "hoi thao lua giam phat thai",
                "Cán bộ khuyến nông hướng dẫn nông dân kỹ thuật tưới ngập khô xen kẽ", "figure"),
            P("Theo tính toán từ mô hình trình diễn vụ Đông Xuân 2023 - 2024 tại ấp Vĩnh Thành, ruộng áp dụng quy "
              "trình mới giảm được khoảng 2,5 triệu đồng chi phí mỗi hecta, năng suất tăng 0,3 tấn/ha, lợi nhuận "
              "cao hơn ruộng đối chứng từ 4 đến 5 triệu đồng/ha."),
            P("Dịp này, Hội Nông dân xã cũng giới thiệu chính sách hỗ trợ của Đề án phát triển bền vững một triệu "
              "hecta chuyên canh lúa chất lượng cao, phát thải thấp vùng Đồng bằng sông Cửu Long và vận động hội "
              "viên tham gia tổ hợp tác, liên kết tiêu thụ sản phẩm với doanh nghiệp."),
        ],
        byline=("name", "Lê Thị Cẩm Tú"),
        opts=dict(host="vinhdieu.angiang.gov.vn", site="UBND xã Vĩnh Điều", xa="Vĩnh Điều", huyen="huyện Giang Thành",
                  node=512, header="v2", meta="full", month="en", cms_author="admin", sidebar="right", indent="plain",
                  spacer=True),
    ),
    Article(
        key="candang-nong-thon-moi-nang-cao",
        title="Xã Cần Đăng đạt chuẩn nông thôn mới nâng cao",
        category="Tin tức - Sự kiện",
        when=D(2023, 12, 28, 16, 40, 3),
        featured=("candang NTM nang cao.jpg", "candang NTM nang cao"),
        blocks=[
            P("Sau hơn 3 năm triển khai, xã Cần Đăng (huyện Châu Thành) đã hoàn thành 19/19 tiêu chí xã nông thôn "
              "mới nâng cao theo Bộ tiêu chí giai đoạn 2021 - 2025 của tỉnh An Giang. Thu nhập bình quân đầu người "
              "của xã năm 2023 đạt 68 triệu đồng, tỷ lệ hộ nghèo đa chiều giảm còn 0,87%."),
            P("Từ nguồn lực Nhà nước và sự đóng góp của Nhân dân, xã đã nhựa hóa, bê tông hóa 100% tuyến đường "
              "trục ấp, liên ấp; xây dựng mới 6 cây cầu giao thông nông thôn; nâng cấp trường học, trạm y tế và hệ "
              "thống chiếu sáng công cộng. Một số kết quả chủ yếu như sau:"),
            TABLE(("Chỉ tiêu", "Năm 2020", "Năm 2023"),
                  ("Thu nhập bình quân (triệu đồng/người/năm)", "49,5", "68"),
                  ("Tỷ lệ hộ nghèo đa chiều", "2,95%", "0,87%"),
                  ("Tỷ lệ người dân tham gia BHYT", "89,2%", "95,6%"),
                  ("Tỷ lệ hộ sử dụng nước sạch", "92%", "99,4%")),
            P("Ông Nguyễn Văn Bé Tư, ấp Cần Thuận, chia sẻ: “Đường sá khang trang, có đèn chiếu sáng, việc đi lại, "
              "chở lúa ra vô thuận tiện hơn nhiều. Bà con ai cũng phấn khởi, sẵn sàng hiến đất, góp công làm "
              "đường”."),
            P("Thời gian tới, xã tiếp tục duy trì, nâng chất các tiêu chí đã đạt, phấn đấu xây dựng ấp nông thôn "
              "mới kiểu mẫu, tập trung phát triển sản xuất theo chuỗi giá trị gắn với tiêu thụ nông sản."),
        ],
        byline=("source", "Báo An Giang"),
        opts=dict(host="candang.angiang.gov.vn", site="UBND xã Cần Đăng", xa="Cần Đăng", huyen="huyện Châu Thành",
                  node=1502, header="v2", meta="full", month="vi", cms_author="Văn phòng HĐND - UBND", sidebar="left",
                  indent="nbsp", spacer=True, content_top_block=True),
    ),
    Article(
        key="dinhmy-giao-nhan-quan-2025",
        title="ĐỊNH MỸ TỔ CHỨC LỄ GIAO NHẬN QUÂN NĂM 2025",
        category="Quốc phòng - An ninh",
        when=D(2025, 2, 13, 6, 30, 0),
        blocks=[
            P("Sáng ngày 13/02/2025, Hội đồng Nghĩa vụ quân sự xã Định Mỹ long trọng tổ chức Lễ giao nhận quân năm "
              "2025. Dự buổi lễ có lãnh đạo Ban Chỉ huy Quân sự huyện Thoại Sơn, Thường trực Đảng ủy, HĐND, UBND, "
              "Ủy ban MTTQ Việt Nam xã cùng đông đảo gia đình các tân binh."),
            IMG("giao nhan quan 2025.jpg", "giao nhan quan 2025"),
            P("Năm nay, xã Định Mỹ có 18 thanh niên lên đường nhập ngũ, trong đó 16 tân binh nhập ngũ vào Bộ Chỉ "
              "huy Quân sự tỉnh An Giang và 02 tân binh thực hiện nghĩa vụ tham gia Công an nhân dân. 100% tân "
              "binh có trình độ từ trung học cơ sở trở lên, 03 thanh niên có trình độ cao đẳng, đại học."),
            P("Thay mặt các tân binh, tân binh Nguyễn Hoàng Phúc, ấp Mỹ Thạnh hứa sẽ ra sức học tập, rèn luyện, "
              "chấp hành nghiêm kỷ luật quân đội, hoàn thành tốt nhiệm vụ được giao, xứng đáng với niềm tin của "
              "gia đình và quê hương."),
            P("Nhân dịp này, Ủy ban MTTQ Việt Nam xã và các đoàn thể đã trao tặng mỗi tân binh một phần quà trị "
              "giá 1.000.000 đồng, động viên các em yên tâm lên đường làm nhiệm vụ."),
        ],
        opts=dict(host="dinhmy.angiang.gov.vn", site="UBND xã Định Mỹ", xa="Định Mỹ", huyen="huyện Thoại Sơn",
                  node=2210, header="v1", meta="full", month="vi", cms_author="Ban Chỉ huy Quân sự xã", sidebar="right",
                  indent="nbsp", spacer=False, title_in_body=True),
    ),
    Article(
        key="vinhhanh-gioi-thieu-chung",
        title="Giới thiệu chung",
        category=None,
        when=None,
        kind="page",
        blocks=[
            H("1. Vị trí địa lý"),
            P("Xã Vĩnh Hanh nằm ở phía Bắc huyện Châu Thành, cách trung tâm huyện khoảng 12 km. Phía Đông giáp xã "
              "Vĩnh Lợi, phía Tây giáp xã Vĩnh An, phía Nam giáp xã Vĩnh Bình, phía Bắc giáp huyện Châu Phú. Tổng "
              "diện tích tự nhiên của xã là 3.928 ha, trong đó đất sản xuất nông nghiệp chiếm trên 85%."),
            H("2. Dân số và đơn vị hành chính"),
            P("Xã có 6 ấp với 5.412 hộ, 19.870 nhân khẩu; đồng bào dân tộc Kinh chiếm đa số, ngoài ra còn có đồng "
              "bào dân tộc Hoa và Khmer sinh sống xen kẽ. Dân số phân bố theo ấp như sau:"),
            TABLE(("Ấp", "Số hộ", "Số nhân khẩu"),
                  ("Vĩnh Phú", "1.024", "3.712"),
                  ("Vĩnh Hòa", "912", "3.386"),
                  ("Vĩnh Thành", "876", "3.205"),
                  ("Vĩnh Thuận", "958", "3.540"),
                  ("Vĩnh Lộc", "804", "2.915"),
                  ("Vĩnh Quới", "838", "3.112")),
            H("3. Kinh tế"),
            P("Kinh tế của xã chủ yếu là sản xuất nông nghiệp với cây lúa là chủ lực, mỗi năm canh tác 3 vụ; bên "
              "cạnh đó, người dân phát triển chăn nuôi bò, nuôi cá lóc trong ao và các ngành nghề thủ công như đan "
              "đát, làm bánh phồng. Thương mại - dịch vụ tập trung dọc tuyến Tỉnh lộ 941."),
            IMG("ban do hanh chinh vinh hanh.png", "ban do hanh chinh vinh hanh", "Bản đồ hành chính xã Vĩnh Hanh",
                "figure"),
        ],
        opts=dict(host="vinhhanh.chauthanh.angiang.gov.vn", site="Cổng thông tin điện tử xã Vĩnh Hanh", xa="Vĩnh Hanh",
                  huyen="huyện Châu Thành", node=12, alias="gioi-thieu-chung-0", header="v2", sidebar="right",
                  indent="plain", spacer=True),
    ),
    Article(
        key="longkien-co-cau-to-chuc",
        title="Cơ cấu tổ chức",
        category=None,
        when=None,
        kind="page",
        blocks=[
            H("Thường trực Đảng ủy"),
            UL("Đồng chí Nguyễn Thanh Hải - Bí thư Đảng ủy xã;",
               "Đồng chí Lê Văn Tuấn - Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã;",
               "Đồng chí Trần Minh Quang - Phó Bí thư Đảng ủy, Chủ tịch UBND xã."),
            H("Ủy ban nhân dân xã"),
            UL("Ông Trần Minh Quang - Chủ tịch UBND xã: phụ trách chung, trực tiếp chỉ đạo công tác nội chính, tài "
               "chính - ngân sách;",
               "Bà Võ Thị Ngọc Hân - Phó Chủ tịch UBND xã: phụ trách lĩnh vực văn hóa - xã hội;",
               "Ông Phạm Quốc Khánh - Phó Chủ tịch UBND xã: phụ trách lĩnh vực kinh tế, nông nghiệp, xây dựng nông "
               "thôn mới."),
            H("Ủy ban MTTQ Việt Nam và các đoàn thể"),
            P("Ủy ban MTTQ Việt Nam xã và 05 tổ chức chính trị - xã hội gồm: Đoàn Thanh niên Cộng sản Hồ Chí Minh, "
              "Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh và Công đoàn cơ sở xã."),
            P("Điện thoại liên hệ Văn phòng HĐND - UBND xã: 0296.3921.xxx (trong giờ hành chính)."),
        ],
        opts=dict(host="longkien.chomoi.angiang.gov.vn", site="UBND xã Long Kiến", xa="Long Kiến",
                  huyen="huyện Chợ Mới",
                  node=7, alias="co-cau-chuc", header="v3", sidebar="right", indent="plain", spacer=False),
    ),
    Article(
        key="vinhan-lich-tiep-cong-dan-t4-2024",
        title="Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã Vĩnh An tháng 4/2024",
        category="Thông báo",
        when=D(2024, 3, 29, 10, 2, 51),
        blocks=[
            P("Thực hiện Luật Tiếp công dân năm 2013 và Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ, "
              "Ủy ban nhân dân xã Vĩnh An thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã trong tháng 4 "
              "năm 2024 như sau:"),
            UL("Thời gian: sáng thứ năm các ngày 04/4, 11/4, 18/4 và 25/4/2024, từ 7 giờ 30 phút đến 11 giờ 00 phút;",
               "Địa điểm: Phòng tiếp công dân, trụ sở UBND xã Vĩnh An (ấp An Hòa, xã Vĩnh An, huyện Châu Thành);",
               "Thành phần: Chủ tịch UBND xã, công chức Tư pháp - Hộ tịch, Địa chính - Xây dựng và các bộ phận "
               "liên quan."),
            P("Công dân đến kiến nghị, phản ánh, khiếu nại, tố cáo vui lòng mang theo căn cước công dân và các "
              "giấy tờ, tài liệu có liên quan. Trường hợp Chủ tịch UBND xã bận công tác đột xuất, Phó Chủ tịch "
              "UBND xã sẽ thay mặt tiếp công dân."),
            ATT("Xem chi tiết thông báo tại đây:", "Thông báo số 45/TB-UBND ngày 29/3/2024",
                "TB 45 lich tiep cong dan T4.pdf"),
        ],
        opts=dict(host="vinhan.chauthanh.angiang.gov.vn", site="UBND xã Vĩnh An", xa="Vĩnh An",
                  huyen="huyện Châu Thành",
                  node=640, header="v2", meta="full", month="en", cms_author="Văn phòng UBND", sidebar="right",
                  indent="plain", spacer=False,
                  file_field=("Lich tiep cong dan thang 4-2024.pdf", "Lich tiep cong dan thang 4-2024.pdf")),
    ),
    Article(
        key="myhoahung-ngay-hoi-dai-doan-ket",
        title="Mỹ Hòa Hưng tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại ấp Mỹ Hòa",
        category="Tin Mặt trận - Đoàn thể",
        when=D(2023, 11, 15, 0, 0, 0),
        featured=("ngay hoi DDK my hoa 1.jpg", "Ngày hội Đại đoàn kết"),
        blocks=[
            P("Hướng tới kỷ niệm 93 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - "
              "18/11/2023), chiều ngày 14/11/2023, Ban Công tác Mặt trận ấp Mỹ Hòa, xã Mỹ Hòa Hưng tổ chức Ngày "
              "hội Đại đoàn kết toàn dân tộc năm 2023."),
            P("Năm qua, cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được bà con ấp "
              "Mỹ Hòa hưởng ứng tích cực. Toàn ấp có 612/640 hộ đạt danh hiệu “Gia đình văn hóa”, tỷ lệ 95,6%; "
              "Nhân dân đóng góp hơn 350 triệu đồng và 2.000 ngày công để nâng cấp tuyến đường liên tổ, lắp đặt 45 "
              "bóng đèn chiếu sáng."),
            P("Tại ngày hội, Ban Công tác Mặt trận ấp đã trao 30 phần quà cho hộ nghèo, hộ cận nghèo; khen thưởng "
              "12 gia đình tiêu biểu trong phong trào thi đua. Các đại biểu cùng bà con tham gia bữa cơm đoàn kết "
              "và các trò chơi dân gian như kéo co, đập om, nhảy bao bố."),
            P("Phát biểu tại buổi lễ, đại diện Ủy ban MTTQ Việt Nam thành phố Long Xuyên ghi nhận những kết quả ấp "
              "Mỹ Hòa đạt được, đồng thời đề nghị Ban Công tác Mặt trận tiếp tục phát huy vai trò nòng cốt, tập "
              "hợp, vận động Nhân dân chung sức xây dựng khu dân cư văn minh, an toàn."),
        ],
        opts=dict(host="myhoahung.longxuyen.angiang.gov.vn", site="UBND xã Mỹ Hòa Hưng", xa="Mỹ Hòa Hưng",
                  huyen="thành phố Long Xuyên", node=1888, header="v2", meta="visible", month="en",
                  cms_author="Mặt trận xã",
                  sidebar="right", indent="nbsp", spacer=False,
                  gallery=[("ngay hoi DDK my hoa 1.jpg", "Ngày hội Đại đoàn kết"),
                           ("ngay hoi DDK my hoa 2.jpg", "Bữa cơm đoàn kết"),
                           ("ngay hoi DDK my hoa 3.jpg", "Trò chơi dân gian kéo co")]),
    ),
    Article(
        key="phuhoa-phong-chong-duoi-nuoc",
        title="Phú Hòa tuyên truyền phòng, chống đuối nước cho trẻ em dịp hè",
        category="Tin hoạt động",
        when=D(2024, 5, 28, 15, 12, 9),
        blocks=[
            P("Chuẩn bị bước vào mùa hè năm 2024, UBND xã Phú Hòa chỉ đạo Đài Truyền thanh xã, Đoàn Thanh niên và "
              "các trường học trên địa bàn đẩy mạnh tuyên truyền kiến thức, kỹ năng phòng, chống đuối nước cho trẻ "
              "em."),
            P("Nội dung tuyên truyền tập trung vào các nguy cơ đuối nước thường gặp như tắm sông, kênh rạch, ao hồ "
              "không có người lớn giám sát; hướng dẫn cha mẹ rào chắn ao, mương, lu, khạp quanh nhà và nhắc nhở "
              "trẻ mặc áo phao khi đi đò, phà."),
            P("Từ ngày 10/6 đến 20/7/2024, Đoàn xã phối hợp Trung tâm Văn hóa - Thể thao huyện tổ chức 3 lớp dạy "
              "bơi miễn phí cho 90 em học sinh từ 8 đến 14 tuổi. Phụ huynh có nhu cầu đăng ký cho con em tham gia "
              "liên hệ Văn phòng Đoàn xã hoặc Ban Nhân dân các ấp."),
        ],
        opts=dict(host="phuhoa.angiang.gov.vn", site="UBND xã Phú Hòa", xa="Phú Hòa", huyen="huyện Thoại Sơn",
                  node=933, header="v2", meta="full", month="en", cms_author="Đài Truyền thanh xã", sidebar="right",
                  indent="plain", spacer=False, video="https://www.youtube.com/embed/q1Xv7dKx9sA"),
    ),
    Article(
        key="vinhte-de-an-06",
        title="Xã Vĩnh Tế đẩy mạnh triển khai Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử",
        category="Tin hoạt động",
        when=D(2024, 5, 10, 8, 45, 30),
        featured=("De an 06 Vinh Te.jpg", "De an 06 Vinh Te"),
        blocks=[
            P("Thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển "
              "đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06), thời gian qua Ban Chỉ đạo "
              "Đề án 06 xã Vĩnh Tế đã triển khai nhiều giải pháp đồng bộ, đạt kết quả tích cực."),
            H("Kết quả nổi bật"),
            P("Đến nay, Công an xã đã thu nhận hồ sơ cấp căn cước công dân gắn chip cho 9.845 trường hợp, đạt "
              "99,2% số công dân trong độ tuổi; kích hoạt tài khoản định danh điện tử mức độ 2 cho 6.120 công dân. "
              "Tổ công nghệ số cộng đồng ở 4 ấp đã hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và thanh "
              "toán không dùng tiền mặt."),
            IMG("to cong nghe so cong dong.jpg", "to cong nghe so cong dong",
                "Ảnh: Tổ công nghệ số cộng đồng ấp Vĩnh Tây 1 hướng dẫn người dân sử dụng VNeID", "anh"),
            P("Bộ phận Tiếp nhận và Trả kết quả của xã đã tiếp nhận 1.436 hồ sơ thủ tục hành chính, trong đó 1.118 "
              "hồ sơ nộp trực tuyến, đạt tỷ lệ 77,8%. Việc chi trả trợ cấp xã hội qua tài khoản được thực hiện cho "
              "412/430 đối tượng."),
            H("Nhiệm vụ trọng tâm thời gian tới"),
            OL("Tiếp tục làm sạch dữ liệu dân cư, bảo đảm thông tin “đúng, đủ, sạch, sống”;",
               "Đẩy mạnh kích hoạt tài khoản định danh điện tử cho người dân, nhất là người cao tuổi và học sinh "
               "từ 14 tuổi trở lên;",
               "Hướng dẫn người dân thực hiện 2 nhóm thủ tục hành chính liên thông về đăng ký khai sinh và đăng ký "
               "khai tử;",
               "Duy trì hoạt động của Tổ công nghệ số cộng đồng ở các ấp."),
            P("Đồng chí Chủ tịch UBND xã, Trưởng Ban Chỉ đạo Đề án 06 xã yêu cầu các thành viên bám sát địa bàn "
              "được phân công, kịp thời báo cáo khó khăn, vướng mắc để có hướng tháo gỡ, phấn đấu hoàn thành các "
              "chỉ tiêu của Đề án trong năm 2024."),
        ],
        opts=dict(host="vinhte.chaudoc.angiang.gov.vn", site="UBND xã Vĩnh Tế", xa="Vĩnh Tế",
                  huyen="thành phố Châu Đốc",
                  node=1291, header="v2", meta="full", month="en", cms_author="Công an xã", sidebar="right",
                  indent="nbsp", spacer=True, views=True),
    ),
    Article(
        key="tantuyen-chol-chnam-thmay-2024",
        title="Xã Tân Tuyến tổ chức Lễ hội Chôl Chnăm Thmây năm 2024",
        category="Văn hóa - Xã hội",
        when=D(2024, 4, 13, 8, 0, 5),
        featured=("Chol Chnam Thmay Tan Tuyen.jpg", "Lễ hội Chôl Chnăm Thmây"),
        blocks=[
            P("Trong không khí vui tươi, phấn khởi đón mừng năm mới theo lịch truyền thống của đồng bào Khmer, từ "
              "ngày 13 đến 15/4/2024, xã Tân Tuyến tổ chức nhiều hoạt động văn hóa, thể thao mừng Lễ hội Chôl "
              "Chnăm Thmây tại chùa Soài Chêk và các điểm sinh hoạt cộng đồng."),
            P("Các hoạt động gồm thi đấu bóng chuyền, kéo co, đua ghe ngo nhỏ, giao lưu văn nghệ và trình diễn "
              "trang phục truyền thống; thu hút hàng ngàn lượt người dân và du khách tham gia. Lãnh đạo xã đã đến "
              "thăm, chúc Tết và trao quà cho các chùa Khmer, hộ nghèo, người có uy tín trong đồng bào dân tộc."),
            P("Đây là dịp để đồng bào Khmer tưởng nhớ tổ tiên, cầu mong mưa thuận gió hòa, mùa màng bội thu, đồng "
              "thời góp phần tăng cường khối đại đoàn kết các dân tộc trên địa bàn xã."),
        ],
        opts=dict(host="tantuyen.triton.angiang.gov.vn", site="UBND xã Tân Tuyến", xa="Tân Tuyến",
                  huyen="huyện Tri Tôn",
                  node=415, header="v1", meta="hidden_only", cms_author="vanphong", sidebar="right", indent="span_font",
                  spacer=False),
    ),
    Article(
        key="vinhtrach-lich-su-hinh-thanh",
        title="Lịch sử hình thành xã Vĩnh Trạch",
        category=None,
        when=None,
        kind="page",
        blocks=[
            P("Vùng đất Vĩnh Trạch ngày nay vốn là vùng đồng trũng ven chân núi Ba Thê, được lưu dân người Việt, "
              "người Khmer và người Hoa đến khai phá từ cuối thế kỷ XVIII. Tên gọi Vĩnh Trạch gắn với ý nghĩa “ao "
              "đầm bền vững”, phản ánh đặc trưng sông nước của địa phương."),
            P("Trong hai cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Nhân dân Vĩnh Trạch một lòng theo "
              "Đảng, đóng góp sức người, sức của cho cách mạng. Nhiều địa danh như kênh Ba Thê, Vàm Bà Bầu từng là "
              "căn cứ của lực lượng du kích địa phương."),
            P("Sau ngày miền Nam hoàn toàn giải phóng, xã Vĩnh Trạch thuộc huyện Thoại Sơn. Qua nhiều lần điều "
              "chỉnh địa giới hành chính, đến nay xã có 4 ấp: Trung Bình Tiến, Tây Bình, Trung Phú 1 và Trung Phú "
              "2."),
            P("Năm 2019, xã Vĩnh Trạch được công nhận đạt chuẩn nông thôn mới; năm 2023 được Chủ tịch nước tặng "
              "Huân chương Lao động hạng Ba vì thành tích xuất sắc trong phong trào thi đua xây dựng nông thôn mới."),
        ],
        opts=dict(host="vinhtrach.angiang.gov.vn", site="Cổng thông tin điện tử xã Vĩnh Trạch", xa="Vĩnh Trạch",
                  huyen="huyện Thoại Sơn", node=3, alias="lich-su-hinh-thanh-xa-vinh-trach", header="v1",
                  sidebar="right",
                  indent="nbsp", spacer=False),
    ),
]

# ---------------------------------------------------------------------------------------------
# drupal_core: commune sites on stock Drupal themes (Olivero on Drupal 10, Bartik on Drupal 8/9)
# ---------------------------------------------------------------------------------------------
DRUPAL_CORE = [
    Article(
        key="binhthuy-chu-nhat-xanh",
        title="Bình Thủy ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        category="Tin tức",
        when=D(2024, 4, 21, 7, 10, 0),
        tags=["Môi trường", "Đoàn thanh niên"],
        blocks=[
            P("Sáng Chủ nhật 21/4/2024, Đoàn Thanh niên xã Bình Thủy (huyện Châu Phú) phối hợp với Hội Liên hiệp "
              "Phụ nữ và Hội Cựu chiến binh xã tổ chức ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ 2 năm 2024."),
            P("Hơn 120 đoàn viên, hội viên đã phát quang bụi rậm, thu gom rác thải dọc tuyến đường Bình Phú - Bình "
              "Chánh dài gần 3 km, khơi thông cống rãnh và trồng mới 200 cây bông giấy, cây sao tạo cảnh quan "
              "xanh, sạch, đẹp."),
            IMG("chu-nhat-xanh-binh-thuy.jpg", "Đoàn viên trồng cây dọc tuyến đường",
                "Đoàn viên thanh niên trồng cây xanh dọc tuyến đường Bình Phú - Bình Chánh", "figure"),
            P("Thông qua hoạt động, nhằm nâng cao ý thức bảo vệ môi trường của người dân, hình thành thói quen "
              "phân loại rác tại nguồn, góp phần giữ vững tiêu chí môi trường trong xây dựng nông thôn mới nâng "
              "cao của xã."),
        ],
        opts=dict(theme="olivero", host="binhthuy.chauphu.angiang.gov.vn", site="Xã Bình Thủy", xa="Bình Thủy",
                  huyen="huyện Châu Phú",
                  node=318, cms_author="Ban Biên tập", time_tag=True),
    ),
    Article(
        key="khanhhoa-tap-huan-dich-vu-cong",
        title="Khánh Hòa tập huấn sử dụng dịch vụ công trực tuyến cho cán bộ ấp",
        category="Chuyển đổi số",
        when=D(2024, 8, 6, 14, 0, 0),
        tags=["Dịch vụ công", "Chuyển đổi số"],
        blocks=[
            P("Chiều ngày 06/8/2024, UBND xã Khánh Hòa tổ chức lớp tập huấn hướng dẫn sử dụng Cổng Dịch vụ công "
              "quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh cho 45 thành viên Tổ công nghệ số "
              "cộng đồng và cán bộ các ấp."),
            P("Tại lớp tập huấn, học viên được hướng dẫn các bước nộp hồ sơ trực tuyến một thủ tục hành chính:"),
            OL("Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử VNeID;",
               "Tìm kiếm thủ tục cần thực hiện, chọn cơ quan giải quyết là UBND xã Khánh Hòa;",
               "Khai báo thông tin vào tờ khai điện tử, đính kèm thành phần hồ sơ đã được số hóa;",
               "Thanh toán phí, lệ phí trực tuyến (nếu có) và theo dõi tình trạng xử lý hồ sơ."),
            P("Sau tập huấn, các thành viên Tổ công nghệ số cộng đồng sẽ trực tiếp hướng dẫn người dân tại nhà và "
              "tại Bộ phận Một cửa, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ nộp trực tuyến của xã đạt trên 80%."),
        ],
        opts=dict(theme="olivero", host="khanhhoa.chauphu.angiang.gov.vn", site="Xã Khánh Hòa", xa="Khánh Hòa",
                  huyen="huyện Châu Phú",
                  node=542, cms_author="vanphong.khanhhoa", time_tag=True),
    ),
    Article(
        key="nuivoi-tuyen-dung-cong-chuc-2024",
        title="Thông báo tuyển dụng công chức cấp xã năm 2024",
        category="Thông báo",
        when=D(2024, 9, 3, 9, 30, 0),
        blocks=[
            P("Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ quy định về cán bộ, công chức cấp xã "
              "và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố; Ủy ban nhân dân xã Núi Voi "
              "thông báo tuyển dụng công chức cấp xã năm 2024 như sau:"),
            H("1. Chỉ tiêu tuyển dụng"),
            TABLE(("STT", "Chức danh", "Số lượng", "Trình độ chuyên môn"),
                  ("1", "Tài chính - Kế toán", "01", "Đại học Kế toán, Tài chính"),
                  ("2", "Văn hóa - Xã hội", "01", "Đại học Công tác xã hội, Văn hóa"),
                  ("3", "Địa chính - Xây dựng", "01", "Đại học Quản lý đất đai")),
            H("2. Thời gian, địa điểm nhận hồ sơ"),
            P("Từ ngày 05/9/2024 đến hết ngày 04/10/2024 (trong giờ hành chính) tại Văn phòng HĐND - UBND xã Núi "
              "Voi. Điện thoại liên hệ: 0296.3875.xxx."),
            ATT("Mẫu phiếu đăng ký dự tuyển:", "Phieu dang ky du tuyen.docx", "Phieu dang ky du tuyen.docx"),
        ],
        opts=dict(theme="olivero", host="nuivoi.tinhbien.angiang.gov.vn", site="UBND xã Núi Voi", xa="Núi Voi",
                  huyen="thị xã Tịnh Biên",
                  node=77, cms_author=None, time_tag=True, no_author_meta=True),
    ),
    Article(
        key="hoabinh-gioi-thieu",
        title="Giới thiệu xã Hòa Bình",
        category=None,
        when=None,
        kind="page",
        blocks=[
            P("Xã Hòa Bình nằm ở phía Nam huyện Chợ Mới, tỉnh An Giang, có diện tích tự nhiên 2.715 ha, gồm 5 ấp: "
              "Hòa Thuận, Hòa Hưng, Hòa Long, Hòa Phú và Hòa Thạnh. Dân số toàn xã khoảng 21.300 người."),
            P("Xã có sông Tiền chảy qua phía Đông với chiều dài khoảng 7 km, thuận lợi cho giao thông thủy và phát "
              "triển kinh tế vườn. Các cây trồng chủ lực gồm xoài, nhãn, bưởi và rau màu các loại."),
            P("Trụ sở UBND xã đặt tại ấp Hòa Thuận. Điện thoại: 0296.3883.xxx. Email: ubndhoabinh@angiang.gov.vn."),
        ],
        opts=dict(theme="olivero", host="hoabinh.chomoi.angiang.gov.vn", site="Xã Hòa Bình", xa="Hòa Bình",
                  huyen="huyện Chợ Mới",
                  node=2, alias="gioi-thieu"),
    ),
    Article(
        key="phuhuu-ramadan-2024",
        title="Cộng đồng Chăm xã Phú Hữu đón tháng Ramadan năm 2024",
        category="Tin hoạt động",
        when=D(2024, 3, 11, 16, 20, 33),
        tags=["Dân tộc - Tôn giáo"],
        blocks=[
            P("Từ ngày 11/3/2024, cộng đồng người Chăm theo đạo Hồi (Islam) tại xã Phú Hữu bước vào tháng Ramadan "
              "- tháng ăn chay quan trọng nhất trong năm. Trong tháng này, bà con nhịn ăn, uống từ lúc mặt trời "
              "mọc đến khi mặt trời lặn, tăng cường cầu nguyện và làm việc thiện."),
            P("Nhân dịp này, Thường trực Đảng ủy, UBND xã Phú Hữu đã đến thăm, tặng quà Ban Đại diện cộng đồng Hồi "
              "giáo (Ban Cai quản) các thánh đường Mubarak và Jamiul Azhar, chúc bà con có một tháng Ramadan an "
              "lành, ấm áp."),
            P("Lãnh đạo xã đề nghị Ban Cai quản các thánh đường tiếp tục vận động bà con chấp hành tốt chủ trương "
              "của Đảng, chính sách, pháp luật của Nhà nước, giữ gìn an ninh trật tự, tích cực tham gia các phong "
              "trào thi đua ở địa phương."),
        ],
        opts=dict(theme="bartik", host="phuhuu.anphu.angiang.gov.vn", site="UBND xã Phú Hữu", xa="Phú Hữu",
                  huyen="huyện An Phú",
                  node=230, cms_author="quantri", rdf=True),
    ),
    Article(
        key="luongantra-tiem-chung-soi",
        title="Lương An Trà triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
        category="Y tế",
        when=D(2024, 3, 5, 9, 45, 0),
        blocks=[
            P("Thực hiện kế hoạch của Trung tâm Y tế huyện Tri Tôn, từ ngày 04/3 đến 08/3/2024, Trạm Y tế xã Lương "
              "An Trà tổ chức chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi chưa tiêm đủ "
              "mũi theo lịch."),
            P("Theo rà soát, toàn xã có 214 trẻ thuộc diện tiêm. Để bảo đảm an toàn, trạm y tế bố trí điểm tiêm "
              "tại trụ sở trạm và tổ chức tiêm lưu động tại ấp Ba Dầu, ấp Tà Đảnh cho các gia đình ở xa; trẻ sau "
              "tiêm được theo dõi ít nhất 30 phút tại điểm tiêm."),
            P("Phụ huynh cần mang theo sổ hoặc phiếu tiêm chủng của trẻ. Mọi thắc mắc xin liên hệ Trạm Y tế xã qua "
              "số điện thoại 0296.3763.xxx."),
        ],
        byline=("name", "Néang Sa Phi"),
        opts=dict(theme="bartik", host="luonganra.triton.angiang.gov.vn", site="UBND xã Lương An Trà",
                  xa="Lương An Trà", huyen="huyện Tri Tôn",
                  node=98, cms_author="tramyte", rdf=False),
    ),
    Article(
        key="olongvy-phong-chay-chua-chay",
        title="Ô Long Vỹ diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chợ xã",
        category="Quốc phòng - An ninh",
        when=D(2023, 10, 9, 8, 0, 17),
        blocks=[
            P("Ngày 09/10/2023, Công an xã Ô Long Vỹ phối hợp Đội Cảnh sát PCCC và CNCH Công an huyện Châu Phú tổ "
              "chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ có huy động nhiều lực lượng, phương tiện tham "
              "gia tại chợ Ô Long Vỹ."),
            P("Tình huống giả định: vào lúc 8 giờ 30 phút, tại một sạp vải ở khu vực giữa chợ xảy ra cháy do chập "
              "điện, đám cháy nhanh chóng lan sang các sạp lân cận, có 02 người bị mắc kẹt. Lực lượng tại chỗ kịp "
              "thời báo cháy, sử dụng bình chữa cháy xách tay dập lửa, hướng dẫn người dân thoát nạn trước khi lực "
              "lượng chuyên nghiệp có mặt."),
            P("Qua buổi diễn tập nhằm nâng cao kỹ năng xử lý tình huống của lực lượng phòng cháy tại chỗ, tiểu "
              "thương và người dân; đồng thời kiểm tra khả năng phối hợp giữa các lực lượng khi có cháy, nổ xảy ra."),
        ],
        byline=("source", "Công an huyện Châu Phú"),
        opts=dict(theme="bartik", host="olongvy.chauphu.angiang.gov.vn", site="UBND xã Ô Long Vỹ", xa="Ô Long Vỹ",
                  huyen="huyện Châu Phú",
                  node=456, cms_author="admin", rdf=True),
    ),
    Article(
        key="myduc-tong-ket-vu-thu-dong",
        title="Mỹ Đức tổng kết sản xuất vụ Thu Đông 2024, triển khai kế hoạch vụ Đông Xuân 2024 - 2025",
        category="Kinh tế",
        when=D(2024, 12, 20, 13, 30, 0),
        blocks=[
            P("Chiều 20/12/2024, UBND xã Mỹ Đức tổ chức hội nghị tổng kết sản xuất vụ Thu Đông 2024 và triển khai "
              "kế hoạch sản xuất vụ Đông Xuân 2024 - 2025."),
            P("Vụ Thu Đông 2024, toàn xã xuống giống 1.620 ha lúa, đạt 101% kế hoạch; năng suất bình quân 6,4 "
              "tấn/ha; giá lúa tươi tại ruộng dao động từ 7.200 đến 8.100 đồng/kg, nông dân có lãi từ 18 đến 22 "
              "triệu đồng/ha."),
            IMG("hoi nghi tong ket thu dong.JPG", "Hội nghị tổng kết vụ Thu Đông", "Quang cảnh hội nghị", "figure"),
            P("Lịch xuống giống vụ Đông Xuân 2024 - 2025 được chia thành 2 đợt:"),
            TABLE(("Đợt", "Thời gian xuống giống", "Diện tích (ha)"),
                  ("Đợt 1", "Từ 25/11 đến 05/12/2024", "950"),
                  ("Đợt 2", "Từ 06/12 đến 20/12/2024", "680")),
            P("Hội nghị đề nghị bà con sử dụng giống lúa xác nhận, xuống giống đồng loạt, né rầy theo khuyến cáo "
              "của ngành nông nghiệp; các hợp tác xã chủ động ký kết hợp đồng tiêu thụ lúa với doanh nghiệp ngay "
              "từ đầu vụ."),
        ],
        opts=dict(theme="bartik", host="myduc.chauphu.angiang.gov.vn", site="UBND xã Mỹ Đức", xa="Mỹ Đức",
                  huyen="huyện Châu Phú",
                  node=1130, cms_author="Nguyễn Thành Nhân", rdf=False),
    ),
    Article(
        key="hoabinh-hoi-thao-mung-xuan-2025",
        title="HÒA BÌNH SÔI NỔI HỘI THAO MỪNG XUÂN ẤT TỴ 2025",
        category="Văn hóa - Thể thao",
        when=D(2025, 1, 18, 10, 5, 0),
        blocks=[
            P("Nhằm tạo không khí vui tươi, phấn khởi chào đón Tết Nguyên đán Ất Tỵ 2025, từ ngày 15 đến "
              "18/01/2025, UBND xã Hòa Bình tổ chức Hội thao mừng Đảng - mừng Xuân với sự tham gia của hơn 300 vận "
              "động viên đến từ 5 ấp và các cơ quan, trường học."),
            P("Hội thao gồm các môn: bóng đá nam, bóng chuyền hơi nữ, kéo co, đẩy gậy, cờ tướng và chạy việt dã. "
              "Kết quả, ấp Hòa Thuận giành giải nhất toàn đoàn, ấp Hòa Long giải nhì, ấp Hòa Hưng giải ba."),
        ],
        byline=("name", "Thanh Tâm"),
        opts=dict(theme="olivero", host="hoabinh.chomoi.angiang.gov.vn", site="Xã Hòa Bình", xa="Hòa Bình",
                  huyen="huyện Chợ Mới",
                  node=611, cms_author="Ban Biên tập", time_tag=False),
    ),
]

# ---------------------------------------------------------------------------------------------
# wordpress: classic themes (.entry-content), block themes (.wp-block-post-content), Elementor
# ---------------------------------------------------------------------------------------------
WORDPRESS = [
    Article(
        key="wp-vinhthanhtrung-to-phu-nu-tiet-kiem",
        title="Hội LHPN xã Vĩnh Thạnh Trung ra mắt mô hình “Tổ phụ nữ tiết kiệm”",
        category="Hoạt động cơ sở",
        when=D(2024, 3, 22, 10, 15, 0),
        featured=("to-phu-nu-tiet-kiem.jpg", "Ra mắt Tổ phụ nữ tiết kiệm"),
        blocks=[
            P("Ngày 20/3/2024, Hội Liên hiệp Phụ nữ xã Vĩnh Thạnh Trung (huyện Châu Phú) tổ chức ra mắt mô hình "
              "“Tổ phụ nữ tiết kiệm” tại ấp Vĩnh Thành với 25 thành viên tham gia."),
            P("Theo quy chế, mỗi thành viên góp 200.000 đồng/tháng; số tiền tiết kiệm được cho các thành viên khó "
              "khăn vay luân phiên không lãi suất để đầu tư chăn nuôi, mua bán nhỏ. Tổ sinh hoạt định kỳ vào ngày "
              "15 hằng tháng, lồng ghép tuyên truyền kiến thức pháp luật, chăm sóc sức khỏe sinh sản và nuôi dạy "
              "con."),
            P("Phát biểu tại buổi ra mắt, đại diện Hội LHPN huyện Châu Phú mong muốn mô hình sẽ được nhân rộng ra "
              "các ấp khác, góp phần giúp hội viên phụ nữ nghèo có vốn phát triển kinh tế gia đình, giảm nghèo bền "
              "vững."),
        ],
        opts=dict(variant="classic", host="hoilhpn.angiang.gov.vn", site="Hội Liên hiệp Phụ nữ tỉnh An Giang",
                  cms_author="Hội LHPN tỉnh", slug="hoi-lhpn-xa-vinh-thanh-trung-ra-mat-mo-hinh-to-phu-nu-tiet-kiem",
                  post_id=4821, sharedaddy=True, post_views=True, modified=D(2024, 3, 25, 8, 2, 0)),
    ),
    Article(
        key="wp-tanan-cat-dien",
        title="Thông báo tạm ngừng cung cấp điện khu vực ấp Tân Thạnh, Tân Hòa",
        category="Thông báo",
        when=D(2024, 7, 2, 16, 45, 0),
        blocks=[
            P("Điện lực Tân Châu thông báo tạm ngừng cung cấp điện để bảo trì, sửa chữa lưới điện, cụ thể như sau:"),
            TABLE(("Thời gian", "Khu vực mất điện"),
                  ("Từ 07h30 đến 11h30 ngày 05/7/2024", "Một phần ấp Tân Thạnh (từ cầu Tân Thạnh đến chùa Phước Long)"),
                  ("Từ 13h00 đến 16h30 ngày 05/7/2024", "Toàn bộ ấp Tân Hòa và khu dân cư vượt lũ Tân An")),
            P("Trong thời gian trên, nếu công việc hoàn tất sớm, Điện lực sẽ đóng điện trở lại mà không báo trước. "
              "Đề nghị bà con chủ động sắp xếp công việc, không đến gần đường dây, thiết bị điện trong thời gian "
              "thi công."),
            P("Mọi thông tin chi tiết xin liên hệ Tổng đài chăm sóc khách hàng 19001006 hoặc 19009000."),
        ],
        opts=dict(variant="classic", host="tanan.tanchau.angiang.gov.vn", site="UBND xã Tân An", cms_author="admin",
                  slug="thong-bao-tam-ngung-cung-cap-dien-khu-vuc-ap-tan-thanh-tan-hoa", post_id=311, sharedaddy=False,
                  post_views=True, theme="colormag"),
    ),
    Article(
        key="wp-longgiang-hoc-bong",
        title="Trao 50 suất học bổng “Tiếp bước đến trường” cho học sinh nghèo vượt khó",
        category="Giáo dục",
        when=D(2023, 9, 4, 8, 0, 0),
        blocks=[
            P("Nhân dịp khai giảng năm học mới 2023 - 2024, sáng ngày 04/9/2023, Ủy ban MTTQ Việt Nam xã Long "
              "Giang phối hợp với Hội Khuyến học xã trao 50 suất học bổng “Tiếp bước đến trường” cho học sinh "
              "nghèo vượt khó học giỏi."),
            IMG("trao-hoc-bong-long-giang.jpg", "Trao học bổng cho học sinh",
                "Đại biểu trao học bổng cho các em học sinh", "figure"),
            P("Mỗi suất học bổng gồm 1.000.000 đồng tiền mặt, 01 bộ sách giáo khoa và 20 quyển tập; tổng trị giá "
              "hơn 70 triệu đồng do các mạnh thường quân, doanh nghiệp trong và ngoài xã đóng góp."),
            P("Dịp này, Hội Khuyến học xã cũng tặng 15 chiếc xe đạp cho các em học sinh ở xa trường, có hoàn cảnh "
              "đặc biệt khó khăn."),
        ],
        byline=("name", "Hồng Nhung"),
        opts=dict(variant="classic", host="longgiang.chomoi.angiang.gov.vn", site="Xã Long Giang", cms_author="quantri",
                  slug="trao-50-suat-hoc-bong-tiep-buoc-den-truong", post_id=1207, sharedaddy=True, post_views=False,
                  theme="twentysixteen"),
    ),
    Article(
        key="wp-binhhoa-bhyt-hoc-sinh",
        title="Vận động học sinh tham gia bảo hiểm y tế năm học 2024 - 2025",
        category="Y tế - Giáo dục",
        when=D(2024, 9, 12, 9, 20, 0),
        blocks=[
            P("Để bảo đảm quyền lợi khám, chữa bệnh cho học sinh, UBND xã Bình Hòa đề nghị phụ huynh quan tâm tham "
              "gia bảo hiểm y tế (BHYT) học sinh năm học 2024 - 2025 theo quy định của Luật Bảo hiểm y tế."),
            H("Mức đóng BHYT học sinh"),
            P("Mức đóng bằng 4,5% mức lương cơ sở, trong đó ngân sách nhà nước hỗ trợ 30%, học sinh đóng 70%. Với "
              "mức lương cơ sở 2.340.000 đồng, mỗi học sinh đóng 884.520 đồng/12 tháng."),
            H("Quyền lợi khi tham gia"),
            UL("Được khám, chữa bệnh đúng tuyến và hưởng 80% chi phí trong phạm vi quyền lợi;",
               "Được chăm sóc sức khỏe ban đầu tại phòng y tế trường học;",
               "Được thanh toán chi phí khi điều trị các bệnh có chi phí lớn, kéo dài."),
            P("Phụ huynh có thể đăng ký tham gia tại nhà trường hoặc Bưu điện xã Bình Hòa trước ngày 30/9/2024."),
        ],
        opts=dict(variant="block", host="binhhoa.chauthanh.angiang.gov.vn", site="Xã Bình Hòa",
                  cms_author="Văn phòng UBND xã",
                  slug="van-dong-hoc-sinh-tham-gia-bao-hiem-y-te-nam-hoc-2024-2025", post_id=2290),
    ),
    Article(
        key="wp-vinhloi-phong-chong-lu",
        title="Vĩnh Lợi chủ động phương án phòng, chống thiên tai mùa lũ năm 2024",
        category="Tin tức",
        when=D(2024, 8, 19, 15, 30, 0),
        featured=("phong-chong-lu-vinh-loi.jpg", "Gia cố đê bao"),
        blocks=[
            P("Trước dự báo mực nước lũ năm 2024 trên sông Hậu có thể đạt mức báo động I, Ban Chỉ huy Phòng, chống "
              "thiên tai và Tìm kiếm cứu nạn xã Vĩnh Lợi đã kiểm tra toàn bộ 18 km đê bao, cống đập trên địa bàn."),
            P("Xã thành lập 4 đội xung kích với 120 thành viên, chuẩn bị 2.000 bao cát, 500 cây tràm, 2 xuồng máy "
              "và phao cứu sinh; lập danh sách 36 hộ ở khu vực ven sông có nguy cơ sạt lở để di dời khi cần thiết."),
            IMG("gia-co-de-bao.jpg", "Gia cố đê bao ấp Vĩnh Phước",
                "Lực lượng xung kích gia cố đoạn đê bao xung yếu tại ấp Vĩnh Phước", "figure"),
            P("Lãnh đạo xã yêu cầu các ấp tổ chức trực 24/24 giờ trong thời gian lũ lên, thường xuyên kiểm tra "
              "điểm giữ trẻ mùa lũ, không để xảy ra trường hợp trẻ em đuối nước."),
        ],
        opts=dict(variant="block", host="vinhloi.chauthanh.angiang.gov.vn", site="UBND xã Vĩnh Lợi",
                  cms_author="Ban biên tập",
                  slug="vinh-loi-chu-dong-phuong-an-phong-chong-thien-tai-mua-lu-nam-2024", post_id=978),
    ),
    Article(
        key="wp-hoabinhthanh-hop-tac-xa",
        title="Hợp tác xã nông nghiệp Hòa Bình Thạnh ký kết tiêu thụ 500 ha lúa",
        category="Kinh tế",
        when=D(2025, 3, 3, 10, 0, 0),
        blocks=[
            P("Ngày 03/3/2025, Hợp tác xã nông nghiệp Hòa Bình Thạnh (huyện Châu Thành) ký kết hợp đồng bao tiêu "
              "500 ha lúa vụ Hè Thu 2025 với một doanh nghiệp xuất khẩu gạo trên địa bàn tỉnh."),
            P("Theo hợp đồng, doanh nghiệp cung ứng giống lúa Đài Thơm 8 và vật tư đầu vào theo hình thức trả "
              "chậm, thu mua lúa tươi cao hơn giá thị trường 200 đồng/kg. Hợp tác xã chịu trách nhiệm hướng dẫn "
              "thành viên sản xuất theo quy trình, ghi chép nhật ký đồng ruộng."),
            QUOTE("“Có hợp đồng bao tiêu, bà con yên tâm sản xuất, không còn cảnh bị thương lái ép giá lúc thu "
                  "hoạch rộ”, ông Trần Văn Lực, Giám đốc Hợp tác xã chia sẻ."),
        ],
        byline=("source", "Đài Phát thanh - Truyền hình An Giang"),
        opts=dict(variant="block", host="hoabinhthanh.chauthanh.angiang.gov.vn", site="Xã Hòa Bình Thạnh",
                  cms_author="admin",
                  slug="hop-tac-xa-nong-nghiep-hoa-binh-thanh-ky-ket-tieu-thu-500-ha-lua", post_id=3340),
    ),
    Article(
        key="wp-elementor-hoilhpn-phong-chong-bao-luc",
        title="Truyền thông phòng, chống bạo lực gia đình cho hội viên phụ nữ xã Nhơn Hội",
        category="Tin hoạt động",
        when=D(2024, 11, 22, 14, 10, 0),
        featured=("truyen-thong-nhon-hoi.jpg", "Truyền thông phòng chống bạo lực gia đình"),
        blocks=[
            P("Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm "
              "2024, chiều ngày 21/11/2024, Hội LHPN huyện An Phú phối hợp Hội LHPN xã Nhơn Hội tổ chức buổi "
              "truyền thông cho hơn 100 hội viên phụ nữ."),
            P("Tại buổi truyền thông, báo cáo viên đã thông tin những điểm mới của Luật Phòng, chống bạo lực gia "
              "đình năm 2022; các hình thức bạo lực gia đình thường gặp như bạo lực thể chất, tinh thần, kinh tế, "
              "tình dục và kỹ năng ứng phó, địa chỉ tin cậy ở cộng đồng để hỗ trợ nạn nhân."),
            P("Chị em còn được tham gia trò chơi hỏi đáp, xem tiểu phẩm “Nhà là nơi bình yên” do câu lạc bộ phụ nữ "
              "ấp Hà Bao biểu diễn."),
        ],
        opts=dict(variant="elementor", host="hoilhpn.angiang.gov.vn", site="Hội Liên hiệp Phụ nữ tỉnh An Giang",
                  cms_author="Ban Tuyên giáo",
                  slug="truyen-thong-phong-chong-bao-luc-gia-dinh-cho-hoi-vien-phu-nu-xa-nhon-hoi", post_id=5102),
    ),
    Article(
        key="wp-elementor-hoilhpn-ngay-phu-nu-viet-nam",
        title="Họp mặt kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        category="Tin hoạt động",
        when=D(2024, 10, 18, 9, 0, 0),
        blocks=[
            P("Sáng 18/10/2024, Hội LHPN xã Khánh Bình tổ chức họp mặt kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp "
              "Phụ nữ Việt Nam (20/10/1930 - 20/10/2024) và tuyên dương phụ nữ tiêu biểu."),
            P("Năm qua, các cấp hội trong xã đã vận động hội viên giúp nhau 215 ngày công lao động, cho vay vốn "
              "không lãi 320 triệu đồng; thành lập mới 2 tổ hợp tác do phụ nữ làm chủ; hỗ trợ xây dựng 3 căn “Mái "
              "ấm tình thương” cho hội viên nghèo."),
            IMG("hop-mat-20-10-khanh-binh.jpg", "Tuyên dương phụ nữ tiêu biểu", None, "none"),
            P("Dịp này, Hội LHPN xã tuyên dương 20 phụ nữ tiêu biểu trong lao động, sản xuất, học tập và xây dựng "
              "gia đình hạnh phúc."),
        ],
        byline=("name", "Kim Ngân"),
        opts=dict(variant="elementor", host="hoilhpn.angiang.gov.vn", site="Hội Liên hiệp Phụ nữ tỉnh An Giang",
                  cms_author="Hội LHPN tỉnh",
                  slug="hop-mat-ky-niem-94-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam", post_id=5011),
    ),
    Article(
        key="wp-elementor-vinhxuong-gioi-thieu",
        title="Giới thiệu xã Vĩnh Xương",
        category=None,
        when=None,
        kind="page",
        blocks=[
            P("Xã Vĩnh Xương là xã biên giới thuộc thị xã Tân Châu, tỉnh An Giang, có đường biên giới giáp Vương "
              "quốc Campuchia dài 6,5 km. Xã có 4 ấp với khoảng 3.600 hộ, 14.200 nhân khẩu."),
            P("Vĩnh Xương nằm ở đầu nguồn sông Tiền, nơi dòng Mê Kông chảy vào lãnh thổ Việt Nam. Người dân chủ "
              "yếu sống bằng nghề trồng lúa, nuôi cá bè, đánh bắt thủy sản và buôn bán qua cửa khẩu."),
            UL("Diện tích tự nhiên: 2.136 ha;", "Số ấp: 4 (Vĩnh Thạnh, Vĩnh Lợi, Vĩnh Trung, Vĩnh Hòa);",
               "Trụ sở UBND xã: ấp Vĩnh Trung."),
        ],
        opts=dict(variant="elementor", host="vinhxuong.tanchau.angiang.gov.vn", site="Xã Vĩnh Xương", cms_author=None,
                  slug="gioi-thieu", post_id=12),
    ),
]

# ---------------------------------------------------------------------------------------------
# nukeviet: NukeViet 4 news module portals
# ---------------------------------------------------------------------------------------------
NUKEVIET = [
    Article(
        key="nv-tanlap-ky-hop-hdnd",
        title="HĐND xã Tân Lập tổ chức kỳ họp thứ mười, khóa XIII",
        category="Hoạt động HĐND",
        when=D(2024, 7, 12, 10, 15, 0),
        lead="Ngày 11/7/2024, HĐND xã Tân Lập khóa XIII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ mười (kỳ họp "
             "thường lệ giữa năm 2024) nhằm đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, triển khai nhiệm "
             "vụ 6 tháng cuối năm.",
        featured=("ky-hop-hdnd-tan-lap.jpg", "Kỳ họp thứ mười HĐND xã Tân Lập"),
        blocks=[
            P("Dự kỳ họp có đại diện Thường trực HĐND huyện Đồng Phú; các đồng chí trong Ban Thường vụ Đảng ủy, 25 "
              "đại biểu HĐND xã và đại diện các ban, ngành, đoàn thể, trưởng các ấp."),
            P("Theo báo cáo của UBND xã, 6 tháng đầu năm 2024, tổng thu ngân sách trên địa bàn đạt 3,8 tỷ đồng, "
              "bằng 61% dự toán; diện tích cây cao su, điều được duy trì ổn định; an ninh chính trị, trật tự an "
              "toàn xã hội được giữ vững. Tuy nhiên, giá nông sản không ổn định, việc giải ngân vốn đầu tư công "
              "còn chậm."),
            IMG("dai-bieu-thao-luan.jpg", "Đại biểu thảo luận tại kỳ họp", "Đại biểu HĐND xã thảo luận tại kỳ họp",
                "figure"),
            P("Tại kỳ họp, các đại biểu đã tập trung thảo luận, chất vấn các nội dung cử tri quan tâm như: tiến độ "
              "nâng cấp đường liên ấp 3 - ấp 5, xử lý rác thải sinh hoạt, cấp giấy chứng nhận quyền sử dụng đất. "
              "Kỳ họp đã biểu quyết thông qua 04 nghị quyết quan trọng."),
        ],
        opts=dict(variant="default", host="tanlap.dongphu.binhphuoc.gov.vn", site="Cổng thông tin điện tử xã Tân Lập",
                  xa="Tân Lập", huyen="huyện Đồng Phú", tinh="tỉnh Bình Phước", cat_slug="hoat-dong-hdnd", nid=312,
                  cms_author="Thu Hà", source=None),
    ),
    Article(
        key="nv-quangthanh-phong-chong-dich-ta-lon",
        title="Xã Quảng Thạch tăng cường phòng, chống bệnh dịch tả lợn châu Phi",
        category="Nông nghiệp",
        when=D(2024, 8, 27, 15, 40, 0),
        lead="Trước diễn biến phức tạp của bệnh dịch tả lợn châu Phi trên địa bàn tỉnh, UBND xã Quảng Thạch đã "
             "triển khai nhiều biện pháp cấp bách nhằm ngăn chặn dịch bệnh xâm nhiễm vào địa bàn.",
        blocks=[
            P("Hiện toàn xã có 215 hộ chăn nuôi lợn với tổng đàn khoảng 2.300 con. UBND xã đã thành lập 02 chốt "
              "kiểm dịch tạm thời tại cầu Trung Thuần và ngã ba Thạch Bàn, kiểm soát chặt chẽ việc vận chuyển lợn, "
              "sản phẩm từ lợn ra vào địa bàn."),
            P("Các biện pháp cụ thể gồm:"),
            UL("Phun thuốc khử trùng, tiêu độc môi trường chăn nuôi 2 lần/tuần, rắc vôi bột tại các lối ra vào "
               "chuồng trại;",
               "Không mua bán, vận chuyển lợn không rõ nguồn gốc, không sử dụng thức ăn thừa chưa qua xử lý nhiệt;",
               "Báo ngay cho thú y viên hoặc UBND xã khi phát hiện lợn ốm, chết bất thường."),
            P("UBND xã đề nghị người chăn nuôi tuyệt đối không giấu dịch, không vứt xác lợn chết ra môi trường; "
              "trường hợp vi phạm sẽ bị xử lý theo quy định của pháp luật."),
        ],
        opts=dict(variant="default", host="quangthach.quangtrach.quangbinh.gov.vn", site="UBND xã Quảng Thạch",
                  xa="Quảng Thạch", huyen="huyện Quảng Trạch", tinh="tỉnh Quảng Bình", cat_slug="nong-nghiep", nid=1045,
                  cms_author="Lê Hoàng", source="Trạm Chăn nuôi và Thú y huyện"),
    ),
    Article(
        key="nv-hoangdong-le-ra-quan-huan-luyen",
        title="Lễ ra quân huấn luyện dân quân năm 2025",
        category="Quốc phòng - An ninh",
        when=D(2025, 3, 10, 7, 30, 0),
        blocks=[
            P("Sáng ngày 10/3/2025, Ban Chỉ huy Quân sự xã Hoàng Đông tổ chức Lễ ra quân huấn luyện dân quân năm "
              "2025. Tham gia huấn luyện có 68 đồng chí dân quân cơ động, dân quân tại chỗ và dân quân binh chủng."),
            P("Năm 2025, lực lượng dân quân xã được huấn luyện các nội dung về chính trị, điều lệnh, kỹ thuật "
              "chiến đấu bộ binh, chiến thuật và các bài bắn súng tiểu liên AK; thời gian huấn luyện từ 12 đến 15 "
              "ngày theo từng đối tượng."),
            P("Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND xã yêu cầu cán bộ, chiến sĩ dân quân phát huy tinh "
              "thần trách nhiệm, chấp hành nghiêm kỷ luật, bảo đảm an toàn tuyệt đối về người và vũ khí, trang bị "
              "trong quá trình huấn luyện."),
        ],
        byline=("name", "Nguyễn Văn Thắng"),
        opts=dict(variant="egov", host="hoangdong.duytien.hanam.gov.vn", site="Cổng thông tin điện tử xã Hoàng Đông",
                  xa="Hoàng Đông", huyen="thị xã Duy Tiên", tinh="tỉnh Hà Nam", cat_slug="quoc-phong-an-ninh", nid=88,
                  cms_author=None, source=None),
    ),
    Article(
        key="nv-namphong-tiem-vac-xin",
        title="Triển khai tiêm vắc xin phòng bệnh dại cho chó, mèo đợt 1 năm 2024",
        category="Thông báo",
        when=D(2024, 4, 1, 8, 5, 0),
        lead="Thực hiện Kế hoạch của UBND huyện về phòng, chống bệnh dại trên động vật năm 2024, UBND xã Nam Phong "
             "thông báo lịch tiêm phòng vắc xin dại cho chó, mèo đợt 1 như sau:",
        blocks=[
            TABLE(("Ngày", "Địa điểm", "Thời gian"),
                  ("03/4/2024", "Nhà văn hóa xóm 1, xóm 2", "7h00 - 10h30"),
                  ("04/4/2024", "Nhà văn hóa xóm 3, xóm 4", "7h00 - 10h30"),
                  ("05/4/2024", "Nhà văn hóa xóm 5 và tiêm bổ sung", "7h00 - 11h00")),
            P("Mức thu: 35.000 đồng/con (bao gồm vắc xin, công tiêm và vật tư tiêu hao). Chủ vật nuôi phải rọ mõm "
              "hoặc xích, buộc chó, mèo và mang theo sổ theo dõi tiêm phòng (nếu có)."),
            P("Đề nghị các hộ gia đình nuôi chó, mèo chấp hành nghiêm việc tiêm phòng; sau thời gian trên, hộ nào "
              "không tiêm sẽ bị xử lý theo Nghị định số 90/2017/NĐ-CP của Chính phủ."),
        ],
        opts=dict(variant="default", host="namphong.namdinh.gov.vn", site="UBND xã Nam Phong", xa="Nam Phong",
                  huyen="thành phố Nam Định", tinh="tỉnh Nam Định", cat_slug="thong-bao", nid=577, cms_author=None,
                  source=None),
    ),
    Article(
        key="nv-xuanlai-dai-hoi-chi-bo",
        title="Đại hội điểm Chi bộ thôn Xuân Lai nhiệm kỳ 2025 - 2027",
        category="Xây dựng Đảng",
        when=D(2025, 4, 20, 9, 0, 0),
        lead="Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
             "toàn quốc lần thứ XIV của Đảng, ngày 19/4/2025, Chi bộ thôn Xuân Lai tổ chức Đại hội điểm nhiệm kỳ "
             "2025 - 2027.",
        featured=("dai-hoi-chi-bo-xuan-lai.jpg", "Đại hội Chi bộ thôn Xuân Lai"),
        blocks=[
            P("Nhiệm kỳ 2022 - 2025, Chi bộ thôn Xuân Lai đã lãnh đạo Nhân dân hoàn thành và vượt 11/12 chỉ tiêu "
              "nghị quyết đề ra; thu nhập bình quân đầu người đạt 62 triệu đồng/năm; 100% tuyến đường thôn, ngõ "
              "xóm được bê tông hóa; thôn được công nhận khu dân cư kiểu mẫu."),
            P("Đại hội đã thảo luận, thống nhất mục tiêu nhiệm kỳ 2025 - 2027 với 10 chỉ tiêu chủ yếu, trong đó "
              "phấn đấu thu nhập bình quân đầu người đến năm 2027 đạt 75 triệu đồng; kết nạp ít nhất 03 đảng viên "
              "mới."),
            P("Đại hội đã bầu Chi ủy khóa mới gồm 03 đồng chí; đồng chí Nguyễn Văn Tùng được bầu giữ chức Bí thư "
              "Chi bộ. Đại hội cũng bầu đại biểu đi dự Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030."),
        ],
        opts=dict(variant="egov", host="xuanlai.giabinh.bacninh.gov.vn", site="Cổng thông tin điện tử xã Xuân Lai",
                  xa="Xuân Lai", huyen="huyện Gia Bình", tinh="tỉnh Bắc Ninh", cat_slug="xay-dung-dang", nid=1410,
                  cms_author="Bích Ngọc", source="Đảng ủy xã Xuân Lai"),
    ),
    Article(
        key="nv-tanthanh-cuu-tro-lu",
        title="TÂN THÀNH TIẾP NHẬN HÀNG CỨU TRỢ HỖ TRỢ NGƯỜI DÂN BỊ ẢNH HƯỞNG BỞI BÃO SỐ 3",
        category="Tin tức - Sự kiện",
        when=D(2024, 9, 14, 17, 20, 0),
        blocks=[
            P("Chiều ngày 14/9/2024, UBND xã Tân Thành tiếp nhận 500 suất quà cứu trợ từ Ủy ban MTTQ Việt Nam tỉnh "
              "Lâm Đồng để hỗ trợ người dân bị thiệt hại do ảnh hưởng của bão số 3 (bão Yagi)."),
            IMG("tiep-nhan-cuu-tro.jpg", "tiep-nhan-cuu-tro",
                "Ảnh: Lực lượng dân quân bốc dỡ hàng cứu trợ tại trụ sở UBND xã", "anh"),
            P("Mỗi suất quà gồm 20 kg gạo, 01 thùng mì tôm, nước uống, sữa và các nhu yếu phẩm thiết yếu. Ngay "
              "trong tối cùng ngày, Ủy ban MTTQ Việt Nam xã đã phối hợp các thôn tổ chức cấp phát đến tận tay các "
              "hộ dân bị ngập lụt, tốc mái nhà."),
            P("Theo thống kê, bão số 3 đã làm 126 ngôi nhà trên địa bàn xã bị tốc mái, hư hỏng; hơn 80 ha lúa, hoa "
              "màu bị ngập úng. Hiện xã đang huy động lực lượng giúp người dân khắc phục hậu quả, sớm ổn định cuộc "
              "sống."),
        ],
        opts=dict(variant="custom", host="tanthanh.hamyen.tuyenquang.gov.vn",
                  site="Trang thông tin điện tử xã Tân Thành",
                  xa="Tân Thành", huyen="huyện Hàm Yên", tinh="tỉnh Tuyên Quang", cat_slug="tin-tuc-su-kien", nid=2033,
                  cms_author="Hoàng Minh Tuấn", source=None),
    ),
    Article(
        key="nv-phuoctan-cai-cach-hanh-chinh",
        title="Phước Tân nâng cao chỉ số hài lòng của người dân trong giải quyết thủ tục hành chính",
        category="Cải cách hành chính",
        when=D(2023, 12, 5, 14, 0, 0),
        lead="Năm 2023, Bộ phận Tiếp nhận và Trả kết quả xã Phước Tân đã tiếp nhận và giải quyết 4.215 hồ sơ thủ "
             "tục hành chính, trong đó 99,6% hồ sơ được giải quyết đúng và trước hạn.",
        blocks=[
            P("Để đạt kết quả trên, UBND xã đã bố trí công chức có năng lực, tinh thần trách nhiệm làm việc tại Bộ "
              "phận Một cửa; niêm yết công khai đầy đủ 128 thủ tục hành chính thuộc thẩm quyền giải quyết cấp xã; "
              "lắp đặt hệ thống máy tính, wifi miễn phí hỗ trợ người dân nộp hồ sơ trực tuyến."),
            P("Đặc biệt, xã duy trì hiệu quả mô hình “Thứ bảy vì dân”: Bộ phận Một cửa làm việc vào sáng thứ bảy "
              "hằng tuần để giải quyết các thủ tục chứng thực, hộ tịch cho người lao động không có điều kiện đến "
              "trong giờ hành chính."),
            P("Kết quả khảo sát cuối năm cho thấy 98,7% người dân hài lòng với thái độ phục vụ của cán bộ, công "
              "chức; không có hồ sơ bị phản ánh, kiến nghị."),
        ],
        byline=("source", "Văn phòng HĐND - UBND xã"),
        opts=dict(variant="custom", host="phuoctan.xuyenmoc.baria-vungtau.gov.vn", site="UBND xã Phước Tân",
                  xa="Phước Tân", huyen="huyện Xuyên Mộc", tinh="tỉnh Bà Rịa - Vũng Tàu",
                  cat_slug="cai-cach-hanh-chinh",
                  nid=640, cms_author=None, source=None),
    ),
    Article(
        key="nv-tanlap-mo-hinh-nuoi-de",
        title="Hiệu quả từ mô hình nuôi dê sinh sản ở ấp 4",
        category="Nông nghiệp",
        when=D(2024, 10, 2, 9, 30, 0),
        lead="Mô hình nuôi dê sinh sản theo hướng an toàn sinh học của gia đình anh Điểu Lâm ở ấp 4, xã Tân Lập "
             "đang mang lại thu nhập ổn định, mở ra hướng thoát nghèo cho đồng bào dân tộc thiểu số.",
        blocks=[
            P("Năm 2021, từ nguồn vốn hỗ trợ của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng "
              "đồng bào dân tộc thiểu số, anh Điểu Lâm được hỗ trợ 5 con dê giống. Nhờ chịu khó học hỏi kỹ thuật, "
              "làm chuồng sàn cao ráo, trồng cỏ VA06 làm thức ăn, đến nay đàn dê của gia đình anh đã tăng lên 42 "
              "con."),
            P("“Nuôi dê ít bệnh, thức ăn sẵn có, mỗi năm tôi bán được khoảng 20 con dê thịt và dê giống, thu về "
              "gần 60 triệu đồng”, anh Lâm phấn khởi cho biết."),
            IMG("mo-hinh-nuoi-de.jpg", "Mô hình nuôi dê", "Chuồng dê của gia đình anh Điểu Lâm", "figure"),
            P("Thời gian tới, Hội Nông dân xã sẽ phối hợp với Trạm Khuyến nông tổ chức tham quan, nhân rộng mô "
              "hình cho các hộ đồng bào ở ấp 4 và ấp 6."),
        ],
        opts=dict(variant="default", host="tanlap.dongphu.binhphuoc.gov.vn", site="Cổng thông tin điện tử xã Tân Lập",
                  xa="Tân Lập", huyen="huyện Đồng Phú", tinh="tỉnh Bình Phước", cat_slug="nong-nghiep", nid=355,
                  cms_author="Thu Hà", source="Hội Nông dân xã"),
    ),
    Article(
        key="nv-hoangdong-thu-thue-dat",
        title="Thông báo về việc nộp thuế sử dụng đất phi nông nghiệp năm 2024",
        category="Thông báo",
        when=D(2024, 6, 3, 0, 0, 0),
        blocks=[
            P("UBND xã Hoàng Đông thông báo đến các hộ gia đình, cá nhân đang sử dụng đất ở trên địa bàn xã về "
              "việc nộp thuế sử dụng đất phi nông nghiệp năm 2024 như sau:"),
            P("- Thời hạn nộp: trước ngày 31/10/2024."),
            P("- Địa điểm nộp: tại nhà văn hóa các thôn theo lịch thu của ủy nhiệm thu, hoặc nộp trực tuyến qua "
              "ứng dụng eTax Mobile, Cổng Dịch vụ công quốc gia."),
            P("- Quá thời hạn trên, người nộp thuế phải nộp tiền chậm nộp theo quy định của Luật Quản lý thuế."),
            P("Đề nghị trưởng các thôn thông báo rộng rãi để Nhân dân biết, thực hiện."),
        ],
        opts=dict(variant="egov", host="hoangdong.duytien.hanam.gov.vn", site="Cổng thông tin điện tử xã Hoàng Đông",
                  xa="Hoàng Đông", huyen="thị xã Duy Tiên", tinh="tỉnh Hà Nam", cat_slug="thong-bao", nid=61,
                  cms_author=None, source=None, date_only=True),
    ),
]

# ---------------------------------------------------------------------------------------------
# liferay: Liferay portals (asset publisher / web content display)
# ---------------------------------------------------------------------------------------------
LIFERAY = [
    Article(
        key="lr-myhiep-hoi-nghi-nguoi-co-uy-tin",
        title="Xã Mỹ Hiệp gặp mặt người có uy tín trong cộng đồng năm 2024",
        category="Tin hoạt động",
        when=D(2024, 3, 15, 10, 15, 0),
        lead="Sáng ngày 15/3/2024, UBND xã Mỹ Hiệp (huyện Cao Lãnh) tổ chức gặp mặt, đối thoại với người có uy tín "
             "trong cộng đồng năm 2024.",
        blocks=[
            P("Tham dự buổi gặp mặt có 35 đại biểu là chức sắc tôn giáo, trưởng tộc, già làng, cựu chiến binh, "
              "giáo viên nghỉ hưu và các hộ sản xuất giỏi trên địa bàn xã."),
            P("Tại buổi gặp mặt, lãnh đạo xã đã thông tin tình hình kinh tế - xã hội năm 2023, phương hướng nhiệm "
              "vụ năm 2024; ghi nhận nhiều ý kiến đóng góp của đại biểu về công tác giữ gìn an ninh trật tự, vệ "
              "sinh môi trường và nâng cấp tuyến đường đal liên ấp Mỹ Thới - Mỹ Thạnh."),
            P("Những người có uy tín đã phát huy tốt vai trò cầu nối giữa chính quyền với Nhân dân, vận động con "
              "cháu, bà con chấp hành tốt chủ trương, chính sách, pháp luật, góp phần xây dựng khối đại đoàn kết "
              "toàn dân tộc ở khu dân cư."),
        ],
        byline=("name", "Thanh Phong"),
        opts=dict(variant="lr62", host="dongthap.gov.vn", site_path="/web/xa-my-hiep", site="Xã Mỹ Hiệp",
                  xa="Mỹ Hiệp", huyen="huyện Cao Lãnh", asset_id="AbX7tQ2mLk9Z",
                  slug="xa-my-hiep-gap-mat-nguoi-co-uy-tin-trong-cong-ong-nam-2024",
                  date_fmt="dmy_hm", template="news-detail"),
    ),
    Article(
        key="lr-tanmy-phat-trien-sen",
        title="Tân Mỹ phát triển vùng trồng sen gắn với du lịch trải nghiệm",
        category="Kinh tế",
        when=D(2024, 6, 25, 0, 0, 0),
        lead="Tận dụng lợi thế vùng đất trũng, những năm gần đây nông dân xã Tân Mỹ (huyện Lấp Vò) đã chuyển đổi "
             "nhiều diện tích lúa kém hiệu quả sang trồng sen, kết hợp phát triển du lịch trải nghiệm.",
        featured=("dong-sen-tan-my.jpg", "Đồng sen Tân Mỹ"),
        blocks=[
            P("Toàn xã hiện có khoảng 85 ha sen, tập trung ở ấp Tân Thuận và Tân Hòa. Sen được trồng lấy gương, "
              "ngó và hạt; mỗi năm cho thu hoạch 3 - 4 đợt, lợi nhuận bình quân từ 60 đến 80 triệu đồng/ha, cao "
              "gấp đôi trồng lúa."),
            IMG("thu-hoach-sen.jpg", "Thu hoạch gương sen", "Nông dân ấp Tân Thuận thu hoạch gương sen", "figure"),
            P("Bên cạnh đó, một số hộ đã đầu tư lối đi bộ, chòi nghỉ, dịch vụ chụp ảnh, ẩm thực từ sen để đón "
              "khách tham quan. Dịp cuối tuần, mỗi điểm đón từ 200 đến 300 lượt khách."),
            P("UBND xã đang phối hợp với các ngành chức năng hướng dẫn nông dân thành lập tổ hợp tác trồng sen, "
              "xây dựng sản phẩm OCOP từ sen và kết nối tour du lịch với các điểm đến trong huyện."),
        ],
        opts=dict(variant="lr62", host="dongthap.gov.vn", site_path="/web/xa-tan-my", site="Xã Tân Mỹ",
                  xa="Tân Mỹ", huyen="huyện Lấp Vò", asset_id="Qw3eRt5yUi8O",
                  slug="tan-my-phat-trien-vung-trong-sen-gan-voi-du-lich-trai-nghiem",
                  date_fmt="dmy", template="news-detail", cms_author="Ngọc Hân"),
    ),
    Article(
        key="lr-binhthanh-bau-cu-truong-ap",
        title="Bình Thành tổ chức bầu cử Trưởng ấp nhiệm kỳ 2025 - 2027",
        category="Chính quyền",
        when=D(2025, 1, 8, 16, 5, 0),
        blocks=[
            P("Ngày 05/01/2025, 6/6 ấp của xã Bình Thành đã tổ chức thành công cuộc bầu cử Trưởng ấp nhiệm kỳ 2025 "
              "- 2027 với tỷ lệ cử tri đại diện hộ gia đình tham gia bỏ phiếu đạt 96,8%."),
            P("Kết quả, 06 Trưởng ấp được bầu với tỷ lệ phiếu bầu từ 78% đến 95%; trong đó có 02 Trưởng ấp là nữ, "
              "03 Trưởng ấp lần đầu giữ chức vụ, độ tuổi bình quân 45 tuổi."),
            P("Ngay sau bầu cử, UBND xã đã ban hành quyết định công nhận kết quả bầu cử và tổ chức tập huấn nghiệp "
              "vụ cho Trưởng ấp mới."),
        ],
        opts=dict(variant="lr7", host="dongthap.gov.vn", site_path="/web/xa-binh-thanh", site="Xã Bình Thành",
                  xa="Bình Thành", huyen="huyện Thanh Bình", asset_id="k2Lm4Np6Qr8S",
                  slug="binh-thanh-to-chuc-bau-cu-truong-ap-nhiem-ky-2025-2027",
                  date_fmt="label_dmy_hm", cms_author="Văn phòng UBND xã"),
    ),
    Article(
        key="lr-thanhbinh-khuyen-cao-xam-nhap-man",
        title="Khuyến cáo người dân chủ động ứng phó hạn hán, xâm nhập mặn mùa khô",
        category="Thông báo",
        when=D(2024, 2, 20, 9, 0, 0),
        blocks=[
            P("Theo dự báo của Đài Khí tượng Thủy văn tỉnh, mùa khô năm 2024 nguồn nước trên các sông chính thấp "
              "hơn trung bình nhiều năm; xâm nhập mặn có khả năng tác động đến một số vùng sản xuất ở hạ nguồn."),
            P("UBND xã khuyến cáo người dân:"),
            UL("Tích trữ nước ngọt phục vụ sinh hoạt, chăn nuôi; sử dụng nước tiết kiệm, hiệu quả;",
               "Theo dõi thông tin độ mặn trên hệ thống truyền thanh, chỉ lấy nước vào ruộng khi độ mặn dưới 1‰;",
               "Chuyển đổi cây trồng phù hợp, ưu tiên giống ngắn ngày, chịu hạn, chịu mặn."),
            P("Mọi khó khăn, vướng mắc phản ánh về Ban Chỉ huy Phòng, chống thiên tai xã để được hướng dẫn, hỗ trợ "
              "kịp thời."),
        ],
        opts=dict(variant="lr7", host="dongthap.gov.vn", site_path="/web/xa-thanh-binh", site="Xã Thanh Bình",
                  xa="Thanh Bình", huyen="huyện Thanh Bình", asset_id="Zx9Cv7Bn5Mm3",
                  slug="khuyen-cao-nguoi-dan-chu-dong-ung-pho-han-han-xam-nhap-man-mua-kho",
                  date_fmt="dmy"),
    ),
    Article(
        key="lr-myhiep-chuc-nang-nhiem-vu",
        title="Chức năng, nhiệm vụ của UBND xã Mỹ Hiệp",
        category=None,
        when=None,
        kind="page",
        blocks=[
            P("Ủy ban nhân dân xã do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan "
              "hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân xã "
              "và cơ quan hành chính nhà nước cấp trên."),
            P("Ủy ban nhân dân xã có các nhiệm vụ, quyền hạn chủ yếu sau:"),
            OL("Xây dựng, trình Hội đồng nhân dân xã quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện "
               "các nghị quyết của Hội đồng nhân dân xã;",
               "Tổ chức thực hiện ngân sách địa phương;",
               "Thực hiện các nhiệm vụ, quyền hạn do cơ quan hành chính nhà nước cấp trên phân cấp, ủy quyền."),
        ],
        opts=dict(variant="wcd", host="dongthap.gov.vn", site_path="/web/xa-my-hiep", site="Xã Mỹ Hiệp", xa="Mỹ Hiệp",
                  huyen="huyện Cao Lãnh", page_path="/gioi-thieu/chuc-nang-nhiem-vu"),
    ),
    Article(
        key="lr-tanmy-le-hoi-dua-ghe",
        title="SÔI NỔI GIẢI ĐUA GHE TRUYỀN THỐNG XÃ TÂN MỸ NĂM 2024",
        category="Văn hóa - Thể thao",
        when=D(2024, 9, 2, 15, 0, 0),
        blocks=[
            P("Nhân kỷ niệm 79 năm Cách mạng tháng Tám và Quốc khánh 2/9, chiều ngày 02/9/2024, UBND xã Tân Mỹ tổ "
              "chức Giải đua ghe truyền thống năm 2024 trên sông Sa Đéc, đoạn trước chợ Tân Mỹ."),
            P("Giải có 12 đội ghe tham gia ở 2 nội dung ghe 11 tay bơi nam và ghe 7 tay bơi nữ. Hai bên bờ sông, "
              "hàng ngàn người dân đến cổ vũ, tạo không khí vui tươi, phấn khởi."),
            P("Kết thúc giải, Ban Tổ chức trao giải nhất nội dung nam cho đội ghe ấp Tân Thạnh, giải nhất nội dung "
              "nữ cho đội ghe ấp Tân Hòa."),
        ],
        byline=("source", "Đài Truyền thanh huyện Lấp Vò"),
        opts=dict(variant="lr7", host="dongthap.gov.vn", site_path="/web/xa-tan-my", site="Xã Tân Mỹ", xa="Tân Mỹ",
                  huyen="huyện Lấp Vò", asset_id="Hj6Kl8Zx2Cv4",
                  slug="soi-noi-giai-ua-ghe-truyen-thong-xa-tan-my-nam-2024",
                  date_fmt="label_dmy_hm_upd", updated=D(2024, 9, 3, 8, 30, 0)),
    ),
    Article(
        key="lr-binhthanh-thong-bao-dat-dai",
        title="Thông báo công khai danh sách hộ đề nghị cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        category="Thông báo",
        when=D(2024, 11, 11, 14, 30, 0),
        lead="Ủy ban nhân dân xã Bình Thành thông báo công khai danh sách các trường hợp đủ điều kiện đề nghị cấp "
             "Giấy chứng nhận quyền sử dụng đất lần đầu (đợt 3 năm 2024).",
        blocks=[
            TABLE(("STT", "Họ và tên", "Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)"),
                  ("1", "Nguyễn Văn Hùng", "215", "12", "1.250,5"),
                  ("2", "Lê Thị Mai", "88", "07", "430,0"),
                  ("3", "Trần Văn Út", "301", "15", "2.015,8")),
            P("Thời gian công khai: 15 ngày kể từ ngày 11/11/2024. Trong thời gian công khai, tổ chức, cá nhân có "
              "ý kiến phản ánh, khiếu nại về nội dung công khai gửi về UBND xã (qua công chức Địa chính - Xây "
              "dựng) để được xem xét, giải quyết."),
            ATT("Tải danh sách đầy đủ:", "DS cong khai dot 3-2024.xlsx", "DS cong khai dot 3-2024.xlsx"),
        ],
        opts=dict(variant="lr62", host="dongthap.gov.vn", site_path="/web/xa-binh-thanh", site="Xã Bình Thành",
                  xa="Bình Thành",
                  huyen="huyện Thanh Bình", asset_id="Rt4Yu6Io8Pp0",
                  slug="thong-bao-cong-khai-danh-sach-ho-e-nghi-cap-giay-chung-nhan",
                  date_fmt="dmy_hm", template="plain"),
    ),
]

# ---------------------------------------------------------------------------------------------
# websphere: IBM WebSphere Portal + WCM (An Giang departments, MTTQ, city portal)
# ---------------------------------------------------------------------------------------------
WEBSPHERE = [
    Article(
        key="wps-mttq-vinh-te-ngay-hoi",
        title="Ủy ban MTTQ Việt Nam xã Vĩnh Tế trao nhà Đại đoàn kết cho hộ nghèo",
        category="Hoạt động Mặt trận cơ sở",
        when=D(2025, 1, 20, 11, 15, 0),
        lead="Ngày 20/01/2025, Ủy ban MTTQ Việt Nam xã Vĩnh Tế (thành phố Châu Đốc) tổ chức bàn giao 03 căn nhà "
             "Đại đoàn kết cho hộ nghèo có hoàn cảnh khó khăn về nhà ở.",
        blocks=[
            P("Mỗi căn nhà có diện tích 40 m², kết cấu khung cột bê tông, mái tôn, nền gạch men, tổng kinh phí xây "
              "dựng 60 triệu đồng/căn; trong đó Quỹ “Vì người nghèo” thành phố hỗ trợ 50 triệu đồng, phần còn lại "
              "do gia đình, dòng họ và bà con lối xóm đóng góp ngày công."),
            P("Bà Néang Sóc Kha, ấp Vĩnh Hòa xúc động chia sẻ: “Gia đình tôi ở căn chòi lá dột nát hơn 10 năm nay. "
              "Giờ có nhà mới kịp đón Tết, tôi cảm ơn Mặt trận và bà con nhiều lắm”."),
            P("Năm 2024, Ủy ban MTTQ Việt Nam xã Vĩnh Tế đã vận động xây dựng, sửa chữa 12 căn nhà Đại đoàn kết, "
              "góp phần thực hiện mục tiêu xóa nhà tạm, nhà dột nát trên địa bàn."),
        ],
        byline=("name", "Minh Khoa"),
        opts=dict(variant="wp8", host="ubmttqvn.angiang.gov.vn", site="Ủy ban MTTQ Việt Nam tỉnh An Giang",
                  path=("/wps/portal/Home/tin-tuc/tin-chi-tiet/hoat-dong-mttq-co-so/"
                        "uy-ban-mttq-viet-nam-xa-vinh-te-trao-nha-dai-doan-ket"),
                  date_fmt="hm_dmy"),
    ),
    Article(
        key="wps-snn-ca-tra-an-toan",
        title="Nâng cao chất lượng vùng nuôi cá tra an toàn dịch bệnh",
        category="Thủy sản",
        when=D(2025, 4, 14, 0, 0, 0),
        blocks=[
            P("Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh An Giang vừa phối hợp UBND các xã Vĩnh Hòa, Phú Thuận tổ "
              "chức tập huấn quy trình nuôi cá tra thương phẩm an toàn dịch bệnh cho 60 hộ nuôi."),
            P("Theo đó, người nuôi được hướng dẫn chọn con giống có nguồn gốc rõ ràng, đã qua kiểm dịch; quản lý "
              "môi trường ao nuôi; sử dụng kháng sinh đúng quy định và ghi chép nhật ký nuôi phục vụ truy xuất "
              "nguồn gốc. Cán bộ kỹ thuật cũng giới thiệu cách nhận biết sớm các bệnh thường gặp như gan thận mủ, "
              "xuất huyết, trắng da."),
            P("Toàn tỉnh hiện có khoảng 1.400 ha nuôi cá tra, sản lượng năm 2024 đạt hơn 540.000 tấn; trong đó 85% "
              "diện tích được chứng nhận VietGAP, ASC hoặc các tiêu chuẩn tương đương."),
        ],
        byline=("source", "Chi cục Chăn nuôi, Thú y và Thủy sản"),
        opts=dict(variant="wp8", host="sonongnghiep.angiang.gov.vn",
                  site="Sở Nông nghiệp và Môi trường tỉnh An Giang",
                  path="/wps/portal/Home/2018/home/tin-chi-tiet/thuy-san/nangcaochatluongvungnuoicatra",
                  date_fmt="dmy"),
    ),
    Article(
        key="wps-chaudoc-vinh-my-chinh-trang-do-thi",
        title="Phường Vĩnh Mỹ ra quân chỉnh trang đô thị, lập lại trật tự lòng lề đường",
        category="Tin phường, xã",
        when=D(2024, 10, 7, 8, 40, 0),
        lead="Sáng 07/10/2024, UBND phường Vĩnh Mỹ phối hợp Đội Quản lý trật tự đô thị thành phố Châu Đốc ra quân "
             "lập lại trật tự lòng, lề đường trên các tuyến đường Tôn Đức Thắng, Lê Lợi và khu vực chợ Vĩnh Mỹ.",
        featured=("ra-quan-chinh-trang.jpg", "Ra quân chỉnh trang đô thị"),
        blocks=[
            P("Lực lượng ra quân đã tuyên truyền, nhắc nhở 86 hộ kinh doanh không lấn chiếm vỉa hè, lòng đường để "
              "buôn bán; tháo dỡ 24 mái che, bảng hiệu quảng cáo sai quy định; tạm giữ nhiều vật dụng bày bán vượt "
              "quá phần vỉa hè cho phép."),
            P("Theo UBND phường, đợt ra quân kéo dài đến hết tháng 12/2024, sau đó chuyển sang giai đoạn kiểm tra, "
              "xử lý vi phạm. Các hộ tái phạm sẽ bị xử lý theo Nghị định số 100/2019/NĐ-CP của Chính phủ."),
        ],
        opts=dict(variant="wp8", host="chaudoc.angiang.gov.vn", site="Cổng thông tin điện tử thành phố Châu Đốc",
                  path="/wps/portal/Home/chi-tiet/tin-phuong-xa/8f6c2d1e-4b3a-4c5d-9e8f-7a6b5c4d3e2f",
                  date_fmt="hm_dmy"),
    ),
    Article(
        key="wps-soyte-sot-xuat-huyet",
        title="Chủ động phòng, chống sốt xuất huyết trong mùa mưa",
        category="Tin y tế",
        when=D(2024, 7, 16, 15, 5, 0),
        blocks=[
            P("Theo số liệu của Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm 2024 đến nay toàn tỉnh ghi nhận "
              "1.125 ca mắc sốt xuất huyết, tăng 18% so với cùng kỳ; chưa ghi nhận trường hợp tử vong."),
            P("Sở Y tế khuyến cáo người dân thực hiện các biện pháp phòng bệnh:"),
            UL("Đậy kín tất cả dụng cụ chứa nước, thả cá ăn lăng quăng;",
               "Thu gom, hủy các vật dụng phế thải có thể chứa nước đọng;",
               "Ngủ màn kể cả ban ngày, mặc quần áo dài tay;",
               "Khi có dấu hiệu sốt cao đột ngột, cần đến ngay cơ sở y tế để được khám, tư vấn, điều trị; không tự "
               "ý điều trị tại nhà."),
        ],
        opts=dict(variant="wp6", host="soyte.angiang.gov.vn", site="Sở Y tế tỉnh An Giang",
                  path="/wps/portal/Home/tin-tuc/tin-chi-tiet/tin-y-te/chudongphongchongsotxuathuyet",
                  date_fmt="hm_dmy"),
    ),
    Article(
        key="wps-stp-tro-giup-phap-ly",
        title="Trợ giúp pháp lý lưu động tại xã Ô Lâm",
        category="Trợ giúp pháp lý",
        when=D(2024, 5, 24, 0, 0, 0),
        lead="Ngày 23/5/2024, Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp UBND xã Ô Lâm (huyện Tri Tôn) tổ "
             "chức trợ giúp pháp lý lưu động cho gần 100 người dân, chủ yếu là đồng bào dân tộc Khmer.",
        blocks=[
            P("Tại buổi trợ giúp, các trợ giúp viên pháp lý đã giới thiệu các quy định về người được trợ giúp pháp "
              "lý, quyền và nghĩa vụ của người được trợ giúp; đồng thời giải đáp 15 vụ việc liên quan đến tranh "
              "chấp đất đai, thừa kế, hôn nhân gia đình."),
            P("Để thuận lợi cho bà con, nội dung trao đổi được phiên dịch sang tiếng Khmer. Những vụ việc phức tạp "
              "được Trung tâm tiếp nhận, hướng dẫn thủ tục và cử trợ giúp viên theo dõi, tham gia tố tụng khi cần "
              "thiết."),
        ],
        byline=("name", "Thanh Hương"),
        opts=dict(variant="wp6", host="sotuphap.angiang.gov.vn", site="Sở Tư pháp tỉnh An Giang",
                  path="/wps/portal/Home/chi-tiet/tro-giup-phap-ly/3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4",
                  date_fmt="dmy"),
    ),
    Article(
        key="wps-mttq-tan-chau-hoi-nghi-giam-sat",
        title="Hội nghị giám sát việc thực hiện chính sách bảo hiểm y tế hộ cận nghèo",
        category="Giám sát và phản biện xã hội",
        when=D(2024, 8, 29, 14, 20, 0),
        blocks=[
            P("Chiều ngày 29/8/2024, Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Tân Châu tổ chức hội nghị giám "
              "sát việc thực hiện chính sách hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo tại UBND xã "
              "Phú Vĩnh."),
            P("Qua giám sát, đoàn ghi nhận xã đã rà soát, lập danh sách kịp thời 312 người thuộc hộ cận nghèo được "
              "ngân sách hỗ trợ 100% mức đóng; tuy nhiên vẫn còn 18 trường hợp chưa nhận thẻ do thay đổi nơi cư "
              "trú."),
            P("Đoàn giám sát đề nghị UBND xã phối hợp Bảo hiểm xã hội thị xã sớm điều chỉnh thông tin, cấp thẻ cho "
              "các trường hợp còn lại; tăng cường tuyên truyền để người dân hiểu rõ quyền lợi khi tham gia bảo "
              "hiểm y tế."),
        ],
        byline=("source", "UBMTTQVN thị xã Tân Châu"),
        opts=dict(variant="wp8", host="ubmttqvn.angiang.gov.vn", site="Ủy ban MTTQ Việt Nam tỉnh An Giang",
                  path="/wps/portal/Home/tin-tuc/tin-chi-tiet/giam-sat-phan-bien/hoi-nghi-giam-sat-bhyt-ho-can-ngheo",
                  date_fmt="hm_dmy", views=True),
    ),
    Article(
        key="wps-snn-ocop-2024",
        title="AN GIANG CÓ THÊM 35 SẢN PHẨM ĐẠT CHUẨN OCOP NĂM 2024",
        category="Tin nông nghiệp",
        when=D(2024, 12, 26, 9, 50, 0),
        blocks=[
            P("Hội đồng đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh An Giang vừa "
              "công nhận thêm 35 sản phẩm đạt chuẩn OCOP năm 2024, trong đó có 03 sản phẩm đạt 4 sao và 32 sản "
              "phẩm đạt 3 sao."),
            TABLE(("Nhóm sản phẩm", "Số sản phẩm", "Hạng sao"),
                  ("Thực phẩm (khô cá, mắm, đường thốt nốt)", "21", "3 - 4 sao"),
                  ("Đồ uống (trà, rượu)", "6", "3 sao"),
                  ("Thủ công mỹ nghệ, lưu niệm", "8", "3 sao")),
            P("Đến nay, toàn tỉnh có 312 sản phẩm OCOP còn hiệu lực, góp phần nâng cao giá trị nông sản, tạo việc "
              "làm và tăng thu nhập cho người dân nông thôn."),
        ],
        opts=dict(variant="wp6", host="sonongnghiep.angiang.gov.vn", site="Sở Nông nghiệp và Môi trường tỉnh An Giang",
                  path="/wps/portal/Home/2018/home/tin-chi-tiet/nong-nghiep/angiangcothem35sanphamocop",
                  date_fmt="hm_dmy"),
    ),
]

# ---------------------------------------------------------------------------------------------
# aspnet: Default.aspx?sname=…&pageid=… provincial portal platforms with commune sub-sites
# ---------------------------------------------------------------------------------------------
ASPNET = [
    Article(
        key="asp-daitam-ra-quan-nong-thon-moi",
        title="Xã Đại Tâm ra quân xây dựng nông thôn mới kiểu mẫu",
        category="Tin hoạt động",
        when=D(2024, 3, 22, 10, 15, 0),
        lead="Sáng ngày 22/3/2024, UBND xã Đại Tâm (huyện Mỹ Xuyên) tổ chức ra quân xây dựng nông thôn mới kiểu "
             "mẫu năm 2024 với sự tham gia của hơn 300 cán bộ, đoàn viên và người dân.",
        blocks=[
            P("Tại lễ ra quân, các lực lượng đã phát quang, dọn dẹp vệ sinh tuyến đường từ ấp Đại Ân đến ấp Đại "
              "Nghĩa Thắng, trồng mới 500 cây xanh và 2 km hàng rào bông."),
            P("Năm 2024, xã Đại Tâm phấn đấu đạt chuẩn xã nông thôn mới kiểu mẫu với các tiêu chí về sản xuất, môi "
              "trường, văn hóa đặc trưng của vùng đồng bào Khmer, Hoa, Kinh cùng sinh sống."),
        ],
        byline=("name", "Thạch Sô Phanh"),
        opts=dict(variant="soctrang", host="soctrang.gov.vn", sname="xadaitam", sid=1403, pageid=29455, catid=60012,
                  catname="Tin-hoat-dong", item_id=98121, site="Xã Đại Tâm", xa="Đại Tâm", huyen="huyện Mỹ Xuyên",
                  tinh="tỉnh Sóc Trăng", date_fmt="dmy_hm", views=231),
    ),
    Article(
        key="asp-thanhthoi-giai-quyet-viec-lam",
        title="Giải quyết việc làm cho hơn 200 lao động nông thôn",
        category="Lao động - Việc làm",
        when=D(2025, 5, 9, 15, 25, 0),
        blocks=[
            P("Từ đầu năm 2025 đến nay, UBND xã Thạnh Thới An phối hợp Trung tâm Dịch vụ việc làm tỉnh tổ chức 3 "
              "phiên giao dịch việc làm lưu động, giới thiệu việc làm cho 215 lao động nông thôn vào làm việc tại "
              "các khu công nghiệp trong và ngoài tỉnh."),
            P("Bên cạnh đó, xã đã mở 4 lớp đào tạo nghề ngắn hạn (may công nghiệp, sửa chữa máy nông nghiệp, kỹ "
              "thuật nuôi tôm) cho 120 học viên; 85% học viên sau khi học nghề có việc làm hoặc tự tạo việc làm, "
              "thu nhập ổn định."),
            P("Thời gian tới, xã tiếp tục rà soát nhu cầu học nghề, việc làm của người lao động, nhất là thanh "
              "niên, lao động thuộc hộ nghèo, hộ cận nghèo để có kế hoạch hỗ trợ phù hợp."),
        ],
        opts=dict(variant="soctrang", host="soctrang.gov.vn", sname="xathanhthoian", sid=1411, pageid=30102,
                  catid=60350,
                  catname="Lao-dong-Viec-lam", item_id=101544, site="Xã Thạnh Thới An", xa="Thạnh Thới An",
                  huyen="huyện Trần Đề", tinh="tỉnh Sóc Trăng", date_fmt="dmy_h_ch", views=88,
                  cms_author="Văn phòng UBND xã"),
    ),
    Article(
        key="asp-yenkhanh-ho-tro-nha-o",
        title="Hỗ trợ xây dựng nhà ở cho hộ nghèo theo chương trình xóa nhà tạm",
        category="An sinh xã hội",
        when=D(2025, 6, 18, 9, 0, 0),
        blocks=[
            P("Thực hiện phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát”, đến nay xã Yên Khánh đã khởi "
              "công xây mới 12 căn nhà và sửa chữa 5 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách."),
            P("Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn từ nguồn ngân sách Trung ương, "
              "ngân sách tỉnh và nguồn xã hội hóa. Các căn nhà phải bảo đảm tiêu chí “3 cứng” (nền cứng, khung - "
              "tường cứng, mái cứng), diện tích tối thiểu 30 m²."),
            IMG("khoi-cong-nha-yen-khanh.jpg", "khoi cong nha",
                "Lãnh đạo xã dự lễ khởi công nhà ở cho hộ nghèo thôn Yên Thái", "table"),
            P("Phấn đấu đến ngày 31/8/2025, xã hoàn thành bàn giao toàn bộ các căn nhà cho người dân đưa vào sử dụng."),
        ],
        byline=("source", "Đài Truyền thanh xã Yên Khánh"),
        opts=dict(variant="namdinh", host="namdinh.gov.vn", sname="xayenkhanh", sid=230, pageid=6120, catid=812,
                  catname="An-sinh-xa-hoi", item_id=44187, site="Xã Yên Khánh", xa="Yên Khánh", huyen="huyện Ý Yên",
                  tinh="tỉnh Nam Định", date_fmt="dmy", views=412),
    ),
    Article(
        key="asp-banqua-chuyen-doi-so",
        title="Bản Qua: Ra mắt mô hình “Thôn thông minh” tại thôn Bản Qua 1",
        category="Chuyển đổi số",
        when=D(2024, 11, 5, 8, 30, 0),
        lead="Ngày 05/11/2024, UBND xã Bản Qua (huyện Bát Xát) ra mắt mô hình “Thôn thông minh” tại thôn Bản Qua "
             "1, mô hình chuyển đổi số cấp thôn đầu tiên của huyện.",
        blocks=[
            P("Mô hình được triển khai với các nội dung: lắp đặt camera an ninh tại các điểm giao thông chính; phủ "
              "sóng wifi miễn phí tại nhà văn hóa thôn; thành lập nhóm Zalo “Thôn Bản Qua 1” để thông tin, tuyên "
              "truyền và tiếp nhận phản ánh của người dân; hướng dẫn các hộ bán nông sản trên sàn thương mại điện "
              "tử."),
            P("Đến nay, 100% hộ gia đình trong thôn có điện thoại thông minh, 92% người trưởng thành đã kích hoạt "
              "tài khoản định danh điện tử; 15 hộ đã đưa sản phẩm gạo Séng Cù, miến dong lên sàn thương mại điện "
              "tử Postmart."),
            P("Sau thời gian thí điểm, xã sẽ đánh giá, rút kinh nghiệm và nhân rộng mô hình ra các thôn còn lại."),
        ],
        opts=dict(variant="laocai", host="laocai.gov.vn", sname="xabanqua", sid=5121, pageid=61204, catid=7788,
                  catname="Chuyen-doi-so", item_id=22051, site="UBND xã Bản Qua", xa="Bản Qua", huyen="huyện Bát Xát",
                  tinh="tỉnh Lào Cai", date_fmt="dmy_hm", views=1053, cms_author="Thu Trang"),
    ),
    Article(
        key="asp-daitam-thong-bao-tuyen-quan",
        title="THÔNG BÁO KHÁM SỨC KHỎE NGHĨA VỤ QUÂN SỰ NĂM 2025",
        category="Thông báo",
        when=D(2024, 11, 20, 0, 0, 0),
        blocks=[
            P("Căn cứ Kế hoạch của Hội đồng Nghĩa vụ quân sự huyện Mỹ Xuyên, UBND xã Đại Tâm thông báo đến các "
              "công dân trong độ tuổi gọi nhập ngũ năm 2025 có tên trong danh sách gọi khám sức khỏe như sau:"),
            P("1. Thời gian: 7 giờ 00 ngày 02/12/2024."),
            P("2. Địa điểm: Trung tâm Y tế huyện Mỹ Xuyên."),
            P("3. Công dân mang theo: lệnh gọi khám sức khỏe, căn cước công dân, bằng tốt nghiệp cao nhất (bản sao)."),
            P("Công dân không chấp hành lệnh gọi khám sức khỏe mà không có lý do chính đáng sẽ bị xử lý theo quy "
              "định của pháp luật."),
        ],
        opts=dict(variant="soctrang", host="soctrang.gov.vn", sname="xadaitam", sid=1403, pageid=29457, catid=60014,
                  catname="Thong-bao", item_id=99802, site="Xã Đại Tâm", xa="Đại Tâm", huyen="huyện Mỹ Xuyên",
                  tinh="tỉnh Sóc Trăng", date_fmt="dmy", views=57),
    ),
    Article(
        key="asp-yenkhanh-phong-chong-ma-tuy",
        title="Tuyên truyền phòng, chống ma túy trong học đường",
        category="An ninh trật tự",
        when=D(2024, 6, 25, 15, 0, 0),
        blocks=[
            P("Hưởng ứng Ngày Quốc tế phòng, chống ma túy và Ngày toàn dân phòng, chống ma túy (26/6), chiều ngày "
              "25/6/2024, Công an xã Yên Khánh phối hợp Trường THCS Yên Khánh tổ chức tuyên truyền phòng, chống ma "
              "túy cho hơn 400 học sinh."),
            P("Báo cáo viên đã thông tin về tình hình tội phạm ma túy, các loại ma túy tổng hợp trá hình dưới dạng "
              "kẹo, nước uống, thuốc lá điện tử; thủ đoạn lôi kéo học sinh sử dụng ma túy và kỹ năng nhận biết, từ "
              "chối."),
            P("Qua buổi tuyên truyền, các em học sinh nâng cao nhận thức, không tò mò, thử dùng các chất lạ; kịp "
              "thời báo cho gia đình, nhà trường khi phát hiện người có biểu hiện nghi vấn."),
        ],
        byline=("name", "Trần Đức Anh"),
        opts=dict(variant="namdinh", host="namdinh.gov.vn", sname="xayenkhanh", sid=230, pageid=6122, catid=815,
                  catname="An-ninh-trat-tu", item_id=43950, site="Xã Yên Khánh", xa="Yên Khánh", huyen="huyện Ý Yên",
                  tinh="tỉnh Nam Định", date_fmt="dmy_h_ch", views=196),
    ),
    Article(
        key="asp-banqua-le-hoi-xuong-dong",
        title="Lễ hội Xuống đồng của đồng bào Giáy xã Bản Qua",
        category="Văn hóa - Du lịch",
        when=D(2025, 2, 8, 10, 0, 0),
        featured=("le-hoi-xuong-dong.jpg", "Lễ hội Xuống đồng"),
        blocks=[
            P("Ngày 08/02/2025 (tức mùng 11 tháng Giêng năm Ất Tỵ), xã Bản Qua tổ chức Lễ hội Xuống đồng (Roóng "
              "Poọc) của đồng bào dân tộc Giáy, thu hút đông đảo người dân và du khách tham gia."),
            P("Phần lễ được thầy mo thực hiện theo nghi thức truyền thống, cầu cho mưa thuận gió hòa, mùa màng bội "
              "thu, dân bản bình an. Phần hội diễn ra sôi nổi với các trò chơi dân gian như ném còn, kéo co, đẩy "
              "gậy, đánh yến và các tiết mục văn nghệ đặc sắc."),
            IMG("nem-con.jpg", "Ném còn", "Trò chơi ném còn tại lễ hội", "em"),
            P("Lễ hội Roóng Poọc đã được công nhận là Di sản văn hóa phi vật thể quốc gia, góp phần quảng bá hình "
              "ảnh quê hương, con người Bát Xát đến với du khách."),
        ],
        opts=dict(variant="laocai", host="laocai.gov.vn", sname="xabanqua", sid=5121, pageid=61210, catid=7790,
                  catname="Van-hoa-Du-lich", item_id=22418, site="UBND xã Bản Qua", xa="Bản Qua", huyen="huyện Bát Xát",
                  tinh="tỉnh Lào Cai", date_fmt="dmy_hm", views=2210),
    ),
]

# ---------------------------------------------------------------------------------------------
# unknown: layouts no profile covers (hand-written templates, table layouts, bootstrap sites, …)
# ---------------------------------------------------------------------------------------------
UNKNOWN = [
    Article(
        key="unk-hue-phuvang-tiem-chung",
        title="Phú Vang tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi",
        category="Tin y tế",
        when=D(2021, 5, 3),
        blocks=[
            P("Trong tháng 5/2021, Trạm Y tế xã Phú Thuận phối hợp Trung tâm Y tế huyện Phú Vang tổ chức tiêm "
              "chủng mở rộng cho 126 trẻ em dưới 1 tuổi và 38 phụ nữ có thai trên địa bàn xã."),
            P("Các loại vắc xin được tiêm gồm: vắc xin 5 trong 1 (phòng bạch hầu, ho gà, uốn ván, viêm gan B, "
              "Hib), vắc xin bại liệt IPV, vắc xin sởi và vắc xin uốn ván cho phụ nữ có thai. Buổi tiêm được tổ "
              "chức theo đúng quy trình tiêm chủng an toàn, có bàn khám sàng lọc và khu vực theo dõi sau tiêm."),
            P("Trạm Y tế khuyến cáo các bậc phụ huynh đưa trẻ đi tiêm chủng đầy đủ, đúng lịch để phòng tránh các "
              "bệnh truyền nhiễm nguy hiểm."),
        ],
        opts=dict(layout="hue", host="phuvang.thuathienhue.gov.vn", url_path="/?gd=4&cn=130&tc=2376",
                  site="Cổng thông tin điện tử huyện Phú Vang"),
    ),
    Article(
        key="unk-thanhhoa-hoangphu-thu-hoach-lua",
        title="Nông dân xã Hoằng Phú thu hoạch lúa vụ Chiêm Xuân",
        category="Kinh tế",
        when=D(2025, 4, 28),
        blocks=[
            P("Những ngày cuối tháng 4, trên các cánh đồng xã Hoằng Phú (huyện Hoằng Hóa), bà con nông dân đang "
              "tập trung thu hoạch lúa vụ Chiêm Xuân năm 2025. Nhờ thời tiết thuận lợi, sâu bệnh được kiểm soát "
              "tốt, năng suất ước đạt 68 tạ/ha, tăng 3 tạ/ha so với vụ trước."),
            P("Toàn xã gieo cấy 310 ha lúa, trong đó 180 ha sử dụng giống lúa chất lượng cao như Thiên ưu 8, Bắc "
              "thơm số 7. Hiện 100% diện tích được thu hoạch bằng máy gặt đập liên hợp, giúp giảm chi phí, thất "
              "thoát sau thu hoạch."),
            IMG("thu-hoach-lua-hoang-phu.jpg", "Thu hoạch lúa",
                "Máy gặt đập liên hợp thu hoạch lúa trên cánh đồng thôn 3", "em"),
            P("Cùng với thu hoạch, xã chỉ đạo các thôn khẩn trương làm đất, chuẩn bị giống, vật tư để gieo cấy vụ "
              "Thu Mùa đúng khung thời vụ; khuyến cáo người dân không đốt rơm rạ gây ô nhiễm môi trường."),
        ],
        opts=dict(layout="thanhhoa", host="hoangphu.hoanghoa.thanhhoa.gov.vn",
                  url_path="/kinh-te/nong-dan-xa-hoang-phu-thu-hoach-lua-vu-chiem-xuan-2314.htm",
                  site="Cổng thông tin điện tử xã Hoằng Phú"),
    ),
    Article(
        key="unk-sonla-chieng-mai-ca-phe",
        title="Chiềng Mai nâng cao giá trị cây cà phê",
        category="Kinh tế - Xã hội",
        when=D(2024, 12, 9, 16, 12, 0),
        blocks=[
            P("Xã Chiềng Mai (huyện Mai Sơn) hiện có hơn 1.200 ha cà phê, chủ yếu là giống cà phê chè Catimor. "
              "Những năm gần đây, xã khuyến khích người dân chuyển sang thu hái quả chín, chế biến ướt và phơi "
              "trên giàn để nâng cao chất lượng hạt."),
            P("Hợp tác xã cà phê Chiềng Mai đã liên kết với 350 hộ thành viên, áp dụng quy trình sản xuất theo "
              "tiêu chuẩn 4C, Rainforest Alliance. Giá cà phê nhân xô niên vụ 2024 - 2025 đạt trên 100.000 "
              "đồng/kg, mức cao nhất từ trước đến nay."),
            P("Người dân trồng xen cây ăn quả, cây che bóng trong vườn cà phê, vừa giảm sâu bệnh, vừa tăng thu "
              "nhập trên cùng diện tích."),
        ],
        byline=("name", "Lò Văn Hưng"),
        opts=dict(layout="sonla", host="chiengmai.maison.sonla.gov.vn",
                  url_path="/kinh-te-xa-hoi/chieng-mai-nang-cao-gia-tri-cay-ca-phe-51820",
                  site="Trang thông tin điện tử xã Chiềng Mai", views=1284),
    ),
    Article(
        key="unk-table-tanhoa-hop-dan",
        title="UBND xã Tân Hòa tổ chức họp dân lấy ý kiến về quy hoạch khu dân cư",
        category="Tin địa phương",
        when=D(2024, 3, 22),
        blocks=[
            P("Ngày 22 tháng 3 năm 2024, UBND xã Tân Hòa tổ chức họp dân tại ấp Hòa Long để lấy ý kiến đóng góp về "
              "đồ án quy hoạch chi tiết khu dân cư Hòa Long, tỷ lệ 1/500."),
            P("Theo đồ án, khu dân cư có diện tích 12,5 ha, bố trí khoảng 420 nền nhà ở, trường mầm non, nhà văn "
              "hóa ấp và khu cây xanh, thể dục thể thao. Hệ thống giao thông nội bộ có lộ giới từ 12 đến 16 m, kết "
              "nối với đường tỉnh 954."),
            P("Người dân cơ bản thống nhất với đồ án, đồng thời kiến nghị xem xét bố trí tái định cư tại chỗ cho "
              "các hộ bị ảnh hưởng, công khai đơn giá bồi thường và thời gian triển khai dự án."),
        ],
        opts=dict(layout="table_old", host="www.tanhoa-tanchau.gov.vn", url_path="/tin_tuc/chitiet.asp?id=1452&cat=2",
                  site="UBND XÃ TÂN HÒA"),
    ),
    Article(
        key="unk-bootstrap-phuthanh-giai-bong-da",
        title="Khai mạc Giải bóng đá thiếu niên xã Phú Thạnh hè 2024",
        category="Thể thao",
        when=D(2024, 6, 15, 16, 30, 0),
        featured=("khai-mac-bong-da-he.jpg", "Khai mạc giải bóng đá"),
        blocks=[
            P("Chiều 15/6/2024, Xã đoàn Phú Thạnh khai mạc Giải bóng đá thiếu niên hè năm 2024 tại sân vận động "
              "trung tâm xã. Giải có 8 đội bóng đến từ các ấp tham gia, thi đấu vòng tròn hai lượt để chọn 4 đội "
              "vào vòng bán kết."),
            P("Giải nhằm tạo sân chơi bổ ích, lành mạnh cho thiếu nhi trong dịp hè, góp phần rèn luyện thể chất, "
              "tinh thần đoàn kết và phòng, chống các tệ nạn xã hội."),
            IMG("tran-dau-khai-mac.jpg", "Trận đấu khai mạc", "Trận đấu khai mạc giữa đội ấp Phú Hữu và ấp Phú Lợi",
                "figure"),
            P("Trận chung kết dự kiến diễn ra vào ngày 30/6/2024."),
        ],
        opts=dict(layout="bootstrap", host="phuthanh.phutan.angiang.gov.vn",
                  url_path="/tin-tuc/khai-mac-giai-bong-da-thieu-nien-xa-phu-thanh-he-2024.html",
                  site="Xã Phú Thạnh", cms_author="Đoàn Thanh niên"),
    ),
    Article(
        key="unk-sharepoint-angiang-dcs",
        title="Đảng ủy xã Vĩnh Chánh học tập, quán triệt Nghị quyết Trung ương",
        category="Tin hoạt động",
        when=D(2025, 5, 9, 15, 25, 0),
        blocks=[
            P("Chiều ngày 09/5/2025, Đảng ủy xã Vĩnh Chánh (huyện Thoại Sơn) tổ chức hội nghị học tập, quán triệt, "
              "triển khai thực hiện các nghị quyết, kết luận của Hội nghị Trung ương lần thứ 11 khóa XIII cho cán "
              "bộ, đảng viên trong toàn Đảng bộ."),
            P("Tại hội nghị, báo cáo viên đã truyền đạt những nội dung cơ bản về sắp xếp, tổ chức lại đơn vị hành "
              "chính các cấp, xây dựng mô hình tổ chức chính quyền địa phương 2 cấp và những điểm mới trong công "
              "tác cán bộ."),
            P("Đồng chí Bí thư Đảng ủy xã yêu cầu các chi bộ tổ chức quán triệt đến 100% đảng viên, xây dựng "
              "chương trình hành động cụ thể, gắn với nhiệm vụ chính trị của địa phương."),
        ],
        opts=dict(layout="sharepoint", host="angiang.dcs.vn",
                  url_path="/Lists/TinHoatDong/View_Detail.aspx?ItemID=4821",
                  site="Đảng bộ tỉnh An Giang", cms_author="Ban Tuyên giáo Huyện ủy Thoại Sơn"),
    ),
    Article(
        key="unk-joomla-xuanthuy-hoi-nghi-cu-tri",
        title="Đại biểu HĐND huyện tiếp xúc cử tri xã Xuân Thủy",
        category="Hoạt động HĐND",
        when=D(2023, 11, 24, 9, 12, 0),
        blocks=[
            P("Sáng ngày 24/11/2023, Tổ đại biểu HĐND huyện Xuân Trường đơn vị bầu cử số 3 tiếp xúc cử tri xã Xuân "
              "Thủy trước kỳ họp thường lệ cuối năm 2023 của HĐND huyện."),
            P("Tại buổi tiếp xúc, cử tri đã phản ánh, kiến nghị nhiều vấn đề như: sớm nâng cấp tuyến đường trục xã "
              "bị xuống cấp; quan tâm xử lý ô nhiễm môi trường từ các cơ sở chăn nuôi; hỗ trợ giống cây trồng cho "
              "nông dân bị thiệt hại do thời tiết."),
            P("Thay mặt Tổ đại biểu, đồng chí Phó Chủ tịch HĐND huyện đã tiếp thu, giải trình một số kiến nghị "
              "thuộc thẩm quyền; các ý kiến còn lại được tổng hợp gửi đến cơ quan có thẩm quyền xem xét, trả lời "
              "cử tri."),
        ],
        opts=dict(layout="joomla", host="xuanthuy.xuantruong.namdinh.gov.vn",
                  url_path="/index.php/tin-tuc/hoat-dong-hdnd/215-dai-bieu-hdnd-huyen-tiep-xuc-cu-tri-xa-xuan-thuy",
                  site="Cổng thông tin điện tử xã Xuân Thủy", cms_author="Văn phòng HĐND-UBND", views=342),
    ),
    Article(
        key="unk-dnn-camthanh-thu-tuc-ho-tich",
        title="Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công",
        category="Cải cách hành chính",
        when=D(2024, 2, 26, 8, 0, 0),
        blocks=[
            P("Từ ngày 01/7/2023, người dân có thể thực hiện liên thông thủ tục đăng ký khai sinh, đăng ký thường "
              "trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi hoàn toàn trực tuyến trên Cổng Dịch vụ công quốc "
              "gia hoặc ứng dụng VNeID."),
            P("Các bước thực hiện:"),
            OL("Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử mức độ 2;",
               "Chọn dịch vụ “Đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi”;",
               "Điền thông tin theo tờ khai, tải lên giấy chứng sinh và nộp lệ phí (nếu có);",
               "Nhận kết quả bản điện tử qua tài khoản, bản giấy qua dịch vụ bưu chính hoặc tại Bộ phận Một cửa."),
            P("Thời gian giải quyết không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        ],
        byline=("name", "Tư pháp - Hộ tịch xã"),
        opts=dict(layout="dnn", host="camthanh.camlo.quangtri.gov.vn",
                  url_path="/tin-tuc/cai-cach-hanh-chinh/ArticleId/1877/huong-dan-dang-ky-khai-sinh-truc-tuyen",
                  site="UBND xã Cam Thành"),
    ),
    Article(
        key="unk-spa-linhphu-cho-phien",
        title="Chợ phiên vùng cao Linh Phú: nơi lưu giữ nét văn hóa truyền thống",
        category="Văn hóa - Du lịch",
        when=D(2024, 10, 21, 7, 45, 0),
        blocks=[
            P("Chợ phiên Linh Phú họp vào ngày Chủ nhật hằng tuần, là nơi đồng bào Dao, Mông, Tày ở các thôn vùng "
              "cao trao đổi hàng hóa, nông sản và giao lưu văn hóa."),
            P("Từ sáng sớm, bà con đã gùi măng rừng, mật ong, gà đồi, thổ cẩm xuống chợ. Bên cạnh mua bán, chợ "
              "phiên còn là dịp để các chàng trai, cô gái gặp gỡ, hát giao duyên, thưởng thức món thắng cố, rượu "
              "ngô."),
            P("UBND xã đang xây dựng đề án đưa chợ phiên trở thành điểm đến du lịch cộng đồng, gắn với bảo tồn các "
              "giá trị văn hóa truyền thống của đồng bào dân tộc thiểu số."),
        ],
        byline=("tinanh", "Minh Hiếu"),
        opts=dict(layout="spa", host="linhphu.chiemhoa.tuyenquang.gov.vn",
                  url_path="/bai-viet/cho-phien-vung-cao-linh-phu-1093",
                  site="Xã Linh Phú"),
    ),
    Article(
        key="unk-table-br-anhao-tong-ket",
        title="Xã An Hảo tổng kết công tác thi đua khen thưởng năm 2023",
        category="Tin tức",
        when=D(2024, 1, 10),
        blocks=[
            P("Chiều ngày 09/01/2024, UBND xã An Hảo tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm "
              "2023 và phát động phong trào thi đua năm 2024."),
            P("Năm 2023, các phong trào thi đua được triển khai sâu rộng với nhiều hình thức phong phú như: “Cả "
              "nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, “An Giang cùng cả nước chung sức "
              "xây dựng nông thôn mới”, “Dân vận khéo”. Xã đã hoàn thành 18/20 chỉ tiêu nghị quyết HĐND xã đề ra."),
            P("Dịp này, UBND xã khen thưởng 8 tập thể và 25 cá nhân có thành tích xuất sắc trong các phong trào "
              "thi đua năm 2023."),
        ],
        byline=("tinanh", "Chau Sóc Thi"),
        opts=dict(layout="table_br", host="anhao.tinhbien.angiang.gov.vn", url_path="/Home/NewsDetail.aspx?id=302",
                  site="ỦY BAN NHÂN DÂN XÃ AN HẢO"),
    ),
    Article(
        key="unk-custom-base-vinhthanh-xay-cau",
        title="Khánh thành cầu giao thông nông thôn ấp Vĩnh Thạnh",
        category="Xây dựng",
        when=D(2024, 3, 22, 9, 0, 0),
        blocks=[
            P("Sáng ngày 22/3/2024, UBND xã Vĩnh Thạnh phối hợp Ban Vận động xây cầu ấp Vĩnh Thạnh tổ chức lễ "
              "khánh thành, đưa vào sử dụng cầu bê tông cốt thép bắc qua kênh Ba Thê."),
            P("Cầu có chiều dài 36 m, mặt cầu rộng 3,5 m, tải trọng 5 tấn, tổng kinh phí 850 triệu đồng; trong đó "
              "ngân sách xã hỗ trợ 300 triệu đồng, phần còn lại do các nhà hảo tâm và người dân trong ấp đóng góp."),
            IMG("cau-vinh-thanh.jpg", "cau vinh thanh", "Ảnh: Cây cầu mới khánh thành", "anh"),
            P("Cây cầu đưa vào sử dụng giúp hơn 300 hộ dân ấp Vĩnh Thạnh đi lại thuận tiện, nhất là học sinh đến "
              "trường và việc vận chuyển nông sản vào mùa thu hoạch."),
        ],
        opts=dict(layout="custom_base", host="vinhthanh.chauthanh.gov.vn",
                  url_path="/news/view/khanh-thanh-cau-giao-thong-nong-thon-ap-vinh-thanh",
                  site="UBND xã Vĩnh Thạnh"),
    ),
]

FAMILIES = {
    "drupal_vinor": DRUPAL_VINOR,
    "drupal_core": DRUPAL_CORE,
    "wordpress": WORDPRESS,
    "nukeviet": NUKEVIET,
    "liferay": LIFERAY,
    "websphere": WEBSPHERE,
    "aspnet": ASPNET,
    "unknown": UNKNOWN,
}

# Headlines and documents for sidebars ("Tin mới", "Tin liên quan", "Văn bản mới"): link text only.
SIDEBAR_NEWS = [
    "UBND xã ra quân vệ sinh môi trường hưởng ứng Ngày Nước thế giới 22/3",
    "Hội Liên hiệp Phụ nữ xã họp mặt kỷ niệm Ngày Quốc tế Phụ nữ 8/3",
    "Kiểm tra công tác chuẩn bị tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030",
    "Tập huấn nghiệp vụ công tác dân vận cho cán bộ ấp",
    "Trao giấy chứng nhận quyền sử dụng đất cho 45 hộ dân",
    "Hội Cựu chiến binh xã tổng kết phong trào “Cựu chiến binh gương mẫu”",
    "Ra mắt Câu lạc bộ dưỡng sinh người cao tuổi",
    "Tuyên truyền Luật Đất đai năm 2024 đến người dân",
    "Đoàn kiểm tra liên ngành kiểm tra an toàn thực phẩm dịp Tết",
    "Khởi công xây dựng tuyến đường bê tông liên ấp",
    "Hội Nông dân xã tập huấn kỹ thuật nuôi bò vỗ béo",
    "Thông báo lịch tiếp công dân định kỳ tháng 4/2024",
    "Xã tổ chức Ngày hội văn hóa - thể thao các dân tộc",
    "Đẩy mạnh thanh toán không dùng tiền mặt trong chi trả an sinh xã hội",
    "Phát động phong trào thi đua cao điểm chào mừng Quốc khánh 2/9",
    "Trao 20 suất quà cho học sinh khó khăn nhân dịp năm học mới",
]
SIDEBAR_DOCS = [
    ("Quyết định số 125/QĐ-UBND", "Về việc ban hành Kế hoạch cải cách hành chính năm 2024"),
    ("Kế hoạch số 48/KH-UBND", "Triển khai Tháng hành động vì an toàn thực phẩm năm 2024"),
    ("Thông báo số 36/TB-UBND", "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 3"),
    ("Công văn số 210/UBND-VP", "Về việc tăng cường công tác phòng, chống cháy nổ mùa khô"),
    ("Nghị quyết số 05/NQ-HĐND", "Về dự toán thu, chi ngân sách xã năm 2024"),
    ("Quyết định số 89/QĐ-UBND", "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã"),
]
