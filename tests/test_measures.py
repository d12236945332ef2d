"""Numbered formulas: every shape met in the corpus as (paragraphs → rows), then the bugs caught.

Each example is real text from the corpus (shortened where the rest does not matter); the
expected rows are (family, item) in document order.
"""
import pytest

from qlcli.extract.measures import extract_measures
from qlcli.model import Case, DocMeta, Unit
from qlcli.normalize import RawBlock, build_document


def doc_of(*lines):
    return build_document([RawBlock("paragraph", t) for t in lines], doc_id="x", path="x", file_name="x",
                          format="txt")


def rows(lines, lex, meta=None, units=(), cases=()):
    doc = doc_of(*lines) if isinstance(lines, (list, tuple)) else doc_of(lines)
    got, _ = extract_measures(doc, meta or DocMeta(region="渝北区"), list(units), list(cases), lex)
    return [(m.family, m.item) for m in got]


def fam(family, *items):
    return [(family, i) for i in items]


WULIAN_1 = fam("五廉", "党建引廉", "民主促廉", "监督管廉", "问效强廉", "文化育廉")
WULIAN_2 = fam("五廉", "党建领廉", "共建促廉", "制度固廉", "阵地创廉", "数字助廉")

# dev examples: (paragraphs, expected rows)
EXAMPLES = [
    # a list named by a count: a set of items ending in 廉 is 五廉 whatever the text calls it
    ("以廉正风、以廉赋能、以廉促治，通过“党建引廉、民主促廉、监督管廉、问效强廉、文化育廉”五个举措，为社区建设发展注入“廉”动力。",
     WULIAN_1),
    # two names, two lists after 即：
    ("龙山街道旗龙路社区以“五廉”+“五微”工作模式，即：党建领廉、共建促廉、制度固廉、阵地创廉、数字助廉，微队伍、微服务、"
     "微治理、微风尚、微创新，结合“一中心四板块一网格”党建统领基层治理。",
     WULIAN_2 + fam("五微", "微队伍", "微服务", "微治理", "微风尚", "微创新")),
    # items in brackets after the name, separated by commas
    ("以廉载沐仙为抓手，建立五廉工作机制（形式多样学廉，警钟长鸣观廉，宣传教育倡廉，日常工作督廉，家庭氛围助廉），统筹社区各方。",
     fam("五廉", "形式多样学廉", "警钟长鸣观廉", "宣传教育倡廉", "日常工作督廉", "家庭氛围助廉")),
    # a set sharing a character, named after it
    ("充分依托“六会”组织，不断完善政治、自治、法治、德治、智治“五治”深度融合基层治理体系。",
     fam("五治", "政治", "自治", "法治", "德治", "智治")),
    # words before the first item are not part of it (equal lengths of the others)
    ("以文化引领推进乡村德治、法治、自治“三治融合”，打出乡村治理“组合拳”。", fam("三治", "德治", "法治", "自治")),
    ("乡村治理更加有效，自治、法治、德治相结合的“三治合一”乡村治理体系初见成效。", fam("三治", "自治", "法治", "德治")),
    # kinds of 治 written without separators
    ("三是构建“自治法治德治”三治融合体系。", fam("三治", "自治", "法治", "德治")),
    # two names and two lists after them, items sharing each name's key character
    ("在干部中设红岩党员示范岗，开展“四进”和“四比争先”活动，干部进社区、进小区、进楼栋、进家门，比服务态度、比服务水平、"
     "比服务效率、比服务成果，提高服务质量。",
     fam("四进", "进社区", "进小区", "进楼栋", "进家门") + fam("四比争先", "比服务态度", "比服务水平", "比服务效率", "比服务成果")),
    # items cut after the name's noun
    ("实施在职党员“三项行动”，即榜样行动提升党员模范作用、先锋行动提升党员示范作用、关爱行动提升党员服务作用。",
     fam("三项行动", "榜样行动", "先锋行动", "关爱行动")),
    # a longer list whose last items are the name's
    ("即1个邻里互助平台、1个基层邻里互助自治网格小组、“X”为多重身份的网格员、“3”为文化“聚邻”、暖心“亲邻”、和谐“睦邻”三大特色服务。",
     fam("三大特色服务", "文化“聚邻”", "暖心“亲邻”", "和谐“睦邻”")),
    # 等 before the name; 和 inside an item kept when the count says so
    ("对项目实施、资金流转等事项，采取联合社监事长证明、村监委会核实、主管部门把关、分管领导确认、主要领导审定、"
     "区监察委第三派出室和镇纪委抽检等“5+1”垂直监管，一环扣一环。",
     fam("5+1", "联合社监事长证明", "村监委会核实", "主管部门把关", "分管领导确认", "主要领导审定", "区监察委第三派出室和镇纪委抽检")),
    # a conjunction splits the last item when the count asks for it
    ("突出抓好党建引领、基层自治、协商共治、减负增效和基础设施及队伍建设“五版块”，坚持“三治”结合。",
     fam("五版块", "党建引领", "基层自治", "协商共治", "减负增效", "基础设施及队伍建设")),
    ("结合乡镇行政区划调整和村级建制调整“两项改革”，同步优化完善基层党组织体系。",
     fam("两项改革", "乡镇行政区划调整", "村级建制调整")),
    ("石龙“故事会馆”以“讲故事，正民风”为主题，提倡讲好红色、文化、廉洁、警示、模范、丰收六个故事，营造向善氛围。",
     fam("六个故事", "红色", "文化", "廉洁", "警示", "模范", "丰收")),
    # remarks in brackets after an item are dropped
    ("采取逐村分析(细化人选的年龄、身份、特长等指标)、逐人见面(由各村社、联系镇领导与推荐的“村务助理”逐一见面座谈)、"
     "逐级把关(村(社区)党组织—联系镇领导—镇党委)的“三逐”选人程序。",
     fam("三逐", "逐村分析", "逐人见面", "逐级把关")),
    # 以A为…、B为… : the side of 为 that holds the name's key characters
    ("探索建立以村党组织为领导主体、村民议事会为议事主体、村民委员会为执行主体、村务监督委员会为监督主体的“一委三会”村级治理模式。",
     fam("一委三会", "村党组织", "村民议事会", "村民委员会", "村务监督委员会")),
    # a count between the list and the name
    ("在广泛听取乡贤能人、两代表一委员、挂村组干部、村民代表4个重要群体意见建议的“四听”基础上，因地制宜。",
     fam("四听", "乡贤能人", "两代表一委员", "挂村组干部", "村民代表")),
    # items written inside the name
    ("全面推行“一约(村规民约)四会(红白理事会、村民议事会、道德评议会、禁赌禁毒会)”机制。",
     fam("一约四会", "村规民约", "红白理事会", "村民议事会", "道德评议会", "禁赌禁毒会")),
    # a compound name: a lead clause and a list
    ("全兴村构建“一领四动”基层治理体系，即党建引领，干部带动、群众主动、乡贤发动、社会互动，探索兴村富民的新路径。",
     fam("一领四动", "党建引领", "干部带动", "群众主动", "乡贤发动", "社会互动")),
    # a bracketed name after a quoted list
    ("组建了“党务村务财务事务监督会、邻里互助会、红白理事会”(三会)，切实发挥作用。",
     fam("三会", "党务村务财务事务监督会", "邻里互助会", "红白理事会")),
    # quantities in front of items
    ("研究制定98项基础任务、39项重点任务、10项试点任务“三张清单”统揽基层治理工作。",
     fam("三张清单", "基础任务", "重点任务", "试点任务")),
    # a count in running text takes the quoted name of the formula
    ("小微权力“监督一点通”“互联网+监督”两个二维码被制作成清廉“两码”监督卡贴在墙上。",
     fam("两码", "监督一点通", "互联网+监督")),
    (["二、大力推行“乡村八榜”，凝聚奋进力量",
      "在农村全面推行“乡村八榜”。一是严选榜中人。在各村创新设置“先锋、致富、善行、乡贤、新风、孝老、学子、巧妇”八个榜单。"],
     fam("乡村八榜", "先锋", "致富", "善行", "乡贤", "新风", "孝老", "学子", "巧妇")),
    ("建立2种协商模式，通过“会议协商+现场协商”两种模式，充分调动群众参与协商议事的积极性。",
     fam("2种协商模式", "会议协商", "现场协商")),
    # numbered sub-items under a heading that names the formula
    (["三、突出“三个精准”，在务求实效中提升治理效能",
      "一是精准划分片区。逐一研究各村居民的居住分布特点。二是精准识人选人。明确底线标准。三是精准评估问效。建立考评机制。"],
     fam("三个精准", "精准划分片区", "精准识人选人", "精准评估问效")),
    # a verb shared by every sub-item is not part of it
    (["四、建立“三大机制”，着力推进长效治理", "一是健全考评机制。制定办法。二是健全保障机制。落实经费。三是健全监督机制。强化问责。"],
     fam("三大机制", "考评机制", "保障机制", "监督机制")),
    (["四、聚焦“三类群体”，构筑长效常新", "一是用好“专业人”。组建律师团队。二是用活“身边人”。组建宣讲队。三是掌控“关键人”。聚焦重点人员。"],
     fam("三类群体", "专业人", "身边人", "关键人")),
    # sub-items of 三治 are its kinds
    (["二、聚焦“三治融合”，着力探索治理路径",
      "一是创新“乡村自治”模式。推行村规民约。二是创新“乡村法治”模式。推行法律顾问。三是创新“乡村德治”模式。推行积分制度。"],
     fam("三治", "自治", "法治", "德治")),
    # the name after the items, sharing their key
    ("一是设置属地网格。以村为单位划分网格。二是设置专属网格。在学校设置网格。三是设置线上网格。推进微信群延伸到户。通过设置三类网格，实现全覆盖。",
     fam("三类网格", "属地网格", "专属网格", "线上网格")),
    # a named sentence, then one that lists it
    ("通过坚持三个抓手，以“教”引廉，厚植清廉思想根基。具体包括抓实“三会一课”常态化，把学习作为“第一议题”；"
     "抓好“道德讲堂”进乡村，每季度组织学习；抓细“清廉书屋”强阵地，着力打造廉洁文化阵地。",
     fam("三个抓手", "抓实“三会一课”常态化", "抓好“道德讲堂”进乡村", "抓细“清廉书屋”强阵地")),
    # digits: one step per digit
    ("“123”协商工作机制分别包括：确定1个协商问题。围绕收集的问题整合主体。建立2种协商模式，调动积极性。建好3张清单。"
     "制定《问题清单》，收集群众问题；制定《责任清单》，包干分配；制定《考核清单》，开展评议。",
     fam("123", "确定1个协商问题", "建立2种协商模式", "建好3张清单") + fam("3张清单", "问题清单", "责任清单", "考核清单")),
    # sibling headings of a case: quoted kinds of 治 and the 廉 after them
    (["社区进一步完善“党建引领·三治结合”的基层社会治理模式，以“三治”促“三廉”。",
      "（一）加强党建统领，全局协调谋划，严把清廉之关。", "（二）规范自治规约，形成高效治理，突出“自治”倡廉。",
      "（三）提供法治保障，强化监督力度，突出“法治”守廉。", "（四）做实清廉教育，弘扬廉洁风气，突出“德治”养廉。"],
     fam("三治", "自治", "法治", "德治") + fam("三廉", "倡廉", "守廉", "养廉")),
    # a 五廉 list and the same items as section headings give each item once
    (["五廉驱动  激活社区“廉”动力",
      "通过“党建引廉、民主促廉、监督管廉、问效强廉、文化育廉”五个举措，为社区建设发展注入“廉”动力。",
      "（一）党建引廉，夯实“廉根基”。", "（二）民主促廉，筑牢“廉防线”。", "（三）监督管廉，提升“廉自觉”。",
      "（四）问效强廉，激活“廉动力”。", "（五）文化育廉，厚植“廉基因”。"],
     WULIAN_1),
]

# the same shapes in phrasings the corpus does not have (written for these tests)
PHRASINGS = [
    ("围绕“五清”目标（清白做人、清正用权、清廉治村、清朗民风、清新环境），扎实推进清廉村居建设。",
     fam("五清", "清白做人", "清正用权", "清廉治村", "清朗民风", "清新环境")),
    ("紧扣“五个一”要求，即建立一个清廉阵地、编制一张权力清单、培育一批廉洁家庭、打造一条清廉长廊、开展一系列主题活动。",
     fam("五个一", "建立一个清廉阵地", "编制一张权力清单", "培育一批廉洁家庭", "打造一条清廉长廊", "开展一系列主题活动")),
    ("实行“两公开一监督”，即党务村务公开、财务公开和民主监督。", fam("两公开一监督", "党务村务公开", "财务公开", "民主监督")),
    ("通过“党建引廉、制度固廉、监督护廉、文化育廉”四廉并举，营造风清气正的良好氛围。",
     fam("四廉", "党建引廉", "制度固廉", "监督护廉", "文化育廉")),
    ("着力打造“廉政教育、廉洁文化、廉情监督”三位一体的清廉阵地。", fam("三位一体", "廉政教育", "廉洁文化", "廉情监督")),
    ("全力打造“廉洁文化长廊”“廉政书屋”“清风广场”三个廉洁文化阵地。",
     fam("三个廉洁文化阵地", "廉洁文化长廊", "廉政书屋", "清风广场")),
    ("党员干部要做到“三个带头”：带头学习、带头遵规、带头服务。", fam("三个带头", "带头学习", "带头遵规", "带头服务")),
    ("健全党组织领导的自治、法治、德治相结合的城乡基层治理体系。", fam("三治", "自治", "法治", "德治")),
    # a count of 方面 is no formula (the real-documents issue: "numbered lists of a few 方面 that are no
    # formula at all"; tests/real r008 示范村创建的标准包括…6个方面)
    ("主要做法有以下三个方面：一是健全制度体系，规范权力运行；二是强化监督执纪，严查违规问题；三是深化廉洁教育，筑牢思想防线。",
     []),
    ("实现三个转变：由被动监督向主动监督转变、由事后监督向全程监督转变、由单一监督向多元监督转变。",
     fam("三个转变", "由被动监督向主动监督转变", "由事后监督向全程监督转变", "由单一监督向多元监督转变")),
    ("制定了《村级小微权力清单》《村务监督工作规程》两项制度。", fam("两项制度", "村级小微权力清单", "村务监督工作规程")),
    ("推动形成“党组织领导、村委会负责、监委会监督、村民参与”的四位一体治理格局。",
     fam("四位一体", "党组织领导", "村委会负责", "监委会监督", "村民参与")),
    ("通过党建引廉、制度保廉、监督促廉、文化育廉等举措，营造风清气正的良好氛围。",
     fam("四廉", "党建引廉", "制度保廉", "监督促廉", "文化育廉")),
    ("以自治为基础、法治为保障、德治为引领，推进乡村善治。", fam("三治", "自治", "法治", "德治")),
    ("构建“三治融合”乡村治理体系，以自治激发活力，以法治定分止争，以德治春风化雨。", fam("三治", "自治", "法治", "德治")),
    ("坚持“五治”并举：以政治强引领、以自治增活力、以法治强保障、以德治扬正气、以智治提效能。",
     fam("五治", "政治", "自治", "法治", "德治", "智治")),
    (["村里探索“三治融合”治理模式。", "（一）以自治为基础，激发群众参与活力。", "（二）以法治为保障，化解矛盾纠纷。",
      "（三）以德治为引领，培育文明乡风。"], fam("三治", "自治", "法治", "德治")),
    ("落实“三个一”：建好一个阵地；配强一支队伍；完善一套制度。", fam("三个一", "建好一个阵地", "配强一支队伍", "完善一套制度")),
    ("做到“三个到位”：思想到位，措施到位，责任到位。", fam("三个到位", "思想到位", "措施到位", "责任到位")),
    ("坚持“三个到位”：思想认识要到位，各项措施要落实到位，工作责任要压实到位，确保取得实效。", []),
    (["推行“三个一”工作法：", "1.建好一个阵地。", "2.配强一支队伍。", "3.完善一套制度。", "三、取得成效",
      "（一）群众满意度提升。", "（二）干部作风转变。"], fam("三个一", "建好一个阵地", "配强一支队伍", "完善一套制度")),
    (["二、主要做法", "（一）强化组织领导。成立专班。", "（二）完善制度建设。制定清单。", "（三）加强监督检查。定期督查。"], []),
    ("实现了从“无序”到“有序”、从“被动”到“主动”的两个转变。", fam("两个转变", "从“无序”到“有序”", "从“被动”到“主动”")),
    # counts of grades, honours, units or places are no measures
    ("评估结果分为优秀、合格、不合格三个等次。", []),
    ("先后获得全国文明村、省级卫生村、市级清廉村居示范村三项荣誉。", []),
    ("全镇分为东、南、西、北四个片区进行网格化管理。", []),
    ("坚持“两个确立”、增强“四个意识”、坚定“四个自信”、做到“两个维护”，推动全面从严治党向基层延伸。", []),
    ("全县共有3个乡镇、15个村、2个社区参与试点。", []),
    ("一是加强组织领导。成立工作专班。二是强化宣传引导。营造浓厚氛围。三是严格督查考核。确保取得实效。", []),
    ("深化“三治融合”，推行“四议两公开”和“三重一大”决策机制，构建共建共治共享的社会治理格局。", []),
]

# bugs caught: text that once gave wrong rows
BUGS = [
    # a formula named, then words that are not its items (no 即/：/bracket, no shared character)
    ("三是对“三资”的动态管理、日常监督较为薄弱、廉洁风险仍然存在。", []),
    ("用好“四张清单”破解了“不知干什么”、“不知怎么干”、“什么都干”、“万能公章”的问题。", []),
    ("坚持“三治”结合，通过制度创新、赋权减负、模式打造等手段，不断补足基层治理短板。", []),
    ("严格落实“四议两公开”、民主协商机制、“三重一大”议事规则、村民议事会制度。", []),
    # Arabic counts in running text are counts, not formulas
    ("设置政策宣传、文明新风、民意收集、民主监督、环境维护、纠纷调解、安全守护、关爱帮扶等8个志愿服务岗位。", []),
    ("建立村微单元治理中的基础、治理、发展等3类标准，完善微党建、微组织、微环境、微平台、微服务、微创造等6大要素。", []),
    # a section number is not an item
    ("一、深化“两项改革”，着力提升治理能力", []),
    # a set of 廉 that no formula names
    ("通过线上扫码述清廉、家风宣传倡清廉、身边榜样颂清廉等形式，打造主题公园。", []),
    # two kinds of 治 are no 三治
    ("以治理的理念、法治的思维、智治的方式，推动基层党组织管党治党机制更加健全。", []),
    # 涉及 is no conjunction: the count no longer matches
    ("依法围绕村办公用房选址、公共服务设施建设、村(居)自治组织章程、村规民约、村建设发展规划编制、"
     "城乡经济社会发展中涉及本地居民切身利益的公共事务等七项内容制定议事协商清单。", []),
    # items sharing the name's key win over an adjacent list of the same size
    ("建立“支部+协会+党员”三带头模式，党员带头讲付出、带头守秩序、带头交水费，破解了日常维护难题。",
     fam("三带头", "带头讲付出", "带头守秩序", "带头交水费")),
    # a name that is a set (三治) takes only items of that set
    (["三、全面推行“1+3+N”，优化社会风气",
      "大力推行“1+3+N”运行机制，不断丰富“三治融合”实现形式。一是用活1个“红黑榜”。规范流程。二是健全3个工作机制。"
      "成立组织。三是多方主体(N)共治。加强领导。"], []),
    # a name after sub-items must share their key character
    ("一是抓组织体系。二是抓一核五治。三是抓应急处置。落实维稳工作“三级预警”处置机制。", []),
    # a label 二 and 二维码 are no numerals of a formula
    ("发动热心群众和志愿者、微信“二维码”等方式参与。", []),
    # held-out (other provinces): circled numbers open the items; a title's formula is not spelled out
    # by the sections of the write-up under it
    (["大同村聚焦“三张清单”，让权力在阳光下运行：", "①村级小微权力清单，梳理村级重大事项决策等事项32项；",
      "②村级事务负面清单，列出村干部“十不准”；", "③村干部履职清单，明确村干部岗位职责。"],
     fam("三张清单", "村级小微权力清单", "村级事务负面清单", "村干部履职清单")),
    (["义乌市后宅街道李祖村：“三大清单”管权 “两个机制”强基", "一、基本情况", "李祖村位于后宅街道北部。",
      "二、主要做法", "（一）推行“三大清单”，规范权力运行", "一是编制权力清单。梳理村级事务19项。",
      "二是编制责任清单。明确职责。", "三是编制负面清单。列出“十个严禁”。", "三、取得成效", "村级财务支出审核率达到100%。"],
     fam("三大清单", "权力清单", "责任清单", "负面清单")),
    # a compound name whose parts are spelled out as two lists: each list is its part
    ("该村严格落实“四议两公开”工作法，凡涉及集体“三资”的重大事项，一律经过村党组织提议、村“两委”会议商议、"
     "党员大会审议、村民代表会议决议，做到决议公开、实施结果公开。",
     fam("四议", "村党组织提议", "村“两委”会议商议", "党员大会审议", "村民代表会议决议") + fam("两公开", "决议公开", "实施结果公开")),
    ("围绕“三清三亮”工作目标，即清单明权、清账理财、清风润心，亮身份、亮承诺、亮实绩，扎实推进清廉村居建设。",
     fam("三清", "清单明权", "清账理财", "清风润心") + fam("三亮", "亮身份", "亮承诺", "亮实绩")),
    # held-out (genunits2, genoutcomes): a word before a quoted name that ends a list of longer
    # clauses is part of the clause the name sits in, not an item (集体“三资”专项清理)
    ("扎实开展小微权力清单化管理、嘎查村务公开规范化建设和集体“三资”专项清理。", []),
    ("聚焦基层党组织建设、集体经济发展和民生“三大领域”，持续发力。",
     fam("三大领域", "基层党组织建设", "集体经济发展", "民生")),
    # a conjunction in the first chunk parts two items when the name counts them apart
    ("十八洞村把村级小微权力事项梳理成“一榜三单”，即村务公开榜和权力清单、责任清单、负面清单，每月晒出。",
     fam("一榜三单", "村务公开榜", "权力清单", "责任清单", "负面清单")),
    # an Arabic count right after a list (no 等 between) that counts exactly its items names them
    ("推行“1+3+X”村级监督模式，即建强1个村务监督委员会，整合村纪检委员、村民监督员、乡贤监督员3支监督力量，"
     "拓展X项特色监督载体。", fam("3支监督力量", "村纪检委员", "村民监督员", "乡贤监督员")),
    # …but not the short restatement of a formula spelled out before (问题 ⊂ 问题清单)
    (["建好3张清单。制定《问题清单》，收集群众问题；制定《责任清单》，包干分配；制定《考核清单》，开展评议。",
      "全过程用好问题、责任、考核3张清单，最后户代表对工作成效考核打分。"],
     fam("3张清单", "问题清单", "责任清单", "考核清单")),
    # the two sides of a two-item formula: 一方面…另一方面…
    (["（二）健全“两个机制”，强化监督问效",
      "一方面，建立村务监督“双签”机制，村级支出须经村务监督委员会主任和村党组织书记共同签字方可入账。"
      "另一方面，建立群众评议机制，每半年组织村民代表对村干部进行一次评议。"],
     fam("两个机制", "村务监督“双签”机制", "群众评议机制")),
    # the family is the quoted name (corpus: “四务”公开 → 四务; “三员合一”, “五清行动” kept whole)
    ("全面推行村级小微权力清单制度，严格执行党务、村务、财务“三务公开”，推行村级财务“阳光支付”。",
     fam("三务公开", "党务", "村务", "财务")),
    # the first item cut to the others' length moves back to a word's start (not 化广场)
    ("石桥村村里建有文化广场、图书室、卫生室三个活动场所。", fam("三个活动", "文化广场", "图书室", "卫生室")),
    # items numbered 首先是…其次是…最后是… over sentences, as 一是…二是… (held-out 遂昌 case)
    (["2023年以来，村党支部推行村级工程“三步走”管理法。首先是事前议，凡5万元以上的工程项目一律提交村民代表会议讨论。"
      "其次是事中督，由村务监督委员会全程跟踪质量和进度。最后是事后评，工程完工后邀请村民代表参与验收并公示结算结果。"],
     fam("三步走", "事前议", "事中督", "事后评")),
    # 首先 / 最后 that number no items give nothing
    ("首先是思想认识不到位，最后是制度执行不严格。", []),
    # “3+X”: the digit counts the items spelled out, restated “3”即… (held-out 遂昌 case) …
    ("长濂村推行“3+X”清单公开，“3”即权力清单、责任清单、负面清单，“X”即群众点单的个性化公开事项。",
     fam("3+X", "权力清单", "责任清单", "负面清单")),
    # … or framed 以…为 right after the name, in its sentence or the next (held-out 叙州 plan)
    (["（四）推行“3+X”公开模式。以党务公开、村务公开、财务公开为基本内容，“X”为各村根据实际增加的特色公开事项。"],
     fam("3+X", "党务公开", "村务公开", "财务公开")),
    ("推行“3+X”公开模式，以党务公开、村务公开、财务公开为基本内容。", fam("3+X", "党务公开", "村务公开", "财务公开")),
    # 1+N names one item: no list
    ("构建“1+N”监督体系，以村务监督委员会为主体。", []),
    # tests/real r065: kinds of 治 in clauses of one shape, the name only after them
    ("加强党对乡村治理工作的领导,以自治增活力,以法治强保障,以德治扬正气,推动“三治”融合,是乡村治理体系建设的重要内容。",
     fam("三治", "自治", "法治", "德治")),
    # tests/real r044: the items written together, no separator, right before their quoted name
    ("一是村务党务财务“三务”公开。对村内党务和村务公开内容、时间、形式和程序提出明确要求。", fam("三务", "村务", "党务", "财务")),
    # … but not kinds of 治 that open clauses of different shapes
    ("坚持自治为基础，法律法规要学习，德治建设有成效。", []),
    # tests/real r130: items of one shape (…提级…) cut the verbs before the first one to that shape
    ("今年以来,为全力护航乡村振兴,县纪委监委围绕惠民资金发放、农村集体“三资”管理、民生工程建设等重点,开展采取重大案件提级查办、重点领域提级监督、突出问题提级整治“三提级”模式,全力破解基层顽瘴痼疾。",
     fam("三提级", "重大案件提级查办", "重点领域提级监督", "突出问题提级整治")),
    # tests/real r129: a name opening a sentence points back at the list closing the one before
    (["三明市纪委监委深入开展问题线索大起底,汇总形成政策库、项目库和问题线索库。在“三库”基础上,市纪委监委紧盯乡村振兴项目建设背后的责任、作风和腐败问题。"],
     fam("三库", "政策库", "项目库", "问题线索库")),
    # tests/real r137: a list right after another formula's name begins after the words that lead into
    # it (则是依托, 和); a quoted time of day (“六点半故事会”) is an item, not a formula
    (["“三治”则是依托廉政引领者、廉洁示范者、廉情监督员三支队伍和板凳评议团、“六点半故事会”、廉情谈心室三大宣教阵地促清正,推进社区自治、法治、德治“三治”融合,实现权力运行依纪依法。"],
     fam("三支队伍", "廉政引领者", "廉洁示范者", "廉情监督员") + fam("三大宣教阵地", "板凳评议团", "六点半故事会", "廉情谈心室")
     + fam("三治", "自治", "法治", "德治")),
    # tests/real r142: a numeral and a noun right after a quoted list name it (“党务、村务、财务”三公开)
    (["村级监察工作联络站以“党务、村务、财务”三公开为监督抓手,通过列席村“两委”会议、审查审核票据等方式,对村务决策执行进行监督。"],
     fam("三公开", "党务", "村务", "财务")),
    # tests/real r143: a set named, then spelled as that many quoted words ending in its key
    (["日前,沁阳市纪委、监察委积极引导该市329名村级廉情监督员做好“五员”,构建起无缝隙村级监察网络。",
      "做好“联络员”,承担起上传下达、上协下调的角色。做好“宣传员”,积极向广大群众宣传党的政策法规。做好“参谋员”,全过程参与农村两委会召开的各种会议。做好“监察员”,将关口前移。做好“协调员”,针对群众反映的热点难点问题,及时建议村两委会重点落实。"],
     fam("五员", "联络员", "宣传员", "参谋员", "监察员", "协调员")),
    # tests/real r233: items that end in a quoted character and the 廉 they share are that character and 廉
    # (the words before say how); ../shared/gold/000's 文化“聚邻”, sharing nothing after its quotes, stays whole
    (["“三廉”并重固守清廉底色",
      "一是强化学习“育”廉。开展廉政教育活动7场次,以学育廉筑牢社区党员干部清廉思想防线。二是明晰红线“护”廉。梳理社区“小微权力”清单21项。三是完善机制“固”廉。定期召开专题廉情分析会。"],
     fam("三廉", "育廉", "护廉", "固廉")),
]


@pytest.mark.parametrize("lines,want", EXAMPLES)
def test_formula_shapes(lines, want, lex):
    assert rows(lines, lex) == want


@pytest.mark.parametrize("lines,want", PHRASINGS)
def test_phrasings_beyond_the_corpus(lines, want, lex):
    assert rows(lines, lex) == want


@pytest.mark.parametrize("lines,want", BUGS)
def test_bugs_caught(lines, want, lex):
    assert rows(lines, lex) == want


def test_evidence_offsets_point_at_items_and_sentences(lex):
    text = "龙山街道旗龙路社区以“五廉”+“五微”工作模式，即：党建领廉、共建促廉、制度固廉、阵地创廉、数字助廉，微队伍、微服务、微治理、微风尚、微创新。"
    doc = doc_of("标题", text)
    got, _ = extract_measures(doc, DocMeta(), [], [], lex)
    assert got
    for m in got:
        assert doc.text[m.item_start:m.item_end] == m.item
        assert doc.text[m.start:m.end] == m.sentence and m.start <= m.item_start < m.item_end <= m.end


def test_count_differing_from_the_numeral_is_flagged(lex):
    doc = doc_of("建立“五廉”工作机制（形式多样学廉，警钟长鸣观廉，宣传教育倡廉，日常工作督廉）。")
    got, warnings = extract_measures(doc, DocMeta(), [], [], lex)
    assert [m.item for m in got] == ["形式多样学廉", "警钟长鸣观廉", "宣传教育倡廉", "日常工作督廉"]
    assert all(m.flag == "count 4 != 5" for m in got)
    assert [w.kind for w in warnings] == ["formula_count"]


def test_dimensions_come_from_the_data_file(lex):
    got = {m.item: m.dimension for m in extract_measures(doc_of(EXAMPLES[0][0]), DocMeta(), [], [], lex)[0]}
    assert got == {"党建引廉": "党建", "民主促廉": "民主", "监督管廉": "监督", "问效强廉": "问效", "文化育廉": "文化"}
    zhi = extract_measures(doc_of(EXAMPLES[3][0]), DocMeta(), [], [], lex)[0]
    assert [m.dimension for m in zhi] == ["政治", "自治", "法治", "德治", "智治"]


def test_user_lexicon_adds_a_dimension(tmp_path):
    from qlcli.lexicon import load

    extra = tmp_path / "mine.toml"
    extra.write_text('[measures.dimensions]\n"清风" = ["问效"]\n', encoding="utf-8")
    lex = load((str(extra),))
    got = {m.item: m.dimension for m in extract_measures(doc_of(EXAMPLES[0][0]), DocMeta(), [], [], lex)[0]}
    assert got["问效强廉"] == "问效"  # earlier dimensions win; a new word list still loads
    assert "清风" in lex.section("measures")["dimensions"]


def test_attribution_case_paragraph_story_and_area(lex):
    para_village = "在社工帮助下，金刚村组建了村民议事会、红白理事会、道德评议会“三会”组织并充分发挥作用。"
    para_area = "基层设施和队伍建设方面，做好“强堡垒、强队伍、优服务”三项工作。"
    units = [Unit(unit="渝北区木耳镇金刚村", town="木耳镇", village="金刚村", kind="村"),
             Unit(unit="渝北区茨竹镇放牛坪村", town="茨竹镇", village="放牛坪村", kind="村")]
    doc = doc_of(para_village, para_area)
    got, _ = extract_measures(doc, DocMeta(doc_type="news", region="重庆市渝北区"), units, [], lex)
    assert {(m.family, m.unit) for m in got} == {("三会", "渝北区木耳镇金刚村"), ("三项工作", "重庆市渝北区")}
    # a story about one village: its formulas are the village's
    got, _ = extract_measures(doc_of(para_area), DocMeta(doc_type="news", region="古丈县"), units[:1], [], lex)
    assert {m.unit for m in got} == {"渝北区木耳镇金刚村"}
    # inside a case: the case's unit
    case = Case("case01", "龙塔街道鲁能西路社区", "五廉驱动", 1, start=0, end=len(doc.text))
    got, _ = extract_measures(doc, DocMeta(region="重庆市渝北区"), units, [case], lex)
    assert {(m.case_id, m.unit) for m in got} == {("case01", "龙塔街道鲁能西路社区")}


def test_each_item_points_at_its_own_sentence(lex):
    doc = doc_of(*EXAMPLES[-2][0])  # items spelled out by four headings
    got, _ = extract_measures(doc, DocMeta(), [], [], lex)
    assert len({m.start for m in got if m.family == "三廉"}) == 3
    for m in got:
        assert doc.text[m.start:m.end] == m.sentence and m.start <= m.item_start < m.item_end <= m.end
    assert {m.item: m.dimension for m in got if m.family == "三廉"} == {"倡廉": "自治", "守廉": "法治", "养廉": "德治"}


def test_a_name_before_a_table_takes_the_column_its_items_fill(lex):
    """Bug caught (held-out 绩溪 plan): “五个一” spelled out in a table's 任务名称 column."""
    cells = [("序号", 0, 0), ("任务名称", 0, 1), ("主要内容", 0, 2)]
    tasks = ["一张权力清单", "一个监督平台", "一支监督队伍", "一套考评办法", "一批示范村居"]
    cells += [c for i, t in enumerate(tasks, 1) for c in ((str(i), i, 0), (t, i, 1), ("每村配备监督员3名", i, 2))]
    blocks = [RawBlock("paragraph", "（一）实施“五个一”工程。各村（社区）按照下表推进“五个一”工程：")]
    blocks += [RawBlock("table_cell", t, table=0, row=row, col=col) for t, row, col in cells]
    doc = build_document(blocks, doc_id="x", path="x.docx", file_name="x.docx", format="docx")
    got, _ = extract_measures(doc, DocMeta(region="绩溪县"), [], [], lex)
    assert [(m.family, m.item, m.unit) for m in got] == [("五个一", t, "绩溪县") for t in tasks]
    assert [doc.text[m.item_start:m.item_end] for m in got] == tasks


def test_the_villages_a_count_names_are_no_formula(lex):
    # tests/real r152: 飞仙村、凤禾村…和大河村4个集体经济收入“百万村”: places counted, not a formula's items
    from qlcli.extract.units import extract_units
    line = "当日,芦山县飞仙关镇飞仙村、飞仙关镇凤禾村、龙门镇青龙场村和太平镇大河村4个集体经济收入“百万村”同步举办2022年度村集体经济收益分红大会。"
    units = extract_units(doc_of(line), lex)
    assert len(units) == 4
    assert rows([line], lex, units=units) == []


def test_a_count_of_village_committees_is_no_formula(lex):
    # tests/real r257: a unit's own word after the count (四个村委会) counts units, as 村 and 社区 do
    line = "近日,在工作队的支持下,长坡镇大石冲、旺利、中和、银坑四个村委会的“积分超市”货架集中上新。"
    assert rows([line], lex) == []


def test_a_set_of_peoples_names_is_no_formula(lex):
    # tests/real r175: 选择了谷文昌、焦裕禄、牛玉儒、延国和等四位同志: four people, not a formula's items
    line = "第二部分是“共产党员”,选择了谷文昌、焦裕禄、牛玉儒、延国和等四位同志,讲述了他们廉政勤政的故事。"
    assert rows([line], lex) == []


def test_members_counted_are_no_formula(lex):
    # tests/real r245: 監委會主任和我們兩位委員都得簽: two members of a committee, not a formula 两位委员
    line = "凡是支出發票,監委會主任和我們兩位委員都得簽。"
    assert rows([line], lex) == []


def test_the_last_of_a_run_of_numerals_counts_nothing(lex):
    # tests/real r195: 促进农村一二三产业融合发展: the first, second and third industries, not a formula 三产业
    line = ("推介一批美丽休闲乡村,旨在让城乡居民享受更多好山好水好风光,带动乡村生产生活生态价值提升、"
            "拓宽农民增收致富渠道、促进农村一二三产业融合发展。")
    assert rows([line], lex) == []


def test_a_list_before_its_quoted_name_ends_before_the_place_it_is_held_at(lex):
    # tests/real r209: 召开问经济发展、问政策执行、问干部作风的院坝“三问”质询会: the last item ends at 的
    line = "该镇多次召开问经济发展、问政策执行、问干部作风的院坝“三问”质询会,镇纪委和参会群众现场质询村社干部。"
    assert rows([line], lex) == [("三问", "问经济发展"), ("三问", "问政策执行"), ("三问", "问干部作风")]
