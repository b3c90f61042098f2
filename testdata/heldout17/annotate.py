#!/usr/bin/env python3
"""Builds reference.json for heldout17 (a blind set) from hand annotations.

Each claim is located by an exact substring of the article (optionally inside a
unique context string); every span is asserted to be unique and to round-trip.
speaker_start/speaker_end locate the speaker mention for the claim: the given
mention (default: each form of the key) as a whole word, nearest to the content
and outside it, or inside the unique context mctx when given.
Offsets are half-open UTF-8 byte offsets. Run: python3 annotate.py (writes reference.json).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))


def E(kind, content, speaker, key, cue, req=True, ctx=None, mention=None, mctx=None):
    return dict(kind=kind, content=content, speaker=speaker, key=key, cue=cue, req=req, ctx=ctx,
                mention=mention, mctx=mctx)


def locate(b, sub, ctx=None):
    s = sub.encode('utf-8')
    base, hay = 0, b
    if ctx is not None:
        c = ctx.encode('utf-8')
        assert b.count(c) == 1, ('context not unique', ctx, b.count(c))
        base, hay = b.index(c), c
    n = hay.count(s)
    assert n == 1, ('span not unique or missing', sub, n)
    start = base + hay.index(s)
    return start, start + len(s)


def word_hits(b, m):
    pat = re.compile(rb'(?<![\w\x80-\xff])' + re.escape(m.encode('utf-8')) + rb'(?![\w\x80-\xff])')
    return [(x.start(), x.end()) for x in pat.finditer(b)]


def mention_span(b, forms, start, end, mctx=None):
    if mctx is not None:
        s, _ = locate(b, mctx)
        for f in forms:
            hits = word_hits(mctx.encode('utf-8'), f)
            if hits:
                return s + hits[0][0], s + hits[0][1]
        raise AssertionError(('mention not in mctx', forms, mctx))
    best = None
    for f in forms:
        for i, j in word_hits(b, f):
            if i < end and j > start:
                continue  # inside the content
            d = start - j if j <= start else i - end
            if best is None or d < best[0]:
                best = (d, i, j)
    if best is None or best[0] > 600:
        return None
    return best[1], best[2]


DOCS = {}
# 01 Reuters wire, Sudan's army and RSF to resume Jeddah truce talks (straight quotes)
SRC = 'two sources familiar with the talks'
SRCk = 'sources'
SFM = "Saudi Arabia's foreign ministry"
SFMk = 'foreign ministry|Saudi'
PSG = 'The army-aligned government in Port Sudan'
PSGk = 'government|Khartoum|Port Sudan'
OHK = 'Awad Haydar Kambal'
OHKk = 'Kambal'
MTA = 'Mubarak al-Tayeb Ardoni'
MTAk = 'Ardoni|adviser'
CA = 'Erasmus Amberwood'
CAk = 'Amberwood|envoy'
DIP = 'a diplomat from a country involved in the mediation'
DIPk = 'diplomat|sources'
REG = 'a regional official'
REGk = 'official|source'
KAN = 'Hazem Abdelsayed Nour'
KANk = 'Nour|Abdelsayed|spokesman'
NSO = 'Nadira Lokuju-Okot'
NSOk = 'Lokuju-Okot'
DOCS['01_reuters_sudan_jeddah_truce_talks.txt'] = [
    E('indirect', "Delegations from Sudan's army and the paramilitary Rapid Support Forces (RSF) will return to the negotiating table in Jeddah next week to discuss a 72-hour humanitarian truce", SRC, SRCk, 'said', mention=SRC),
    E('indirect', 'A new round would begin on Monday and focus first on opening two corridors from Chad into El Fasher', SRC, SRCk, 'said', mention='the sources', mctx='El Fasher, the sources said'),
    E('indirect', 'it "welcomed the positive response of both parties" and was ready to host the delegations "for as long as it takes."', SFM, SFMk, 'said', mention=SFM),
    E('indirect', 'it had agreed to attend only "to discuss the implementation of what was already signed," a reference to a 2023 declaration on protecting civilians, and would not negotiate a political settlement with what it called "a rebel militia."', PSG, PSGk, 'said', mention=PSG),
    E('direct', 'We are going to Jeddah to talk about trucks, not about power,', OHK, OHKk, 'told', mention='Lt. Gen. Awad Haydar Kambal'),
    E('direct', 'Anyone who expects more will be disappointed.', OHK, OHKk, '', mention='Lt. Gen. Awad Haydar Kambal'),
    E('indirect', 'the group had accepted the invitation "without preconditions"', MTA, MTAk, 'said', mention=MTA),
    E('indirect', 'the army of "hiding behind procedure."', MTA, MTAk, 'accused', False, mention=MTA),
    E('indirect', 'RSF commanders had been ordered to halt offensive operations around El Fasher from Friday', MTA, MTAk, 'said', mention='He', mctx='He said RSF commanders'),
    E('indirect', 'it would send its special envoy for Sudan, Erasmus Amberwood, to the opening session', 'Washington', 'Washington', 'said', mention='Washington', mctx='Washington said it would'),
    E('direct', 'The people of Darfur cannot wait for another season of talks about talks,', CA, CAk, 'wrote', mention='Amberwood', mctx='Amberwood wrote on X'),
    E('direct', 'A truce that moves food is the test. Everything else is noise.', CA, CAk, '', mention='Amberwood', mctx='Amberwood wrote on X'),
    E('indirect', 'the envoy would be joined by "technical experts on humanitarian access and monitoring."', 'A State Department spokesperson', 'spokesperson|State Department', 'said', mention='A State Department spokesperson'),
    E('indirect', 'The main sticking point remains who would monitor any truce', DIP, DIPk, 'according to', mention='one of the sources'),
    E('indirect', 'The army wants monitors from the African Union, while the RSF has insisted on a mechanism led by the United Nations', DIP, DIPk, 'said', mention='the diplomat', mctx='United Nations, the diplomat said'),
    E('indirect', 'the mediators had drafted a compromise under which a joint committee would report to both Riyadh and Washington, but that neither side had yet seen the text', REG, REGk, 'said', mention=REG),
    E('direct', "They agree on the word 'truce.' They agree on nothing after that,", REG, REGk, 'said', mention='the official', mctx='the official said.'),
    E('indirect', 'nearly 25 million people in Sudan face acute hunger', 'The United Nations', 'United Nations|UN', 'says', mention='The United Nations', mctx='The United Nations says'),
    E('indirect', 'fighting around El Fasher has cut the city off from regular supplies for more than a year', 'aid agencies', 'agencies', 'say', mention='aid agencies'),
    E('indirect', 'Egypt had been "in constant contact with both sides"', KAN, KANk, 'told', mention='Foreign ministry spokesman Hazem Abdelsayed Nour'),
    E('indirect', 'them to "put the lives of civilians before military calculations."', KAN, KANk, 'urged', mention='Foreign ministry spokesman Hazem Abdelsayed Nour'),
    E('indirect', 'The United Arab Emirates, which the army accuses of arming the RSF - a charge Abu Dhabi denies - has not been invited', SRC, SRCk, 'said', mention='the sources', mctx='invited, the sources said'),
    E('indirect', 'a short truce would hold', 'Analysts', 'analysts', 'were sceptical', False, mention='Analysts'),
    E('direct', 'Both sides still believe they can win militarily, and as long as they believe that, a ceasefire is a pause to rearm,', NSO, NSOk, 'said', mention=NSO),
    E('direct', 'The mediators know this. The question is whether they can make the pause long enough to matter.', NSO, NSOk, '', mention=NSO),
]
# 02 AP summit story, Riyadh summit on Red Sea naval patrols (curly quotes)
MSH = 'Mansour bin Saleh Al-Harbawi'
MSHk = 'Al-Harbawi|Harbawi|prince'
AFS = 'Adel Fakhry Shenouda'
MDK = 'Moussa Dabaleh Doualeh-Kamil'
MDKk = 'Doualeh-Kamil|foreign minister'
AHN = 'Abakar Hassaballah Nguéto'
AHNk = 'Nguéto'
JVD = 'Yves-Gaël Ravignac-Delorme'
JVDk = 'Ravignac-Delorme'
LHM = 'Odalys P. Tremaine-Moyo'
LHMk = 'Tremaine-Moyo'
HAM = 'Hamoud Abdulqadir al-Musawi'
HAMk = 'Musawi|spokesman|Houthis'
TER = 'Sigvart Engebretsen-Rudd'
TERk = 'Engebretsen-Rudd'
DOCS['02_ap_riyadh_red_sea_summit.txt'] = [
    E('indirect', 'the patrols would begin “within months, not years” and would be open to any coastal state that signed the summit’s declaration', MSH, MSHk, 'said', mention='Saudi Foreign Minister Prince Mansour bin Saleh Al-Harbawi'),
    E('direct', 'The Red Sea is not a European lake or an Asian lake. It is our sea, and we will guard it,', MSH, MSHk, 'told', mention='the prince', mctx='the prince told'),
    E('direct', 'Those who attack ships attack our economies first.', MSH, MSHk, '', mention='the prince', mctx='the prince told'),
    E('indirect', '“all parties” to stop attacks on merchant vessels', 'The declaration', 'declaration', 'calls on', mention='The declaration', mctx='The declaration, a copy'),
    E('indirect', 'revenue from the Suez Canal had fallen by more than half and that his country “cannot be a spectator to its own losses.”', AFS, 'Shenouda', 'said', mention='Egyptian Prime Minister Adel Fakhry Shenouda'),
    E('indirect', 'any new force must “respect the sovereignty of the states whose coasts it patrols”', MDK, MDKk, 'told', mention=MDK),
    E('partial', 'a new scramble for our shoreline.', MDK, MDKk, 'warned against', False, mention=MDK),
    E('indirect', 'Landlocked Chad depends on Sudanese and Cameroonian ports, he said, and the war in Sudan had cut one of those routes', AHN, AHNk, 'said', mention='he', mctx='ports, he said'),
    E('direct', 'You speak of ships. In N’Djamena, we speak of bread,', AHN, AHNk, 'said', mention='Nguéto', mctx='bread,” Nguéto said'),
    E('direct', 'When the sea is closed, the price of flour doubles in the Sahel.', AHN, AHNk, '', mention='Nguéto', mctx='bread,” Nguéto said'),
    E('indirect', 'contribute surveillance aircraft', 'France', 'France|Paris', 'offered', False, mention='France', mctx='France, attending'),
    E('indirect', 'Paris was “ready to put its assets at the service of an African and Arab initiative, under African and Arab command.”', JVD, JVDk, 'said', mention='Foreign Minister Yves-Gaël Ravignac-Delorme'),
    E('direct', 'That is for the summit to decide, not for me,', JVD, JVDk, 'said', mention='he', mctx='not for me,” he said'),
    E('indirect', 'Washington “welcomes any effort by regional states to take responsibility for their own waters.”', LHM, LHMk, 'said', mention=LHM),
    E('indirect', 'the question of command had been “deliberately left open” because Egypt and Saudi Arabia could not agree', 'A Gulf official involved in drafting the declaration', 'official', 'said', mention='A Gulf official involved in drafting the declaration'),
    E('indirect', 'the task force was “an American project in Arab clothing” and that attacks would continue until the war in Gaza ended', HAM, HAMk, 'wrote', mention=HAM),
    E('indirect', 'the pledge would reassure insurers only if patrols were visible quickly', 'Shipping analysts', 'analysts', 'said', mention='Shipping analysts'),
    E('direct', 'Underwriters don’t read declarations. They read incident reports,', TER, TERk, 'said', mention=TER),
    E('indirect', 'the next meeting would be held in Addis Ababa in 2027', 'The summit’s final communique', 'communique', 'said', mention='The summit’s final communique'),
]
# 03 New York Times news analysis, Armenia-Azerbaijan treaty stalled by a constitution (curly quotes, long paragraphs)
EQ = 'Elnur Qasimzade'
EQk = 'Qasimzade'
ATG = 'Aram Ter-Ghevondyan'
ATGk = 'Ter-Ghevondyan|foreign minister'
SHB = 'Tordis Aasveen-Krog'
SHBk = 'Aasveen-Krog|envoy'
ASL = 'Anahit Sarkisova-Levonian'
ASLk = 'Sarkisova-Levonian'
DOCS['03_nyt_analysis_caucasus_treaty.txt'] = [
    E('indirect', 'The text, officials on both sides say, is finished', 'officials on both sides', 'officials', 'say', mention='officials on both sides', mctx='officials on both sides say'),
    E('indirect', 'it will not sign until Armenia removes from its constitution a preamble that Baku reads as a territorial claim on Nagorno-Karabakh, the region Azerbaijan retook in 2023', 'Azerbaijan', 'Azerbaijan|Baku', 'has made clear', mention='Azerbaijan', mctx='Azerbaijan has made clear'),
    E('indirect', 'a referendum on a new constitution, but not before parliamentary elections in June', 'Armenia’s prime minister', 'prime minister', 'has promised', False, mention='Armenia’s prime minister'),
    E('indirect', 'the change would struggle to reach the required turnout', 'polls', 'polls', 'suggest', False, mention='polls'),
    E('direct', 'We have done our part. The ball is in Yerevan,', EQ, EQk, 'said', mention=EQ, mctx='Yerevan,” Elnur Qasimzade'),
    E('direct', 'We are patient people, but patience is not a policy.', EQ, EQk, '', mention=EQ, mctx='Yerevan,” Elnur Qasimzade'),
    E('indirect', 'the treaty’s 17 articles covered everything from the mutual recognition of borders to the withdrawal of third-party observers from the frontier', EQ, EQk, 'said', mention='Mr. Qasimzade', mctx='Mr. Qasimzade, who took part'),
    E('indirect', 'Azerbaijan, he said, had signed “in good faith” every document put before it since the war', EQ, EQk, 'said', mention='he', mctx='Azerbaijan, he said'),
    E('indirect', 'Baku kept “moving the goalposts every time we reach them” and that the constitution was an internal matter that no neighbor had the right to dictate', ATG, ATGk, 'said', mention=ATG, mctx='Aram Ter-Ghevondyan, Armenia'),
    E('indirect', 'tying the treaty to it handed a veto to the nationalists who oppose both', ATG, ATGk, 'argued', mention='he', mctx='but he argued'),
    E('direct', 'If the price of peace is that a government must win a vote it may lose, then the price is being set by the people who want no peace at all,', ATG, ATGk, 'said', mention='Mr. Ter-Ghevondyan'),
    E('indirect', 'the bloc stood ready “to support the signature and the implementation” of the treaty', SHB, SHBk, 'said', mention=SHB),
    E('direct', 'Everyone in this process knows where the landing zone is. Nobody wants to be the first to land.', SHB, SHBk, ':', mention='the envoy', mctx='the envoy was blunter'),
    E('direct', 'What worries me is the calendar. Elections have a way of making brave people cautious.', SHB, SHBk, '', mention='the envoy', mctx='the envoy was blunter'),
    E('indirect', 'it “supports any agreement that brings stability to the South Caucasus” and would “not interfere in the internal affairs of Armenia.”', 'the Kremlin', 'Kremlin|Moscow', 'said', mention='the Kremlin'),
    E('indirect', 'host the ceremony', 'Washington', 'Washington', 'has offered', False, mention='Washington', mctx='Washington, which hosted'),
    E('indirect', 'the administration believed a deal could be done “this year or not for a long time.”', 'A senior State Department official', 'official', 'said', mention='A senior State Department official'),
    E('indirect', 'the real obstacle is trust rather than text', 'Analysts in both countries', 'analysts', 'say', mention='Analysts in both countries'),
    E('indirect', 'the two leaders had met seven times in two years but had never visited each other’s capital', ASL, ASLk, 'noted', mention=ASL),
    E('direct', 'They sign texts in other people’s cities,', ASL, ASLk, 'said', mention='she', mctx='cities,” she said'),
    E('direct', 'Peace will be real when one of them lands at the other’s airport.', ASL, ASLk, '', mention='she', mctx='cities,” she said'),
    E('direct', 'Ask the Armenian voters,', EQ, EQk, 'said', mention='he', mctx='voters,” he said'),
]
# 04 Washington Post national-security scoop, leaked cable on an Ethiopia-Eritrea war risk (straight quotes)
CAB = 'a classified diplomatic cable reviewed by The Washington Post'
CABk = 'cable|ambassador'
RMA = 'Hortense M. Wijnbergen'
RMAk = 'Wijnbergen|ambassador'
SDS = 'A State Department spokesperson'
SDSk = 'spokesperson|State Department'
OFF = 'Two current U.S. officials and a former official familiar with internal deliberations'
BWT = 'Berhane Woldu-Tsegai'
BWTk = 'Woldu-Tsegai|information minister'
WKO = 'Njambi Kelleher-Odhiambo'
WKOk = 'Kelleher-Odhiambo'
DOCS['04_washington_post_ethiopia_cable_scoop.txt'] = [
    E('indirect', 'The U.S. ambassador to Ethiopia warned Washington last month that the country\'s leadership was preparing for a possible military confrontation with neighboring Eritrea and that American diplomacy had "little visible leverage" to prevent it', CAB, CABk, 'according to', mention=CAB),
    E('indirect', 'Ethiopian army units have moved heavy artillery to within 30 miles of the border in the Tigray region and that senior officials in Addis Ababa have begun speaking privately of "finishing the question of the sea."', 'The cable', 'cable', 'says', mention='The cable', mctx='The cable, sent on'),
    E('direct', 'We assess that the risk of interstate conflict in the next six months is real and rising,', RMA, RMAk, 'wrote', mention='Wijnbergen', mctx='Wijnbergen wrote'),
    E('direct', 'Our public messaging has not caught up with what we are hearing in private.', RMA, RMAk, '', mention='Wijnbergen', mctx='Wijnbergen wrote'),
    E('indirect', 'the country will pursue that goal by peaceful means', 'Its prime minister', 'prime minister', 'has repeatedly said', mention='Its prime minister'),
    E('indirect', 'Eritrea was "arming every militia that hates us" and that Ethiopia "will not wait to be attacked."', 'a senior Ethiopian defense official', 'official|cable', 'told', mention='a senior Ethiopian defense official'),
    E('indirect', 'the department does not discuss "internal diplomatic communications."', SDS, SDSk, 'saying', mention=SDS),
    E('indirect', 'the United States was "deeply engaged with both governments" and "firmly opposes any use of force to change borders in the Horn of Africa."', SDS, SDSk, 'said', mention='the spokesperson', mctx='But the spokesperson said'),
    E('indirect', 'the cable had prompted a closed-door meeting at the National Security Council in late February, but that no new policy had emerged from it', OFF, 'officials', 'said', mention=OFF),
    E('direct', 'Everyone read it. Nobody wanted to own it,', 'one of the officials', 'officials|official|one', 'said', mention='one of the officials'),
    E('indirect', 'Asmara "has never threatened anyone and never will"', BWT, BWTk, 'posted', mention=BWT),
    E('indirect', 'Addis Ababa of "manufacturing a pretext."', BWT, BWTk, 'accused', False, mention=BWT),
    E('indirect', 'reports about war preparations were "the fantasies of people who do not wish Ethiopia well,"', 'Gemechu Tolessa-Ayana', 'Tolessa-Ayana|spokesman', 'said', mention='Gemechu Tolessa-Ayana'),
    E('indirect', 'the cable was notable less for its facts, many of which have been reported by regional media, than for its tone', 'Diplomats and analysts who follow the region', 'diplomats|analysts', 'said', mention='Diplomats and analysts who follow the region'),
    E('direct', 'The cable reads like someone trying to get ahead of a disaster rather than explain one after the fact,', WKO, WKOk, 'said', mention=WKO),
    E('direct', 'Ambassadors write cables like this so that nobody can say later they were not warned.', WKO, WKOk, '', mention=WKO),
    E('indirect', 'the administration\'s attention had been "consumed by other crises" and that the Horn had slipped down the agenda', WKO, WKOk, 'added', mention='She', mctx='She added'),
    E('indirect', 'senior administration officials visit both capitals "at the earliest opportunity,"', 'The cable', 'cable', 'ends with a recommendation', False, mention='The cable', mctx='The cable ends'),
]
# 05 Al Jazeera English, Gulf-mediated Gaza talks in Cairo (straight quotes, punctuation outside; single in headline/subhead)
NHS = 'Thamer bin Hamad al-Sulaiti'
NHSk = 'al-Sulaiti|Sulaiti|spokesman'
ZAS = 'Ziad Abu Sharkh'
ZASk = 'Abu Sharkh|Sharkh'
HQS = 'Hind Qaddoumi-Zreiq'
HQSk = 'Qaddoumi-Zreiq'
SAJ = 'Samah Abu Jarbou'
SAJk = 'Abu Jarbou|Jarbou'
DOCS['05_al_jazeera_gaza_cairo_mediation.txt'] = [
    E('indirect', "gaps remain on disarmament and the handover of Gaza's administration, but both sides 'remain at the table'", 'Qatar', 'Qatar|Doha', 'says', False, mention='Qatar', mctx='Qatar says gaps'),
    E('indirect', '"significant gaps" remain between Hamas and Israel on disarmament and the future of the territory\'s administration', 'Doha', 'Doha|Qatar', 'warning', mention='Doha', mctx='Doha warning'),
    E('indirect', 'the talks were "serious and detailed"', NHS, NHSk, 'said', mention=NHS),
    E('indirect', 'expectations of a quick breakthrough', NHS, NHSk, 'cautioned against', False, mention=NHS),
    E('direct', 'Both delegations are still at the table, and that in itself is something we do not take for granted,', NHS, NHSk, 'said', mention='al-Sulaiti', mctx='granted," al-Sulaiti said'),
    E('direct', 'But I will not pretend to you that we are close. We are not.', NHS, NHSk, '', mention='al-Sulaiti', mctx='granted," al-Sulaiti said'),
    E('indirect', 'Qatar\'s prime minister had held separate phone calls with Hamas\'s political bureau and with Israeli officials over the weekend, and that a Qatari technical team would remain in Cairo "for as long as the parties need us"', NHS, NHSk, 'said', mention='He', mctx='He said Qatar'),
    E('indirect', 'the group must disarm fully before its troops withdraw further', 'Israel', 'Israel', 'insists', mention='Israel', mctx='Israel insists'),
    E('indirect', 'it will not give up what it calls its "right to resist" while the occupation continues', 'Hamas', 'Hamas', 'has said', mention='Hamas', mctx='Hamas has said'),
    E('indirect', 'the movement had shown "maximum flexibility" on the administrative committee, agreeing that none of its members would belong to Hamas', ZAS, ZASk, 'told', mention='Hamas official Ziad Abu Sharkh'),
    E('direct', 'We said yes to technocrats. We said yes to Arab guarantees. What we will not do is hand over the weapons of our people to the occupation that is still killing them,', ZAS, ZASk, 'said', mention='he', mctx='killing them," he said'),
    E('indirect', 'the Israeli delegation, led by a senior official from the Shin Bet security agency, had been instructed to "make no concessions on security"', "the Prime Minister's Office", "Prime Minister's Office|office", 'said', mention="the Prime Minister's Office"),
    E('indirect', 'Israel would accept a role for Arab troops in Gaza only if "they are prepared to do what Hamas will not do, which is disarm Hamas"', 'An Israeli official', 'official', 'said', mention='An Israeli official'),
    E('direct', 'There will be no Hamas in Gaza, not in uniform and not in a suit. Whoever hides behind a committee will be found.', 'Eitan Dror-Lavie', 'Dror-Lavie|foreign minister', 'writing', mention='Foreign Minister Eitan Dror-Lavie'),
    E('indirect', 'both sides appeared to be "negotiating in public as much as in the room"', HQS, HQSk, 'said', mention="Al Jazeera's Hind Qaddoumi-Zreiq"),
    E('direct', 'Every statement we have heard this week has been aimed at a domestic audience first,', HQS, HQSk, 'said', mention='she', mctx='first," she said'),
    E('direct', 'The real test is whether the mediators can get the two sides to agree on the sequencing: who moves first, and who verifies it.', HQS, HQSk, '', mention='she', mctx='first," she said'),
    E('indirect', 'they had little faith in the talks', 'residents', 'residents', 'said', mention='residents', mctx='residents said'),
    E('direct', "Every round they tell us: 'This time.' And every round we bury more people,", SAJ, SAJk, 'said', mention=SAJ),
    E('direct', "I don't care who runs the committee. I care if the crossing opens.", SAJ, SAJk, '', mention=SAJ),
    E('indirect', 'fewer than half of the aid trucks approved for entry last week had reached Gaza, citing "access impediments" at the Kerem Shalom crossing', 'The UN humanitarian office, OCHA', 'OCHA|humanitarian office', 'said', mention='OCHA', mctx='OCHA, said'),
    E('indirect', 'the talks would continue "for several days" and that Egypt\'s intelligence chief had met both delegations separately on Monday night', 'Al-Qahera News', 'Al-Qahera|source', 'reported', mention="Egypt's state-affiliated Al-Qahera News"),
]
# 06 Xinhua state-media report of a foreign ministry press briefing (straight quotes)
GU = 'Gu Mingxuan'
GUk = 'Gu|spokesperson'
MI = 'Tadayuki Ikegaya'
MIk = 'Ikegaya|Chief Cabinet Secretary'
MH = 'Meng Haochen'
MHk = 'Meng|spokesperson'
YS = 'Yang Shuhan'
YSk = 'Yang'
DA = 'Daulet Amanzholov'
DAk = 'Amanzholov|ambassador'
DOCS['06_xinhua_mfa_japan_white_paper.txt'] = [
    E('indirect', 'Japan to "reflect deeply on its history of aggression" and stop using the so-called China threat as an excuse for military expansion', 'China', 'China', 'urged', mention='China', mctx='China on Tuesday urged'),
    E('partial', 'the greatest strategic challenge', 'the white paper', 'white paper|paper', 'describes … as', mention='the white paper', mctx='the white paper, which describes'),
    E('direct', "Japan's white paper once again makes groundless accusations against China's normal defense development and legitimate maritime activities, interferes in China's internal affairs and deliberately exaggerates regional tensions,", GU, GUk, 'said', mention='Gu', mctx='tensions," Gu said'),
    E('direct', 'China firmly opposes this and has lodged stern representations with the Japanese side.', GU, GUk, '', mention='Gu', mctx='tensions," Gu said'),
    E('indirect', 'China\'s national defense policy is "defensive in nature" and that China\'s military spending as a share of GDP remains below the world average', GU, GUk, 'said', mention='Gu', mctx='Gu said China\'s national'),
    E('direct', 'Japan should earnestly reflect on its history of aggression, abide by the political documents between the two countries, and stop seeking excuses for its own military expansion,', GU, GUk, 'said', mention='she', mctx='expansion," she said'),
    E('indirect', 'the international community, and Japan\'s Asian neighbors in particular, are "highly vigilant" about Tokyo\'s moves to loosen restrictions on arms exports and to develop so-called counterstrike capabilities', GU, GUk, 'noted', mention='The spokesperson', mctx='The spokesperson noted'),
    E('indirect', 'the white paper was approved by the Japanese cabinet on Tuesday morning and for the first time devotes a separate chapter to "cognitive warfare."', 'Kyodo News', 'Kyodo', 'According to', mention='Kyodo News'),
    E('indirect', 'the document "objectively reflects" the security environment surrounding Japan, and that Japan would "continue to communicate with China at all levels."', MI, MIk, 'told', mention='Japanese Chief Cabinet Secretary Tadayuki Ikegaya'),
    E('indirect', 'the Chinese People\'s Liberation Army "will resolutely safeguard national sovereignty, security and development interests."', MH, MHk, 'said', mention='Senior Colonel Meng Haochen'),
    E('direct', 'Any attempt to contain China through military means is doomed to fail,', MH, MHk, 'said', mention='Meng', mctx='fail," Meng said'),
    E('indirect', "the white paper reflects a long-term shift in Japan's security policy", 'Chinese experts', 'experts', 'said', mention='Chinese experts'),
    E('indirect', 'Tokyo was using "external threats" to build domestic support for constitutional revision', YS, YSk, 'told', mention=YS),
    E('direct', 'The white paper is written for two audiences: Washington and the Japanese voters,', YS, YSk, 'said', mention='Yang', mctx='voters," Yang said'),
    E('indirect', 'it would "further erode mutual trust" between the two neighbors', YS, YSk, 'adding', mention='Yang', mctx='voters," Yang said'),
    E('indirect', 'Chinese Premier will pay an official visit to Kazakhstan from July 20 to 22 at the invitation of the Kazakh government', GU, GUk, 'announced', mention='Gu', mctx='Gu announced'),
    E('indirect', 'it would further deepen the comprehensive strategic partnership between the two countries and inject "new impetus" into China-Central Asia cooperation', GU, GUk, 'said', mention='Gu', mctx='Gu said it would'),
    E('indirect', 'the China-Europe rail corridor through Kazakhstan had handled a record 1.2 million containers in the first half of the year', DA, DAk, 'told', mention="Kazakhstan's Ambassador to China Daulet Amanzholov"),
    E('direct', 'Kazakhstan sees China as a reliable partner and a good neighbor. Our cooperation is not directed against any third party,', DA, DAk, 'said', mention='the ambassador', mctx='the ambassador said'),
    E('indirect', 'the Taiwan question is "the core of China\'s core interests" and "the first red line that must not be crossed" in China-U.S. relations', GU, GUk, 'said', mention='Gu', mctx='Gu said the Taiwan'),
    E('direct', "China urges the U.S. side to stop arming Taiwan and stop sending wrong signals to 'Taiwan independence' separatist forces,", GU, GUk, 'said', mention='she', mctx='forces," she said'),
]
# 07 Financial Times Brussels story, new EU sanctions package on Russian LNG (curly quotes, punctuation mostly outside)
SEO = 'one senior EU official'
BOT = 'Bence Örkényi-Tar'
BOTk = 'Örkényi-Tar|foreign minister'
FPC = 'The EU’s foreign policy chief'
FPCk = 'foreign policy chief|chief'
NBP = 'A joint paper circulated by the Nordic and Baltic states'
NBPk = 'paper|Nordic|Baltic'
YKL = 'Yelena Korovina-Lant'
YKLk = 'Korovina-Lant|spokeswoman'
LTD = 'Larysa Tkachuk-Demchenko'
LTDk = 'Tkachuk-Demchenko|ambassador'
DOCS['07_ft_eu_lng_sanctions_package.txt'] = [
    E('indirect', 'The proposal, which the European Commission presented to member states’ ambassadors on Wednesday, would also add 14 banks in third countries to the list of entities barred from dealing with EU companies', 'people briefed on the discussions', 'people', 'according to', mention='people briefed on the discussions'),
    E('direct', 'This is the package that goes after the money that is still flowing,', SEO, 'official', 'said', mention=SEO),
    E('direct', 'Every tanker we list is a tanker that has to find a new flag, a new insurer and a new buyer. That costs them.', SEO, 'official', '', mention=SEO),
    E('indirect', 'his country would “not support anything that raises energy prices for Hungarian families”', BOT, BOTk, 'told', mention='Hungary’s foreign minister Bence Örkényi-Tar'),
    E('indirect', 'Budapest had not yet seen a full legal text', BOT, BOTk, 'said', mention='Hungary’s foreign minister Bence Örkényi-Tar'),
    E('indirect', 'Bratislava had asked for an exemption for a pipeline contract that runs until 2028 but had not threatened a veto', 'Two diplomats', 'diplomats', 'said', mention='Two diplomats'),
    E('indirect', 'it was “studying the proposal constructively”', 'A spokesman for the Slovak government', 'spokesman|Slovak government', 'said', mention='A spokesman for the Slovak government'),
    E('indirect', 'the bloc needed to “keep raising the cost of the war for the Kremlin”', FPC, FPCk, 'said', mention=FPC),
    E('indirect', '“fatigue is a luxury that Ukraine does not have”', FPC, FPCk, 'warned', mention=FPC),
    E('indirect', 'a full ban on Russian LNG imports by the end of 2026 rather than 2027 as currently planned', NBP, NBPk, 'calls for', False, mention=NBP),
    E('indirect', '“every year of delay is a year of revenue for the Russian war machine”', NBP, NBPk, 'arguing', mention=NBP),
    E('indirect', 'Diplomats from Belgium, Greece and Malta, whose ports and shipping companies would be most affected by the transhipment ban, have asked the commission for a fuller impact assessment', 'people familiar with the talks', 'people', 'according to', mention='people familiar with the talks'),
    E('direct', 'We are not against it. We want to know who pays for it,', 'one diplomat from a southern member state', 'diplomat', 'said', mention='one diplomat from a southern member state'),
    E('indirect', 'sanctions were “one of the most effective tools we have” and that previous packages had cut Russia’s oil and gas revenues by more than a third since 2022', 'The commission', 'commission|European Commission', 'said', mention='it', mctx='statement, it said'),
    E('indirect', 'the EU was “shooting itself in the foot again” and that Russian energy would “find its buyers” in Asia and elsewhere', YKL, YKLk, 'said', mention='Russian foreign ministry spokeswoman Yelena Korovina-Lant'),
    E('indirect', 'the package sent “a strong signal”', LTD, LTDk, 'wrote', mention=LTD),
    E('indirect', 'the bloc to “close the loopholes, not just count the tankers”', LTD, LTDk, 'urged', mention=LTD),
    E('indirect', 'about a fifth of Russia’s LNG exports to Asia are transhipped through EU ports, mostly in Belgium and the Netherlands', 'Analysts at the consultancy Kpler', 'analysts|Kpler', 'estimate', False, mention='Analysts at the consultancy Kpler'),
    E('indirect', 'Ending that trade would force Russia to use its own small fleet of ice-class carriers on longer routes, they said, cutting the volumes it can deliver in winter', 'Analysts at the consultancy Kpler', 'analysts|Kpler', 'said', mention='they', mctx='routes, they said'),
    E('indirect', 'ambassadors would discuss the package again next Wednesday', 'Diplomats', 'diplomats', 'said', mention='Diplomats', mctx='Diplomats said ambassadors'),
    E('direct', 'It always is, until Budapest says it isn’t.', 'Diplomats', 'diplomats|one|them', 'said', mention='One of them', mctx='One of them, asked'),
]
# 08 Yonhap wire, North Korean ballistic missile launch (straight quotes)
JCS = 'the Joint Chiefs of Staff'
JCSk = 'JCS|Joint Chiefs of Staff|military'
PDR = 'Pyeon Gwang-ryul'
PDRk = 'Pyeon|spokesperson'
SM = 'Shigeaki Moritsuka'
SMk = 'Moritsuka'
INDO = 'The U.S. Indo-Pacific Command'
INDOk = 'Indo-Pacific Command|command'
UM = "Seoul's unification ministry"
UMk = 'unification ministry|ministry'
SYK = 'Yeom Yun-kyung'
SYKk = 'Yeom'
DOCS['08_yonhap_north_korea_missile_launch.txt'] = [
    E('indirect', 'North Korea fired a short-range ballistic missile into the East Sea on Friday', "South Korea's military", JCSk, 'said', mention="South Korea's military"),
    E('indirect', "The missile was launched from the Sunan area of Pyongyang at around 7:41 a.m. and flew some 380 kilometers before splashing into waters outside Japan's exclusive economic zone (EEZ)", JCS, JCSk, 'said', mention=JCS),
    E('direct', 'Our military has strengthened surveillance and vigilance in preparation for additional launches and is closely sharing information on the North Korean ballistic missile with the U.S. and Japan,', JCS, JCSk, 'said', mention='the JCS', mctx='Japan," the JCS said'),
    E('indirect', 'the military was analyzing the specifications of the missile, including whether it was a new type of solid-fuel weapon', PDR, PDRk, 'told', mention='JCS spokesperson Col. Pyeon Gwang-ryul'),
    E('direct', 'The launch is a clear provocation that threatens peace and stability on the Korean Peninsula,', PDR, PDRk, 'said', mention='he', mctx='Peninsula," he said'),
    E('indirect', 'the North to "immediately stop" its missile launches', PDR, PDRk, 'calling on', mention='he', mctx='Peninsula," he said'),
    E('indirect', 'the missile reached a maximum altitude of about 50 km and flew on an "irregular trajectory,"', "Japan's defense ministry", 'defense ministry|Japan|Tokyo', 'said', mention="Japan's defense ministry"),
    E('indirect', 'Japan had lodged a protest with North Korea through diplomatic channels in Beijing', SM, SMk, 'told', mention='Japanese Defense Minister Shigeaki Moritsuka'),
    E('direct', 'Repeated launches of ballistic missiles by North Korea are absolutely unacceptable,', SM, SMk, 'said', mention='Moritsuka', mctx='unacceptable," Moritsuka said'),
    E('indirect', 'the launch did not pose an immediate threat to U.S. personnel or territory, or to its allies, but highlighted "the destabilizing impact" of the North\'s illicit weapons programs', INDO, INDOk, 'said', mention=INDO),
    E('indirect', 'Washington\'s commitment to the defense of South Korea and Japan "remains ironclad."', INDO, INDOk, 'said', mention='It', mctx='It said Washington'),
    E('indirect', 'it "deeply regrets" the launch', UM, UMk, 'said', mention=UM),
    E('indirect', 'Pyongyang to return to dialogue', UM, UMk, 'urged', mention=UM),
    E('direct', 'The North should recognize that provocations will only deepen its own isolation,', 'Tak Seung-cheol', 'Tak|spokesperson', 'told', mention='ministry spokesperson Tak Seung-cheol'),
    E('indirect', 'the government was keeping all channels of communication open even though the North has not responded to calls on the inter-Korean liaison line since 2023', 'Tak Seung-cheol', 'Tak|spokesperson', 'adding', mention='ministry spokesperson Tak Seung-cheol'),
    E('indirect', 'the upcoming trilateral exercise, dubbed Freedom Edge, as a rehearsal for invasion', 'Pyongyang', 'Pyongyang|North Korea', 'has denounced … as', False, mention='Pyongyang', mctx='Pyongyang has denounced'),
    E('indirect', 'it would take "corresponding countermeasures" if the drills went ahead', "the North's defense ministry", 'defense ministry|ministry|KCNA', 'warned', mention="the North's defense ministry"),
    E('indirect', "Friday's launch appeared designed both to test weapons and to send a political message before the drills", 'Experts', 'experts', 'said', mention='Experts'),
    E('direct', 'The timing is not accidental. Pyongyang wants to show that it can respond to every allied exercise with a launch of its own,', SYK, SYKk, 'said', mention='Prof. Yeom Yun-kyung'),
    E('indirect', 'the North has also been seeking to showcase its missiles to potential foreign buyers, and that its cooperation with Russia had given it "combat data it could never have gathered on its own."', SYK, SYKk, 'noted', mention='She', mctx='She noted'),
    E('indirect', 'there were signs the North may be preparing another launch, possibly of a longer-range missile, around the time of the drills', 'A South Korean government official', 'official', 'told', mention='A South Korean government official'),
]
# --- END DOCS ---
def main():
    out = {'about': 'heldout17: international politics and diplomacy news articles written and annotated blind (helper session s16), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout16: start/end are UTF-8 byte '
                    'offsets, content excludes the quotation marks, "that" and the final period; speaker is the '
                    'fullest name the article uses; speaker_key is a word (or |-separated forms) that a correct '
                    'speaker name must contain; speaker_start/speaker_end is the mention for this claim (a pronoun '
                    'where the claim uses one); required=false entries are optional.',
           'documents': []}
    total = req = 0
    kinds = {}
    txt = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    assert txt == sorted(DOCS), ('articles without annotations', set(txt) ^ set(DOCS))
    for name in sorted(DOCS):
        src = open(os.path.join(HERE, name), encoding='utf-8').read()
        b = src.encode('utf-8')
        atts = []
        for e in DOCS[name]:
            s, t = locate(b, e['content'], e['ctx'])
            c = e['content']
            assert b[s:t].decode('utf-8') == c
            assert c == c.strip(), ('untrimmed', c)
            a = {'kind': e['kind'], 'start': s, 'end': t, 'content': c, 'speaker': e['speaker'],
                 'speaker_key': e['key'], 'cue': e['cue'], 'required': e['req']}
            if e['speaker'] is not None:
                forms = [e['mention']] if e['mention'] else e['key'].split('|')
                m = mention_span(b, forms, s, t, e['mctx'])
                assert m, ('no speaker mention near claim', name, c[:40], forms)
                a['speaker_start'], a['speaker_end'] = m
            atts.append(a)
            total += 1
            req += e['req']
            k = kinds.setdefault(e['kind'], [0, 0])
            k[0 if e['req'] else 1] += 1
        atts.sort(key=lambda a: a['start'])
        for x, y in zip(atts, atts[1:]):
            assert x['end'] <= y['start'], ('overlap', name, x['content'][:30], y['content'][:30])
        out['documents'].append({'file': name, 'attributions': atts})
    with open(os.path.join(HERE, 'reference.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('%d documents, %d attributions (%d required)' % (len(out['documents']), total, req))
    for k in sorted(kinds):
        print('  %-8s required %3d optional %3d' % (k, kinds[k][0], kinds[k][1]))


if __name__ == '__main__':
    main()
