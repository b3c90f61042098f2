#!/usr/bin/env python3
"""Builds reference.json for heldout15 (a blind set) from hand annotations.

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

# DOCS-BEGIN

# 01 UN Security Council mandate renewal (wire, straight quotes, ambassadors, A3+, readout)
NMT = 'Clémence-Aïda Tchakounte'
NMTk = 'Tchakounte|Special Representative'
AVM = 'Aurelien Vautrin-Morland'
CPA = 'Georgiana Quarrington-Sall'
CPAk = 'Quarrington-Sall|ambassador'
TMN = 'Theodore Mbaikoua-Ndanga'
MOZ = "Mozambique's envoy"
MOZk = 'envoy|Mozambique'
RUS = 'Russia'
RUSk = 'Russia|Moscow'
DOCS['01_un_security_council_car_mandate.txt'] = [
    E('indirect', 'ignoring civilian deaths in the country\'s northwest', 'Western and African members', 'members', 'accused', False, mention='Western and African members'),
    E('indirect', 'the text had been watered down overnight to drop a reference to "armed drones operated by foreign partners", a phrase the government in Bangui had lobbied hard to remove', 'Diplomats', 'Diplomats|diplomats', 'said', mention='Diplomats', mctx='Diplomats said the text'),
    E('indirect', 'attacks on displaced people around Paoua and Bocaranga had nearly doubled since June', NMT, NMTk, 'told', mention='Special Representative Clémence-Aïda Tchakounte'),
    E('direct', 'We are protecting camps with a battalion where we need a brigade,', NMT, NMTk, 'said', mention='Tchakounte', mctx='brigade," Tchakounte said'),
    E('direct', 'Every week we are choosing which village to reach and which to leave.', NMT, NMTk, '', mention='Tchakounte', mctx='brigade," Tchakounte said'),
    E('indirect', '41 peacekeepers had been wounded this year', NMT, NMTk, 'added', mention='She', mctx='She added that 41'),
    E('indirect', 'members to "stop treating this mission as a line to be trimmed in the budget."', NMT, NMTk, 'urged', mention='She', mctx='She added that 41'),
    E('indirect', 'the renewal sent "a clear signal that the council has not forgotten the Central African people."', AVM, 'Vautrin-Morland|ambassador', 'said', mention=AVM),
    E('indirect', 'the final text was "less precise than we would have wished" on the protection of civilians', AVM, 'Vautrin-Morland|ambassador', 'acknowledged', mention='He', mctx='He acknowledged'),
    E('direct', 'Let us be honest about what happened to this text,', CPA, CPAk, 'told', mention='she', mctx='she told the council'),
    E('direct', 'A sentence about drones was removed not because it was untrue, but because it was inconvenient.', CPA, CPAk, '', mention='she', mctx='she told the council'),
    E('indirect', 'Washington would continue to press for an independent investigation into a strike near Ngaoundaye in September that local officials say killed at least 19 people', CPA, CPAk, 'said', mention='she', mctx='19 people, she said'),
    E('indirect', 'his government "will not accept lectures" from countries that had "abandoned" it when armed groups controlled two thirds of its territory', TMN, 'Mbaikoua-Ndanga|Ambassador', 'said', mention='Ambassador Theodore Mbaikoua-Ndanga'),
    E('direct', 'Our partners are there because we invited them. The drones are there because we asked for them,', TMN, 'Mbaikoua-Ndanga|Ambassador', 'said', mention='he', mctx='for them," he said'),
    E('direct', 'Where were those who now speak of civilians in 2013?', TMN, 'Mbaikoua-Ndanga|Ambassador', '', mention='he', mctx='for them," he said'),
    E('indirect', 'the group had abstained because the resolution failed to include a timetable for lifting the remaining sanctions on Bangui', MOZ, MOZk, 'said', mention=MOZ),
    E('indirect', 'The A3+ "remain fully committed" to the mission, he said, but believe "sanctions without an exit are a sentence without an end."', MOZ, MOZk, 'said', mention='he', mctx='mission, he said'),
    E('indirect', 'Beijing had voted in favour "in the spirit of compromise."', 'Geng Shulan', 'Geng|ambassador', 'said', mention='Geng Shulan'),
    E('partial', "using the council's platform to settle bilateral scores.", 'Geng Shulan', 'Geng|ambassador', 'warned against', False, mention='She', mctx='She warned against'),
    E('indirect', 'the mandate had been "inflated with tasks that have nothing to do with peacekeeping"', RUS, RUSk, 'said', mention='Russia', mctx='Russia, which abstained'),
    E('indirect', 'the mission should focus on supporting the national army', RUS, RUSk, 'argued', mention='Moscow', mctx='Moscow has repeatedly'),
    E('indirect', 'the abstentions had been expected', 'Several Western diplomats', 'diplomats', 'said', mention='Several Western diplomats'),
    E('direct', 'Nobody wanted to be the one to veto a peacekeeping mission a month before the budget talks,', 'one European diplomat', 'diplomat', 'said', mention='one European diplomat'),
    E('indirect', 'council members "expressed deep concern at the humanitarian situation" and "called on all parties to respect international humanitarian law."', 'a readout issued by the Swiss presidency', 'readout|presidency|members', 'According to', mention='a readout issued by the Swiss presidency'),
    E('indirect', 'it would change little on the ground', 'Humanitarian groups', 'groups', 'said', mention='Humanitarian groups'),
    E('indirect', 'more than 500,000 people remained displaced inside the country and that funding for its response plan stood at 31 percent', 'the Norwegian Refugee Council', 'Norwegian Refugee Council|Council', 'said', mention='the Norwegian Refugee Council'),
    E('direct', 'That is for the investigation,', NMT, NMTk, 'said', mention='she', mctx='investigation," she said'),
    E('direct', 'My job is to make sure the next village is still standing.', NMT, NMTk, '', mention='she', mctx='investigation," she said'),
]

# 02 Punch (Nigeria) Metro Plus, police rescue abducted farmers (straight quotes, PPRO/CP, multi-paragraph quote)
KPC = 'The Kwara State Police Command'
KPCk = 'Command|command|police'
OAN = 'Olufunke Ajibola-Nnaji'
OANk = 'Ajibola-Nnaji|PPRO|Police Public Relations Officer'
IDS = 'Yakubu Danjuma-Shittu'
IDSk = 'Danjuma-Shittu|CP|Commissioner'
BK = 'Baba Kehinde'
BKk = 'Kehinde|relative'
SOB = 'Gbadebo Olowookere-Bamidele'
SOBk = 'Olowookere-Bamidele|monarch|Onimoka'
AOB = 'Babatunde Ogunjimi-Bakare'
AOBk = 'Ogunjimi-Bakare|chairman|Chairman'
CIA = 'Chukwuemeka Ibekwe-Alade'
DOCS['02_punch_kwara_farmers_kidnap_rescue.txt'] = [
    E('indirect', 'its operatives, working with local hunters and members of the Forest Guard, rescued 11 farmers abducted from their farms in the Ekiti Local Government Area of the state', KPC, KPCk, 'has said', mention=KPC),
    E('direct', 'Upon receipt of the distress call, the Commissioner of Police, CP Yakubu Danjuma-Shittu, ordered the deployment of the Anti-Kidnapping Unit and the tactical teams of the command to the area.', OAN, OANk, 'said', mention='She', mctx='She said, "Upon'),
    E('direct', 'The operatives, in synergy with vigilantes and hunters, combed the forest for about 48 hours. On Friday at about 4pm, the hoodlums, on sighting the team, opened fire. The operatives responded professionally, and the hoodlums fled with gunshot wounds, abandoning the victims.', OAN, OANk, '', mention='She', mctx='She said, "Upon'),
    E('indirect', 'all the victims were rescued unhurt and had been taken to a hospital in Omu-Aran for medical checks before being reunited with their families', OAN, OANk, 'According to', mention='the PPRO', mctx='According to the PPRO'),
    E('indirect', 'three suspects, aged between 23 and 41, were arrested in a follow-up operation in Isapa, and that a locally made pistol, 14 live cartridges and the sum of N2.3m suspected to be part of a ransom were recovered from them', OAN, OANk, 'added', mention='She', mctx='She added that three'),
    E('indirect', 'the suspects had "volunteered useful information" that would lead to the arrest of other members of the gang', OAN, OANk, 'said', mention='The PPRO', mctx='The PPRO said the suspects'),
    E('direct', 'The command will not relent until every member of this criminal syndicate is brought to book,', OAN, OANk, 'stated', mention='Ajibola-Nnaji', mctx='Ajibola-Nnaji stated'),
    E('indirect', 'residents of border communities to report "strange faces and unusual movements" to the nearest police division', IDS, IDSk, 'urged', mention='The CP', mctx='The CP, while commending'),
    E('indirect', 'farmers against going to distant farms alone', IDS, IDSk, 'warned', mention='He', mctx='He also warned farmers'),
    E('indirect', 'them to move in groups and inform the community head of their movement', IDS, IDSk, 'advising', mention='He', mctx='He also warned farmers'),
    E('indirect', 'the families had been contacted by the abductors on Wednesday evening', BK, BKk, 'told', mention='Baba Kehinde'),
    E('direct', "They called my brother's wife with his phone and said we should bring N30m or forget him. Where would farmers get N30m?", BK, BKk, 'said', mention='he', mctx='N30m?" he said'),
    E('indirect', 'the community eventually raised N2.5m through contributions and a loan from a cooperative society', BK, BKk, 'claimed', mention='He', mctx='He claimed that'),
    E('indirect', 'the money was delivered to the kidnappers on Thursday night but the victims were not released', BK, BKk, 'adding', mention='He', mctx='He claimed that'),
    E('indirect', 'investigation was ongoing and that the money would be "presented as an exhibit in court"', OAN, OANk, 'said', mention='the PPRO', mctx='the PPRO said investigation'),
    E('indirect', 'farmers in the area had abandoned many farms since last year because of repeated attacks', SOB, SOBk, 'said', mention='Oba Gbadebo Olowookere-Bamidele'),
    E('direct', 'Our people are farmers. If they cannot go to the farm, what will they eat? What will they sell?', SOB, SOBk, 'lamented', mention='the monarch', mctx='the monarch lamented'),
    E('indirect', 'the state government to establish a permanent security outpost along the Obbo-Aiyegunle axis', SOB, SOBk, 'called on', mention='He', mctx='He called on the state'),
    E('indirect', 'the council had procured two motorcycles for the hunters and would "continue to support the security agencies with logistics."', AOB, AOBk, 'said', mention='Hon. Babatunde Ogunjimi-Bakare'),
    E('indirect', 'the council was also working with the state Ministry of Agriculture to provide transport for farmers during the harvest season', AOB, AOBk, 'noted', mention='The chairman', mctx='The chairman noted'),
    E('indirect', 'kidnapping for ransom in the North-Central had become "a business with suppliers, middlemen and bankers."', CIA, 'Ibekwe-Alade|expert', 'said', mention='Mr Chukwuemeka Ibekwe-Alade'),
    E('direct', 'The police alone cannot police the forest. You need intelligence from the villages and you need to follow the money,', CIA, 'Ibekwe-Alade|expert', 'told', mention='he', mctx='money," he told'),
    E('indirect', 'gunmen abducted a pastor and two members of his congregation in Oke-Ode, Ifelodun LGA', 'PUNCH Metro', 'PUNCH', 'had reported', False, mention='PUNCH Metro', mctx='PUNCH Metro had reported'),
]

# 03 The Japan Times, Chief Cabinet Secretary's briefing on tourist insurance (curly quotes, translated answers)
MK = 'Masanori Kitabatake'
MKk = 'Kitabatake|spokesperson|Chief Cabinet Secretary'
RHO = 'Reiko Hanazono-Ota'
RHOk = 'Hanazono-Ota|minister'
JATA = 'The Japan Association of Travel Agents'
JATAk = 'Japan Association of Travel Agents|association'
TMG = 'Tetsuya Morozumi-Gibbs'
YT = 'Yuriko Tsuchimochi'
HEL = 'Hiroto Ebisawa-Krogh'
HELk = 'Ebisawa-Krogh|policy chief'
DOCS['03_japan_times_tourist_insurance_briefing.txt'] = [
    E('indirect', 'Hospitals owed ¥1.4 billion in unpaid bills by foreign patients last year', MK, MKk, 'says', False, mention='top spokesperson', mctx='top spokesperson says'),
    E('indirect', 'Foreign tourists will have to show proof of private medical insurance before entering Japan from April 2027', MK, MKk, 'said', mention="the government's top spokesperson", mctx="the government's top spokesperson said Tuesday"),
    E('direct', 'We welcome visitors from every country, and we want them to feel safe here. But the cost of their treatment should not fall on local hospitals and, in the end, on local taxpayers,', MK, MKk, 'told', mention='Chief Cabinet Secretary Masanori Kitabatake', mctx='Chief Cabinet Secretary Masanori Kitabatake told'),
    E('indirect', 'a bill amending the immigration control law would be submitted to the Diet during the current session', MK, MKk, 'said', mention='Kitabatake', mctx='Kitabatake said a bill'),
    E('indirect', 'hospitals across Japan were owed about ¥1.4 billion in unpaid medical fees by foreign patients in fiscal 2023, up from ¥510 million five years earlier', 'a health ministry survey released last month', 'survey|ministry', 'According to', mention='a health ministry survey released last month'),
    E('indirect', 'he did not believe so', MK, MKk, 'said', mention='Kitabatake', mctx='Kitabatake said he did not'),
    E('direct', 'Most travelers already buy insurance. What we are asking for is a document, not a new burden,', MK, MKk, 'said', mention='he', mctx='burden,” he said'),
    E('indirect', 'the details, including the minimum coverage amount and whether cruise passengers would be included, were still being discussed with the tourism agency and airlines', MK, MKk, 'added', mention='The top government spokesperson'),
    E('indirect', 'the minimum is likely to be set at ¥10 million for medical treatment and repatriation, though some officials in the health ministry have argued for a higher figure', 'Government sources', 'sources', 'said', mention='Government sources'),
    E('indirect', 'the rule must be designed “so that it does not become a line at the airport.”', RHO, RHOk, 'said', mention='she', mctx='she said the rule'),
    E('direct', 'If a family from Taipei has to spend an extra hour at the counter, they may choose Seoul next time,', RHO, RHOk, 'said', mention='Hanazono-Ota', mctx='time,” Hanazono-Ota said'),
    E('indirect', 'her ministry would ask airlines to check the certificates online at booking', RHO, RHOk, 'said', mention='She', mctx='She said her ministry'),
    E('indirect', 'it supported the aim of the policy', JATA, JATAk, 'said', mention=JATA),
    E('indirect', 'the government to allow “a sufficient transition period” for operators who had already sold tour packages for 2027', JATA, JATAk, 'urged', mention=JATA),
    E('indirect', 'such a rule', 'Doctors in resort areas', 'Doctors|doctors', 'have long called for', False, mention='Doctors in resort areas'),
    E('indirect', 'his staff spent hours each winter chasing payments from skiers who had returned home', TMG, 'Morozumi-Gibbs|director', 'said', mention=TMG),
    E('direct', 'We had a patient with a broken femur who left for the airport the day after surgery. The bill was ¥3.2 million. We never saw a yen,', TMG, 'Morozumi-Gibbs|director', 'said', mention='he', mctx='a yen,” he said'),
    E('indirect', 'unpaid bills amounted to a tiny fraction of national medical spending', YT, 'Tsuchimochi|professor', 'noted', mention=YT),
    E('indirect', 'the new rule risked creating “an image of Japan as a country that sees tourists as a risk.”', YT, 'Tsuchimochi|professor', 'warned', mention=YT),
    E('indirect', 'it would not oppose the bill in principle', 'The opposition Constitutional Democratic Party of Japan', 'Constitutional Democratic Party|CDP|party', 'signaled', False, mention='The opposition Constitutional Democratic Party of Japan'),
    E('direct', 'The question is not whether, but how,', HEL, HELk, 'wrote', mention='CDP policy chief Hiroto Ebisawa-Krogh'),
    E('indirect', 'the party would scrutinize how the data on travelers would be stored', HEL, HELk, 'saying', mention='CDP policy chief Hiroto Ebisawa-Krogh'),
    E('indirect', 'it was “paying attention” to the plan', 'Beijing', 'Beijing|China', 'said', mention='Beijing', mctx='Beijing, whose citizens'),
    E('indirect', 'The government plans to hold a briefing for foreign embassies next month', 'a Foreign Ministry official', 'official|Foreign Ministry', 'said', mention='a Foreign Ministry official'),
]

# 04 Mexico News Daily, the president's mañanera on a tortilla price pact (straight quotes, one «guillemet» quote + translation)
IBO = 'Itzel Barragán Olmedo'
IBOk = 'Barragán|president|President'
RAP = 'Efraín Anzures Peñaloza'
RAPk = 'Anzures|minister|Minister'
HCV = 'Heriberto Cázares Villalpando'
HCVk = 'Cázares|president'
GX = 'Guadalupe Xicoténcatl'
GXk = 'Xicoténcatl|owner'
MSB = 'Macarena Solórzano Betancourt'
MSBk = 'Solórzano|Deputy'
DOCS['04_mexico_news_daily_tortilla_price_pact.txt'] = [
    E('indirect', 'the federal government had reached an agreement with tortilla producers to keep the price of a kilo of corn tortillas at or below 25 pesos until the end of the year', IBO, IBOk, 'announced', mention='President Itzel Barragán Olmedo'),
    E('indirect', 'the voluntary pact covered about 38,000 tortillerías, roughly a third of those in the country', IBO, IBOk, 'said', mention='Barragán', mctx='Barragán said the voluntary'),
    E('direct', 'La tortilla no es un lujo, es la base de la mesa mexicana', IBO, IBOk, 'said', mention='the president', mctx='», the president said'),
    E('direct', 'The tortilla is not a luxury, it is the foundation of the Mexican table.', IBO, IBOk, '', False, mention='the president', mctx='», the president said'),
    E('direct', 'Nobody is going to be forced,', IBO, IBOk, 'added', mention='she', mctx='she added'),
    E('direct', 'But whoever signs will have the support of the government: cheaper corn flour, cheaper gas and credit from the development bank.', IBO, IBOk, '', mention='she', mctx='she added'),
    E('indirect', 'The price of tortillas has risen about 11% in the past 12 months', 'the national statistics agency INEGI', 'INEGI|agency', 'according to', mention='the national statistics agency INEGI'),
    E('indirect', 'flour mills had committed to freezing the wholesale price of nixtamalized corn flour for six months', RAP, RAPk, 'said', mention='Economy Minister Efraín Anzures Peñaloza'),
    E('indirect', 'the Federal Consumer Protection Agency (Profeco) would publish a weekly list of participating businesses and their prices', RAP, RAPk, 'said', mention='He', mctx='He said the Federal'),
    E('direct', 'If someone puts up the sign and then charges 28, the consumer can report it and we will act,', RAP, RAPk, 'said', mention='Anzures', mctx='act," Anzures said'),
    E('direct', 'Price controls are imposed. This was negotiated, sitting at a table, over five weeks,', IBO, IBOk, 'said', mention='she', mctx='weeks," she said'),
    E('indirect', 'small producers were paying more for electricity and wages than large chains, and that 25 pesos would leave "almost nothing" for a family business', HCV, HCVk, 'told', mention='Heriberto Cázares Villalpando'),
    E('direct', 'We signed because it is the right thing for the consumer. But the small tortillería is carrying this on its back,', HCV, HCVk, 'said', mention='Cázares', mctx='back," Cázares said'),
    E('indirect', 'as many as 4,000 tortillerías had closed in the past two years, mostly in the north', HCV, HCVk, 'estimated', False, mention='He', mctx='He estimated'),
    E('indirect', 'her gas bill had almost doubled since 2022', GX, GXk, 'said', mention='tortillería owner Guadalupe Xicoténcatl'),
    E('direct', "I'll put the sign up, of course. Who wants to be the one charging more than the neighbor?", GX, GXk, 'said', mention='she', mctx='neighbor?" she said'),
    E('direct', "But if flour goes up again, I don't know.", GX, GXk, '', mention='she', mctx='neighbor?" she said'),
    E('indirect', 'the pact would likely shave a few hundredths of a percentage point off headline inflation', 'Analysts at Banorte', 'Analysts|analysts|Banorte', 'said', mention='Analysts at Banorte'),
    E('partial', 'more symbolic than macroeconomic.', 'Analysts at Banorte', 'Analysts|analysts|Banorte', 'calling', mention='Analysts at Banorte'),
    E('indirect', 'the government was "asking tortilleros to pay for its failed agricultural policy,"', MSB, MSBk, 'wrote', mention='Deputy Macarena Solórzano Betancourt'),
    E('indirect', 'the Agriculture Ministry to publish how much corn it had bought from farmers under its guaranteed price program', MSB, MSBk, 'called on', mention='Deputy Macarena Solórzano Betancourt'),
    E('indirect', 'her critics "never cared about the price of tortillas when they were in government."', IBO, IBOk, 'said', mention='the president', mctx='the president said her critics'),
    E('indirect', 'the government would send a team to Sinaloa next week to meet corn growers who have been blocking highways to demand a higher guaranteed price', IBO, IBOk, 'announced', mention='Barragán', mctx='Barragán also announced'),
    E('indirect', 'the current price of 6,050 pesos per tonne does not cover production costs', "The growers' association", 'association|growers', 'has said', mention="The growers' association"),
    E('indirect', 'inspectors would begin visiting participating businesses the same week', 'Abundio Trejo Maldonado', 'Trejo|Profeco', 'said', mention='Profeco chief Abundio Trejo Maldonado'),
]

# 05 Daily Post (North Wales) / LDRS, council plans to shut leisure centres (curly single quotes, MS, Cllr, colon introductions)
MRP = 'Mabon Rhydderch-Pennant'
MRPk = 'Rhydderch-Pennant|MS|member'
NGO = 'Nesta Glyndwr-Owain'
NGOk = 'Glyndwr-Owain|leader|Leader'
TLB = 'Tudur Llywarch-Boyd'
HMP = 'Tegwen Maddocks-Prys'
HMPk = 'Maddocks-Prys|Organiser'
RPT = "A report to the council's cabinet"
RPTk = 'report|head'
SW = 'Swim Wales'
SWk = 'Swim Wales|governing body|spokesperson'
GCS = 'A Gwynedd Council spokesperson'
PC = 'One Plaid councillor'
DOCS['05_daily_post_gwynedd_leisure_centres.txt'] = [
    E('indirect', 'the closures would leave some families a 40-mile round trip from the nearest swimming pool', 'Campaigners', 'Campaigners|campaigners', 'say', False, mention='Campaigners', mctx='Campaigners say the closures'),
    E('partial', 'an attack on rural communities', MRP, MRPk, 'has described as', mention='a Senedd member'),
    E('indirect', 'closing the centres in Tywyn, Bala and Porthmadog to save around £1.1m a year as the authority tries to bridge a £14m gap in its budget', RPT, RPTk, 'proposes', False, mention=RPT),
    E('indirect', 'the three sites need more than £6m of repairs over the next decade and that usage ‘has not recovered’ since the pandemic', RPT, RPTk, 'warns', mention='The report', mctx="The report, by the head"),
    E('indirect', 'the plans were ‘short-sighted and unfair’', MRP, MRPk, 'said', mention='Dwyfor Meirionnydd MS Mabon Rhydderch-Pennant'),
    E('direct', 'These are not luxuries. For many older people in Bala these centres are the only place they can exercise safely in winter, and for children in Tywyn the pool is where they learn to swim in a county surrounded by water.', MRP, MRPk, 'said', mention='He', mctx='He said: ‘These'),
    E('direct', "If the council closes them, they will not come back. Nobody builds a new pool in a market town of 2,000 people.", MRP, MRPk, '', mention='He', mctx='He said: ‘These'),
    E('indirect', "he had written to the Welsh Government's culture secretary asking whether emergency capital funding could be made available", MRP, MRPk, 'added', mention='Mr Rhydderch-Pennant', mctx='Mr Rhydderch-Pennant added'),
    E('indirect', 'no decision had been taken', NGO, NGOk, 'insisted', mention='Cllr Nesta Glyndwr-Owain'),
    E('direct', 'We are being honest with people about the choices in front of us,', NGO, NGOk, 'said', mention='she', mctx='us,’ she said'),
    E('direct', 'Every pound we keep in a building that is half empty is a pound we cannot spend on social care or schools.', NGO, NGOk, '', mention='she', mctx='us,’ she said'),
    E('indirect', "the authority had lost a quarter of its real-terms funding since 2010 and was ‘running out of things to cut that people won't notice’", NGO, NGOk, 'said', mention='The council leader'),
    E('indirect', 'he would vote against the proposal ‘in its current form’', TLB, 'Llywarch-Boyd|Cllr', 'said', mention='Cllr Tudur Llywarch-Boyd'),
    E('direct', "Not Tywyn. I'm not going to pretend otherwise.", TLB, 'Llywarch-Boyd|Cllr', 'replied', mention='he', mctx='he replied'),
    E('partial', 'Achubwch ein pwll', None, None, 'reading', False),
    E('partial', 'Save our pool', None, None, '', False),
    E('indirect', 'the nearest alternative for many families would be Dolgellau or Wrexham', HMP, HMPk, 'said', mention='Organiser Tegwen Maddocks-Prys'),
    E('direct', "That's a 40-mile round trip on roads that flood every winter,", HMP, HMPk, 'said', mention='she', mctx='winter,’ she said'),
    E('direct', 'What they are really saying is that if you live out here, you can drive or you can do without.', HMP, HMPk, '', mention='she', mctx='winter,’ she said'),
    E('indirect', 'it was ‘deeply concerned’ by the report', SW, SWk, 'said', mention=SW, mctx='Swim Wales said'),
    E('direct', 'Wales already has one of the lowest rates of children able to swim 25 metres by the end of primary school. Closing pools in rural areas will make that worse.', SW, SWk, 'said', mention='A spokesperson for the governing body'),
    E('indirect', 'staff had been informed and that it would ‘work with the council to look at every alternative’, including community asset transfers', "Byw'n Iach", "Byw'n Iach|company", 'said', mention="Byw'n Iach", mctx="Byw'n Iach, the not-for-profit"),
    E('direct', 'No final decision will be made until there has been a full public consultation. We encourage everyone to take part and tell us what these facilities mean to them.', GCS, 'spokesperson|Gwynedd Council', 'said', mention=GCS),
    E('indirect', 'the group was ‘split down the middle’', PC, 'councillor', 'said', mention=PC),
    E('direct', 'Nobody went into politics to close swimming pools,', PC, 'councillor', 'said', mention='the councillor', mctx='the councillor said'),
]

# 06 US Supreme Court oral argument on drone surveillance (curly quotes, justices' questions, counsel's answers)
PDA = 'Octavia Drummond-Akers'
PDAk = 'Drummond-Akers|Justice'
HV = 'Tancred Vanderhoek'
HVk = 'Vanderhoek|solicitor general'
IFB = 'Alaric Farrow-Benítez'
IFBk = 'Farrow-Benítez|Justice'
CW = 'Cornelius Pemberthy'
CWk = 'Pemberthy|Chief Justice'
SAL = 'Simone Achterkamp-Lisle'
SALk = 'Achterkamp-Lisle|attorney'
BQ = 'Sextus Quillfeather'
BQk = 'Quillfeather|Justice'
ET = 'Everett Brannock'
ETk = 'Brannock|rancher'
ROH = 'Beata Ostrowska-Quant'
ROHk = 'Ostrowska-Quant|professor'
DOCS['06_scotus_argument_game_warden_drones.txt'] = [
    E('indirect', 'how far game wardens can go without a warrant', 'Several members of the court', 'members|justices', 'questioned', False, mention='Several members of the court'),
    E('indirect', 'whether state game wardens may fly camera drones low over private ranchland without a warrant', 'Supreme Court justices', 'justices|Justices', 'pressed', False, mention='Supreme Court justices', mctx='Supreme Court justices on Wednesday'),
    E('direct', 'How low is too low?', PDA, PDAk, 'asked', mention='Justice Octavia Drummond-Akers'),
    E('direct', 'Fifty feet? Ten feet? Outside the kitchen window?', PDA, PDAk, '', mention='Justice Octavia Drummond-Akers'),
    E('indirect', 'the drone had flown at about 120 feet, within limits set by federal aviation rules, and that anything visible from public airspace was not protected by the Fourth Amendment', HV, HVk, 'replied', mention=HV),
    E('direct', 'The rancher had no reasonable expectation that a pasture would be invisible from the sky,', HV, HVk, 'told', mention='Vanderhoek', mctx='Vanderhoek told the justices'),
    E('direct', 'This court said as much about helicopters almost forty years ago.', HV, HVk, '', mention='Vanderhoek', mctx='Vanderhoek told the justices'),
    E('indirect', 'a helicopter is loud, expensive and rare', IFB, IFBk, 'noted', mention='Justice Alaric Farrow-Benítez'),
    E('indirect', 'A drone, he said, “can hover for an hour without anyone knowing it\'s there.”', IFB, IFBk, 'said', mention='he', mctx='A drone, he said'),
    E('direct', 'So the rule you want is that the government can do anything a hobbyist can do?', IFB, IFBk, 'asked', mention='Farrow-Benítez', mctx='Farrow-Benítez asked'),
    E('direct', 'Within the law of the airspace, yes, Justice,', HV, HVk, 'said', mention='Vanderhoek', mctx='Vanderhoek said.'),
    E('indirect', 'the court might not need to decide the larger question', CW, CWk, 'suggested', mention='Chief Justice Cornelius Pemberthy'),
    E('indirect', 'whether the case could be resolved on the narrower ground that the area behind the barn was part of the home\'s “curtilage,” the zone courts have treated like the home itself', CW, CWk, 'asked', False, mention='He', mctx='He asked both sides'),
    E('indirect', 'the court to adopt a clear rule requiring warrants for drone surveillance below 400 feet over fenced private property', SAL, SALk, 'urged', mention='attorney Simone Achterkamp-Lisle'),
    E('direct', 'Technology has handed the state an eye that never blinks,', SAL, SALk, 'said', mention='she', mctx='blinks,” she said'),
    E('direct', 'The question is whether the Fourth Amendment still means something when the officer never sets foot on the land.', SAL, SALk, '', mention='she', mctx='blinks,” she said'),
    E('indirect', "whether her rule would also cover a neighbor's drone or a news helicopter", BQ, BQk, 'asked', False, mention='Justice Sextus Quillfeather'),
    E('indirect', 'he was wary of the court “writing an aviation code from the bench.”', BQ, BQk, 'said', mention='Justice Sextus Quillfeather'),
    E('indirect', 'a bright-line altitude rule was “imperfect,”', SAL, SALk, 'conceded', mention='Achterkamp-Lisle', mctx='Achterkamp-Lisle conceded'),
    E('indirect', 'lower courts were “drowning in inconsistent decisions” and needed guidance', SAL, SALk, 'argued', mention='she', mctx='she argued'),
    E('direct', 'If we say nothing, the answer in practice is that the drone wins,', PDA, PDAk, 'said', mention='she', mctx='wins,” she said'),
    E('indirect', 'a ruling for Brannock would “cast doubt on routine aerial inspections” of everything from pipelines to wildfires', 'the Justice Department', 'Justice Department|department|brief', 'said', mention='It', mctx='It said in the brief'),
    E('indirect', 'he had never been in trouble with the law before', ET, ETk, 'told', mention='Brannock', mctx='Outside the court, Brannock'),
    E('direct', "I didn't shoot that elk. It died in my pasture and I was waiting on the warden to call me back,", ET, ETk, 'said', mention='he', mctx='back,” he said'),
    E('direct', "Next thing I know there's a machine buzzing over the barn.", ET, ETk, '', mention='he', mctx='back,” he said'),
    E('indirect', 'the case was the most significant test of aerial surveillance to reach the court in a generation', 'Legal scholars', 'scholars', 'said', mention='Legal scholars'),
    E('indirect', 'the justices seemed to be looking for a way to avoid a sweeping decision', ROH, ROHk, 'said', mention=ROH),
    E('direct', 'My read is a narrow ruling on the curtilage, with a lot of concurrences,', ROH, ROHk, 'said', mention='she', mctx='concurrences,” she said'),
]

# 07 CAS doping appeal, canoeist's contaminated-supplement defence (straight quotes, panel's written reasons, lawyer's statement)
CAS = 'The Court of Arbitration for Sport (CAS)'
CASk = 'CAS|Court of Arbitration for Sport|panel'
PAN = 'The three-member panel'
PANk = 'panel|Panel|award|CAS'
DPM = 'Dawid Przybylak-Mercer'
KWT = 'Ksenia Zawadzka-Tennant'
KWTk = 'Zawadzka-Tennant|lawyer'
ITA = 'the International Testing Agency (ITA)'
ITAk = 'ITA|International Testing Agency'
LFO = 'Lucien Farebrook-Ugwu'
LFOk = 'Farebrook-Ugwu|director general'
MSW = 'Marek Szczygielski-Wendt'
MSWk = 'Szczygielski-Wendt|president'
DOCS['07_cas_canoeist_doping_appeal.txt'] = [
    E('indirect', 'his explanation of a contaminated protein supplement was "plausible in theory but unsupported in fact"', CAS, CASk, 'ruling', mention=CAS),
    E('indirect', 'knowingly taking a banned substance', DPM, 'Przybylak-Mercer|athlete', 'denied', False, mention='He', mctx='He has always denied'),
    E('indirect', 'a tub of whey protein bought from an online retailer in Gdansk had been contaminated during manufacture', "Przybylak-Mercer's lawyers", 'lawyers|Zawadzka-Tennant|Przybylak-Mercer', 'argued', mention='his lawyers', mctx='his lawyers argued'),
    E('indirect', 'the second tub had been bought by the athlete\'s father "more than four months after the positive test" and that there was "no reliable chain of custody" linking it to the product the athlete had actually used', PAN, PANk, 'said', mention='it', mctx='it said the second tub'),
    E('direct', 'The Panel does not doubt that contaminated supplements exist, nor that they have caused adverse analytical findings in the past,', PAN, PANk, 'reads', mention='the award', mctx='the award reads'),
    E('direct', 'But an athlete who relies on contamination must establish, on a balance of probability, how the substance entered his body. A theory, however sincerely held, is not proof.', PAN, PANk, '', mention='the award', mctx='the award reads'),
    E('indirect', 'the concentration found in the athlete\'s urine was "several orders of magnitude higher" than could be explained by the traces in the second tub', PAN, PANk, 'noted', mention='The panel', mctx='The panel also noted'),
    E('indirect', 'her client was "devastated but not defeated" and was considering a further appeal to the Swiss Federal Tribunal, which can overturn CAS awards only on narrow procedural grounds', KWT, KWTk, 'said', mention=KWT),
    E('direct', 'Dawid has done everything an athlete can do to prove his innocence. He paid for tests out of his own pocket. He handed over his phone, his bank statements, his supplements,', KWT, KWTk, 'said', mention='she', mctx='supplements," she said'),
    E('direct', 'The system asks athletes to prove a negative and then punishes them when they cannot.', KWT, KWTk, '', mention='she', mctx='supplements," she said'),
    E('indirect', 'the athlete\'s team believed the panel had given "too little weight" to the laboratory report and would study the award with Swiss counsel', KWT, KWTk, 'added', mention='She', mctx='She added that'),
    E('indirect', 'it welcomed the decision', ITA, ITAk, 'said', mention='The ITA', mctx='The ITA, which handles'),
    E('direct', 'This award confirms that the contamination defence requires evidence, not speculation,', LFO, LFOk, 'said', mention='ITA director general Lucien Farebrook-Ugwu'),
    E('direct', 'We have every sympathy with clean athletes who worry about supplements, and that is exactly why the rules demand a high standard of proof.', LFO, LFOk, '', mention='ITA director general Lucien Farebrook-Ugwu'),
    E('indirect', "His silver medal from last year's world championships in the K1 1000 metres has been stripped and will be reallocated", "the sport's governing body", 'governing body|body', 'said', mention="the sport's governing body", mctx="reallocated, the sport's governing body said"),
    E('indirect', 'the federation would respect the ruling but that the case should be "a warning to every athlete who buys supplements online."', MSW, MSWk, 'told', mention='Polish canoe federation president Marek Szczygielski-Wendt'),
    E('direct', 'We tell them every season: only use products from the approved list. Every season somebody thinks it does not apply to them,', MSW, MSWk, 'said', mention='he', mctx='them," he said'),
    E('direct', 'I know who you are. Nothing changes that.', 'Zuzanna Hallberg-Bies', 'Hallberg-Bies|Olympian', 'posted', mention='Olympian Zuzanna Hallberg-Bies'),
    E('indirect', 'the strict liability system is unfair to athletes who have no access to independent laboratories', "Athletes' rights groups", 'groups', 'have long argued', mention="Athletes' rights groups"),
    E('indirect', 'the case showed the need for a "supplement testing service funded by the system, not by the athlete"', 'Fair Start Athletes', 'Fair Start Athletes|group', 'said', mention='The advocacy group Fair Start Athletes'),
]

# 08 Chess news site round report with post-game interviews (curly quotes, GM/IM/IA titles, moves, arbiter's statement)
COP = 'Chidera Onwuzurike-Petrenko'
COPk = 'Onwuzurike-Petrenko'
RSK = 'Radomir Szabolcsi-Kent'
TGH = 'Nestan Gvenetadze-Bramall'
TGHk = 'Gvenetadze-Bramall|Commentator|commentator'
JTR = 'Jahongir Tursunbayev-Reich'
FID = 'Farrukh Ismoilov-Dahl'
FIDk = 'Ismoilov-Dahl|coach'
NKS = 'Natela Kharebava-Skov'
NKSk = 'Kharebava-Skov|arbiter'
LOV = 'Lasse Ødegård-Vink'
GCF = 'The Georgian Chess Federation'
DOCS['08_chess_news_tbilisi_open_round_nine.txt'] = [
    E('direct', "I didn't calculate everything. Honestly, I calculated almost nothing,", COP, COPk, 'told', mention='Onwuzurike-Petrenko', mctx='Onwuzurike-Petrenko told the official'),
    E('direct', 'I just felt that his king was more uncomfortable than mine.', COP, COPk, '', mention='Onwuzurike-Petrenko', mctx='Onwuzurike-Petrenko told the official'),
    E('indirect', 'he had looked at it “for about ten minutes over breakfast.”', COP, COPk, 'said', mention='he', mctx='he said he had looked'),
    E('indirect', 'he had “simply collapsed” after missing 33.Qd4, which engines later showed would have kept a large advantage', RSK, 'Szabolcsi-Kent', 'said', mention='He', mctx='He said he had “simply'),
    E('direct', "I saw it, and then I didn't trust it. That's the worst feeling in chess,", RSK, 'Szabolcsi-Kent', 'said', mention='he', mctx='chess,” he said'),
    E('direct', 'Tomorrow I need to forget this game.', RSK, 'Szabolcsi-Kent', '', mention='he', mctx='chess,” he said'),
    E('partial', 'the most human move of the tournament.', TGH, TGHk, 'called', mention='Commentator GM Nestan Gvenetadze-Bramall'),
    E('indirect', "the engine's evaluation swung from +2 for White to +4 for Black in the space of five moves", TGH, TGHk, 'noted', mention='she', mctx='she noted'),
    E('direct', 'Both players were living on increments. This is what classical chess looks like when the clock starts making the decisions,', TGH, TGHk, 'said', mention='Gvenetadze-Bramall', mctx='decisions,” Gvenetadze-Bramall said'),
    E('direct', "I don't think about the norm. My coach says the norm is a result, not a goal,", JTR, 'Tursunbayev-Reich', 'told', mention='he', mctx='he told reporters through'),
    E('indirect', 'the team had deliberately chosen not to look at the standings', FID, FIDk, 'said', mention='GM Farrukh Ismoilov-Dahl'),
    E('direct', 'He is a child. If he starts counting points, he will play like an accountant,', FID, FIDk, 'said', mention='Ismoilov-Dahl', mctx='accountant,” Ismoilov-Dahl said'),
    E('indirect', 'the position had in fact occurred three times, and the claim was upheld after the arbiters reviewed the electronic board data', NKS, NKSk, 'According to', mention='IA Natela Kharebava-Skov'),
    E('direct', 'We made a mistake at the board, and we corrected it within five minutes. That is how the system should work,', NKS, NKSk, 'said', mention='she', mctx='work,” she said'),
    E('indirect', "the episode had “cost me ten minutes of nerves and probably today's game too,”", LOV, 'Ødegård-Vink', 'posted', mention='Ødegård-Vink', mctx='Ødegård-Vink posted on X'),
    E('indirect', 'he had no complaint about the final decision', LOV, 'Ødegård-Vink', 'said', mention='Ødegård-Vink', mctx='Ødegård-Vink posted on X'),
    E('indirect', 'a record 312 players from 44 federations are taking part in the open, which carries a first prize of €25,000', 'Organisers', 'Organisers|organisers', 'said', mention='Organisers', mctx='Organisers said a record'),
    E('indirect', "it hoped to bid to host the Women's World Team Championship in 2027", GCF, 'Georgian Chess Federation|federation', 'said', mention=GCF),
    E('indirect', 'Tbilisi was “ready to become the Wijk aan Zee of the Caucasus.”', 'Levan Sikharulidze-Bauer', 'Sikharulidze-Bauer|president', 'told', mention='Federation president Levan Sikharulidze-Bauer'),
]

# 09 UK tech news from a podcast interview, grocery-app founder's cash crunch (straight quotes, single in headline, host's question)
BON = 'Casimir Orrell-Nakagawa'
BONk = 'Orrell-Nakagawa|co-founder|founder'
DMC = 'Sabine Marchesi-Crewdson'
DMCk = 'Marchesi-Crewdson|host'
EMP = 'Two current employees'
PSP = 'a Pantrio spokesperson'
PSPk = 'spokesperson|Pantrio'
VCP = "One partner at a venture capital firm that backed Pantrio's last funding round"
CRU = 'The Couriers and Riders Union'
CRUk = 'union|Couriers and Riders Union'
PV = 'Anusha Sundaresan-Coyle'
PVk = 'Sundaresan-Coyle|lecturer'
DOCS['09_podcast_grocery_app_founder_cash_crunch.txt'] = [
    E('indirect', 'its finances were stable', 'Pantrio', 'Pantrio|company', 'told', False, mention='the company', mctx='the company told staff'),
    E('indirect', 'the company came within nine days of running out of money last autumn', BON, BONk, 'has said', mention='The co-founder of grocery delivery app Pantrio'),
    E('indirect', 'Pantrio had been unable to pay suppliers on time in October and had "quietly begged" two of its investors for an emergency loan', BON, BONk, 'said', mention=BON),
    E('direct', "We had a spreadsheet with a countdown on it. Nine days. I'm not exaggerating, it was literally a cell that turned red,", BON, BONk, 'told', mention='he', mctx='red," he told host'),
    E('direct', "I didn't sleep properly for about six weeks. I was telling the team everything was fine because I thought if they panicked, it would become true.", BON, BONk, '', mention='he', mctx='red," he told host'),
    E('direct', 'So you were bluffing your own employees?', DMC, DMCk, 'asked', mention='Marchesi-Crewdson', mctx='Marchesi-Crewdson asked'),
    E('direct', "I was protecting them. Maybe that's the same thing. I don't know,", BON, BONk, 'replied', mention='Orrell-Nakagawa', mctx='Orrell-Nakagawa replied'),
    E('indirect', 'the company had since raised £18m from existing backers and cut its losses by closing its dark stores in Leeds and Bristol, and was now on track to break even "some time next year"', BON, BONk, 'said', mention='He', mctx='He said the company had since'),
    E('indirect', 'they had learned about the near-collapse from the podcast', EMP, 'employees', 'said', mention=EMP),
    E('direct', "In November we had an all-hands where we were told the runway was 'comfortable'. Now we find out it was nine days,", EMP, 'employees|one', 'said', mention='one', mctx='days," one said'),
    E('direct', 'People feel lied to.', EMP, 'employees|one', '', mention='one', mctx='days," one said'),
    E('indirect', 'several colleagues in the Manchester office had begun looking for other jobs', EMP, 'employees|other', 'said', mention='The other', mctx='The other said'),
    E('indirect', 'the company was "in a strong financial position" and that Orrell-Nakagawa had been "speaking openly about a difficult period that is now firmly behind us."', PSP, PSPk, 'said', mention=PSP),
    E('indirect', 'staff had been "informed of the key decisions at the appropriate time"', PSP, PSPk, 'added', mention='The spokesperson', mctx='The spokesperson added'),
    E('indirect', 'the interview was "not how we would have chosen to communicate this,"', VCP, 'partner', 'said', mention=VCP),
    E('indirect', 'the loan had been made', VCP, 'partner', 'confirmed', mention=VCP),
    E('indirect', 'riders had been paid late twice in October', CRU, CRUk, 'said', mention=CRU),
    E('indirect', 'the company to guarantee wages for the next three months', CRU, CRUk, 'called on', mention=CRU),
    E('direct', 'If the founder can go on a podcast and laugh about a red cell in a spreadsheet, he can explain to riders why their pay was late,', 'Alejandro Quiñones-Platt', 'Quiñones-Platt|organiser', 'said', mention='Alejandro Quiñones-Platt'),
    E('indirect', 'founders "too rarely tell the truth about how close to the edge they run" and that she had not been asked to edit the episode', DMC, DMCk, 'wrote', mention='She', mctx='She wrote that'),
    E('direct', "Every founder has had a red cell. Most of us just don't say it out loud.", 'Clementine Stallworth-Diaz', 'Stallworth-Diaz|founder', 'posted', mention='Clementine Stallworth-Diaz'),
    E('indirect', "the episode raised questions about what Pantrio's board knew", 'Corporate governance experts', 'experts', 'said', mention='Corporate governance experts'),
    E('indirect', 'Under company law, directors must not trade while insolvent', PV, PVk, 'said', mention=PV),
    E('direct', 'If the board knew the company was nine days from running out of cash, the minutes of those meetings will be very interesting reading,', PV, PVk, 'said', mention='she', mctx='reading," she said'),
    E('indirect', 'its board had been "fully informed throughout."', 'Pantrio', 'Pantrio|company', 'said', mention='Pantrio', mctx='Pantrio said its board'),
]

# 10 UK newspaper exclusive, leaked memo and email to staff at a payroll firm after a cyber-attack (curly quotes, block memo)
CHN = 'Conrad Haverfield-Neves'
CHNk = 'Haverfield-Neves|chief executive'
PAY = 'Paysmith'
PAYk = 'Paysmith|company'
PSS = 'A Paysmith spokesperson'
PSSk = 'spokesperson|Paysmith'
ICO = "the Information Commissioner's Office"
ICOk = 'ICO|Information Commissioner'
NHS = 'The chief executive of one NHS trust'
PSWU = "The Public Sector Workers' Union"
TEL = 'Ingmar Emeruwa-Lindholm'
TELk = 'Emeruwa-Lindholm|researcher'
DOCS['10_leaked_memo_payroll_firm_cyber_attack.txt'] = [
    E('indirect', 'senior managers to ‘hold the line’ on the cause of the outage', CHN, CHNk, 'told', False, mention='Chief executive', mctx='Chief executive told senior'),
    E('indirect', "A payroll company used by more than 40 local councils and NHS trusts knew its systems had been breached by hackers at least a week before it told clients their employees' data might have been stolen", 'an internal memo seen by this newspaper', 'memo|Haverfield-Neves', 'according to', mention='an internal memo seen by this newspaper'),
    E('indirect', 'a “technical incident” had delayed payments', PAY, PAYk, 'told', mention='Paysmith', mctx='Paysmith, which processes'),
    E('indirect', 'the company’s security team had “confirmed unauthorised access” to a server holding bank details and national insurance numbers', CHN, CHNk, 'wrote', mention=CHN, mctx='the chief executive, Conrad Haverfield-Neves, wrote'),
    E('block', 'We do not yet know the full extent of what was taken, and until we do, I need everyone to hold the line that this is a technical issue. Speculation will cause more harm than the incident itself.', CHN, 'Haverfield-Neves|memo', 'reads', mention='The memo', mctx='The memo reads:'),
    E('block', 'Please do not discuss the cause with clients, and route any questions from journalists to me.', CHN, 'Haverfield-Neves|memo', '', mention='The memo', mctx='The memo reads:'),
    E('indirect', 'the memo was circulated to about 30 managers and was discussed at a meeting the same afternoon', 'Two people familiar with the matter', 'people', 'said', mention='Two people familiar with the matter'),
    E('partial', 'the anxiety this has caused', CHN, CHNk, 'apologised for', False, mention='Haverfield-Neves', mctx='newspaper, Haverfield-Neves apologised'),
    E('indirect', 'the company had “always acted on the best advice available to us at the time”', CHN, CHNk, 'said', mention='Haverfield-Neves', mctx='newspaper, Haverfield-Neves apologised'),
    E('direct', 'I understand that some of you will have questions about why we did not say more sooner,', CHN, 'Haverfield-Neves|email', 'said', mention='the email', mctx='the email said'),
    E('direct', 'The honest answer is that we were trying to establish the facts before causing alarm. With hindsight, I wish we had spoken earlier.', CHN, 'Haverfield-Neves|email', '', mention='the email', mctx='the email said'),
    E('indirect', "the memo had been “taken out of context” and that the firm had notified the Information Commissioner's Office within the legal 72-hour deadline", PSS, PSSk, 'said', mention=PSS),
    E('direct', 'Our priority from the first hour has been protecting the people whose data we hold,', PSS, PSSk, 'said', mention='the spokesperson', mctx='the spokesperson said'),
    E('indirect', 'it had received a report from the company', ICO, ICOk, 'confirmed', mention='The ICO', mctx='The ICO confirmed'),
    E('indirect', 'it was making enquiries', ICO, ICOk, 'said', mention='The ICO', mctx='The ICO confirmed'),
    E('indirect', 'the trust had spent a week reassuring staff that their pay was safe', NHS, 'trust', 'said', mention=NHS),
    E('direct', 'We were told it was a server fault. If they knew on the 28th, they should have told us on the 28th,', NHS, 'trust|chief executive', 'said', mention='the chief executive', mctx='28th,” the chief executive said'),
    E('indirect', 'Paysmith pay for two years of credit monitoring for every employee whose details may have been exposed', PSWU, "union|Public Sector Workers' Union", 'demanded', mention=PSWU),
    E('indirect', 'members had been “kept in the dark by a company they never chose to trust.”', 'Dervla Kilcullen-Tighe', 'Kilcullen-Tighe|head', 'said', mention='Dervla Kilcullen-Tighe'),
    E('indirect', 'the delay was not unusual but would be hard to defend', 'Cybersecurity analysts', 'analysts', 'said', mention='Cybersecurity analysts'),
    E('direct', 'Firms often want a week to understand a breach before going public,', TEL, TELk, 'said', mention=TEL),
    E('direct', "The problem is telling customers it's a technical glitch while you already know it's criminal. That's a choice, not a gap in knowledge.", TEL, TELk, '', mention=TEL),
    E('indirect', 'he would “answer every question put to me, including the uncomfortable ones.”', CHN, CHNk, 'said', mention='he', mctx='he said he would'),
]

# --- END DOCS ---
def main():
    out = {'about': 'heldout15: news articles written and annotated blind (helper session s14), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout14: start/end are UTF-8 byte '
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
