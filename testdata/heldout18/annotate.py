#!/usr/bin/env python3
"""Builds reference.json for heldout18 (a blind set) from hand annotations.

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

# 01 CNN-style live-updates page, eastern Congo ceasefire collapses (straight quotes)
MON = 'the UN stabilization mission in Congo'
MONk = 'MONUSCO|mission'
BTM = 'Bienvenu Tshibangu-Malaba'
BTMk = 'Tshibangu-Malaba|minister'
CU = 'Clémentine Uwimbabazi'
CUk = 'Uwimbabazi|spokesperson'
LRM = 'Lambert Ruzindana-Mugisha'
LRMk = 'Ruzindana-Mugisha|spokesman|M23'
OMK = 'Ghislaine Mbuyamba-Kasereka'
OMKk = 'Mbuyamba-Kasereka'
DIB = 'A diplomat briefed on the talks'
DOCS['01_cnn_live_goma_ceasefire_collapse.txt'] = [
    E('indirect', 'Rwanda of sending troops across the border', "Congo's government", 'government|Kinshasa|Congo', 'accuses', False, mention="Congo's government"),
    E('indirect', 'more than 40,000 people have fled in the past 48 hours', 'The UN', 'UN', 'says', False, mention='The UN', mctx='The UN says more'),
    E('indirect', 'Two peacekeepers were lightly wounded when a mortar round landed inside a base near Sake on Tuesday night', MON, MONk, 'said', mention=MON),
    E('direct', 'Attacks on peacekeepers may constitute war crimes under international law,', MON, MONk, 'said', mention='the mission', mctx='law," the mission said'),
    E('indirect', '"all armed actors" to respect the ceasefire "immediately and unconditionally."', MON, MONk, 'called on', mention='It', mctx='It called on'),
    E('indirect', 'the base had not been evacuated', 'A spokesperson for the mission', 'spokesperson|mission|MONUSCO', 'told', mention='A spokesperson for the mission'),
    E('indirect', 'Rwanda of using the ceasefire to reinforce positions around Goma', BTM, BTMk, 'accused', False, mention=BTM),
    E('direct', 'While we were signing in Doha, they were moving artillery. The world saw it, and the world must now act,', BTM, BTMk, 'told', mention='Tshibangu-Malaba', mctx='act," Tshibangu-Malaba told'),
    E('indirect', 'the government would ask the UN Security Council for an emergency session, and that Congo\'s delegation would not return to Doha "as long as a single Rwandan soldier remains on our soil."', BTM, BTMk, 'said', mention='He', mctx='He said the government'),
    E('indirect', 'the ambassador to Kigali had been recalled for consultations', "A spokesperson for Congo's foreign ministry", 'spokesperson|foreign ministry', 'told', mention="A spokesperson for Congo's foreign ministry"),
    E('partial', 'fabricated', CU, CUk, 'dismissed … as', False, ctx='as "fabricated" and', mention=CU),
    E('indirect', 'the fighting had been started by Congolese army units and allied militias', CU, CUk, 'said', mention=CU),
    E('direct', 'Rwanda is not a party to this conflict,', CU, CUk, 'wrote', mention='she', mctx='conflict," she wrote'),
    E('direct', 'We will, however, defend our border against any threat, as any sovereign state would.', CU, CUk, '', mention='she', mctx='conflict," she wrote'),
    E('indirect', 'its fighters had only returned fire after government drones struck its positions near Kitshanga', 'The rebel coalition that includes M23', 'M23|coalition', 'claimed', mention='The rebel coalition that includes M23'),
    E('direct', 'We remain committed to Doha. But we will not sit still while we are bombed.', LRM, LRMk, 'said', mention=LRM),
    E('indirect', 'More than 40,000 people have fled camps and villages west of Goma since Sunday', 'the UN Office for the Coordination of Humanitarian Affairs', 'OCHA|Office for the Coordination of Humanitarian Affairs|UN', 'according to', mention='the UN Office for the Coordination of Humanitarian Affairs'),
    E('direct', 'People are arriving with nothing. Many of them have been displaced three or four times already,', OMK, OMKk, 'said', mention=OMK),
    E('indirect', 'her team had treated 63 people for blast and gunshot wounds since Monday, including 19 children', OMK, OMKk, 'said', mention='She', mctx='She said her team'),
    E('indirect', 'The clinic is running short of blood', OMK, OMKk, 'added', mention='she', mctx='blood, she added'),
    E('indirect', 'they could hear artillery through the night', 'Residents in Goma', 'residents', 'told', mention='Residents in Goma'),
    E('direct', "We don't sleep anymore. We just wait for morning,", 'one mother of four', 'mother', 'said', mention='one mother of four'),
    E('indirect', 'it was "deeply concerned" by the reports of renewed fighting', 'Qatar', 'Qatar', 'said', mention='Qatar', mctx='Qatar, which hosted'),
    E('indirect', 'both governments to "return to the spirit of Doha."', 'Qatar', 'Qatar', 'urged', mention='Qatar', mctx='Qatar, which hosted'),
    E('indirect', 'its mediators remained in contact with both delegations', "Qatar's foreign ministry", 'foreign ministry|Qatar', 'said', mention="Qatar's foreign ministry"),
    E('indirect', 'the ceasefire text had left "too much unsaid" about the withdrawal of foreign forces', DIB, 'diplomat', 'told', mention=DIB),
    E('direct', 'Everyone knew the sequencing was the weak point,', DIB, 'diplomat', 'said', mention='the diplomat', mctx='point," the diplomat said'),
    E('direct', "We hoped the momentum would carry it. It didn't.", DIB, 'diplomat', '', mention='the diplomat', mctx='point," the diplomat said'),
    E('indirect', 'Washington is "following the situation closely,"', 'A State Department spokesperson', 'spokesperson|State Department', 'said', mention='a State Department spokesperson'),
    E('indirect', 'the United States expected "all parties, including Rwanda, to honor their commitments."', 'A State Department spokesperson', 'spokesperson|State Department', 'adding', mention='a State Department spokesperson'),
]
# 02 Meduza-style story, drone strikes on southern Russian refineries and a 150-for-150 prisoner exchange (curly quotes)
VPA = 'Vsevolod P. Arkhangelsky'
VPAk = 'Arkhangelsky|governor'
TZK = 'Timur Zaurbekovich Khadzhiev'
TZKk = 'Khadzhiev|governor'
RDM = 'The Russian Defense Ministry'
RDMk = 'Defense Ministry|ministry'
GS = 'Ukraine’s General Staff'
GSk = 'General Staff'
SBU = 'A source in the SBU'
SBUk = 'source|SBU'
CHQ = 'Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War'
CHQk = 'Coordination Headquarters|headquarters'
BT = 'Bohdan Tymoshyk'
BTk = 'Tymoshyk|president'
DOP = 'Gleb Olegovich Prokhanenko'
DOPk = 'Prokhanenko|envoy'
KAS = 'Kirill Anatolyevich Sedykh'
KASk = 'Sedykh|Kremlin|spokesman'
LMH = 'Ulyana Mykhailivna Hnatiuk'
LMHk = 'Hnatiuk'
OVD = 'Yevhen V. Dzyndra-Yarosh'
OVDk = 'Dzyndra-Yarosh|ombudsman'
DOCS['02_meduza_refinery_drones_prisoner_swap.txt'] = [
    E('indirect', 'the exchange “does not change anything” about the war', 'The Kremlin', 'Kremlin|Sedykh', 'says', False, mention='The Kremlin', mctx='The Kremlin says'),
    E('indirect', 'Ukrainian drones struck oil refineries in Krasnodar and Rostov regions overnight, setting off fires that burned for several hours', 'regional officials', 'officials', 'said', mention='regional officials'),
    E('indirect', 'debris from a downed drone had fallen on the territory of the Slavyansk refinery and caused a fire in a processing unit', VPA, VPAk, 'wrote', mention='Krasnodar Governor Vsevolod P. Arkhangelsky'),
    E('direct', 'There are no casualties. Emergency services are working at the scene,', VPA, VPAk, 'wrote', mention='he', mctx='scene,” he wrote'),
    E('indirect', 'air defenses had destroyed 22 drones over the region and that a fire at the Novoshakhtinsk plant had been “localized.”', TZK, TZKk, 'said', mention='acting governor Timur Zaurbekovich Khadzhiev'),
    E('indirect', 'its forces had shot down 137 Ukrainian drones overnight over nine regions and the Black Sea', RDM, RDMk, 'claimed', mention=RDM, mctx='The Russian Defense Ministry claimed'),
    E('indirect', 'the strikes were carried out by the Security Service (SBU) and the Unmanned Systems Forces, and that both refineries supply fuel to Russian troops', GS, GSk, 'said', mention=GS),
    E('indirect', 'the Slavyansk plant had been hit “at least four times,”', SBU, SBUk, 'told', mention=SBU),
    E('indirect', 'a fuel tank had been destroyed', SBU, SBUk, 'adding', mention=SBU),
    E('direct', 'Every liter that does not reach the front is a liter that does not kill Ukrainians,', SBU, SBUk, 'said', mention='the source', mctx='Ukrainians,” the source said'),
    E('indirect', 'The exchange took place on the Belarus-Ukraine border with mediation from the United Arab Emirates', CHQ, CHQk, 'according to', mention=CHQ),
    E('indirect', 'most of the returned Ukrainians had been held since 2022, and that 23 of them were seriously ill or wounded', CHQ, CHQk, 'said', mention='The headquarters', mctx='The headquarters said'),
    E('direct', 'Our people are home,', BT, BTk, 'wrote', mention='he', mctx='home,” he wrote'),
    E('direct', 'We remember every one who is still in captivity, and we will bring them all back.', BT, BTk, '', mention='he', mctx='home,” he wrote'),
    E('indirect', 'the 150 Russian servicemen returned by Ukraine were in Belarus and would be flown to Moscow for medical treatment and rehabilitation', RDM, RDMk, 'said', mention=RDM, mctx='The Russian Defense Ministry said the 150'),
    E('indirect', 'Moscow was ready for further exchanges “on the same principle, one for one.”', DOP, DOPk, 'told', mention=DOP),
    E('indirect', 'Kyiv of “dragging out” lists of civilians held in Ukraine', DOP, DOPk, 'accused', False, mention='He', mctx='He accused Kyiv'),
    E('direct', 'Exchanges are a humanitarian matter. They are not connected to the political track and do not change anything,', KAS, KASk, 'told', mention='Sedykh', mctx='anything,” Sedykh told'),
    E('direct', 'The special military operation continues.', KAS, KASk, '', mention='Sedykh', mctx='anything,” Sedykh told'),
    E('indirect', 'Moscow considered the refinery attacks “terrorist acts” and that they would be “taken into account.”', KAS, KASk, 'said', mention='He', mctx='He also said Moscow'),
    E('indirect', 'she had not received a letter from him for eleven months', LMH, LMHk, 'said', mention=LMH),
    E('direct', 'They tell us to be patient. I have been patient for two years,', LMH, LMHk, 'said', mention='she', mctx='two years,” she said'),
    E('indirect', 'Russia continues to deny the International Committee of the Red Cross access to many detention sites', OVD, OVDk, 'said', mention=OVD),
    E('indirect', 'the ICRC to “use every lever it has” to visit prisoners', OVD, OVDk, 'called on', mention='He', mctx='He called on the ICRC'),
    E('indirect', 'testimonies from those released on Wednesday “again describe torture.”', OVD, OVDk, 'warned', mention='He', mctx='He called on the ICRC'),
    E('indirect', 'it had facilitated the exchange “at the request of both parties” and was ready to continue doing so', 'The ICRC', 'ICRC|Red Cross', 'said', mention='The ICRC', mctx='The ICRC said'),
    E('indirect', 'about 8,000 Ukrainians, both soldiers and civilians, remain in Russian captivity', 'Ukrainian officials', 'officials', 'say', mention='Ukrainian officials', mctx='Ukrainian officials say'),
]
# 03 White House press briefing write-up, Guyana–Venezuela standoff (curly quotes)
CHV = 'Leocadia Hathersage-Pruett'
CHVk = 'Hathersage-Pruett|press secretary|White House'
WH = 'The White House'
WHk = 'White House|Hathersage-Pruett'
SAO = 'a senior administration official'
SAOk = 'official'
EBU = 'Ezequiel Bracamonte Urdaneta'
EBUk = 'Bracamonte|Bracamonte Urdaneta|foreign minister'
BFM = 'the Brazilian foreign ministry'
BFMk = 'foreign ministry|Brazil|Brasília'
SRB = 'Sheldon Ramcharitar-Bissoon'
SRBk = 'Ramcharitar-Bissoon|prime minister'
DOCS['03_white_house_briefing_guyana_standoff.txt'] = [
    E('indirect', 'the president spoke with Guyana’s leader on Monday night', CHV, CHVk, 'says', False, mention='Press secretary', mctx='Press secretary says'),
    E('indirect', 'the United States has no plans to send combat troops to Guyana', WH, WHk, 'said', mention=WH, mctx='The White House said Tuesday'),
    E('indirect', 'any move to seize territory in the disputed Essequibo region would bring “serious consequences.”', WH, WHk, 'warned', mention='it', mctx='as it warned'),
    E('direct', 'Let me be very clear: nobody in this building is talking about American boots on the ground in Guyana,', CHV, CHVk, 'told', mention='White House press secretary Leocadia Hathersage-Pruett'),
    E('direct', 'What we are talking about is deterrence, and deterrence works best when it is backed by partners.', CHV, CHVk, '', mention='White House press secretary Leocadia Hathersage-Pruett'),
    E('indirect', 'the president had spoken by phone with Guyanese President Devendra Persaud-Lall on Monday night and “reaffirmed America’s unwavering support for Guyana’s sovereignty and territorial integrity.”', CHV, CHVk, 'said', mention='Hathersage-Pruett', mctx='Hathersage-Pruett said the president'),
    E('indirect', 'the two leaders agreed to expand intelligence sharing and maritime patrols off the Guyanese coast', CHV, CHVk, 'said', mention='She', mctx='She said the two'),
    E('partial', 'temporary logistics post', 'Caracas', 'Caracas|Venezuela', 'described … as', mention='Caracas', mctx='what Caracas described'),
    E('indirect', 'the post was on Venezuelan soil and that his country “will not ask permission from Washington or from anyone” to protect it', EBU, EBUk, 'said', mention=EBU),
    E('direct', 'We are not going to,” she said, “negotiate with ourselves from this podium.', CHV, CHVk, 'said', mention='she', mctx='she said, “negotiate'),
    E('partial', 'can be reviewed at any time.', CHV, CHVk, 'said', mention='she', mctx='which she said'),
    E('direct', 'No. We have been watching this for months,', CHV, CHVk, 'said', mention='she', mctx='months,” she said'),
    E('direct', 'The president was briefed on Saturday morning, before most of you had the story.', CHV, CHVk, '', mention='she', mctx='months,” she said'),
    E('indirect', 'the Pentagon had moved a destroyer and two surveillance aircraft into the southern Caribbean last week as a “prudent precaution.”', SAO, SAOk, 'said', mention=SAO),
    E('indirect', 'there were no plans to station U.S. forces on Guyanese territory', SAO, SAOk, 'said', mention='The official', mctx='The official, who spoke'),
    E('direct', 'We think Caracas is testing the waters,', SAO, SAOk, 'said', mention='the official', mctx='waters,” the official said'),
    E('direct', 'Our job is to make sure the water is cold.', SAO, SAOk, '', mention='the official', mctx='waters,” the official said'),
    E('indirect', 'Brazil, which borders both countries, had “a critical role to play” and that the secretary of state would speak with his Brazilian counterpart later in the week', 'A second senior official', 'official', 'said', mention='A second senior official'),
    E('indirect', 'it was following developments “with great concern”', BFM, BFMk, 'said', mention=BFM),
    E('indirect', 'both governments to resolve the dispute “exclusively through peaceful means and international law.”', BFM, BFMk, 'called on', mention=BFM),
    E('indirect', 'the region “will not accept the redrawing of borders by force,”', SRB, SRBk, 'told', mention="Trinidad and Tobago’s prime minister, Sheldon Ramcharitar-Bissoon"),
    E('indirect', 'the Organization of American States to hold an emergency meeting', SRB, SRBk, 'urged', mention="Trinidad and Tobago’s prime minister, Sheldon Ramcharitar-Bissoon"),
    E('indirect', 'the court to rule that the 1899 arbitral award setting the border is valid', 'Guyana', 'Guyana|Georgetown', 'has asked', False, mention='Guyana', mctx='Guyana has asked'),
    E('indirect', 'the administration should “stop talking and start moving ships,”', 'Merrion Bellingrath', 'Bellingrath', 'said', mention='Sen. Merrion Bellingrath'),
    E('partial', 'sleepwalking into another open-ended commitment in our hemisphere.', 'Anaís Quiñonero-Blaylock', 'Quiñonero-Blaylock', 'warned against', False, mention='Rep. Anaís Quiñonero-Blaylock'),
    E('direct', 'Nothing to announce today,', CHV, CHVk, 'said', mention='Hathersage-Pruett', mctx='today,” Hathersage-Pruett said'),
    E('direct', 'But I wouldn’t rule it out.', CHV, CHVk, '', mention='Hathersage-Pruett', mctx='today,” Hathersage-Pruett said'),
]
# 04 Politico Playbook-style congressional newsletter, Senate war powers resolution on Yemen strikes (straight quotes)
PAR = 'Porter Pendlebury-Riley'
PARk = 'Pendlebury-Riley'
DOH = 'Amarachi Ugwumba-Thrale'
DOHk = 'Ugwumba-Thrale'
RV = 'Roscoe Quarterman'
RVk = 'Quarterman'
SAO = 'A senior administration official'
MEV = 'Rosaura Arreola-Vinter'
MEVk = 'Arreola-Vinter'
DOCS['04_politico_playbook_war_powers_vote.txt'] = [
    E('indirect', 'Senate Republican leaders are quietly whipping against a war powers resolution that would force an end to U.S. strikes on Houthi targets in Yemen within 30 days, and they are not sure they have the votes', 'two people familiar with the matter', 'people', 'according to', mention='two people familiar with the matter'),
    E('indirect', 'At least four Republicans are undecided, aides said, and two more have told colleagues privately they are leaning yes', 'aides', 'aides', 'said', mention='aides', mctx='undecided, aides said'),
    E('direct', "The Constitution doesn't have an exception for wars that are convenient,", PAR, PARk, 'told', mention='Pendlebury-Riley', mctx='convenient," Pendlebury-Riley told'),
    E('direct', "If we're going to keep bombing Yemen, Congress should vote on it. That's all this is.", PAR, PARk, '', mention='Pendlebury-Riley', mctx='convenient," Pendlebury-Riley told'),
    E('direct', "Eleven months, zero votes. That's not oversight, that's abdication.", DOH, DOHk, 'put it', mention='Ugwumba-Thrale', mctx='Ugwumba-Thrale put it'),
    E('partial', 'a gift to Tehran', RV, RVk, 'called', mention='Senate Armed Services Chair Roscoe Quarterman'),
    E('indirect', 'passing it would tell shipping companies "that America blinks."', RV, RVk, 'said', mention='Senate Armed Services Chair Roscoe Quarterman'),
    E('direct', 'The Houthis are firing missiles at merchant ships and at our sailors,', RV, RVk, 'said', mention='Quarterman', mctx='sailors," Quarterman said'),
    E('direct', "This is not the moment for Congress to tie the commander in chief's hands.", RV, RVk, '', mention='Quarterman', mctx='sailors," Quarterman said'),
    E('indirect', 'the president would veto the measure', 'The White House', 'White House', 'has signaled', False, mention='The White House', mctx='The White House has signaled'),
    E('indirect', 'the strikes were "lawful, limited and necessary" under the president\'s Article II authority, and that the administration had briefed the relevant committees "more than two dozen times."', SAO, 'official', 'told', mention=SAO),
    E('indirect', 'several undecided members will come home once they see the classified briefing scheduled for Wednesday afternoon', 'Republican leadership aides', 'aides', 'argue', mention='Republican leadership aides'),
    E('direct', "Honestly? It depends on what's in the room. If the briefers wing it, we lose people.", 'One senior GOP aide', 'aide', ':', mention='One senior GOP aide'),
    E('indirect', 'she wants to hear "a real theory of how this ends."', MEV, MEVk, 'says', mention='Sen. Rosaura Arreola-Vinter'),
    E('indirect', 'she hadn\'t decided, "and anyone who tells you otherwise is guessing."', MEV, MEVk, 'said', mention='she', mctx='she said she'),
    E('indirect', 'he "continues to believe the mission is justified" but is "troubled by the lack of a plan."', 'Pasquale Wexlow', 'Wexlow|office', 'said', mention='his office'),
    E('indirect', 'leadership has made no effort to lean on him', 'Two Democratic aides', 'aides', 'said', mention='Two Democratic aides'),
    E('indirect', 'the House would not take up the Senate measure "in its current form."', 'Bryony Featherstonehaugh', 'Featherstonehaugh|spokesperson', 'said', mention="Speaker's office spokesperson Bryony Featherstonehaugh"),
    E('indirect', '"every week without a vote is a week Congress spends hiding."', 'Liesl Lanzmann-Ibe', 'Lanzmann-Ibe', 'wrote', mention="Win Without War's political director, Liesl Lanzmann-Ibe"),
    E('indirect', 'the committees were told to expect "deputy-level" briefers', 'one Senate aide', 'aide', 'according to', mention='one Senate aide'),
]
# 05 Bloomberg story, EU–India free-trade talks near a deal (straight quotes)
PKM = 'people with knowledge of the matter'
PKMk = 'people'
AB = 'Hrishikesh Bhalekar'
ABk = 'Bhalekar|minister'
OBW = 'Mirjam Brandsma-Weil'
OBWk = 'Brandsma-Weil|commissioner'
RAS = 'Shalini Achrekar-Stoll'
RASk = 'Achrekar-Stoll'
VDA = "Germany's VDA auto industry association"
VDAk = 'VDA|association'
DOCS['05_bloomberg_eu_india_trade_deal_deadline.txt'] = [
    E('indirect', "The European Union and India have agreed on the bulk of a free-trade agreement and are trying to close the remaining gaps on car tariffs and the bloc's carbon border levy before a summit in New Delhi next month", PKM, PKMk, 'according to', mention=PKM),
    E('indirect', 'Negotiators have settled 21 of the 23 chapters of the deal, including services, customs procedures and government procurement', PKM, PKMk, 'said', mention='the people', mctx='procurement, the people said'),
    E('partial', 'make-or-break', 'one of the people', 'people|one', 'described … as', mention='one of the people'),
    E('indirect', 'India is seeking a longer phase-in for cuts to its tariffs on imported cars, which currently run as high as 110%, while the EU wants New Delhi to accept a quota for European vehicles from the first year', PKM, PKMk, 'said', mention='the people', mctx='first year, the people said'),
    E('indirect', 'the two sides "are making good progress"', 'A spokesperson for the European Commission', 'spokesperson|European Commission|Commission', 'said', mention='A spokesperson for the European Commission'),
    E('indirect', 'Bilateral trade in goods reached €124 billion ($134 billion) last year', 'EU data', 'data|EU', 'according to', False, mention='EU data'),
    E('indirect', 'the agreement was "very close" but that India would not accept terms that hurt its small manufacturers', AB, ABk, 'told', mention="India's Commerce and Industry Minister Hrishikesh Bhalekar"),
    E('direct', 'We want a deal, but not at any cost,', AB, ABk, 'said', mention='Bhalekar', mctx='cost," Bhalekar said'),
    E('direct', 'Our farmers and our MSMEs are not bargaining chips.', AB, ABk, '', mention='Bhalekar', mctx='cost," Bhalekar said'),
    E('direct', 'We have never been closer,', OBW, OBWk, 'said', mention='she', mctx='closer," she said'),
    E('direct', "But the last mile is always the hardest, and I'm not going to pretend the car question is solved.", OBW, OBWk, '', mention='she', mctx='closer," she said'),
    E('indirect', 'the carbon levy, which the EU began phasing in this year, was "not up for negotiation," though the bloc was willing to discuss technical support for Indian steelmakers to measure and report their emissions', OBW, OBWk, 'said', mention='She', mctx='She said the carbon'),
    E('indirect', 'the levy as a non-tariff barrier', 'Indian officials', 'officials', 'have described … as', False, mention='Indian officials', mctx='Indian officials have described'),
    E('indirect', "Steel exports to Europe, India's biggest market for the metal, could face an extra cost of as much as 20% once the levy is fully applied", 'the Global Trade Research Initiative', 'Global Trade Research Initiative|estimates', 'according to', False, mention='the Global Trade Research Initiative'),
    E('indirect', 'Both sides are seeking to reduce their reliance on China and to hedge against U.S. tariffs', 'analysts', 'analysts', 'say', mention='analysts', mctx='tariffs, analysts say'),
    E('direct', 'Washington has done more to push Brussels and Delhi together than fifteen years of negotiations did,', RAS, RASk, 'said', mention=RAS),
    E('indirect', 'both governments now see a deal as "strategic insurance."', RAS, RASk, 'said', mention='She', mctx='She said both'),
    E('indirect', 'any deal must deliver "real, immediate market access"', VDA, VDAk, 'said', mention=VDA),
    E('indirect', 'a long phase-in "would leave European manufacturers at a structural disadvantage for a decade."', VDA, VDAk, 'warned', mention=VDA),
    E('indirect', 'protests if the deal opens the EU market to Indian rice and sugar', 'French farm unions', 'unions', 'have threatened', False, mention='French farm unions'),
    E('indirect', 'has been addressed through safeguards', 'officials in Paris', 'officials|Paris', 'say', False, mention='officials in Paris'),
]
# 06 France 24 story, ECOWAS summit in Praia sets a deadline for Guinea-Bissau's junta (straight quotes, punctuation outside; guillemets once)
ECO = 'The Economic Community of West African States'
ECOk = 'ECOWAS|Economic Community of West African States|communiqué'
MCF = 'Filomena da Conceição Lopes Furtado'
MCFk = 'Lopes Furtado|Furtado|president'
HRM = 'Honório dos Reis Carvalhal'
HRMk = 'Carvalhal|dos Reis Carvalhal|foreign minister'
ASC = 'Iracema dos Prazeres Cabral'
ASCk = 'Prazeres Cabral|Cabral|lawyer'
ASK = 'Aboubakar Sidibé-Koné'
ASKk = 'Sidibé-Koné|president'
JRS = 'Parfait-Rodrigue de Souza-Houénou'
JRSk = 'Souza-Houénou|de Souza-Houénou|foreign minister'
DEL = 'two delegates who attended the closed-door session'
DOCS['06_france24_ecowas_praia_bissau_transition.txt'] = [
    E('indirect', "Guinea-Bissau's military rulers until the end of December to return the country to civilian rule", 'West African leaders meeting in the Cape Verdean capital Praia', 'leaders|ECOWAS', 'gave', False, mention='West African leaders meeting in the Cape Verdean capital Praia'),
    E('indirect', 'the transition authorities in Bissau must publish an electoral calendar "within 30 days" and release "all political detainees without delay"', ECO, ECOk, 'said', mention='The Economic Community of West African States (ECOWAS)'),
    E('indirect', 'Failing that, the bloc "reserves the right to take all necessary measures"', 'the final communiqué', 'communiqué|ECOWAS', 'said', mention='the communiqué', mctx='the communiqué said'),
    E('direct', 'Our community has lost three members in two years. We cannot afford to lose a fourth, and we will not lose it to the gun,', MCF, MCFk, 'told', mention="Cape Verde's President Filomena da Conceição Lopes Furtado"),
    E('indirect', 'the region\'s citizens "did not fight for independence so that soldiers could decide who governs them"', MCF, MCFk, 'said', mention='She', mctx='She said the region'),
    E('indirect', 'the military had acted in November to prevent "a civil war" after a disputed presidential vote', HRM, HRMk, 'insisted', mention='General Honório dos Reis Carvalhal'),
    E('direct', 'We did not take power. We saved the state,', HRM, HRMk, 'told', mention='he', mctx='state," he told'),
    E('indirect', 'elections would be held "when the conditions of security are met"', HRM, HRMk, 'adding', mention='he', mctx='state," he told'),
    E('indirect', 'ECOWAS had "once again given the generals time they will use to entrench themselves"', ASC, ASCk, 'said', mention=ASC),
    E('indirect', 'Sanctions on Mali and Niger, he argued, had "hurt ordinary people far more than the juntas" and pushed them towards the exit', ASK, ASKk, 'argued', mention='he', mctx='he argued'),
    E('direct', 'We have learned from the Sahel,', ASK, ASKk, 'said', mention='Sidibé-Koné', mctx='Sahel," Sidibé-Koné said'),
    E('direct', 'Pressure without dialogue produced a divorce. We want a transition, not a rupture.', ASK, ASKk, '', mention='Sidibé-Koné', mctx='Sahel," Sidibé-Koné said'),
    E('indirect', 'the summit had been divided over how hard to push Bissau', 'Diplomats', 'diplomats', 'said', mention='Diplomats', mctx='Diplomats said the summit'),
    E('indirect', "Senegal's President Ousmane Faye-Diouf, whose country shares a long border with Guinea-Bissau, is understood to have argued for targeted sanctions on junta leaders", DEL, 'delegates', 'according to', mention=DEL),
    E('indirect', "Côte d'Ivoire and Ghana favoured a softer line", DEL, 'delegates', 'said', mention='the delegates', mctx='line, the delegates said'),
    E('direct', "La Cédéao n'est pas un club de chefs d'État, c'est une communauté de peuples.", JRS, JRSk, 'said', mention="Benin's foreign minister Parfait-Rodrigue de Souza-Houénou"),
    E('direct', 'ECOWAS is not a club of heads of state, it is a community of peoples.', JRS, JRSk, '', False, mention="Benin's foreign minister Parfait-Rodrigue de Souza-Houénou"),
    E('indirect', 'the Praia summit showed ECOWAS "is still taking orders from abroad"', 'a spokesman for the Alliance of Sahel States', 'spokesman|Alliance of Sahel States', 'told', mention='a spokesman for the Alliance of Sahel States'),
    E('indirect', "the bloc's credibility now depends on what happens in Bissau", 'Analysts', 'analysts', 'say', mention='Analysts', mctx='Analysts say'),
    E('direct', 'If the December deadline passes like the last two, nobody in the region will take ECOWAS deadlines seriously again,', 'Fatoumata Gueye-Lacerda', 'Gueye-Lacerda', 'said', mention='Fatoumata Gueye-Lacerda'),
    E('indirect', 'it "welcomed" the summit\'s decisions and stood ready to support the transition', 'The African Union Commission', 'African Union Commission|AU|Commission', 'said', mention='The African Union Commission'),
]
# 07 Dawn-style story, Foreign Office weekly briefing and India's reply on the Indus Waters Treaty (single quotes, punctuation mostly outside)
ATN = 'Ambreen Tufail Niazi'
ATNk = 'Niazi|spokesperson'
RMK = 'Rajeshwar Pisharody-Kulkarni'
RMKk = 'Pisharody-Kulkarni|spokesperson'
SMG = 'Mehrban Haider Gardezi'
SMGk = 'Gardezi|commissioner'
FO = 'the Foreign Office'
KFJ = 'Kulsoom Shehnaz Jatoi'
KFJk = 'Jatoi|Senator'
DOCS['07_dawn_fo_briefing_indus_waters.txt'] = [
    E('indirect', "any attempt by India to divert or stop the flow of water in the western rivers under the Indus Waters Treaty would be treated as 'an act of aggression'", 'Pakistan', 'Pakistan|Islamabad', 'warned', mention='Pakistan', mctx='Pakistan on Thursday warned'),
    E('indirect', "Islamabad had written to the World Bank, a signatory to the 1960 treaty, to seek its 'immediate engagement' after New Delhi began flushing sediment from two hydropower reservoirs on the Chenab without prior notification", ATN, ATNk, 'said', mention='Foreign Office spokesperson Ambreen Tufail Niazi'),
    E('direct', 'The treaty has no provision for unilateral suspension. It is binding, and India cannot walk away from it by issuing a press release,', ATN, ATNk, 'said', mention='she', mctx="release,' she said"),
    E('indirect', "Pakistan had also raised the matter with the permanent members of the UN Security Council and would 'use every legal and diplomatic avenue available to it'", ATN, ATNk, 'said', mention='The spokesperson', mctx='The spokesperson said Pakistan'),
    E('indirect', "Pakistan remained committed to keeping it open for Sikh pilgrims 'regardless of the state of relations'", ATN, ATNk, 'said', mention='she', mctx='she said Pakistan remained'),
    E('indirect', 'India to resume the issuance of travel permits', ATN, ATNk, 'urged', mention='she', mctx='she said Pakistan remained'),
    E('indirect', "the treaty would remain 'in abeyance' until Pakistan 'credibly and irrevocably' ended support for cross-border terrorism", RMK, RMKk, 'told', mention="India's External Affairs Ministry spokesperson Rajeshwar Pisharody-Kulkarni"),
    E('direct', 'Blood and water cannot flow together. That has been our position and it remains our position,', RMK, RMKk, 'said', mention='Mr Pisharody-Kulkarni'),
    E('indirect', "the sediment flushing at the Baglihar and Salal projects was 'routine maintenance' that had been delayed for years because of Pakistani objections", RMK, RMKk, 'added', mention='He', mctx='He added that the sediment'),
    E('indirect', "the treaty's dispute mechanisms had been 'misused' by Pakistan, and India saw 'no role for third parties'", RMK, RMKk, 'said', mention='the spokesperson', mctx="the spokesperson said the treaty's"),
    E('indirect', 'the government was fast-tracking approvals for three new canals in Jammu and Kashmir', 'Indian media', 'media|officials', 'reported', mention='Indian media'),
    E('indirect', "the immediate impact of the flushing on Chenab flows was limited but that the precedent was 'deeply worrying'", 'Water experts in Pakistan', 'experts', 'said', mention='Water experts in Pakistan'),
    E('indirect', 'India did not yet have the storage capacity to significantly alter the flow of the western rivers', SMG, SMGk, 'told', mention='Former Indus commissioner Mehrban Haider Gardezi'),
    E('direct', 'What they can do is play with the timing. In the sowing season, even a few days of reduced flow can hurt farmers in Punjab,', SMG, SMGk, 'said', mention='he', mctx="Punjab,' he said"),
    E('direct', 'That is the real leverage, and they know it.', SMG, SMGk, '', mention='he', mctx="Punjab,' he said"),
    E('indirect', 'water levels in local canals had dropped noticeably over the weekend', "Farmers' representatives in Sialkot and Gujrat districts", 'representatives|farmers', 'said', mention="Farmers' representatives in Sialkot and Gujrat districts"),
    E('indirect', 'the fall partly to seasonal factors', 'irrigation department officials', 'officials', 'attributed', False, mention='irrigation department officials'),
    E('indirect', "Deputy Prime Minister and Foreign Minister Naveed Iftikhar Sulehri, in a telephone call with his Chinese counterpart, briefed him on 'India's provocative actions'", FO, 'Foreign Office|statement', 'said', mention='the Foreign Office', mctx='the Foreign Office said in a statement'),
    E('indirect', "the Chinese side 'reiterated its support for dialogue and peaceful resolution of disputes'", FO, 'statement|Foreign Office|Chinese side|China', 'according to', mention='the statement', mctx='According to the statement'),
    E('indirect', 'the government to convene a joint session of parliament', KFJ, KFJk, 'urged', mention='Opposition Senator Kulsoom Shehnaz Jatoi'),
    E('direct', 'The nation deserves to know what the plan is beyond press conferences,', KFJ, KFJk, 'posted', mention='she', mctx="conferences,' she posted"),
    E('indirect', "the exchange came a week before a scheduled meeting of SCO foreign ministers, where both countries' ministers are expected to be present", 'Analysts in Islamabad', 'analysts', 'noted', mention='Analysts in Islamabad'),
]
# 08 EFE wire, Colombian government and a dissident group extend a ceasefire in Havana talks (straight quotes, punctuation mostly outside)
VIB = 'Valeria Insignares Buitrago'
VIBk = 'Insignares Buitrago|Insignares'
FA = 'Fabián Arteaga'
FAk = 'Arteaga|commander'
ACM = 'Ubaldo Cantillo Ospino'
ACMk = 'Cantillo Ospino|Cantillo|ombudsman'
SHA = 'Solfrid Haugevik-Moen'
SHAk = 'Haugevik-Moen|facilitator'
HCL = 'Gildardo Casasbuenas Lora'
HCLk = 'Casasbuenas Lora|Casasbuenas|Defense Minister'
MAS = 'Yolima Altamiranda Sáenz'
MASk = 'Altamiranda Sáenz|Altamiranda'
DOCS['08_efe_colombia_havana_ceasefire_talks.txt'] = [
    E('indirect', 'The Colombian government and the dissident guerrilla group known as the Coordinadora Nacional Bolivariana agreed on Friday to extend a bilateral ceasefire for another six months and to begin clearing landmines in two rural municipalities of the southwestern department of Cauca', 'the parties', 'parties', 'announced', mention='the parties', mctx='the parties announced'),
    E('indirect', 'the ceasefire would remain in force until October 15 and that a verification mechanism led by the United Nations would be "strengthened with a presence in the territories"', 'the delegations', 'delegations|communiqué', 'said', mention='the delegations'),
    E('partial', 'a concrete step that the communities will feel', VIB, VIBk, 'called', mention=VIB),
    E('indirect', 'demining would begin "within weeks" in the municipalities of Argelia and El Tambo', VIB, VIBk, 'told', mention=VIB),
    E('direct', 'We did not come to Havana to sign papers. We came so that a child in Argelia can walk to school without fear,', VIB, VIBk, 'said', mention='Insignares Buitrago', mctx='fear," Insignares Buitrago said'),
    E('indirect', 'the group had shown "political will"', FA, FAk, 'said', mention='The commander of the guerrilla delegation'),
    E('indirect', 'the government fulfil its commitments on crop substitution, which he said had been "abandoned" in several regions', FA, FAk, 'demanded', mention='The commander of the guerrilla delegation'),
    E('direct', 'The peace of the rich is not the peace we are negotiating,', FA, FAk, 'added', mention='he', mctx='negotiating," he added'),
    E('indirect', 'armed groups, "including those sitting at the negotiating table", continued to recruit minors in indigenous territories', ACM, ACMk, 'said', mention="Colombia's ombudsman, Ubaldo Cantillo Ospino"),
    E('indirect', 'both delegations to include child protection on the agenda of the next round', ACM, ACMk, 'urged', mention="Colombia's ombudsman, Ubaldo Cantillo Ospino"),
    E('indirect', 'they had not been consulted about the demining plan', 'Leaders of the Nasa indigenous people', 'leaders|Nasa', 'said', mention='Leaders of the Nasa indigenous people'),
    E('direct', 'Nobody asked us. They decide in Havana what happens on our land,', 'Eulalia Pechené Ulcué', 'Pechené Ulcué|Pechené', 'said', mention='Eulalia Pechené Ulcué'),
    E('indirect', 'the landmine agreement was negotiated with input from local authorities and will be adjusted after consultations with indigenous councils', 'the government delegation', 'delegation|government', 'according to', mention='the government delegation', mctx='According to the government delegation'),
    E('partial', 'difficult but serious', SHA, SHAk, 'described … as', mention=SHA),
    E('indirect', 'both sides had "moved further in this round than in the previous two"', SHA, SHAk, 'said', mention=SHA),
    E('indirect', 'the government was "rewarding criminals with time" and that the ceasefire had only allowed the group "to grow and to rearm"', 'Aristóbulo Zuleta Bermeo', 'Zuleta Bermeo|Zuleta', 'wrote', mention='Senator Aristóbulo Zuleta Bermeo'),
    E('indirect', 'military intelligence had not detected any significant expansion of the group since the ceasefire began', HCL, HCLk, 'said', mention='he', mctx='he said military'),
    E('indirect', '"there are incidents that worry us and that we have put on the table"', HCL, HCLk, 'acknowledged', mention='he', mctx='he acknowledged'),
    E('indirect', 'the agreement was modest but meaningful, given that previous attempts at partial deals with dissident factions had collapsed within months', 'Analysts consulted by EFE', 'analysts', 'said', mention='Analysts consulted by EFE'),
    E('direct', 'It is a small agreement, and that is its strength,', MAS, MASk, 'said', mention=MAS),
    E('direct', 'Small things can be verified.', MAS, MASk, '', mention=MAS),
    E('indirect', 'The next round is scheduled to take place in Oslo in August', 'the guarantors', 'guarantors', 'said', mention='the guarantors'),
]
# 09 Arab News story, Saudi foreign minister's visit to Tehran (curly quotes)
SPA = 'the Saudi Press Agency'
SPAk = 'Saudi Press Agency|SPA'
NMS = 'Nawwaf bin Majed Al-Saud'
NMSk = 'Nawwaf|Al-Saud|prince|foreign minister'
MKT = 'Mehrdad Kazemzadeh-Tabrizi'
MKTk = 'Kazemzadeh-Tabrizi|minister|IRNA'
SDS = 'A Saudi diplomatic source'
HRN = 'Dhiyab bin Saqr Al-Naimi'
HRNk = 'Al-Naimi|Dhiyab|Secretary-General|GCC'
HAM = 'Shamma Al-Marzouqi'
HAMk = 'Al-Marzouqi'
DOCS['09_arab_news_saudi_iran_tehran_visit.txt'] = [
    E('indirect', 'Saudi Arabia’s Foreign Minister Prince Nawwaf bin Majed Al-Saud arrived in Tehran on Sunday for talks with Iranian officials on regional security, the war in Yemen and arrangements for Iranian pilgrims ahead of the Hajj season', SPA, SPAk, 'reported', mention=SPA),
    E('indirect', 'The prince was received at Mehrabad Airport by Iran’s Deputy Foreign Minister Kazem Roshanravan-Sabet', SPA, SPAk, 'said', mention='SPA', mctx='SPA said'),
    E('indirect', 'Prince Nawwaf later held talks with Iranian Foreign Minister Mehrdad Kazemzadeh-Tabrizi, during which the two sides “reviewed bilateral relations and ways to enhance them in various fields,”', SPA, SPAk, 'according to', mention='SPA', mctx='according to SPA'),
    E('indirect', 'the Kingdom was committed to “building relations based on good neighborliness, mutual respect and non-interference in internal affairs.”', NMS, NMSk, 'said', mention='Prince Nawwaf', mctx='Prince Nawwaf said'),
    E('direct', 'The security of the Gulf is indivisible,', NMS, NMSk, 'said', mention='he', mctx='indivisible,” he said'),
    E('direct', 'What threatens one of us threatens all of us, and what benefits one of us should benefit all.', NMS, NMSk, '', mention='he', mctx='indivisible,” he said'),
    E('partial', 'a new chapter', MKT, MKTk, 'described … as', mention='Kazemzadeh-Tabrizi', mctx='Kazemzadeh-Tabrizi described'),
    E('indirect', 'Tehran was ready to expand cooperation with Riyadh in trade, transport and tourism', MKT, MKTk, 'said', mention='Kazemzadeh-Tabrizi', mctx='Kazemzadeh-Tabrizi described'),
    E('direct', 'We see Saudi Arabia as an important neighbor and a partner in building a region free of foreign interference,', MKT, MKTk, 'said', mention='the Iranian minister'),
    E('indirect', 'they had discussed efforts to revive a UN-led peace process in Yemen', 'Both ministers', 'ministers', 'said', mention='Both ministers'),
    E('indirect', 'Riyadh had asked Tehran to use its influence with the Houthis to secure the release of detainees and to halt attacks on commercial shipping', SDS, 'source', 'told', mention=SDS),
    E('direct', 'The message was clear: good relations cannot be selective,', SDS, 'source', 'said', mention='the source', mctx='selective,” the source said'),
    E('indirect', 'Tehran does not control the Houthi movement’s decisions', 'Iranian officials', 'officials', 'have repeatedly said', mention='Iranian officials', mctx='Iranian officials have repeatedly said'),
    E('indirect', 'The ministers also agreed on arrangements for about 87,000 Iranian pilgrims expected to perform Hajj this year, including direct flights from Tehran, Mashhad and Shiraz to Jeddah and Madinah', SPA, SPAk, 'reported', mention='SPA', mctx='Madinah, SPA reported'),
    E('indirect', 'Iranian pilgrims would “enjoy better services than ever before.”', 'Bahman Sadeghpour', 'Sadeghpour|IRNA', 'was quoted … as saying', mention='Bahman Sadeghpour'),
    E('indirect', 'it reflected “the wisdom of the leadership of the Kingdom” and would “contribute to consolidating security and stability in the region.”', HRN, HRNk, 'saying', mention='The GCC Secretary-General, Sheikh Dhiyab bin Saqr Al-Naimi'),
    E('indirect', 'dialogue “remains the only path to lasting peace.”', 'Oman’s foreign ministry', 'foreign ministry|Oman', 'said', mention='Its foreign ministry'),
    E('indirect', 'the trip signaled a maturing of ties that remained fragile two years ago', 'Analysts', 'analysts', 'said', mention='Analysts', mctx='Analysts said the trip'),
    E('direct', 'The fact that this visit is happening without drama is itself the news,', HAM, HAMk, 'said', mention='Dr. Shamma Al-Marzouqi'),
    E('direct', 'Three years ago, it would have been unthinkable.', HAM, HAMk, '', mention='Dr. Shamma Al-Marzouqi'),
    E('indirect', 'the relationship remained vulnerable to regional shocks, including tensions between Iran and the West over Tehran’s nuclear program', HAM, HAMk, 'cautioned', mention='she', mctx='she cautioned'),
    E('indirect', 'Prince Nawwaf is expected to meet Iran’s president on Monday before traveling to Baghdad', 'a diplomatic source', 'source', 'according to', mention='a diplomatic source', mctx='according to a diplomatic source'),
]
# 10 Q&A explainer with a "What they said" box, Mitrovica bridge dispute between Kosovo and Serbia (straight quotes)
ASG = 'Arbën Shkreli-Gashi'
ASGk = 'Shkreli-Gashi|prime minister'
DV = 'Dragoljub Vesković'
DVk = 'Vesković|president'
ES = 'Ettore Sbarbaro'
ESk = 'Sbarbaro|KFOR'
OWD = 'one Western diplomat'
OWDk = 'diplomat|diplomats'
EZB = 'Edona Zeqiri-Bytyqi'
EZBk = 'Zeqiri-Bytyqi'
USE = 'A spokesperson for the U.S. embassy in Pristina'
USEk = 'spokesperson|embassy'
DOCS['10_explainer_qa_mitrovica_bridge_kosovo_serbia.txt'] = [
    E('indirect', 'it would open the main bridge over the Ibar River in Mitrovica to vehicle traffic from November 1', "Kosovo's government", 'government|Kosovo|Pristina', 'announced', mention="Kosovo's government", mctx="Kosovo's government announced"),
    E('indirect', 'the decision was about "freedom of movement for all citizens" and that Kosovo "does not need anyone\'s permission to open its own bridge."', ASG, ASGk, 'said', mention='Prime Minister Arbën Shkreli-Gashi'),
    E('indirect', 'opening it to traffic would make it easier for Kosovo police to move special units into the north', 'Local Serb leaders', 'leaders', 'say', mention='Local Serb leaders'),
    E('direct', 'This bridge is not just concrete. It is the only guarantee we have,', 'Milica Prodanović-Tasić', 'Prodanović-Tasić', 'said', mention='Milica Prodanović-Tasić'),
    E('direct', 'If it opens, we will be next.', 'Milica Prodanović-Tasić', 'Prodanović-Tasić', '', mention='Milica Prodanović-Tasić'),
    E('indirect', 'the gathering was peaceful and that no arrests were made', 'Kosovo police', 'police', 'said', mention='Kosovo police', mctx='Kosovo police said'),
    E('indirect', 'Pristina of "deliberately provoking" Serbs', DV, DVk, 'accused', False, mention='Serbian President Dragoljub Vesković'),
    E('indirect', 'Serbia "will not stand by" if they are threatened', DV, DVk, 'warned', mention='Serbian President Dragoljub Vesković'),
    E('indirect', 'he had asked NATO to "take full responsibility" for the security of the bridge', DV, DVk, 'said', mention='he', mctx='he said he had asked'),
    E('indirect', 'the decision had been taken "without proper coordination" with the peacekeepers or with the Serb community', 'An EU spokesperson', 'spokesperson|EU', 'said', mention='An EU spokesperson'),
    E('indirect', 'Pristina to "postpone any unilateral steps."', 'An EU spokesperson', 'spokesperson|EU', 'called on', mention='An EU spokesperson'),
    E('indirect', 'his troops "remain in place and impartial" and would "respond to any threat to a safe and secure environment."', ES, ESk, 'said', mention='Maj. Gen. Ettore Sbarbaro'),
    E('indirect', 'it had increased patrols around the bridge', 'KFOR', 'KFOR', 'said', mention='KFOR', mctx='KFOR said it had'),
    E('indirect', 'the bridge dispute could derail a planned round of EU-facilitated talks later this month', 'Diplomats in Brussels', 'diplomats', 'say', mention='Diplomats in Brussels'),
    E('direct', 'It is always one bridge, one license plate, one flag,', OWD, OWDk, 'said', mention=OWD),
    E('direct', 'And every time, we lose six months.', OWD, OWDk, '', mention=OWD),
    E('direct', 'Both parties must refrain from any actions that raise tensions, especially in the north.', 'Hiltrud Osterkamp', 'Osterkamp|special representative', ':', mention='Hiltrud Osterkamp'),
    E('direct', 'We coordinated with KFOR at every level. The bridge is a road, not a weapon.', 'Driton Mehmetaj-Lushi', 'Mehmetaj-Lushi|deputy foreign minister', ':', mention='Driton Mehmetaj-Lushi'),
    E('direct', 'Pristina is testing how far it can go before someone gets hurt.', 'Stanimir Jevremović', 'Jevremović|minister', ':', mention='Stanimir Jevremović'),
    E('indirect', 'the November 1 date stands', 'The government in Pristina', 'government|Pristina|Kosovo', 'insists', mention='The government in Pristina'),
    E('indirect', 'he was "open to technical consultations" with KFOR but that "the principle is not negotiable."', ASG, ASGk, 'told', mention='Shkreli-Gashi', mctx='Shkreli-Gashi told parliament'),
    E('indirect', "much will depend on whether Washington, Kosovo's closest ally, intervenes", 'Analysts', 'analysts', 'say', mention='Analysts', mctx='Analysts say much'),
    E('direct', "In the past, one phone call from the U.S. embassy changed Pristina's plans. That may not work this time,", EZB, EZBk, 'said', mention=EZB),
    E('indirect', 'the prime minister faces elections in the spring', EZB, EZBk, 'noting', mention=EZB),
    E('indirect', 'the United States was "in close contact with all parties"', USE, USEk, 'said', mention=USE),
    E('partial', 'calm and restraint.', USE, USEk, 'urged', False, mention=USE),
]
# --- END DOCS ---
def main():
    out = {'about': 'heldout18: international politics and diplomacy news articles written and annotated blind (helper session B18), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout17: start/end are UTF-8 byte '
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
