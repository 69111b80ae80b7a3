"""What one line of pasted text looks like: the features the cleaner reads.

A browser's select-all and copy turns every block of a page into a line, so
the cleaner decides line by line. Prose is long, ends like a sentence and is
full of the language's small words; menus are short, unpunctuated and
capitalised; captions, bylines and dates have shapes of their own. This
module measures those things once per line so the rules in
``clipper.clean.text`` stay readable.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from clipper.clean import boilerplate, dates

# The commonest words of each language: their share tells prose from a list of names.
_STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the a an and or but of to in on at for with by from as is are was were be been "
        "has have had it its this that these those he she they we you i his her their our "
        "not no will would can could should said says which who what when where than then "
        "there also after before about over into more most up out so if all one new",
        "de": "der die das den dem des ein eine einen einem einer und oder aber in im an am auf "
        "mit von vom zu zum zur für ist sind war waren wird werden hat haben nicht auch es "
        "sie er wir ich sich dass als wie bei nach aus noch nur so um über bis durch man",
        "fr": "le la les un une des du de d l et ou mais en dans sur pour par avec au aux est "
        "sont était a ont il elle ils elles on nous vous je ce cette ces qui que qu ne pas "
        "plus se sa son ses leur leurs y été être comme selon",
        "es": "el la los las un una unos unas de del y o pero en con por para a al es son fue "
        "era ha han se su sus que no lo le les como más este esta estos estas ya muy sin "
        "sobre entre también hasta desde",
        "it": "il lo la i gli le un una uno di del della dei e o ma in con per a al è sono "
        "era ha hanno si suo sua che non come più questo questa anche nel nella da dal",
        "pt": "o a os as um uma de do da dos das e ou mas em no na com por para ao é são foi "
        "era tem se seu sua que não como mais este esta também pelo pela",
        "nl": "de het een en of maar in op aan met van voor door bij is zijn was waren wordt "
        "heeft hebben niet ook dat die dit als er ze hij zij we ik naar om te",
        "cs": "a se na je v ve že to s z do o k i by jako ale pro tak jsou byl byla bylo které "
        "který která po od za už jen jeho její při než aby",
        "pl": "i w z na się nie do że to jest o jak ale po od za przez dla jego jej tak co są "
        "był była było które który która już tylko także",
        "ru": "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
        "только ее мне было вот от меня еще нет о из ему теперь когда это который",
        "uk": "і в у на з що не як до та це він вона але за від по для його її є був була",
        "el": "και το η ο τα της του των στο στη στην σε με για από που να θα δεν είναι ότι "
        "οι τον την ένα μια ή αλλά",
        "ar": "في من على إلى عن أن إن مع هذا هذه التي الذي كان كانت ما لا قد بين بعد أو ثم "
        "عند حتى ذلك",
        "fa": "و در به از که این را با است برای آن یک تا بر هم می شد کرد شده",
        "he": "של את על עם זה לא כי גם הוא היא אם או אבל יש היה הם אני כל",
        "hi": "के का की है में से को और ने पर यह भी एक हैं था कि लिए इस तो ही थे हो गया",
        "sv": "och i att det som en på är av för med till den har de inte om ett men var sig "
        "så vid kan från också efter",
        "da": "og i at det som en på er af for med til den har de ikke om et men var sig så "
        "ved kan fra også efter",
        "nb": "og i at det som en på er av for med til den har de ikke om et men var seg så "
        "ved kan fra også etter",
        "fi": "ja on ei se että oli hän ovat mutta kun myös sen ole kuin tai jo vain niin "
        "mukaan joka",
        "tr": "ve bir bu da de için ile olarak çok daha ama gibi en olan ne var o ki sonra "
        "kadar değil",
        "id": "yang dan di ke dari ini itu untuk dengan tidak akan pada juga dalam adalah ada "
        "oleh atau sudah telah bahwa karena kami saya mereka jika kalau bisa masih hanya saat "
        "harus namun tersebut sebagai setelah hingga agar sehingga lebih",
        "ro": "și în de la a cu pe că din nu o un care mai este au fost pentru sau dar",
        "hu": "a az és hogy nem is egy meg de van volt csak már mint még ez el ki be",
        "sk": "a je na v sa že to s z do o k i by ako ale pre tak sú bol bola bolo ktoré "
        "ktorý ktorá po od za už len jeho jej pri než aby",
        "bg": "и в на е от за с да не се че по са като това той тя те но как който която "
        "което още при след към или беше",
        "lv": "un ir ar par no uz kā bet vai ka arī to tas tā kas jau vēl pēc pie līdz nav "
        "bija tiek tika šo šī viņš viņa mēs viņi savu gan tikai",
        "lt": "ir yra su iš į kad bet ar tai jis ji jie kaip buvo dar už apie po prie nuo tik "
        "kuris kuri taip pat jau nėra bus",
        "et": "ja on ei et see ka oli kui aga mis ta nad või nii ning veel kes siis selle "
        "seda oma juba mida pärast üle",
        # Vietnamese writes each syllable apart: its small words are syllables too.
        "vi": "và của là có được trong cho không những các một này với người đã để từ khi "
        "đến cũng như theo về vào ra thì sẽ nhưng",
    }.items()
}
_NAMES_ELSEWHERE = ("sk", "bg", "lv", "lt", "et", "vi")
_STOP_WORDS["no"] = _STOP_WORDS["nb"]  # language identifiers name Norwegian Bokmål either way
#: The small words of any language, which no name is made of ("Read More").
#: Not those of the languages added last: Vietnamese "theo" and Lithuanian
#: "pat" are first names elsewhere, and the rule reads names in every language.
_ALL_STOP_WORDS = frozenset().union(
    *(words for lang, words in _STOP_WORDS.items() if lang not in _NAMES_ELSEWHERE)
)
_CJK_FUNCTION = {
    "zh": frozenset(
        "的了是在和有也就不都而及与着或把被对从为以这那个们中上他她说将已與著對從為這個們說將還會"
    ),
    "ja": frozenset("のにはをがとでたしてもないかるれ"),
    # Korean particles and endings, written after the word they mark ("정부는", "밝혔다").
    "ko": frozenset("은는이가을를의에도로와과고다서며면만"),
}
_SENTENCE_END = re.compile(
    r"[.!?。！？…;:।؟][\"'”’»」』)）\]]*$|[\"”»」』]$"
    # "…採決される見通し。（佐々木美帆）": a Japanese paper signs its last paragraph
    r"|。[（(][\u3005\u3040-\u30ff\u4e00-\u9fff・ ]{2,10}[）)]$"
    # "… karena kami setiap hari lewat sini," ujarnya. (*)": an agency's or a paper's end
    # mark after the last sentence, "(*)", "(ant)", "(EFE)", "(kpl/mdk)"
    r"|[.!?][\"'”’»]*\s+\((?:\*|[\w*/]{2,12})\)$"
)
#: (with "々", the mark that repeats a kanji: "佐々木")
_CJK_CHAR = r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]"
_CJK = re.compile(_CJK_CHAR)
_CJK_CODE = re.compile(  # "=" with no CJK beside it, a space apart at most: "x = 1", "a=b"
    rf"[{{}}]|(?<!{_CJK_CHAR})(?<!{_CJK_CHAR}\s)=|=(?!\s?{_CJK_CHAR})"
    # A semicolon, unless it parts two clauses of Chinese ("…侵害;引导…"), as an ASCII
    # semicolon typed for "；" does.
    rf"|(?<!{_CJK_CHAR});|;(?!{_CJK_CHAR})"
)
# A Korean sentence: Korean words spaced as in English, and a full stop at the end.
_KO_SENTENCE = re.compile(r"[\uac00-\ud7af][.!?][\"'”’)]*$")
#: A word: letters, with the vowel signs and points that Indic, Arabic and Hebrew
#: writing sets on them (combining marks, which ``\w`` does not take). Thai and
#: Lao do not space their words: there the marks still part the runs, which
#: counts about a word per syllable, as the weights were measured.
_LETTER = r"(?:[^\W_]|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff])"
_WORD = re.compile(rf"{_LETTER}+(?:[-'’]{_LETTER}+)*")
# List markers; "o Item" is the bullet of a nested list in text renderings.
BULLET_START = _BULLET = re.compile(
    r"^(?:[•·▪●◦‣∙\-–—*+]\s+|o\s+(?=[A-Z])|\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)"
)
#: (The parts between the arrows are links, parted by "::", "|" or "·": a quotation in
#: French or Swiss guillemets, "«Nous ne lâcherons rien»", has none.)
_PAGER = re.compile(r"^[«‹←]\s*\S.{0,150}(?:\s::\s|\s\|\s|\s·\s).{0,150}\S\s*[»›→]$")
_ARROW_SEP = re.compile(r"\s?[›>]\s?")
_TRAIL_STEP_WORDS = 3
#: A trail's link home and one step more, whatever the separator: "首页 - 新闻动态".
_FROM_HOME = re.compile(
    r"^(?:位置[:：]\s*)?(?:首页|首頁|主页|ホーム|홈|home|startseite|accueil|inicio|portada)"
    r"\s*[-–—/|>›»]\s*[^\s.!?。！？,，:：]{1,24}(?:\s[^\s.!?。！？,，:：]{1,24}){0,2}$",
    re.IGNORECASE,
)
_TRAIL_STEP_CHARS = 24
_SPLIT_DATE = re.compile(
    r"^[ \t]*((?:19|20)\d\d)[ \t]*\n[ \t]*(0?[1-9]|1[0-2])[/.-](0?[1-9]|[12]\d|3[01])[ \t]*"
    r"(?:\n[ \t]*([0-2]?\d:[0-5]\d)[ \t]*)?$",
    re.MULTILINE,
)
#: A row of links each in its brackets, as plain pages print them: "[Home] [About] [Archive]",
#: "[Docs] [txt|pdf] [Tracker] Versions: 00 01 02"; a few words may follow, no sentence.
_BRACKET_ROW = re.compile(
    r"^\s*(?:\[[^\[\]\n]{1,30}\]\s*){3,}(?:[^\s.!?。！？][^.!?。！？]{0,60})?$"
)
_BREADCRUMB_SEP = re.compile(r"\s(?:»|›|>|/|\|)\s|\s?[»›>]\s?")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]")
_TAB_CELLS = re.compile(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
_LEADING_SPACE = re.compile(r"^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$")
#: A heading's link to itself, printed after it ("Setting up¶"): documentation
#: generators (Sphinx, MkDocs) show it on hover, and a text copy keeps it.
_ANCHOR_MARK = re.compile(r"(?<=\S)\s*\u00b6\s*$")  # (a pilcrow alone is the line's text)

# Captions and photo credits.
_CAPTION_START = re.compile(
    r"^(?:(?:image|photo|picture) credits?|photo|photos|photograph|image|picture|pictured|pic|pics"
    r"|illustration|graphic|video|credit|"
    r"foto|fotos|bild|grafik|abbildung|illustration|imagen|ilustración|zdjęcie|fotoğraf|фото|"
    r"φωτογραφία|φωτό|تصوير|صورة|फोटो|तस्वीर|资料图|资料照片|图|图片|圖|摄影|攝影|写真|画像)"
    r"\s*(?:\d+\s*)?[:：/／|]|^fot\.\s|^图为|^圖為|^item \d+ of \d+|^\[\d+/\d+\]|^\(\d+/\d+\)"
    # a gallery's counter: "Foto 1 dari 6", "Bild 1 von 14", "Photo 3 of 12"
    r"|^(?:photo|foto|bild|image|imagen|immagine)\s+\d+\s*(?:of|von|de|di|dari|sur|van|z|/)\s*\d+$"
    r"|^\(?sumber (?:gambar|foto)\s*:"  # Indonesian: "(Sumber gambar: dokumentasi pribadi)"
    r"|^(?:攝影|摄影)[\u4e00-\u9fff]{2,4}$"  # "攝影周皓維": the photographer, glued
    # "图片来源：视觉中国", "*头图来源：视觉中国", "画像提供：豆乳ラテさん": a picture's credit
    r"|^\*?(?:图片来源|圖片來源|图片提供|圖片提供|头图来源|頭圖來源|题图来源|題圖來源|画像提供"
    r"|写真提供)\s*[:：]"
    # "KEYSTONE/Marc Devaud": the agency in capitals, then the photographer
    r"|^(?-i:[A-Z]{3,15})\s?/\s?(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){1,2})$"
    # "JEAN-LUC FOURNIER / CIRIC": a photographer in capitals, then the agency
    r"|^(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){1,3})\s?/\s?(?-i:[A-Z][A-Z0-9&.-]{1,15})$"
    # "PHOTO ÉTIENNE GAGNON, LA PRESSE": the word and the photographer in capitals, no colon
    r"|^(?-i:PHOTOS?|FOTOS?)\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+\s[A-ZÀ-Ý])"
    # "Francis Chung/POLITICO", "Kevin Stent/Stuff": a photographer, then the outlet
    # (the outlet in capitals, or in words of one to three after an unspaced slash:
    # "…/Berliner Zeitung")
    r"|^(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})(?:\s?/\s?(?-i:[A-Z][A-Z0-9&.-]{1,15})"
    r"|/(?-i:[A-Z][A-Za-z0-9&.-]{1,20})(?:\s(?-i:[A-Z][A-Za-z0-9&.-]{1,20})){0,2})$"
    # "© Lena Hartwig / dpa", "© KURIER/Martin Aigner": a photographer and an agency, either
    # way round, no year, no rights
    r"|^©\s*(?-i:[A-Z])[\w.'’-]+(?:\s(?-i:[A-Z])[\w.'’-]+){0,3}\s?/\s?[\w.-]{2,20}"
    r"(?:\s(?-i:[A-Z])[\w.'’-]+){0,2}$"
    # a wire's archive photo: "FILE - A worker checks chips...", "Archivo - Varios viajeros…"
    r"|^(?-i:FILE|Archivo|ARCHIVO)\s+[-–—]\s"
    r"|^(?:imagen|foto|fotografía) de archivo\b"  # "Imagen de archivo de un episodio de calima…"
    r"|^\((?:l-r|l to r|left to right|from left|v\.l\.n\.r\.|de g\. à d\.)\)"  # "(L-R) Mike Pompeo"
    r"|^(?:from left|left to right|l-r|v\.l\.n\.r\.|de gauche à droite)\s*[:,]"
    # "Midi Libre - L. R.": the paper, then its photographer's initials
    r"|^(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3})\s[-–]\s(?-i:(?:[A-Z]\.(?:-[A-Z]\.)?\s?){1,3})$",
    re.IGNORECASE,
)
_CAPTION_MARK = re.compile(
    r"\((?:photo|photograph|picture|pic|image|courtesy|credit|foto|bild|archivo|symbolbild|file)"
    r"\b[^)]*\)"
    # "…はみ出す3匹（画像提供：豆乳ラテさん）"
    r"|（(?:画像提供|写真提供|画像|写真)[：:][^）]{1,30}）\s*$"
    r"|[｜|]\s*(?:图片来源|圖片來源|图片|圖片)\s*[:：]\s*\S{1,20}$"  # "…产品。｜图片来源：星眸科技"
    r"|\([^()]{0,60},\s*file\)"  # an archive photo's credit: "(Chinatopix via AP, File)"
    # "… ayer por la tarde. | Lucía Granda": the photographer after a bar (Prensa Ibérica)
    r"|[.!?]\s\|\s(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s(?-i:[A-ZÀ-Ý][\w'’-]+)){1,2}$"
    r"|\[(?:file|photo|photos|reuters|afp|ap|getty images)\b[^\[\]]{0,40}\]\s*$"  # "[File: AFP]"
    r"|\([^()]{2,60}\s(?:photography|photos)\)\s*$"  # "(Al Dukes Photography)"
    # "…looking for space.(Juan Figueroa / Staff Photographer)": the photographer's trade
    r"|\([^()/]{2,40}/\s*(?:staff\s+|contributing\s+|freelance\s+)?(?:photographer|photo editor"
    r"|photojournalist|photographe|fotógraf[oa]|fotograf(?:in)?|fotografo)\)\s*$"
    # "... combined. © Reuters", "… le 5 mai 2024. © Ibrahima Sow / RFI"
    # ("… ce mercredi 5 mars. © Camille Rivoire / France Télévisions", "… © Elodie Favre
    # pour Le Temps": the agency or paper in words of its own)
    r"|\.\s+©\s*(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){0,2}"
    r"(?:(?:\s?/\s?|\spour\s|\sfor\s|\sfür\s|\spara\s)[\w.-]{2,20}(?:\s(?-i:[A-Z])[\w.-]*){0,2})?\s*$"
    # "…露出大片裸露地。（中央社檔案照片）": an agency's file photo, named in brackets
    r"|[（(][^（）()]{0,12}(?:檔案照片|资料照片|資料照片|檔案照|资料图|資料圖)[）)]\s*$"
    # "… di rak kelas. (Sumber gambar: dokumentasi pribadi)": the credit in brackets
    r"|\((?:photo|foto|image|picture|bild|imagen|sumber (?:gambar|foto))\s*:[^()]{1,60}\)\s*$"
    # "… le 17 août 2025. Photo AFP": a wire's picture, its name after the caption
    r"|\.\s+(?:photo|foto)\s+(?-i:AFP|AP|Reuters|REUTERS|EPA|dpa|EFE|ANSA|Xinhua)$"
    # "… vieilles de près de cinquante ans. © Photo d'archives Jérémie Fulleringer"
    r"|\.\s+©\s*(?:photo|foto|illustration)\b[^.!?©]{0,60}$"
    # "… le 22 avril. LP/Julie Martin": the paper's code, then the photographer
    r"|\.\s+(?-i:[A-Z]{1,5})\s?/\s?(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+){0,3}\s*$"
    # "… on nutrition funding. | Francis Chung/POLITICO", "… em São Paulo - Rubens
    # Cavallari - 30.jan.2025/Folhapress": the photographer, then the paper or agency
    r"|\s[|–-]\s(?-i:[A-Z])[\w'’.-]+(?:\s(?-i:[A-Z])[\w'’.-]+){1,3}(?:\s[-–]\s[\w.]+)?"
    r"\s?/\s?(?-i:[A-Z])[\w&.-]{1,20}\s*$"
    r"|\b(?:photo(?:graph)?s? by|screenshots? by|screengrab|photo credit|courtesy of"
    r"|getty images|afp photo"
    r"|ap photo|file photo|\s?/\s?(?:reuters|afp|dpa|keystone)|(?:reuters|dpa)\s?/|epa-efe|imago"
    r"|via (?:usa today network|getty images|imagn|reuters)|^efe\s?/\s?(?-i:[A-Z])\w*"
    r"|shutterstock|picture alliance|illustration by)\b"
    r"|\bcredit(?:\.{2,3}|…)\s*(?-i:[A-Z])"  # "...since the 1970s.Credit...Dolores Achterberg"
    # "… du vendredi soir au lundi matin. Photo Thierry Lemaire - VDNPQR": no colon
    r"|[.!?»”]\s+(?:photo|foto)\s+(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+){1,3}"
    r"(?:\s?[-–/]\s?[\w.&-]{2,20})?\s*$"
    # "Picture by Keegan Carroll" (ACM's papers), a credit on its own line
    r"|^(?:picture|pictures|image|images|photo|photos|photograph)\s+by\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:\s(?-i:[A-Z])[\w'’-]+){0,3}$"
    r"|\b(?:photo|photograph|photographer|foto|bild|credit|image|source|sources|quelle|fuente"
    r"|crédito|credito|crédit|bildquelle|bildnachweis"
    r"|fonte|fotoğraf|фото|kép|fotó"
    r"|φωτογραφία|फोटो):|\bfot\.\s|\bfoto (?-i:[A-Z]{2,6})\b|[(（]?تصوير\s?:"
    r"|（资料图）|\(资料图\)|（图片来源|（摄影|（新华社|（视觉中国|写真[:：]|提供[)）]|[（(]出典[:：]"
    r"|[。.]\s*(?:图|圖|图片|圖片)\s*[:：/]\s*[^\s。]{2,12}$"  # "…的蒸发池。图：视觉中国"
    r"|[。\s（(](?:视频|网络|网页|微博|现场)?截图[）)]?$"  # "姚明场边支招周琦。视频截图"
    r"|\s(?:视觉中国|東方IC|东方IC|图虫创意|人民视觉|IC photo)$"  # "荷兰阿斯麦公司总部 视觉中国"
    # "中新社记者 贾天勇 摄", "沙坪坝区公安分局供图": who took or lent the picture, at the end
    # "…的庫底。中央社記者張新偉攝 114年3月12日": CNA adds the day, in Taiwan's calendar
    r"|(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,4}\s*[摄攝][）)]?"
    r"(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日)?$|\s[摄攝][）)]?$|供图\s*\S{0,6}$"
    # ("…廃止された。（共同）": a wire's story signed after its last sentence, no caption)
    r"|(?<!。)[（(](?:ロイター|共同|時事|AFP時事|EPA時事|新華社)[^（）()]{0,12}[）)]$"
    r"|[（(]撮影[^（）()]{0,12}[）)]$"
    r"|＝[^＝]{2,60}[、，][^\s、，]{2,8}撮影$"  # "…中学生たち＝浜松市で2024年5月18日、山田花子撮影"
    # "…話し合う自治会の役員ら＝石巻市南境の災害公営住宅集会所": where and when, after "＝"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])＝[^＝。【】]{0,30}"
    r"(?:[市町村区県都府]|\d+日|午前|午後|共同|ロイター)[^＝。【】]{0,30}$"
    # Korean credits: "/로이터 연합뉴스", "/SK하이닉스 제공", "[... 제공. 재판매 및 DB 금지]".
    r"|(?<=[\uac00-\ud7af.)])\s?/\s?(?:[\w&]{1,12}\s?){1,3}$|재판매 및 db 금지|자료사진|사진\s?=",
    re.IGNORECASE,
)
#: A photographer's name after the caption's last sentence, no mark: "… industry funds. Tamsin
#: Forde" (The Australian Financial Review).
_NAME_AFTER_CAPTION = re.compile(r"[.!?”]\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})$")


def _caption_sentence(text: str) -> bool:
    """Whether ``text`` reads as a caption's sentence: five words or more, not in title case.

    Not a headline's "… Patched a Critical Flaw." before "Update Now", nor a
    byline's label, "oprac." (Polish: compiled by) before the name.
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= _CAPTION_SENTENCE_WORDS and capitals * 2 <= len(words)


_CAPTION_SENTENCE_WORDS = 5


#: (Not a song's guest: "Only One (Ft. Stevie Wonder)", "(feat. Rihanna)".)
_NAME_CREDIT = re.compile(r"\((?!(?:ft|feat|featuring)\b\.?\s)([^()]{4,40})\)\s*$", re.I)
#: A short line closed by a wire's or picture agency's name in brackets is a
#: photo's or a video's caption: "You are what you search. (The Associated Press)".
_WIRES = (
    r"(?:the\s)?(?:associated press|ap|reuters|afp|getty images|getty|epa|dpa|xinhua|efe"
    r"|ansa|anadolu|ap images|ap photo|pa|pa archive|pa wire|pa media)"
)
_WIRE_CREDIT = re.compile(r"\(" + _WIRES + r"\)\s*$", re.IGNORECASE)
#: A picture's file name printed where its alt text failed: "google.JPG".
IMAGE_FILE = re.compile(r"[\w.\-]{1,80}\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)", re.IGNORECASE)
_CAPS_CREDIT = re.compile(  # ". J. M. ESTEBAN", ". STR (AFP)", but not "10:15 a.m. EST"
    r"[.!?][\"'”’»]?\s+(?!(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|AES?T|AEDT)\s*$)"
    r"(?:[A-ZÀ-Ý]\.\s*)*[A-ZÀ-ÝÑ]{2,}(?:[\s/-]+[A-ZÀ-ÝÑ]{2,})*"
    r"(?:\s*\([A-Z][\w.-]{1,15}(?:\s[A-Z][\w.-]{1,15}){0,2}\))?\s*$"  # the agency in brackets
)

#: An author box's count of the writer's stories: "166 publicaciones de Nerea Salcedo",
#: "1,204 articles by Jane Doe", "87 Artikel von Anna Roth".
POSTS_BY = re.compile(
    r"(?:ver\s+(?:las\s+)?)?\d[\d.,]*\s+(?:publicaciones|publicacions|artículos|articles?|posts?"
    r"|stories|artikel|beiträge|articoli|articles publiés|publications)\s+(?:de|by|von|di|du|por)"
    r"\s+(?P<name>[^\W\d_][^\d]{2,60})",
    re.IGNORECASE,
)

# A line that starts a byline ("By Jane Doe", "von Jürgen Müller"), never the line above's end.
BY_NAME = re.compile(
    r"^\s*(?i:by|von|par|por|di|door|dal(?:la)? nostr[oa] \w+|oprac\.)"
    r":?\s+[A-ZÀ-ÝŁŚŻ][\w'’-]*\s+[A-ZÀ-ÝŁŚŻ]"
)

# Bylines: "By Jane Doe", "Von ...", "Par ...", "Por ...", "作者：...", glued "ByJane Doe".
BYLINE = re.compile(
    r"^(?:(?:written|posted|published|reported|submitted|words|text|story|commentary|analysis"
    r"|geschreven|écrit|ecrit|rédigé|escrito|geschrieben"
    r"|essay|column|opinion|interview|an interview|ein interview|ein gastbeitrag|ein kommentar"
    r"|beitrag|ein beitrag|gastbeitrag"  # ARD stations' "Beitrag von A und B" under the text
    r"|eine analyse|une tribune|un entretien|una entrevista|una tribuna|a cura"
    r"|propos recueillis|entretien réalisé|interview réalisée|interviewed)\s+)?"
    r"(?:by|By|BY|von|Von|VON|par|Par|PAR|por|Por|POR|di|Di|door|Door|av|Av|af|Af"
    # "dal nostro corrispondente Luca Ferrari", "oprac. Anna Nowak" (Polish: compiled by)
    r"|dal(?:la)? nostr[oa] (?:corrispondente|inviat[oa])|oprac\.|γράφει (?:ο|η)"
    # La Libre: "Une opinion de A, professeure …, et B, chercheur …", the genre then "of"
    r"|une (?:opinion|carte blanche|chronique|tribune) de|un (?:billet|édito|texte) de"
    r"|una (?:opinión|columna|tribuna) de"
    r"|(?-i:Του|Της|Των))"  # Greek: "Του Γιώργου Παπαδόπουλου", the name in the genitive
    # "Door onze verslaggever Jan de Vries": the paper's own reporter, then the name.
    r"(?:\s+(?:onze|our|notre|nuestro|nuestra|unserem|unserer)\s+[^\W\d_]+)?"
    # ("BySamantha Johnson" is glued; "AFECTADAS TRES LÍNEAS" and "Diego" are not "af", "di")
    r"(?:\s*[:\-–]\s*|\s+|(?-i:(?<=[a-zA-Z])(?=[A-ZÀ-Ý][a-zà-ÿ])))(?P<names>\S.*)$"
    # Taiwan's papers may put the outlet first: "經濟日報／ 記者尹慧中／台北即時報導".
    r"|^(?:[\u4e00-\u9fff]{2,8}\s*[／/]\s*(?=記者|记者))?"
    r"[〔【(（]?(?:autorka/autor|autor/autorka|autorka|autor|autorin|autorzy|auteur|autora|author|authors|writer|writers|text|texto|reporter|reporters|penulis|pewarta|wartawan|"
    r"автор|авторы|автори|текст|yazar|muhabir|haber(?! merkezi)|بقلم|تقرير|كتب|كتبت|लेखक|रिपोर्ट|"
    r"autors|autori|autorius|autoriai|autorid|forfatter|forfattere|tác giả|"
    r"συντάκτης|συντάκτρια|szerző|författare|kirjoittaja|"
    r"作者|记者|記者|文|撰文者|撰文|执笔|執筆|编辑|筆者|著者|报导|報導|报道|報道"
    r"|聞き手・構成|聞き手・文|取材・文|取材・構成|聞き手・(?:本紙|本社)?記者|聞き手)"
    # Taiwan's "記者陳怡君／台北報導": the name glued to the title, the place after a slash.
    # ("文／陳怡安": Taiwan's writer's credit; but "编辑／何婧" names the editor)
    r"(?:\s*[:：/＝]\s*|(?<!编辑)(?<!編輯)\s*／\s*|(?<=者)(?=[\u4e00-\u9fff]{2,4}\s*[／/])"
    r"|(?<=[記记]者)(?=[\u4e00-\u9fff]{2,3}$)"  # "記者林佩真": the trade glued to the name
    r"|(?<=聞き手・本[紙社]記者)\s+|(?<=聞き手・記者)\s+)"
    r"(?P<names2>\S.*)$"
    # The outlet before the trade: "界面新闻记者 | 张一鸣".
    r"|^[\u4e00-\u9fff]{2,8}(?:记者|記者)\s*[|｜:：]\s*(?P<names3>\S.*)$"
    # The outlet, its reporters, their place: "民視新聞／陳冠宇、李承翰 台中報導".
    r"|^[\u4e00-\u9fff]{2,8}\s*[／/]\s*"
    r"(?P<names4>[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*)\s+[\u4e00-\u9fff]{1,6}報導$",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated|graphics|"
    r"research|mit material von|avec|con información de)\b.{0,200}\bby\b|^(?:mit material|avec afp"
    r"|con información|(?:news |content )?provided by\b|distributed by\b"
    r"|reporting from\s+[^.!?]{2,60}$"  # "Reporting from Taipei and Seoul", a line alone
    r"|[—–-]?\s*with assistance from\b"
    r"|[\u4e00-\u9fff]{2,8}(?:编辑|責編|责编|校对)\s*[|｜])",  # "界面新闻编辑 | 刘丽"
    re.IGNORECASE,
)
ROLE = re.compile(
    r"^(?:[^\W\d_][^\s,]*\s+){0,3}"
    r"(?:writer|reporter|correspondent|editor|reviews editor|columnist|contributor|journalist|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédacteur|rédactrice|periodista|"
    r"redactor|redactora|corresponsal|correspondant|correspondante|envoyée? spéciale?|"
    r"envoyés spéciaux|envoyées spéciales|correspondants|correspondantes|"
    r"chroniqueur|chroniqueuse|inviat[oa]|corrispondente|correspondente|repórter|jornalista|"
    r"giornalista|journalist(?:e|in)|reporterin|toimittaja|novinář(?:ka)?|"
    r"verslaggever|verslaggeefster|dziennikarz|dziennikarka|korespondent|корреспондент|"
    r"обозреватель|muhabiri|muhabir|مراسل|संवाददाता|ανταποκριτής|ανταποκρίτρια|"
    r"记者|編集委員|記者)"
    r"(?:\s+(?:at|for|of|in|bei|in|aus|à|au|aux|de|en|em|a|bij|w|в|στις|στο|στη)\s+.{1,40}"
    # or up to three words after the trade, no sentence's end: "dziennikarz działu Kraj"
    r"|\s+[^\s.!?。]+(?:\s+[^\s.!?。]+){0,2})?$",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset(
    "de da del della der den van von la le du di dos das bin al el ibn y e st. st te".split()
)
_FIRST_NAMES = frozenset(  # names that are small words elsewhere ("Han" is Swedish for "he")
    {
        "dan",
        "will",
        "ida",
        "ada",
        "ana",
        "jo",
        "han",
        "he",
        "ma",
        "mai",
        "su",
        "yang",
        "an",
        "le",
        "ama",
        "nur",
    }  # ("Ama Serwaa Owusu": Turkish "but", an Akan name; "Nur Hasliza": German "only")
)
#: Family names of two letters that are small words elsewhere, last in a name: "Hannah Lo".
_SHORT_SURNAMES = frozenset({"lo", "ho", "yu", "li", "wu", "xu", "ng", "oh", "ko"})
#: A form's or a card's field labels, in capitals like a name: "Display Date", "Media Name".
_FIELD_LABEL = re.compile(r"\b(?:date|datum|fecha|name|title|category|topics?)\b", re.IGNORECASE)
_ORG_WORDS = re.compile(
    r"\bs\.[al]\.?$|"  # "Telefónica S.A.", at the end: "James S.A. Corey" is a writer
    r"\b(?:ltd|limited|inc|llc|gmbh|ag|corp|corporation|company|co|group|media|news|"
    r"press|agency|university|institute|electronics|technologies|newswire|times|post|daily|"
    r"center|centre|centro|zentrum|department|ministry|committee|council|association|"
    r"foundation|society|club|league|office|radio|"
    # A newsroom or a bureau signing for its staff: "Redacción Expansión", "ARD-Studio Peking".
    r"redacción|redaccion|redaktion|rédaction|redaction|newsroom|studio|bureau|büro|desk|online"
    r"|merkezi"  # Turkish: "Haber Merkezi", the news desk
    r"|staff)\b\.?",  # "Al-Monitor Staff", "WIRED Staff": the outlet's staff, no person
    re.IGNORECASE,
)
#: First words of places, never of a person's name in a byline.
_PLACE_FIRST_WORDS = frozenset(
    "north south east west northern southern eastern western central middle united new "
    "greater latin saudi hong sri costa puerto".split()
)
_COMMENT_HEAD = re.compile(r"^.{2,60}\s(?P<verb>says|said|dice|sagt|dit|écrit|schreibt):?$")


@dataclass
class Line:
    """One non-empty line of the input with its measured features."""

    index: int
    raw: str
    text: str
    blank_before: bool
    words: int
    chars: int
    cjk: int
    end_punct: bool
    stop_share: float
    lexicon: str | None
    date_iso: tuple[dates.DateMatch, ...]
    key: str
    bullet: bool
    repeats: int = 1
    label: str | None = None
    persons: tuple[str, ...] = ()  # the authors' names when the line is a bare byline
    tags: set[str] = field(default_factory=set)
    listed: bool = False  # a section's heading that a table of contents above names

    @property
    def weight(self) -> float:
        """Length in words, Chinese and Japanese characters counted as half a word."""
        return self.words + self.cjk / 2


def join_split_date(text: str) -> str:
    """Join a date laid out in stacked boxes: "2019" / "09/07" / "19:02".

    A portal prints the year, the day and the time in blocks of their own
    above the text; copied, each is a line of numbers that reads as a menu,
    and the article has no date.
    """
    return _SPLIT_DATE.sub(
        lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" + (f" {m[4]}" if m[4] else ""), text
    )


def is_blank(text: str) -> bool:
    """Whether ``text`` shows nothing: white space and invisible characters alone."""
    return not _INVISIBLE.sub("", text).strip()


def normalise(line: str) -> str:
    r"""Strip invisible characters, indents and non-breaking spaces from one line.

    A tab between two cells (a browser copies a table row as "2016\t876\t3%")
    stays: it is how a table row is told from a menu of numbers.
    """
    line = _INVISIBLE.sub("", line).replace("\u00a0", " ")
    line = _TAB_CELLS.sub("\t", line.strip("\t"))
    return _ANCHOR_MARK.sub("", _LEADING_SPACE.sub("", line))


def stop_share(text: str, lang: str | None, words: list[str]) -> float:
    """The share of the language's small words (or function characters) in a line."""
    if lang in _CJK_FUNCTION:
        chars = _CJK.findall(text)
        if not chars:
            return 0.0
        chars_table = _CJK_FUNCTION[lang]
        return sum(ch in chars_table for ch in chars) / len(chars)
    table = _STOP_WORDS.get(lang or "")
    if not table or not words:
        return 0.0
    return sum(w.lower() in table for w in words) / len(words)


def is_stop_word(word: str) -> bool:
    """Whether ``word`` is a small word of any language Clipper reads ("The", "Und")."""
    return word.casefold() in _ALL_STOP_WORDS


def has_stop_words(lang: str | None) -> bool:
    """Whether Clipper knows the small words of ``lang``."""
    return lang in _STOP_WORDS or lang in _CJK_FUNCTION


def make_lines(text: str, lang: str | None) -> list[Line]:
    """Split pasted text into measured lines (empty lines become ``blank_before``)."""
    out: list[Line] = []
    blank = True
    measured: dict[str, Line] = {}  # a line printed again is measured once
    for raw in text.splitlines():
        clean = normalise(raw)
        if not clean:
            blank = True
            continue
        seen = measured.get(clean)
        if seen is not None:
            line = dataclasses.replace(
                seen, index=len(out), raw=raw, blank_before=blank, tags=set()
            )
        else:
            line = measured[clean] = _measure(clean, raw, lang, len(out), blank)
        out.append(line)
        blank = False
    counts = Counter(line.key for line in out)
    for line in out:
        line.repeats = counts[line.key]
    return out


def _measure(clean: str, raw: str, lang: str | None, index: int, blank: bool) -> Line:
    """One line's features, from its text."""
    text = unicodedata.normalize("NFC", clean)
    words = _WORD.findall(text)
    latin_words = [w for w in words if not _CJK.search(w)]
    line_key = boilerplate.key(text)
    return Line(
        index=index,
        raw=raw,
        text=text,
        blank_before=blank,
        words=len(latin_words),
        chars=len(text),
        cjk=len(_CJK.findall(text)),
        end_punct=bool(_SENTENCE_END.search(text)),
        stop_share=stop_share(text, lang, latin_words),
        lexicon=boilerplate.lexicon_reason(text, line_key),
        date_iso=tuple(dates.find_dates(text)) if len(text) < 300 else (),
        key=line_key,
        bullet=bool(_BULLET.match(text)),
    )


def is_caption(line: Line) -> bool:
    """Photo captions and credits: "Photo: ...", "(Courtesy ...)", ". J. M. ESTEBAN"."""
    if line.weight > 90:
        return False
    if is_credited(line) or IMAGE_FILE.fullmatch(line.text):
        return True
    named = _NAME_AFTER_CAPTION.search(line.text)  # "… among the big funds. Tamsin Forde"
    if (
        named
        and line.weight <= _PICTURE_CREDIT_WORDS
        and looks_like_name(named.group(1))
        and _caption_sentence(line.text[: named.start()])
    ):
        return True
    if line.text.startswith("@"):
        return False  # "@kmurata_dev(村田 健一)": a poster's handle and name, no photo's credit
    credit = _NAME_CREDIT.search(line.text)  # "... the oasis. (Lucy Akins)"
    # ("… le 10 mars. (Thomas Morel/Libération)": the photographer, then the paper)
    who = credit.group(1).split("/")[0].strip() if credit else ""
    return bool(credit and looks_like_name(who) and line.weight <= 40)


#: A gallery's or a video's headline: the kind, then a phrase of six words or more.
_GALLERY_HEADLINE = re.compile(
    r"(?:(?i:fotos|photos|videos?|vídeos?|galería|galerie|bilder|fotogalerie|en images"
    r"|en imágenes)|(?-i:FOTO|PHOTO|GALERI))"  # "FOTO: Menengok …": Kompas's, shouted
    r"\s*:\s*(?:\S+\s+){5,}\S+"
)


def is_credited(line: Line) -> bool:
    """A caption or credit that says so in words: "Photo: ...", "... / AFP / Getty Images".

    Unlike a name in brackets ("Only One (Ft. Stevie Wonder)"), these
    marks are never a headline's or a paragraph's.
    """
    text = line.text
    if line.weight > 90:
        return False
    if _GALLERY_HEADLINE.match(text) and not text.rstrip().endswith("."):
        return False  # "Fotos: la temporada de ballenas jorobadas bate récords en …": a headline
    if _CAPTION_START.search(text) or _CAPS_CREDIT.search(text):
        return True
    if BYLINE.match(text) and WRITERS_PART.search(text):
        return False  # "Par A (texte) et B (photo)": a byline that credits the pictures too
    if (word := _PHOTO_WORD.match(text)) and (
        looks_like_name(text[word.end() :]) or _OUTLET_SLASH_NAME.fullmatch(text[word.end() :])
    ):
        return True  # "Photo Julien Ravel", "Photo Le DL /Pascal Fayolle": no colon
    if line.weight <= _COURTESY_WORDS and _COURTESY.match(text):
        return True  # "Courtesy G4": the picture's lender alone
    if line.weight <= _PICTURE_CREDIT_WORDS and _PICTURE_CREDIT.search(text):
        return True  # (a gallery's long captions so credited are the gallery's text)
    mark = _CAPTION_MARK.search(text)  # a credit at the end, or anywhere in a short line
    if mark is not None and mark.start() > 0 and _signed_before(text[: mark.start()]):
        return False  # "By Jamie Ortega-Blum and … | The Oregonian/OregonLive": the writers
    return mark is not None and (line.weight <= 25 or len(text) - mark.end() <= 60)


def _signed_before(head: str) -> bool:
    """Whether a line's part before a credit's mark is "By" and persons' names.

    ("By The New York Times | Source: …" credits a chart: no person signs it.)
    """
    by = BY_NAME.match(head)
    if by is None:
        return False
    who = re.sub(r"^\s*\w+:?\s+", "", head).strip()
    people = [p for p in re.split(r"\s+(?:and|und|et|y|e|&)\s+|\s*,\s*", who) if p]
    return bool(people) and all(looks_like_name(p) for p in people)


_OUTLET_SLASH_NAME = re.compile(
    r"[^\W\d_][\w.'’-]*(?:\s[\w.'’-]+){0,3}\s?/\s?[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){0,2}"
)
_PHOTO_WORD = re.compile(r"(?i:photo|foto|fotografía|fotografia|bild)\s+(?=[A-ZÀ-Ý])")
#: The writer's part in a byline that credits the pictures too: "Camille Durand (texte)".
WRITERS_PART = re.compile(r"\s*\((?:texte?s?|textos?)\)", re.IGNORECASE)
#: "… expected to begin in the autumn. Picture: Larry Cummins": a caption's closing credit.
_PICTURE_CREDIT = re.compile(r"[.!?”]\s+(?:picture|pictures|pic):\s*\S[^.!?]{0,60}$", re.I)
_PICTURE_CREDIT_WORDS = 30
_COURTESY = re.compile(
    r"^\(?(?:courtesy|mit freundlicher genehmigung|cortesía|gracieuseté)\b", re.I
)
_COURTESY_WORDS = 5


def bare_credit(line: Line) -> bool:
    """A photo's credit on a line of its own: "Foto: REUTERS, NTB", "Getty Images"."""
    return (
        line.label == "caption"
        and line.weight <= _BARE_CREDIT_WORDS + 2
        and not IMAGE_FILE.fullmatch(line.text)
    )


def wire_credited(line: Line) -> bool:
    """A short line closed by a wire's name in brackets: a caption, never a headline.

    Only the header is judged by it: in the text, a wire's one-sentence
    paragraph may end the same way.
    """
    return line.weight <= 25 and bool(_WIRE_CREDIT.search(line.text))


def caption_after_credit(ls: list[Line], i: int) -> bool:
    """A photo's caption printed under its bare credit ("Getty Images", then the caption).

    The BBC and others print the picture's credit first, then a caption
    with no full stop; the caption reads as prose, so only the credit above
    tells it apart.
    """
    if i == 0:
        return False
    credit, line = ls[i - 1], ls[i]
    dated = _DAY_COLON.match(line.text) is not None
    if dated and credit.label is None and _BARE_AGENCY.fullmatch(credit.text.strip()):
        return _CAPTION_WORDS[0] <= line.weight <= _CAPTION_WORDS[1]  # "AP" over "Apr. 8: …"
    if line.blank_before and not credit.blank_before and i >= 2 and ls[i - 2].label is None:
        return False  # the credit closes the caption above it; a heading follows, set apart
    return (
        credit.label == "caption"
        and credit.weight <= _BARE_CREDIT_WORDS
        and not credit.end_punct
        and "(" not in credit.text  # a caption's own closing credit, "Attach moss. (Lucy Akins)"
        and not IMAGE_FILE.fullmatch(credit.text)  # a photo blog's text under each picture
        and (not line.end_punct or dated)
        and _CAPTION_WORDS[0] <= line.weight <= _CAPTION_WORDS[1]
    )


#: A wire's name alone, the credit of a photo whose caption follows.
_BARE_AGENCY = re.compile(_WIRES + "|bloomberg", re.IGNORECASE)
#: A caption dated by its day before a colon: "Apr. 8: President Obama signs the treaty…"
#: (Fox News), a sentence though it is.
_DAY_COLON = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*:\s+\S",
    re.IGNORECASE,
)


_BARE_CREDIT_WORDS = 4  # "Getty Images", "Reuters", "EPA-EFE/Shutterstock"
_CAPTION_WORDS = (4, 30)  # a caption is a phrase ("Step 5" is a heading)


def is_pager(line: Line) -> bool:
    """Links to the pages before and after this one, between arrows (signs a code line has)."""
    return bool(_PAGER.match(line.text))


def is_link_row(line: Line) -> bool:
    """Links in brackets side by side: "[Home] [About] [Archive]" (brackets a program has too)."""
    return bool(_BRACKET_ROW.match(line.text))


def is_breadcrumb(line: Line) -> bool:
    """A trail such as "Home » Business » Title" or "首页 > 科技 > 正文", or a pager.

    A documentation page's pager ("« User Guide :: Contents :: Concepts »")
    names the pages before and after this one: a trail too, as is a row of
    links in brackets ("[Home] [About] [Archive]").
    """
    if is_pager(line) or is_link_row(line):
        return True
    if BY_NAME.match(line.text):
        return False  # "By ZHANG XIN | chinadaily.com.cn | Updated: ...": a byline's pieces
    parts = _BREADCRUMB_SEP.split(line.text)
    # (A paragraph ending on a link home, "…仍将持续。返回腾讯网首页>>", has one step.)
    steps = [p for p in parts if p.strip()]
    if len(parts) >= 3 and len(steps) >= 2 and all(len(p.split()) <= 12 for p in parts):
        return True
    return _two_step_trail(line.text) or _spaced_labels(line)


def _two_step_trail(text: str) -> bool:
    """A section and its subsection, "澎湃号 > 中国广州发布", "Tech › Gadgets".

    Two names of a few words each and no sentence in them: a headline that
    compares ("Why Python > Java for scripts") runs longer.
    """
    if _FROM_HOME.match(text):  # "首页 - 新闻动态", "Home / News": the first step is home
        return True
    parts = _ARROW_SEP.split(text)
    return (
        len(parts) == 2
        and all(
            p.strip() and len(p.split()) <= _TRAIL_STEP_WORDS and len(p) <= _TRAIL_STEP_CHARS
            for p in parts
        )
        and not re.search(r"[.!?。！？,，:：]", text)
    )


def _spaced_labels(line: Line) -> bool:
    """Chinese or Japanese labels spaced apart: "ニュース 戦争・紛争 Video".

    Those scripts run a sentence's words together; a line of three short
    words or more, spaced, is a trail, tags or a menu (a headline spaces two
    long halves at most). Korean spaces its words, a byline its trade and
    names ("财新网 记者 张三"), a table's head its cells with wide gaps.
    """
    if TEXT_BY.match(line.text):
        return False  # "文｜财新 赵晨阳 孙佳": the writers, after "text by"
    words = line.text.split()
    # Rows of links copied as one line glue a row's last label to the next one's
    # first ("品种大全外汇计算器"): in a long run, one word in ten may be such a pair.
    glued = [w for w in words if len(w) > _LABEL_CHARS]
    return (
        line.cjk > 0
        and not HANGUL.search(line.text)
        and len(words) >= _LABEL_RUN
        and all(re.search(r"[^\W\d_]", w) for w in words)
        and len(glued) * 10 <= len(words)
        and all(len(w) <= 2 * _LABEL_CHARS for w in glued)
        and not line.end_punct
        and not _CJK_TRADE.search(line.text)
        and not _WIDE_GAP.search(line.text)
    )


_LABEL_RUN = 3
#: "Text by" before a Chinese byline's names: "文｜财新 赵晨阳 孙佳", "撰文/张三".
TEXT_BY = re.compile(r"\s*(?:文|撰文|文字)\s*[｜|丨︱/／:：]")
_LABEL_CHARS = 6
_WIDE_GAP = re.compile(r"\S(?:\s{2,}|\t)\S")


# A "Follow" button printed beside an author's name.
FOLLOW = frozenset({"follow", "folgen", "suivre", "seguir", "关注", "フォロー"})
FOLLOW_TAIL = re.compile(  # (from the first space of a run: no search across a wide gap)
    r"(?<!\s)\s*[•·|]\s*(?:" + "|".join(sorted(FOLLOW)) + r")\s*$", re.IGNORECASE
)
# A handle as forums print it: one token, with the "_", digit or "@" a name never has.
# (not a run of Chinese, Japanese or Korean, where no space parts the words:
# "雪国で冬も自転車通勤を3年続けてわかったこと" is a headline)
HANDLE = re.compile(
    r"@?(?![\w.-]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?=[\w.-]*[_\d@])[^\W\d_][\w.-]{2,30}"
)
_NICKNAME = re.compile(r"(?<=\w)\s+(?:\([^()]{1,12}\)|[\"“][^\"“”]{1,12}[\"”])(?=\s+\w)")


# Countries and regions a Chinese or Japanese page tags its stories with ("中国" under a
# headline): two characters, as a name is, but no one's name.
_CJK_REGIONS = frozenset(
    boilerplate.key(place)
    for place in "中国 日本 米国 美国 台湾 香港 澳门 韩国 韓国 朝鲜 欧洲 欧州 亚洲 世界 国内 国际"
    " 国際 海外 两岸 全球 北京 上海 广东 深圳 东京 東京 大阪 中东 中東 非洲"
    " 北米 南米 中南米 北美 南美 拉美 欧米 欧美 西欧 东欧 東欧 中欧 南亚 东南亚 東南アジア"
    " 朝鮮半島 朝鲜半岛 英国 德国 法国 俄罗斯 ロシア 印度 インド"
    # Labels of a source or a section, not names: "情報元" (source), "出典", "出处".
    " 情報元 出典 出处 出處 来源 來源 提供 配信"
    # A page's kind over the date (神戸新聞NEXT's "記事"), a section's or a format's label.
    " 記事 速報 特集 連載 動画 写真 解説 社説 新闻 快讯 专题 独家 视频 图片 要闻 头条"
    # A paywall's badge, a list's link, a section: "有料", "記事一覧", "地方" (local news).
    " 有料 無料 会員 限定 記事一覧 一覧 地方 地域 社会 政治 経済 国際 生活 文化 本社"
    # A paywall's badge in full, a picture's buttons: "有料記事", "拡大" (enlarge)
    " 有料記事 無料記事 会員限定 拡大 縮小 印刷 保存".split()
)


#: A gallery's counter: "2 / 8", "3 of 12", "4 von 9", "1 sur 6" (the picture, the count).
PHOTO_COUNT = re.compile(r"(\d{1,3})\s*(?:/|／|of|von|de|di|sur)\s*(\d{1,3})", re.IGNORECASE)


#: What follows a person's name in a bio: "is", "covers", "schreibt", ", who has covered".
BIO_VERBS = re.compile(
    r"^\s*(?:(?:currently\s+)?(?:is|was|has|writes|works|covers|reports|joined|lives|holds|ist"
    r"|est|es|schreibt|escribe|è|é|jest|był|była|является|работает|είναι|ήταν)\b"
    r"|[—–]\s"  # "Иван Петров — обозреватель ...": Russian puts a dash for "is"
    r"|,\s"  # "Ahmet Yılmaz, 2015'ten bu yana ...", "Jane Doe, who has covered ..."
    # Arabic and Hindi name the trade right after the name: "أحمد المصري صحفي يغطي ...".
    r"|(?:\S+\s+){0,2}?(?:صحفي|صحفية|مراسل|محرر|संवाददाता|पत्रकार|संपादक))"
)
_DOTTED_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•‧][\u4e00-\u9fff]{1,6}){1,2}")
_SPACED_CJK_NAME = re.compile(
    r"([\u4e00-\u9fff\u3005]{1,3})[ \u3000]([\u4e00-\u9fff\u3005\u3040-\u30ff]{1,3})"
)
_CJK_TRADE_WORDS = (
    "记者 記者 作者 编辑 編輯 編集 撰文 执笔 執筆 文 图 摄影 攝影 来源 责编 实习记者 特约记者 "
    "特派员 特派員 通讯员 通訊員 实习生 實習生 文字 评论员 評論員"
).split()
_CJK_TRADES = frozenset(boilerplate.key(t) for t in _CJK_TRADE_WORDS)
#: A trade named anywhere in a line ("财新网 记者 张三"); one character alone ("文") is
#: too common a word to tell.
_CJK_TRADE = re.compile("|".join(t for t in _CJK_TRADE_WORDS if len(t) > 1))
# How a Chinese outlet's name ends ("第一财经", "澎湃新闻", "人民日报", "新华网"), or a
# section's ("收盘播报", "国内资讯", "财经快讯", "今日要闻"): no one's name.
_CJK_OUTLET = re.compile(
    r"(?:新闻|财经|日报|晚报|时报|商报|周刊|频道|网|社"
    r"|播报|资讯|快讯|要闻|动态|速递|汇总|专题|热点|焦点|头条|精选|推荐|视频|图片|直播)$"
)


HANGUL = re.compile(r"[\uac00-\ud7af]")
#: A family name in kanji and a given name in hiragana ("中村みのり"); a verb or an adjective
#: written so ("発表された", "思わず") ends in an inflection no given name ends in.
_KANA_GIVEN_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,3}[\u3040-\u309f]{1,3}(?<![うくすつぬむるぐぶただてでいずばんしのをにはがへとも])"
)
# The commonest Korean family names (over 95% of people), the double ones first.
_KO_SURNAMES = re.compile(
    r"(?:남궁|황보|제갈|선우|독고|사공|서문|"
    r"[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나"
    r"지엄채원천방공현함변염여추도소석선설마길연위표명반왕금옥육인맹제모탁국어은편용예경봉])"
)


# The commonest Chinese family names, simplified and traditional, less the rare ones
# that open everyday words ("时间", "国内", "海外"), and the compound family names.
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳祝包宁"
    "符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆司卓古吉缪项芦"
    "麦褚娄窦戚岑党宫费晏卫柏宗瞿桂佟臧闵苟邬卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝谈匡鞠"
    "荆冀郁胥储栗燕楚鄢谌奚粟冼蔺楼闻厉仝郜阚帅屠朴盖练廉禹祖漆卿狄索宣晋扈晁芮鹿邸雍辜裘亓邰赫杭"
    "鲜印逯隆茹诸慕亢嵇哈湛宾戎勾茅於揭尉冶斯束檀衣阴昝奉尧"
    # traditional forms
    "劉張陳楊黃趙吳孫馬羅鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴莊聶魯嶽顏關蘭許湯蔣鄔駱"
    "藍費衛鄺歐紀畢單饒喬龐厲齊寧溫華"
)
_ZH_COMPOUND_SURNAMES = frozenset(
    "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐"
    " 长孙 長孫 宇文 司徒 夏侯 端木 独孤 獨孤 南宫 南宮 西门 西門 澹台 轩辕 軒轅 呼延"
    " 钟离 鍾離 闻人 聞人 赫连 赫連 申屠 太史 拓跋 百里 东郭 東郭".split()
)


def chinese_name(text: str) -> bool:
    """Whether Chinese characters alone read as a person's name: a family name, then one or two.

    Two to four characters fit any phrase ("主题购买", "昨天"): a name alone on
    a line, with no label, is known by its family name.
    """
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text):
        return False
    if text[:2] in _ZH_COMPOUND_SURNAMES and len(text) >= 3:
        return True
    # ("陈方安生": a married woman's name, her husband's family name before her own)
    return text[0] in _ZH_SURNAMES and (len(text) <= 3 or text[1] in _ZH_SURNAMES)


def korean_sentence(line: Line) -> bool:
    """Whether a line ends as a Korean sentence does ("...밝혔다.", "...것"이라고 말했다.")."""
    return bool(_KO_SENTENCE.search(line.text))


def korean_name(text: str) -> bool:
    """Whether ``text`` reads as a Korean person's name: a family name, then one or two syllables.

    Korean words of two to four syllables are as short as names, so a bare
    line is never taken for one; only a byline's trade ("홍길동 기자") or a
    wire's dateline says that the syllables before it name a person.
    """
    m = _KO_SURNAMES.match(text)
    return m is not None and bool(re.fullmatch(r"[\uac00-\ud7af]{1,2}", text[m.end() :]))


def caseless_name(text: str) -> bool:
    """Whether a line may be a name in a script without capitals: two or three words of letters.

    Only its place can confirm it (beside the date): the shape alone fits any short phrase.
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 3 or len(text) > 40:
        return False
    if _CJK.search(text) or HANGUL.search(text):
        return False  # Chinese, Japanese and Korean names have rules of their own
    for token in tokens:
        cats = [unicodedata.category(ch) for ch in token]
        if len(token) < 2 or not all(c[0] in "LM" for c in cats) or "Lu" in cats or "Ll" in cats:
            return False
    return True


def looks_like_name(text: str) -> bool:
    """Whether a line is a person's name alone: two to four capitalised words, no digits."""
    text = text.strip()
    if HANGUL.search(text):
        return False  # "기사원문", "입력", "공유": Korean names need their trade beside them
    if _CJK.search(text):  # 田中健, 王小明: two to four characters
        spaced = _SPACED_CJK_NAME.fullmatch(text)  # "田中 一郎": a Japanese name's two parts
        if spaced and boilerplate.key(spaced.group(1)) in _CJK_TRADES:
            return False  # "记者 王小明": the trade, then the name
        text = "".join(spaced.groups()) if spaced else text
        if _KANA_GIVEN_NAME.fullmatch(text):
            return True  # "中村みのり": a family name in kanji, a given name in kana
        if _DOTTED_HAN_NAME.fullmatch(text):
            return True  # "亚历克斯·莫里森": a foreign name in Chinese, its parts dotted
        if text.endswith(("报道", "報導", "记者", "記者", "通讯员", "通訊員")):
            return False  # "北京报道": where the reporter filed from; "本报记者": a trade
        if text.startswith(("發自", "发自")):
            return False  # "發自台北": "filing from Taipei", after the reporter's name
        if re.fullmatch(r"[\u30a0-\u30ffー]+", text):
            return False  # "ヘルス", "マネー": a loanword in katakana, a section's (a foreign
            # name in katakana has its parts dotted: "ジョン・スミス")
        return (
            2 <= len(text) <= 4 + bool(spaced)
            and all(_CJK.match(ch) for ch in text)
            and boilerplate.key(text) not in _CJK_REGIONS
            and boilerplate.key(text) not in _CJK_TRADES  # "通讯员" is a trade
            and not _CJK_OUTLET.search(boilerplate.key(text))
        )
    if not 4 <= len(text) <= 40 or any(ch.isdigit() for ch in text):
        return False
    text = _NICKNAME.sub("", text)  # 'Richard (R.J.) Eskow', 'Robert "Bob" Kane'
    if _ORG_WORDS.search(text) or re.search(r"[,:;!?|/()\"“”«»]", text):
        return False
    if _FIELD_LABEL.search(text):
        return False  # "Display Date" over the date, "Media Name" over a photo's credit
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or ROLE.match(text):
        return False
    if any(t.endswith(("'s", "’s")) for t in tokens):
        return False  # "Today’s Paper", "Editor's Picks": a possessive names a thing
    if tokens[0].lower() in _PLACE_FIRST_WORDS:
        return False  # "North Korea", "New Zealand": a section named for a place
    if any(
        t.lower() in _ALL_STOP_WORDS
        and t.lower() not in _NAME_PARTICLES | _FIRST_NAMES
        and not (k == len(tokens) - 1 and t.lower() in _SHORT_SURNAMES)
        for k, t in enumerate(tokens)
    ):
        return False  # "Read More", "ORDER BY": words, not a name
    caps = [t for t in tokens if t.isupper() and t.isalpha() and len(t) > 1]
    if caps and len(caps) < len(tokens) and any(len(t) <= 4 for t in caps):
        return False  # "AFP Videos", "BBC News": an acronym among words names a body, not a person
    capital = 0
    for tok in tokens:
        if tok.lower() in _NAME_PARTICLES:
            continue
        if not (tok[0].isupper() and re.fullmatch(r"[^\W\d_][\w'’.\-]*", tok)):
            return False
        capital += 1
    return capital >= 2


# Marks that prose almost never has, and brackets that it has now and then.
_CODE_MARK = re.compile(
    r"[{}=\u2500-\u257f]|(?<![^\W\d_]);|;(?!\s+[^\W\d_])|\w_\w|::|->|^(?:SELECT|FROM|WHERE|def|return|"
    r"import|var|let|const|function|class|#include)\b|^\$ "
)
_CODE_WEAK = re.compile(r"[()\[\]<>|\\]")
_CELL_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")  # table cells: wide gaps or tabs


_MARKUP_LINE = re.compile(r"(?:\s*</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>)+\s*")


_CJK_ROW_CHARS = 60  # Chinese or Japanese characters of a table's row, at most


def looks_like_code(line: Line) -> bool:
    """Program text, shell commands, data: symbols where prose has words."""
    if _MARKUP_LINE.fullmatch(line.text):
        return True  # HTML tags alone ("<img src=... alt=...>", a tracking pixel): no prose
    if line.end_punct and line.text[-1] in ".!?" and line.words > 6:
        return False
    if line.cjk >= 3:
        if line.text.rstrip().endswith(("。", "！", "？")) or korean_sentence(line):
            return False  # a sentence, whatever a dateline holds ("【北京=田中一郎】...")
        if len(_CELL_GAP.findall(line.text)) >= 2 and line.cjk <= _CJK_ROW_CHARS:
            return True  # a row of a table: "令和2年度  25,200    12,800       0.6％"
        # CJK text uses brackets as prose does, and "=" between a place and a name
        # ("北京=西山明宏", "(서울=연합뉴스) 홍길동 기자 =", "사진=연합뉴스").
        return bool(_CJK_CODE.search(line.text))
    if len(_CELL_GAP.findall(line.text)) >= 2 and line.words <= 40:
        return True  # a row of a table: three cells or more parted by wide gaps
    if line.bullet or line.words > 16:
        return False
    if _CODE_MARK.search(line.text):
        return True
    return len(_CODE_WEAK.findall(line.text)) >= 3 and line.words <= 6  # more than "(...)"


def is_comment_head(line: Line) -> bool:
    """The head of a reader comment: "Jane Doe says:", "zorba on Sep 21, 3:38 PM said:".

    Said in the past tense with no day or time, it introduces a quotation
    ("The minister said:"): a comment system stamps its past-tense heads.
    """
    found = _COMMENT_HEAD.match(line.text)
    if line.weight > 10 or not found:
        return False
    if not line.text.endswith(":"):
        # Without its colon only a name or a handle says: "What the water corporation says"
        # is a section's heading (The Punch).
        who = line.text[: found.start("verb")].strip()
        if not (looks_like_name(who) or HANDLE.fullmatch(who) or len(who.split()) == 1):
            return False
    return found.group("verb").casefold() != "said" or any(ch.isdigit() for ch in line.text)


def heading_like(line: Line) -> bool:
    """A short line that reads as a heading: a few words, no sentence end."""
    if line.cjk:
        return 4 <= line.cjk <= 60 and not re.search(r"[。！？]$", line.text)
    return 2 <= line.words <= 25 and not line.text.endswith(".")
