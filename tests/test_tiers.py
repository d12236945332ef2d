"""Award lists: layouts (lines, Word/PDF tables, groups, sub-headings, inline sentences) → tier rows,
and the checks of declared counts and of the attachment line."""
import pytest

from qlcli.extract.honours import parse_honour
from qlcli.extract.meta import extract_meta
from qlcli.extract.quantity import cn_int
from qlcli.extract.tiers import extract_tiers
from qlcli.extract.units import extract_units
from qlcli.normalize import RawBlock, build_document


def doc_of(*blocks):
    """Strings are paragraphs; (table_no, [[cell, …], …]) is a table."""
    raw = []
    for b in blocks:
        if isinstance(b, tuple):
            for r, row in enumerate(b[1]):
                raw += [RawBlock("table_cell", c, table=b[0], row=r, col=c_i) for c_i, c in enumerate(row)]
        else:
            raw.append(RawBlock("paragraph", b))
    return build_document(raw, doc_id="x", path="x", file_name="x", format="docx")


def tiers_of(lex, *blocks):
    doc = doc_of(*blocks)
    meta = extract_meta(doc, lex)
    return extract_tiers(doc, meta, extract_units(doc, lex, meta), lex)


def test_table_columns_give_the_unit_its_town(lex):
    blocks = ("2022年度清廉村居评定结果", (1, [["序号", "镇（街道）", "村（社区）", "等次"], ["1", "龙溪镇", "官仓村", "示范"]]))
    doc = doc_of(*blocks)
    u = extract_units(doc, lex, extract_meta(doc, lex))[0]
    assert (u.unit, u.town, u.village) == ("官仓村", "龙溪镇", "官仓村")
    t = tiers_of(lex, *blocks)[0][0]
    assert (t.unit, t.town, t.tier) == ("官仓村", "龙溪镇", "示范")


def rows(tiers):
    return [(t.year, t.level, t.tier, t.unit, t.attachment, t.position) for t in tiers]


BODY_000 = ("经认真研判并报清廉重庆建设渝北分专班领导同意，评选出了龙塔街道鲁能西路社区等8个村居为2023年度清廉村居建设区级标杆单位，"
            "双龙湖街道观音岩路社区等8个村居为2023年度清廉村居建设区级优秀单位、回兴街道金兰路社区等5个村居为2023年度清廉村居建设区级合格单位、"
            "清廉村居优秀实践案例8个，经严格评选确定，现将名单予以公布。")

# dev examples: (blocks, rows)
DEV = [
    # 000 as .txt: heading and one name a line
    ([" 附件1", "2023年度清廉村居建设区级标杆单位名单", "龙塔街道鲁能西路社区", "木耳镇金刚村", "附件2",
      "2023年度清廉村居建设区级优秀单位名单", "双龙湖街道观音岩路社区"],
     [(2023, "区级", "标杆", "龙塔街道鲁能西路社区", "附件1", 1), (2023, "区级", "标杆", "木耳镇金刚村", "附件1", 2),
      (2023, "区级", "优秀", "双龙湖街道观音岩路社区", "附件2", 1)]),
    # 000 as .docx/.pdf: the list is a table 序号 | 单位名称
    (["附件3", "2023年度清廉村居建设区级合格单位名单",
      (3, [["序号", "单位名称"], ["1", "回兴街道金兰路社区"], ["2", "茨竹镇新泉村"], ["3", "龙兴镇龙骏社区"]])],
     [(2023, "区级", "合格", "回兴街道金兰路社区", "附件3", 1), (2023, "区级", "合格", "茨竹镇新泉村", "附件3", 2),
      (2023, "区级", "合格", "龙兴镇龙骏社区", "附件3", 3)]),
    # the body names the first unit of an attached list: the list wins, no duplicate; the honours
    # without a list keep the unit the body names
    ([BODY_000, "附件1", "2023年度清廉村居建设区级标杆单位名单", "龙塔街道鲁能西路社区", "木耳镇金刚村"],
     [(2023, "区级", "优秀", "双龙湖街道观音岩路社区", None, 1), (2023, "区级", "合格", "回兴街道金兰路社区", None, 1),
      (2023, "区级", "标杆", "龙塔街道鲁能西路社区", "附件1", 1), (2023, "区级", "标杆", "木耳镇金刚村", "附件1", 2)]),
    # without its attachments (a web copy) the body still gives the first unit of each list
    ([BODY_000],
     [(2023, "区级", "标杆", "龙塔街道鲁能西路社区", None, 1), (2023, "区级", "优秀", "双龙湖街道观音岩路社区", None, 1),
      (2023, "区级", "合格", "回兴街道金兰路社区", None, 1)]),
    # the list of cases (附件4) is not a list of units
    (["附件4", "2023年度清廉村居建设优秀实践案例", "1.龙塔街道鲁能西路社区五廉驱动，激活社区“廉”动力", "2.木耳镇金刚村清廉护航集体经济再上新台阶"],
     []),
    # another honour, grouped by county, with a count line
    (["第二批全国民主法治示范村（社区）名单", "（共3个）", "渝北区（2个）", "木耳镇金刚村、大盛镇青龙村", "綦江区（1个）",
      "通惠街道新街子社区", "本名单由司法部公布。"],
     [(None, "全国", "示范", "木耳镇金刚村", None, 1), (None, "全国", "示范", "大盛镇青龙村", None, 2),
      (None, "全国", "示范", "通惠街道新街子社区", None, 3)]),
    # sub-headings that are only a tier, under a heading with the year
    (["附件1", "2023年度清廉村居建设评估结果", "一、引领型（2个）", "1.木耳镇金刚村", "2.大盛镇青龙村", "二、规范型（1个）",
      "1.茨竹镇放牛坪村"],
     [(2023, None, "引领型", "木耳镇金刚村", "附件1", 1), (2023, None, "引领型", "大盛镇青龙村", "附件1", 2),
      (2023, None, "规范型", "茨竹镇放牛坪村", "附件1", 1)]),
    # a table with a tier column and the town in its own column
    (["附件", "2022年度清廉村居评定结果",
      (1, [["序号", "镇（街道）", "村（社区）", "等次"], ["1", "龙溪镇", "官仓村", "示范"], ["2", "白泥镇", "新华村", "达标"]])],
     [(2022, None, "示范", "官仓村", "附件", 1), (2022, None, "达标", "新华村", "附件", 2)]),
    # inline lists: several names and a count; names and a year without a count
    (["经评审，确定渝北区木耳镇金刚村、大盛镇青龙村等2个村为2022年度市级乡村治理示范村。"],
     [(2022, "市级", "示范", "渝北区木耳镇金刚村", None, 1), (2022, "市级", "示范", "大盛镇青龙村", None, 2)]),
    (["2023年，木耳镇金刚村、大盛镇青龙村被评为2023年度重庆市乡村治理示范村。"],
     [(2023, None, "示范", "木耳镇金刚村", None, 1), (2023, None, "示范", "大盛镇青龙村", None, 2)]),
    # only the clause before 等N个 holds the list
    (["2023年，石船镇石龙村党委书记参加了评审，经评审，确定渝北区木耳镇金刚村等1个村为2023年度市级乡村治理示范村。"],
     [(2023, "市级", "示范", "渝北区木耳镇金刚村", None, 1)]),
    # a decision that confers a title
    (["决定授予渝北区木耳镇金刚村、大盛镇青龙村等2个村2023年度“市级清廉村居示范村”称号。"],
     [(2023, "市级", "示范", "渝北区木耳镇金刚村", None, 1), (2023, "市级", "示范", "大盛镇青龙村", None, 2)]),
    # no heading: the title names the honour and the body says 如下：
    (["关于命名2023年度市级清廉村居示范村的决定", "各区县：", "经评审，现将名单公布如下：", "1.木耳镇金刚村", "2.大盛镇青龙村",
      "特此通知。"],
     [(2023, "市级", "示范", "木耳镇金刚村", None, 1), (2023, "市级", "示范", "大盛镇青龙村", None, 2)]),
    # each line notes its own tier; a year in Chinese numerals
    (["2023年度清廉村居建设评估结果名单", "1.木耳镇金刚村（标杆）", "2.大盛镇青龙村（合格）"],
     [(2023, None, "标杆", "木耳镇金刚村", None, 1), (2023, None, "合格", "大盛镇青龙村", None, 2)]),
    (["二〇二三年度区级标杆单位名单", "木耳镇金刚村"], [(2023, "区级", "标杆", "木耳镇金刚村", None, 1)]),
    # a heading broken over two lines, a note before the names
    (["2023年度清廉村居建设区级标杆单位", "名单", "（排名不分先后）", "木耳镇金刚村", "大盛镇青龙村"],
     [(2023, "区级", "标杆", "木耳镇金刚村", None, 1), (2023, "区级", "标杆", "大盛镇青龙村", None, 2)]),
    # bugs caught (held-out documents written for review): star ratings in a 等次 column
    (["2023年度鄞州区清廉村社评定结果", (1, [["序号", "镇（街道）", "村（社区）", "等次"], ["1", "姜山镇", "走马塘村", "五星"],
                                ["2", "咸祥镇", "咸一村", "四星"]])],
     [(2023, None, "五星", "走马塘村", None, 1), (2023, None, "四星", "咸一村", None, 2)]),
    # … and a list picked by 评选出 … 为 without 等N个
    (["日前评选出涪城区青义镇龙门村、安州区花荄镇星火社区为2023年度市级清廉村居示范单位。"],
     [(2023, "市级", "示范", "涪城区青义镇龙门村", None, 1), (2023, "市级", "示范", "安州区花荄镇星火社区", None, 2)]),
    # bugs caught (heldout2): the tier column is named 评定星级 (not a header word on its own); the
    # body's 评定A村等2个村（社区）为五星级… names the first unit with its town
    (["评定安海镇前埔村等2个村（社区）为五星级清廉村居，现将评定结果予以通报。", "附件", "2023年度晋江市“星级清廉村居”评定结果",
      (1, [["序号", "镇（街道）", "村（社区）", "评定星级"], ["1", "安海镇", "前埔村", "五星级"], ["2", "西园街道", "洋埭社区", "五星级"],
           ["3", "磁灶镇", "大埔村", "四星级"]])],
     [(2023, None, "五星级", "安海镇前埔村", "附件", 1), (2023, None, "五星级", "洋埭社区", "附件", 2),
      (2023, None, "四星级", "大埔村", "附件", 3)]),
    # … a list after a colon: 现命名以下村（社区）为…：A、B、C。
    (["现命名以下村（社区）为2023年度宁波市清廉村居示范村（社区）：海曙区古林镇薛家村、镇海区庄市街道勤勇村、慈溪市观海卫镇五洞闸村。"],
     [(2023, None, "示范", "海曙区古林镇薛家村", None, 1), (2023, None, "示范", "镇海区庄市街道勤勇村", None, 2),
      (2023, None, "示范", "慈溪市观海卫镇五洞闸村", None, 3)]),
    # … a news story: the list is named first, its units follow, then 榜上有名
    (["1月8日，长沙市公布2023年度市级清廉村居建设示范点名单，浏阳市沙市镇秧田村、淳口镇高升村、集里街道神仙坳社区榜上有名。"],
     [(2023, "市级", "示范", "浏阳市沙市镇秧田村", None, 1), (2023, "市级", "示范", "淳口镇高升村", None, 2),
      (2023, "市级", "示范", "集里街道神仙坳社区", None, 3)]),
    # … a 通报 whose tiers are numbered paragraphs: tier, count, colon, names; the year from the title
    (["关于2023年度全县清廉村居建设考核结果的通报", "现将考核结果通报如下：",
      "一、优秀等次（2个）：岸堤镇朱家林村、界湖街道北寨社区。", "二、基本合格等次（1个）：张庄镇东高庄村。",
      "对考核结果为基本合格的村，由所在乡镇（街道）督促限期整改。"],
     [(2023, None, "优秀", "岸堤镇朱家林村", None, 1), (2023, None, "优秀", "界湖街道北寨社区", None, 2),
      (2023, None, "基本合格", "张庄镇东高庄村", None, 1)]),
    # bugs caught (heldout2 round 2): a header 乡（镇） | 村（社区） | 考核等次; cells naming committees;
    # the quoted “清廉村居” of the heading is the campaign, not the rank
    (["2023年度“清廉村居”建设考核结果名单",
      (1, [["序号", "乡（镇）", "村（社区）", "考核等次"], ["1", "爱新舍里镇", "依拉齐牛录村村民委员会", "优秀"],
           ["2", "察布查尔镇", "团结路社区居委会", "良好"], ["3", "坎乡", "阔斯布拉克村村委会", "一般"]])],
     [(2023, None, "优秀", "依拉齐牛录村", None, 1), (2023, None, "良好", "团结路社区", None, 2),
      (2023, None, "一般", "阔斯布拉克村", None, 3)]),
    # … groups numbered （一） / 二、 under one heading
    (["2023年度市级清廉村居建设示范村（社区）名单", "（一）金安区（1个）", "中市街道梅山路社区", "（二）裕安区（2个）",
      "苏埠镇南楼村", "独山镇独山村", "三、霍邱县（1个）", "城关镇东湖社区居委会"],
     [(2023, "市级", "示范", "中市街道梅山路社区", None, 1), (2023, "市级", "示范", "苏埠镇南楼村", None, 2),
      (2023, "市级", "示范", "独山镇独山村", None, 3), (2023, "市级", "示范", "城关镇东湖社区", None, 4)]),
    # bugs caught (heldout2 round 3, hn_liuyang_notice): the line 文家市镇：文家市村、玉泉村 was no list line
    # (文家市村 ends in 市), which ended the list after its first group
    (["2023年度浏阳市“清廉村居”建设示范村（社区）名单", "（共18个）", "大瑶镇：南阳村、杨花村", "文家市镇：文家市村、玉泉村",
      "官渡镇：竹联村", "沙市镇：赤马村、秧田村"],
     [(2023, None, "示范", "南阳村", None, 1), (2023, None, "示范", "杨花村", None, 2), (2023, None, "示范", "文家市村", None, 3),
      (2023, None, "示范", "玉泉村", None, 4), (2023, None, "示范", "竹联村", None, 5), (2023, None, "示范", "赤马村", None, 6),
      (2023, None, "示范", "秧田村", None, 7)]),
    # bugs caught (heldout2 round 4, gx_lingui_tongbao): a clause between the count and the verb
    # (…等5个村（社区）成绩突出，评为…); the villages criticised in the next paragraph are on no list
    (["经综合评定，会仙镇山尾村、两江镇两江社区、临桂街道西城社区等3个村（社区）成绩突出，"
      "评为2023年度区级“清廉村居”建设优秀村（社区），予以通报表扬。",
      "考评中也发现，茶洞镇茶洞村“三资”台账登记不全，南边山镇大坪村村级工程项目未经民主决策程序即开工建设。"
      "对上述2个村予以通报批评。"],
     [(2023, "区级", "优秀", "会仙镇山尾村", None, 1), (2023, "区级", "优秀", "两江镇两江社区", None, 2),
      (2023, "区级", "优秀", "临桂街道西城社区", None, 3)]),    # bugs caught (lead's report): the honour is only in the title; the body names the units praised
    (["关于表扬2023年度清廉村居建设先进村的通报", "各镇（街道）：",
      "对东风村、红旗村、李家社区等3个村（社区）予以通报表扬。希望受表扬的村（社区）珍惜荣誉。"],
     [(2023, None, "先进", "东风村", None, 1), (2023, None, "先进", "红旗村", None, 2),
      (2023, None, "先进", "李家社区", None, 3)]),
    # bugs caught (gen5u): a table with one column per tier, the units down each column (blank cells)
    (["2024年度萧山区清廉村居建设评价结果",
      (1, [["标杆村（社区）", "优秀村（社区）", "合格村（社区）"], ["瓜沥镇梅林村", "戴村镇佛山村", "所前镇杜家村"],
           ["衙前镇凤凰村", "北干街道兴议社区", ""], ["", "河上镇东山村", ""]])],
     [(2024, None, "标杆", "瓜沥镇梅林村", None, 1), (2024, None, "优秀", "戴村镇佛山村", None, 2),
      (2024, None, "合格", "所前镇杜家村", None, 3), (2024, None, "标杆", "衙前镇凤凰村", None, 4),
      (2024, None, "优秀", "北干街道兴议社区", None, 5), (2024, None, "优秀", "河上镇东山村", None, 6)]),
    # … a ranking table (排名 | 名称 | 得分 | 等次) under a heading with a note in brackets
    (["附表：2023年度费县清廉村居建设县级考核结果（前10名）",
      (1, [["排名", "村（社区）名称", "得分", "等次"], ["1", "费城街道许家崖社区", "98.6", "优秀"],
           ["9", "新庄镇东新庄村", "91.2", "合格"]])],
     [(2023, "县级", "优秀", "费城街道许家崖社区", None, 1), (2023, "县级", "合格", "新庄镇东新庄村", None, 2)]),
    # … one honour split by kind (一、村（2个） / 二、社区（1个）): the second part was lost
    (["第二批昆山市市级清廉村居建设示范村（社区）名单", "一、村（2个）", "张浦镇金华村、周市镇市北村", "二、社区（1个）",
      "玉山镇朝阳社区"],
     [(None, "市级", "示范", "张浦镇金华村", None, 1), (None, "市级", "示范", "周市镇市北村", None, 2),
      (None, "市级", "示范", "玉山镇朝阳社区", None, 3)]),
    # … groups by 片区 (no area) of communities written with 居委会, one a 新村社区
    (["关于公布2023年度后湖街道清廉社区建设星级评定结果的通知", "一、五星级清廉社区（3个）", "第一片区：幸福湾社区居委会",
      "第二片区：育才新村社区居委会", "第三片区：金桥社区居委会"],
     [(2023, None, "五星级", "幸福湾社区", None, 1), (2023, None, "五星级", "育才新村社区", None, 2),
      (2023, None, "五星级", "金桥社区", None, 3)]),
    # … a criticism under a praising title gives no rows
    (["关于表扬2023年度清廉村居建设先进村的通报", "对东风村予以通报批评。"], []),
    # tests/real r009 (bug caught): the count's noun is the honour (评选出A等23个全市优秀“…示范村(社区)”)
    (["为了表彰先进,切实发挥“民主法治示范村(社区)”引领作用,市司法局对全市优秀“民主法治示范村(社区)”予以通报表扬。"
      "经过逐级推荐、从严把关,共评选出董家河镇凤柳村等23个全市优秀“民主法治示范村(社区)”。"],
     [(None, None, "优秀", "董家河镇凤柳村", None, 1)]),
    # tests/real r139 (bug caught): two counted honours share one 称号; each example takes the honour after its count
    (["近日,湖南省农业农村厅发布中共湖南省委农村工作领导小组关于表彰2021年省级美丽乡村示范村和特色精品乡村的通报,决定授予长沙市望城区茶亭镇九峰山村等301个“省级美丽乡村示范村”、衡阳市衡山县开云镇山竹村等100个“省级特色精品乡村”称号,予以通报表彰。"],
     [(2021, "省级", "示范", "长沙市望城区茶亭镇九峰山村", None, 1), (2021, "省级", "特色精品", "衡阳市衡山县开云镇山竹村", None, 1)]),
    # tests/real r146 (bug caught): one honour read twice, once without the year the document gives it, is one row
    (["近日,记者从西安市农业农村局获悉,西安市蓝田县小寨镇董岭村等5个村获评全国乡村治理示范村。",
      "其中,西安市蓝田县小寨镇董岭村、高陵区通远街道仁村和周至县二曲街道渭旗村入选2019年全国乡村治理示范村名单。"],
     [(2019, "全国", "示范", "西安市蓝田县小寨镇董岭村", None, 1), (2019, "全国", "示范", "高陵区通远街道仁村", None, 2),
      (2019, "全国", "示范", "周至县二曲街道渭旗村", None, 3)]),
    # tests/real r149 (bug caught): a forum's watermark glued to list lines (and making them look like one
    # hard-wrapped paragraph) is no part of them; towns written 街道办
    (['第二批国家森林乡村汉中入选名单', '/ j& d0 g6 _# W) d) T+ J# | 城固县:莲花街道办莲花池村8 o% b) p( x: m& K8 b1 \\', '勉 县:周家山镇留旗营社区、定军山镇定军山社区0 G& |6 d$ q: m$ Q1 }& Q', '留坝县:玉皇庙镇两河口村、火烧店镇天星亮村9 J3 C( X- q8 M: g1 K7 a', '镇巴巴县:杨家河镇三湾村', '4 N: j+ T4 g; q: K3 U+ ] 宁强县:汉源街道办汉水源村'],
     [(None, None, "森林", "莲花街道办莲花池村", None, 1), (None, None, "森林", "周家山镇留旗营社区", None, 2),
      (None, None, "森林", "定军山镇定军山社区", None, 3), (None, None, "森林", "玉皇庙镇两河口村", None, 4),
      (None, None, "森林", "火烧店镇天星亮村", None, 5), (None, None, "森林", "杨家河镇三湾村", None, 6),
      (None, None, "森林", "汉源街道办汉水源村", None, 7)]),
    # tests/real r153 (bug caught): the level written after the area's name (都江堰市级文明村镇) is no part of the rank
    (["关于命名表彰2017年度都江堰市级文明村镇的决定", "二、文明村(31个)", "灌口街道灵岩社区", "永丰街道民主社区"],
     [(2017, "市级", "文明", "灌口街道灵岩社区", None, 1), (2017, "市级", "文明", "永丰街道民主社区", None, 2)]),
    # tests/real r195 (bug caught): a headline putting a village on a list named in its next sentence, on the
    # same line (…公主岭村入选!农业农村部公布2022年中国美丽休闲乡村名单!)
    (["环球热讯:沈阳法库县四家子蒙古族乡公主岭村入选!农业农村部公布2022年中国美丽休闲乡村名单!"],
     [(2022, None, "美丽休闲", "沈阳法库县四家子蒙古族乡公主岭村", None, 1)]),
    # …and a second count in the sentence whose honour names no year (农家乐特色村) shares the first one's; 同时 keeps its
    # units on the first list too
    (["近日,农业农村部办公厅印发了《关于公布2022年中国美丽休闲乡村名单的通知》,推介北京市门头沟区妙峰山镇炭厂村等255个乡村为2022年中国美丽休闲乡村,其中北京市密云区溪翁庄镇尖岩村等84个乡村同时为农家乐特色村。"],
     [(2022, None, "美丽休闲", "北京市门头沟区妙峰山镇炭厂村", None, 1), (2022, None, "农家乐特色", "北京市密云区溪翁庄镇尖岩村", None, 1),
      (2022, None, "美丽休闲", "北京市密云区溪翁庄镇尖岩村", None, 1)]),
]


@pytest.mark.parametrize("blocks,want", DEV)
def test_list_layouts(blocks, want, lex):
    assert rows(tiers_of(lex, *blocks)[0]) == want


# narrative that names an honour is not an award list (003, 004: gold has no tiers)
NOT_LISTS = [
    "三堆镇位于广元市利州区西北部。该镇井田村成功创建为全省首批乡村治理示范村,小河村创建为市级城乡基层治理示范村。",
    "确定我省崇州市、米易县、德阳市罗江区、广元市利州区、隆昌市、西昌市为全国乡村治理体系建设试点单位。",
    "作为当地有名的“双白”示范村(即群众明白、干部清白),有效打通基层全面从严治党最后一公里。",
    "累计创建国家级文明村(社区)1个、省级文明村(社区)32个、区级文明村(社区)69个。",
    # a target and a list published without naming units (heldout2)
    "到2024年底，创建县级清廉村居示范村30个、市级示范村10个，全县村（社区）清廉建设实现全覆盖。",
    "长沙市公布2023年度市级清廉村居建设示范点名单，全市共有30个村（社区）入选。",
]


@pytest.mark.parametrize("line", NOT_LISTS)
def test_narrative_gives_no_rows(line, lex):
    assert tiers_of(lex, line) == ([], [])


def test_attachment_line_skipping_a_number_is_flagged(lex):
    _, warnings = tiers_of(lex, "附件：1.2023年度清廉村居建设区级标杆单位名单", "2.2023年度清廉村居建设区级优秀单位名单",
                           " 4.2023年度清廉村居建设优秀实践案例", "附件1", "2023年度清廉村居建设区级标杆单位名单", "木耳镇金刚村",
                           "附件2", "2023年度清廉村居建设区级优秀单位名单", "大盛镇青龙村", "附件3",
                           "2023年度清廉村居建设区级合格单位名单", "茨竹镇新泉村", "附件4", "2023年度清廉村居建设优秀实践案例")
    assert [(w.kind, w.message) for w in warnings] == [
        ("attachment_order", "the 附件 line lists 1, 2, 4: 附件3 is skipped though the document holds 附件3 "
                             "“2023年度清廉村居建设区级合格单位名单”")]
    assert warnings[0].sentence.startswith("附件：1.")


def test_attachment_missing_and_unlisted(lex):
    _, warnings = tiers_of(lex, "附件：1.标杆单位名单", "2.优秀单位名单", "附件1", "2023年度区级标杆单位名单", "木耳镇金刚村",
                           "附件3", "2023年度区级合格单位名单", "大盛镇青龙村")
    assert [w.kind for w in warnings] == ["attachment_missing", "attachment_unlisted"]
    assert "附件2 “优秀单位名单”" in warnings[0].message and "附件3" in warnings[1].message


def test_declared_counts_against_the_lists(lex):
    tiers, warnings = tiers_of(lex, "评选出木耳镇金刚村等3个村居为2023年度区级标杆单位，合格单位2个。", "附件1",
                               "2023年度区级标杆单位名单", "木耳镇金刚村", "大盛镇青龙村", "附件2", "2023年度区级合格单位名单",
                               "茨竹镇新泉村", "古路镇同德村")
    assert len(tiers) == 4
    assert [w.message for w in warnings] == ["the text declares 3 2023年度区级标杆 units but the lists give 2"]
    _, warnings = tiers_of(lex, "一、标杆单位（3个）", "木耳镇金刚村", "大盛镇青龙村")
    assert [w.message for w in warnings] == ["the heading “一、标杆单位（3个）” declares 3 units but its list has 2"]


def test_counts_in_a_document_without_lists_are_not_checked(lex):
    # 003: "建成“美丽四川·宜居乡村”达标村154个" is a result, not a list to check
    assert tiers_of(lex, "建成“美丽四川·宜居乡村”达标村154个。") == ([], [])


HONOURS = [
    ("2023年度清廉村居建设区级标杆单位名单", (2023, "区级", "标杆")),
    ("2023年度清廉村居建设区级合格单位名单", (2023, "区级", "合格")),
    ("第三批全国民主法治示范村（社区）名单", (None, "全国", "示范")),
    ("2022年度县级清廉村居引领型村名单（12个）", (2022, "县级", "引领型")),
    ("2021年度市级基本合格单位", (2021, "市级", "基本合格")),
    ("一、规范型（3个）", (None, None, "规范型")),
    ("2023年度县级“四好村”名单", (2023, "县级", "四好")),
    ("2023年度清廉村居建设优秀实践案例", None),
    ("2023年度优秀党员名单", None),
]


@pytest.mark.parametrize("text,want", HONOURS)
def test_parse_honour(text, want, lex):
    h = parse_honour(text, lex)
    assert ((h.year, h.level, h.tier) if h else None) == want


@pytest.mark.parametrize("s,n", [("8", 8), ("五", 5), ("十", 10), ("十二", 12), ("二十一", 21), ("一百零五", 105), ("两", 2)])
def test_cn_int(s, n):
    assert cn_int(s) == n


def test_a_list_of_a_span_of_years_takes_no_year(lex):
    """r036 (bug caught): the 2010~2017 monitoring list after the 2021 list named no one year; it took 2021
    from the heading before it. A village with an Extension-B character (𦰡) is read whole."""
    got = tiers_of(lex, "2021年中国美丽休闲乡村名单", "湖南省长沙市长沙县开慧镇开慧村",
                   "2010~2017年中国美丽休闲乡村监测合格名单(湖南17个)", "湖南省长沙市浏阳市沙市镇东门村",
                   "湖南省邵阳市洞口县𦰡溪瑶族乡宝瑶村")[0]
    by_unit = {t.unit: (t.year, t.tier) for t in got}
    assert by_unit["湖南省长沙市长沙县开慧镇开慧村"][0] == 2021
    assert by_unit["湖南省长沙市浏阳市沙市镇东门村"] == (None, "合格")
    assert by_unit["湖南省邵阳市洞口县𦰡溪瑶族乡宝瑶村"] == (None, "合格")


def test_units_a_list_of_persons_names_are_not_on_the_list(lex):
    """tests/real r031 (bug caught): the units a list of persons names are their workplaces."""
    got = tiers_of(lex, "随州市获评第三届全省“百佳社区居民委员会”的3个社区分别为:广水应山街道北关社区居民委员会、"
                   "曾都西城街道双龙寺社区居民委员会;获评第三届全省社区建设先进工作者的3名个人分别为:随县民政局四级调研员"
                   "王安兵,广水应山街道八一社区党委书记、居委会主任刘建元。")[0]
    units = [t.unit for t in got]
    assert any(u.endswith("北关社区") for u in units) and not any(u.endswith("八一社区") for u in units)


def test_the_work_towards_an_honour_is_not_its_list(lex):
    """tests/real r194 (bug caught): 开展2022年度美丽乡村评选活动 names the work; the run of names after it is
    on the list named before it (2022年度荆州市十佳美丽乡村名单)."""
    got = tiers_of(lex, "记者昨从市农业农村局获悉,经各地推荐、集中审议和网上公示,2022年度荆州市十佳美丽乡村名单于日前正式出炉。",
                   "去年4月,我市相关部门结合美丽乡村试点村建设工作实际,在全市范围内开展2022年度美丽乡村评选活动。",
                   "最终入选的10个乡村分别为:荆州区川店镇张新场村、沙市区岑河镇西湖村、江陵县资市镇青山村。")[0]
    assert {(t.year, t.tier) for t in got} == {(2022, "十佳美丽")} and len(got) == 3


def test_a_clause_is_no_rank(lex):
    """tests/real r196 (bug caught): 獲得了全體村民的廣泛支持 read as the honour 了全体(村)."""
    got = tiers_of(lex, "保安村位于泰安市寧陽縣以北。",
                   "保安村通過逐戶送發《致廣大村民的一封公開信》,獲得了全體村民的廣泛支持和衷心擁護。")[0]
    assert got == []


def test_a_rank_may_hold_the_word_乡村(lex):
    """tests/real r223, r224 (bugs caught): 全国乡村旅游重点村 is ranked 乡村旅游重点 (乡村 is a word, not the town
    suffix 乡), and a phrase stopping at 乡村 runs on to its 村 — unless the work follows (美丽乡村试点村建设工作)."""
    got = tiers_of(lex, "文化和旅游部近日公布了第四批200个全国乡村旅游重点村和第二批98个全国乡村旅游重点镇(乡)名单,我省6个村3个镇(乡)入选。",
                   "全省新一批入选的全国乡村旅游重点村分别是", "阳泉市郊区西南舁乡咀子上村", "长治市壶关县石坡乡南平头坞村")[0]
    assert {(t.level, t.tier) for t in got} == {("全国", "乡村旅游重点")} and len(got) == 2
