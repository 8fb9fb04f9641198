"""Identifiers in Chinese, Japanese, Thai and Hebrew script, which have no capital letters.

Why a module of its own: every other name rule looks for a capitalised word, and every number rule
for a word boundary, and neither exists in these scripts ("患者王伟" has no space between the cue
and the name; "电话139 1088 2233" has no boundary before the digits). So the rules here are anchored
on the cue words of the script itself: a relation or role word before a name (患者, 儿子, 妻, 主治医),
an honorific after it (様, さん, 先生, 医生); dates by their unit characters (年 月 日, the Japanese eras
昭和 平成 令和, Thai month abbreviations with a Buddhist-era year); addresses by their
administrative units (…市…区…路…号, 〒 and …都/道/府/県…区…); the Chinese 18-digit resident id by its
structure (area code, birth date, check digit); ages over 89 with 岁/歳 and Hebrew בן/בת; Thai
plates after a plate cue; and a name in these scripts after an English relation word
("mother שרה בן-דוד"). Patterns are written folded (``folding.fold_text``), as the text is.
"""

from __future__ import annotations

from triage.deid_text.folding import fold_text

_HAN = r"\p{Han}"
_KANA = r"\p{Hiragana}\p{Katakana}ー"
_SCRIPT = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hebrew}\p{Thai}]"
# Relation and role words before a name, with or without a space ("患者王伟", "妻 山田花子"). Chinese
# puts a verb straight after them as readily ("患者诉胸痛": the patient reports chest pain), so a name
# with no space before it must start with a common Chinese surname; after a space, it must be followed
# by a space or an honorific.
_CUE_BEFORE = fold_text("患者|病人|病患|儿子|女儿|妻子|丈夫|老公|老婆|孙子|孙女|外孙|外孙女|母亲|父亲|妈妈|爸爸|哥哥|姐姐"
                        "|弟弟|妹妹|家属|联系人|息子|娘|妻|夫|母|父|兄|姉|弟|妹|孫|家族|主治医|担当医")
_SURNAMES = fold_text("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                      "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
                      "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
                      "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
                      "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
                      "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
# Honorifics and titles after a name ("山田太郎 様", "佐藤健一先生"); "李医生" is a surname and a title.
_TITLE_AFTER = fold_text("様|さん|先生|氏|君|ちゃん|教授")
# Nouns that take an honorific too ("患者様" the patient, "お客様", "皆様", "ご家族様").
_NOT_NAMES = fold_text("患者|お客|皆|利用者|ご家族|家族|ご本人|本人|担当|主治医|看護師|医師|お子|奥")
_RELATIONS_EN = (r"mother|father|wife|husband|son|daughter|brother|sister|grandson|granddaughter|grandmother"
                 r"|grandfather|mum|dad|aunt|uncle|niece|nephew|cousin|friend|partner|interpreter|nurse|dr")
PERSON_PATTERNS = (
    ("after a cue", rf"(?<=(?:{_CUE_BEFORE})[:：]?)[{_SURNAMES}][{_HAN}]{{1,2}}(?=[\s,，、.。:：()（）]|$|(?:{_TITLE_AFTER}))"
                    rf"|(?<=(?:{_CUE_BEFORE})[:：]?\s+)[{_HAN}]{{2,4}}(?=\s|(?:{_TITLE_AFTER}))"),
    ("before an honorific", rf"(?<![{_HAN}{_KANA}])(?!(?:{_NOT_NAMES}))[{_HAN}{_KANA}]{{2,5}}(?=\s*(?:{_TITLE_AFTER}))"),
    ("surname and title", rf"[{_SURNAMES}](?:{fold_text('医生|大夫|护士|先生|老师')})"),
    ("after an english relation word", rf"(?i)(?<=\b(?:{_RELATIONS_EN})\.?\s+){_SCRIPT}+(?:[\s-]{_SCRIPT}+){{0,2}}"),
)
_ERA = fold_text("明治|大正|昭和|平成|令和")
_THAI_MONTHS = fold_text("ม.ค.|ก.พ.|มี.ค.|เม.ย.|พ.ค.|มิ.ย.|ก.ค.|ส.ค.|ก.ย.|ต.ค.|พ.ย.|ธ.ค."
                         "|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
                         "|พฤศจิกายน|ธันวาคม").replace(".", r"\.")
DATE_PATTERNS = (
    ("year month day", r"(?<!\d)(?:1[89]|20)\d\d\s*年\s*(?:1[0-2]|0?[1-9])\s*月(?:\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号])?"),
    ("month day", r"(?<!\d)(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号]"),
    ("japanese era", rf"(?:{_ERA})\s*(?:\d{{1,2}}|元)\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?"),
    ("thai month", rf"(?<!\d)(?:3[01]|[12]\d|0?[1-9])\s*(?:{_THAI_MONTHS})(?:\s*(?:25|26)\d\d)?"),
)
AGE_PATTERNS = (
    ("years", r"(?<!\d)(?:9\d|1[01]\d)\s*(?:岁|歳|才|周岁)"),
    ("hebrew ben/bat", r"(?<![\p{Hebrew}])(?:בן|בת)\s*(?:9\d|1[01]\d)(?!\d)"),
)
_UNIT_CHARS = fold_text("路|街|道|巷|弄|胡同|大道|大街|村|镇|乡")
_BUILDING = fold_text("号|号楼|栋|幢|单元|室|楼|层")
_PREFECTURE = fold_text("東京都|北海道|大阪府|京都府") + rf"|[{_HAN}]{{2,3}}県"
ADDRESS_PATTERNS = (
    # 北京市朝阳区建国路88号, 上海市徐汇区漕溪北路600号: city, district, street, number
    ("chinese", rf"(?:[{_HAN}]{{2,4}}(?:省|市|自治区))?(?:[{_HAN}]{{2,5}}市)?[{_HAN}]{{1,5}}(?:区|县)"
                rf"[{_HAN}\d]{{1,8}}?(?:{_UNIT_CHARS})\s*\d{{1,5}}(?:-\d{{1,4}})?\s*(?:{_BUILDING})"
                rf"(?:\s*\d{{1,5}}\s*(?:{_BUILDING}))*"),
    # 東京都渋谷区渋谷2-21-1: prefecture, city or ward, block, numbers (chome-banchi-go)
    ("japanese", rf"(?:{_PREFECTURE})(?:[{_HAN}{_KANA}]{{1,6}}?(?:市|区|町|村|郡)){{1,3}}[{_HAN}{_KANA}]{{0,6}}"
                 rf"(?:\d{{1,4}}(?:\s*(?:丁目|番地|番|号|-|−|の)\s*\d{{0,4}}){{0,4}})?"),
    # 协和医院, 東京大学病院: a named hospital or clinic
    ("hospital", rf"(?![日月年号在于到去从])[{_HAN}{_KANA}]{{2,8}}(?:{fold_text('医院|病院|诊所|卫生院|クリニック|医療センター|医疗中心')})"),
)
POSTCODE_PATTERNS = (
    ("labelled", rf"(?<=(?:{fold_text('邮编|邮政编码|郵便番号')}|〒)\s*[:：]?\s*)\d{{3}}(?:-?\d{{3,4}})"),
)
ID_PATTERNS = (
    # 110105193005051234: area (6), birth date (8), sequence (3), check digit or X
    ("chinese resident id", r"(?<![\dA-Za-z])[1-9]\d{5}(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                            r"\d{3}[\dXx](?![\dA-Za-z])"),
    # 保険証 記号12 番号3456: a Japanese insurance card's symbol and number
    ("japanese insurance card", rf"{fold_text('記号')}\s*[\d-]+\s*{fold_text('番号')}\s*[\d-]+"),
)
PHONE_PATTERNS = (
    # 电话139 1088 2233: digits glued to the script before them, where no word boundary is
    ("after the script", rf"(?<=[{_HAN}{_KANA}：]\s*)\+?\d{{2,4}}(?:[\s-]?\d{{3,4}}){{2,3}}(?!\d)"),
)
PLATE_PATTERNS = (
    # กข 1234 กรุงเทพ, 1กม 5521: Thai consonants and digits after a plate cue, the province after
    ("thai", r"(?i)(?<=\b(?:plate|rego|tabien)\s*:?\s*)\d?[\p{Thai}]{1,3}\s*\d{1,4}(?:\s+[\p{Thai}]+)?"),
)
