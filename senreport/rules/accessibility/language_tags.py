"""Known primary language subtags (the IANA registry's, as assistive technology knows them)."""

from __future__ import annotations

import re

#: ISO 639-1 two-letter codes, and the deprecated ones still in the IANA registry.
_TWO_LETTER = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv
kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr
nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq
sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
yo za zh zu
""".split())
#: Three-letter subtags of languages with no two-letter code that English schools and
#: councils meet (community languages), plus the registry's special codes. A three-letter
#: code for a language that has a two-letter one ("eng", "fra") is not in the registry.
_THREE_LETTER = frozenset("""
ace ach ady ain akk ale alt ang anp apc arn arp arw ary arz ast awa bal ban bas bej bem bho
bik bin bla brx bua bug byn cad car ceb chb chg chk chm chn cho chp chr chy ckb cmn cop crh
csb dak dar del den dgr din doi dsb dua dyu efi egy eka elx ewo fan fat fil fon frr frs fur
fuv gaa gan gay gba gez gil gon gor got grb grc gsw gwi hai hak haw hil hit hmn hsb hsn hup
iba ilo inh jbo jpr jrb kaa kab kac kam kaw kbd kha kho kmb kok kos kpe krc kri krl kru kum
kut lad lah lam lez lol loz lua lui lun luo lus lzh mad mag mai mak man mas mdf mdr men mga
mic min mis mni moh mos mul mus mwl mwr myv nah nan nap nds new nia niu nog non nqo nso nwc
nym nyn nyo nzi osa ota pag pal pam pap pau pbu pcm peo phn pnb pon pra prs raj rap rar rmy
rom sad sah sam sas sat scn sco sel sga shi shn sid skr sma smj smn sms snk sog srn srr suk
sus sux syc syl syr tem ter tet tig tiv tkl tlh tli tmh tog tpi tsi tum tvl tyv tzm udm uga
umb und vai vot wal war was wuu xal yao yap yue zap zbl zen zgh zun zxx zza
""".split())
_PRIVATE_USE = re.compile(r"q[a-t][a-z]")


def is_known_language(tag: str) -> bool:
    """Whether a ``lang`` value starts with a known primary language subtag ("en-GB", "cy")."""
    primary = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    if len(primary) == 2:
        return primary in _TWO_LETTER
    if len(primary) == 3:
        return primary in _THREE_LETTER or bool(_PRIVATE_USE.fullmatch(primary))
    return False
