#!/usr/bin/env python3
"""Builds reference.json for hW (a blind set) from hand annotations.

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

# 01 CBC News (Nova Scotia), island ferry out of service
DPW = 'the Department of Public Works'
APD = 'Anouk Pelletier-Dagenais'
APDk = 'Pelletier-Dagenais|spokesperson'
LV = 'Lorna Vickerage'
CF = 'Corbin Ferncastle'
LS = 'Leopold Strathy'
MO = 'Maren Orlebar'
NMS = 'Northumbria Marine Services'
DOCS['01_cbc_island_ferry.txt'] = [
    E('indirect', "they're missing medical appointments", 'Islanders', 'Islanders|islanders', 'say', False, mention='Islanders', mctx="Islanders say they're"),
    E('indirect', "the MV Tern Ledge won't be back before May", DPW, 'province|Public Works|department', 'says', False, mention='province', mctx='province says the MV'),
    E('indirect', 'the province to charter a private vessel', 'Residents of Grenfell Island', 'Residents|residents', 'are calling on', mention='Residents of Grenfell Island'),
    E('indirect', 'The MV Tern Ledge, which carries about 40 vehicles between Port Esdaile and the island, was pulled from service on March 17 when crews found corrosion in its steering gear', DPW, 'Public Works|department', 'according to', mention=DPW),
    E('indirect', "it can't carry vehicles, bulk groceries or anyone who can't manage a steep gangway", 'islanders', 'islanders', 'say', mention='islanders', mctx='but islanders say'),
    E('direct', "We're 300 people out here and a third of us are over 70,", LV, 'Vickerage', 'said', mention=LV),
    E('direct', "You can't ask an 84-year-old with a walker to climb down a ladder into a boat in April.", LV, 'Vickerage', '', mention=LV),
    E('indirect', 'at least six residents had missed specialist appointments in Halifax since the ferry stopped running', LV, 'Vickerage', 'told', mention='Vickerage', mctx='Vickerage told'),
    E('indirect', 'one neighbour, a dialysis patient, has been staying with relatives on the mainland "because nobody could promise him he\'d get back and forth three times a week."', LV, 'Vickerage', 'says', mention='She', mctx='She says one neighbour'),
    E('indirect', 'the steering repairs were "more complex than first assessed" because parts had to be machined in Ontario', APD, APDk, 'said', mention='a spokesperson for the Department of Public Works'),
    E('indirect', 'the department now expects the Tern Ledge to return "in the first half of May."', APD, APDk, 'said', mention=APD),
    E('direct', "We know this has been very hard on island residents, and we're grateful for their patience,", APD, APDk, 'wrote', mention='Pelletier-Dagenais', mctx='Pelletier-Dagenais wrote'),
    E('indirect', 'it looked at chartering a replacement vessel but that none of the three available in Atlantic Canada could use the Grenfell Island wharf, which was built in 1971 for a smaller ferry', DPW, 'Public Works|department', 'says', mention='The department', mctx='The department says'),
    E('indirect', 'the province had "at least two years\' warning" that the Tern Ledge needed major work', CF, 'Ferncastle', 'according to', mention='Ferncastle', mctx='According to Ferncastle'),
    E('indirect', 'the ferry\'s steering gear was "nearing the end of its service life."', 'a 2023 inspection report', 'report', 'warned', mention='a 2023 inspection report'),
    E('direct', "They sat on this for two years and now they're acting surprised,", CF, 'Ferncastle', 'said', mention='he', mctx='surprised," he said'),
    E('direct', 'Islanders are the ones paying for that.', CF, 'Ferncastle', '', mention='he', mctx='surprised," he said'),
    E('indirect', 'the report had been "acted on" and that a replacement ferry was already in the design stage', LS, 'Strathy', 'said', mention='Public Works Minister Leopold Strathy'),
    E('direct', "I'm not going to apologize for fixing a boat properly instead of fixing it fast,", LS, 'Strathy', 'told', mention='he', mctx='fast," he told'),
    E('indirect', 'the province would cover taxi fares on the mainland side for island residents travelling to medical appointments, starting Wednesday', LS, 'Strathy', 'said', mention='Strathy', mctx='Strathy said the province'),
    E('indirect', "she has thrown out about $2,000 worth of dairy and produce since mid-March because deliveries can't reach her in time", MO, 'Orlebar', 'says', mention=MO),
    E('direct', 'The water taxi guys are great, they really are," she said, "but you can\'t put a pallet of milk on a water taxi.', MO, 'Orlebar', 'said', mention='she', mctx='they really are," she said'),
    E('indirect', 'she had started a Facebook group for islanders to share rides and split the cost of mainland grocery runs', MO, 'Orlebar', 'said', mention='She', mctx='She said she had started'),
    E('indirect', 'its crews "are ready to sail the moment the vessel is cleared."', NMS, 'Northumbria', 'said in a statement', mention=NMS),
    E('indirect', 'it had kept all 14 crew members on full pay during the repairs', NMS, 'Northumbria|company', 'said', mention='The company'),
    E('indirect', 'the community association will hold a public meeting at the island fire hall on Thursday evening and has invited Strathy to attend', LV, 'Vickerage', 'says', mention='Vickerage', mctx='Vickerage says the community'),
    E('direct', "He's welcome to come over,", LV, 'Vickerage', 'said', mention='she', mctx='come over," she said'),
    E('direct', "We'll even send the water taxi.", LV, 'Vickerage', '', mention='she', mctx='come over," she said'),
]

# 02 Press and Journal-style sheriff court report (Elgin), drink-driving on a ride-on mower
MLG = 'Mhairi Lusk-Gavin'
GLU = 'Graeme Lennox-Urquhart'
FSY = 'Fenella Strachan-Yule'
DOCS['02_scottish_sheriff_mower.txt'] = [
    E('indirect', 'his "bizarre" trip along the A96 could have ended in tragedy', FSY, 'Strachan-Yule|Sheriff', 'tells', False, mention='Sheriff', mctx='Sheriff tells Moray'),
    E('indirect', 'Baird had been spotted by a passing motorist, who called police after seeing the mower "weaving between the verge and the white line" with a queue of traffic behind it', MLG, 'Lusk-Gavin|court', 'heard', False, mention='Elgin Sheriff Court'),
    E('indirect', 'officers found Baird in the beer garden of the Drover\'s Rest, with the mower parked "neatly across two disabled bays"', MLG, 'Lusk-Gavin', 'told', mention='Fiscal depute Mhairi Lusk-Gavin'),
    E('direct', "When asked by officers how he had travelled to the premises, the accused pointed at the mower and said, 'On that.'", MLG, 'Lusk-Gavin', 'said', mention='She', mctx='She said: "When'),
    E('indirect', 'his client had "genuinely not appreciated" that drink-driving law applied to a lawnmower', GLU, 'Lennox-Urquhart', 'said', mention='Defence solicitor Graeme Lennox-Urquhart'),
    E('direct', 'He accepts now that it was a stupid thing to do,', GLU, 'Lennox-Urquhart', 'said', mention='Mr Lennox-Urquhart', mctx='Mr Lennox-Urquhart said.'),
    E('direct', 'His licence had been taken off him for speeding in the spring and, in his mind, the mower was not a car.', GLU, 'Lennox-Urquhart', '', mention='Mr Lennox-Urquhart', mctx='Mr Lennox-Urquhart said.'),
    E('indirect', 'Baird, a self-employed landscaper, had lost "the bulk of his work" since the incident, after photographs of the mower outside the pub were shared widely on social media', GLU, 'Lennox-Urquhart', 'told', mention='He', mctx='He told the court Baird'),
    E('indirect', 'his client had sold the mower and had not had a drink since Christmas', GLU, 'Lennox-Urquhart', 'added', mention='Mr Lennox-Urquhart', mctx='Mr Lennox-Urquhart added'),
    E('indirect', 'she had "some sympathy" with the argument that a lawnmower was not an obvious vehicle, but that the law was clear', FSY, 'Strachan-Yule', 'said', mention='Sheriff Fenella Strachan-Yule'),
    E('direct', 'This was a bizarre journey, and I accept that nobody was hurt,', FSY, 'Strachan-Yule', 'told', mention='she', mctx='she told Baird'),
    E('direct', 'But you were on a trunk road, at dusk, on a machine with no lights, and you had been drinking.', FSY, 'Strachan-Yule', '', mention='she', mctx='she told Baird'),
    E('direct', 'It does not take much imagination to see how this could have ended in a tragedy for you or for somebody else.', FSY, 'Strachan-Yule', '', mention='she', mctx='she told Baird'),
    E('indirect', 'him to carry out 60 hours of unpaid work within six months', FSY, 'Strachan-Yule', 'ordered', False, mention='she', mctx='she fined Baird'),
    E('indirect', 'the incident had become "a bit of a local legend"', 'Morven Tullis', 'Tullis', 'said', mention='Morven Tullis'),
    E('direct', "He's a regular and a nice enough man. We did offer him a lift home that night, for the record,", 'Morven Tullis', 'Tullis', 'said', mention='she', mctx='for the record," she said'),
    E('direct', "Folk still come in and ask where the mower's parked.", 'Morven Tullis', 'Tullis', '', mention='she', mctx='for the record," she said'),
    E('indirect', 'the case was a reminder that drink-driving laws apply to "any mechanically propelled vehicle on a road", including mobility scooters, quad bikes and ride-on mowers', 'Police Scotland', 'Police Scotland|Police', 'said', mention='Police Scotland', mctx='Police Scotland said'),
    E('direct', "If you've had a drink, don't drive anything. That includes the lawnmower.", 'Niall Abernethy', 'Abernethy', 'said', mention='Sergeant Niall Abernethy'),
    E('indirect', 'residents had complained for years about speeding on the stretch of the A96 where Baird was spotted', 'Isobel Findlater', 'Findlater', 'said', mention='Isobel Findlater'),
    E('indirect', 'Transport Scotland to reduce the limit to 40mph', 'Isobel Findlater', 'Findlater', 'called on', mention='Isobel Findlater'),
    E('indirect', 'it was "a miracle" that a slow-moving mower had not been hit', 'Isobel Findlater', 'Findlater', 'said', mention='She', mctx='She said it was'),
    E('indirect', 'the route was "kept under regular review" and that a safety study of the A96 between Fochabers and Huntly was due to report in the summer', 'A Transport Scotland spokesman', 'spokesman|Transport Scotland', 'said', mention='A Transport Scotland spokesman'),
]

# 03 Graphic Online (Ghana), chief's ultimatum to illegal miners
NB = 'Nana Ofosuhene Ampofo Boakye III'
NBk = 'Boakye|Omanhene'
GA = 'Gifty Amponsah-Nyarko'
ET = 'Ebenezer Tetteh-Larbi'
SA = 'Solomon Akuffo-Bekoe'
KS = 'Kwaku Sarfo-Ntim'
YO = 'Yeboah Owusu-Kyeremeh'
DOCS['03_ghana_galamsey_river.txt'] = [
    E('indirect', 'illegal miners operating along the River Abrima two weeks to vacate the area or face "the full weight of custom and the law"', NB, NBk, 'has given', False, mention=NB),
    E('indirect', 'the river, which supplies drinking water to more than 40 communities, had turned brown over the past three months as a result of mining upstream', NB, NBk, 'noted', mention='Nana Boakye', mctx='Nana Boakye noted'),
    E('indirect', 'some of the miners were not from the area and had been brought in by "faceless financiers" from Kumasi and Accra', NB, NBk, 'according to', mention='him', mctx='According to him, some'),
    E('direct', 'I will not sit on this stool and watch the river of my ancestors die. If they do not leave by the end of the month, we will go there ourselves with the police,', NB, NBk, 'declared', mention='he', mctx='he declared'),
    E('indirect', 'the youth of the area not to allow themselves to be used by the financiers', NB, NBk, 'appealed to', mention='The Omanhene', mctx='The Omanhene appealed'),
    E('indirect', 'the money from galamsey "does not last, but the damage lasts forever"', NB, NBk, 'adding', mention='The Omanhene', mctx='The Omanhene appealed'),
    E('indirect', 'the assembly members present to report any new mining pits in their electoral areas to the traditional council within 24 hours', NB, NBk, 'charged', mention='He', mctx='He charged'),
    E('indirect', 'the Ghana Water Limited (GWL) treatment plant at Adomfe had been shut down twice this month because the turbidity of the raw water was too high to treat', GA, 'Amponsah-Nyarko|MCE', 'disclosed', mention='Mrs Gifty Amponsah-Nyarko'),
    E('indirect', 'the assembly would provide water tankers to the worst-affected communities "until the situation normalises"', GA, 'Amponsah-Nyarko|MCE', 'assured', mention='She', mctx='She assured'),
    E('direct', 'We are not going to politicise this matter. Whether you are NPP or NDC, when your tap is dry, it is dry,', GA, 'Amponsah-Nyarko|MCE', 'stated', mention='Mrs Amponsah-Nyarko', mctx='Mrs Amponsah-Nyarko stated'),
    E('indirect', 'the agency had identified 17 illegal mining sites along a 12-kilometre stretch of the river using drone surveillance', ET, 'Tetteh-Larbi', 'said', mention='Dr Ebenezer Tetteh-Larbi'),
    E('indirect', 'the EPA would work with the Minerals Commission and the security agencies to seize excavators found at the sites', ET, 'Tetteh-Larbi', 'said', mention='He', mctx='He said the EPA'),
    E('indirect', 'the company spent almost four times as much on chemicals to treat water from the Abrima as it did two years ago', SA, 'Akuffo-Bekoe', 'explained', mention='Mr Solomon Akuffo-Bekoe'),
    E('direct', 'The water coming into the plant now is like cocoa drink. Our machines were not designed for that,', SA, 'Akuffo-Bekoe', 'said', mention='he', mctx='for that," he said'),
    E('indirect', 'the Adomfe plant produced an average of 2.1 million litres a day in January, down from 3.4 million litres in the same month last year', 'Ghana Water Limited', 'Ghana Water|GWL|company|figures', 'according to', mention='figures provided by the company'),
    E('indirect', 'he could no longer use the river to water his nursery', KS, 'Sarfo-Ntim', 'told', mention='Opanin Kwaku Sarfo-Ntim'),
    E('direct', 'Nsuo no ayɛ kɔkɔɔ,', KS, 'Sarfo-Ntim', 'said', mention='he', mctx='he said, meaning'),
    E('direct', 'the water has become red', KS, 'Sarfo-Ntim', 'meaning', False, mention='he', mctx='he said, meaning'),
    E('indirect', 'his grandchildren now walked nearly three kilometres to a borehole in the next village to fetch water before school', KS, 'Sarfo-Ntim', 'said', mention='He', mctx='He said his grandchildren'),
    E('indirect', 'the government to deploy the military to the area', YO, 'Owusu-Kyeremeh', 'called on', mention='Hon. Yeboah Owusu-Kyeremeh'),
    E('indirect', 'the local police "do not have the numbers" to confront armed miners', YO, 'Owusu-Kyeremeh', 'saying', mention='Hon. Yeboah Owusu-Kyeremeh'),
    E('indirect', 'a joint operation was already being planned and that officers had been withheld from the durbar so as not to alert the miners', 'Sources at the Municipal Police Command', 'Sources|sources', 'said', mention='Sources at the Municipal Police Command'),
    E('indirect', 'the command would "not discuss operational matters in the media"', 'Bernice Oppong-Agyare', 'Oppong-Agyare', 'said', mention='ASP Bernice Oppong-Agyare'),
]

# 04 tech blog post with embedded X posts (block claims), free tier ended
SO = 'Signe Okwuosa-Lindqvar'
SOk = 'Okwuosa-Lindqvar'
PD = 'Percival Dunwoody'
RH = 'Renske Holtappel'
DOCS['04_techblog_free_tier_posts.txt'] = [
    E('indirect', 'free projects cost it $1.2 million a month', 'Patchwork', 'Patchwork|startup', 'says', False, mention='The hosted Postgres startup'),
    E('indirect', 'they were promised "free forever."', 'Its users', 'users', 'say', False, mention='Its users'),
    E('block', "We've made a hard call. Starting June 1, new Patchwork projects will need a paid plan. Existing free projects keep running for 12 months. I want to explain why.", SO, SOk, 'announced', mention=SO, mctx='CEO, Signe Okwuosa-Lindqvar, announced'),
    E('indirect', 'free projects now make up 91 percent of all databases on the platform but less than 2 percent of revenue, and that abuse of the free tier by crypto-mining bots had "roughly tripled" the company\'s compute bill since January', SO, SOk, 'wrote', mention='Okwuosa-Lindqvar', mctx='In the rest of the thread, Okwuosa-Lindqvar wrote'),
    E('block', "Free forever was a promise we made when we had 300 users. We have 410,000 now. I'd rather tell you the truth today than shut the company down next year.", SO, SOk, 'ended the thread with a post', mention='She', mctx='She ended the thread'),
    E('indirect', 'Patchwork\'s pricing page still said "free forever, no credit card" as recently as Thursday night', 'Several developers', 'developers', 'pointed out', mention='Several developers'),
    E('block', 'So I have 12 months to migrate 6,000 self-hosters who picked Patchwork because I told them it was free. Cool. Great. Love this for us.', PD, 'Dunwoody', ':', mention=PD, mctx='Percival Dunwoody, who maintains'),
    E('direct', 'Running a free tier at that scale is basically setting money on fire,', RH, 'Holtappel', 'said', mention=RH),
    E('direct', "I'm surprised they lasted this long.", RH, 'Holtappel', '', mention=RH, mctx='said Renske Holtappel'),
    E('indirect', 'the bigger problem was the 12-month window, which she called "generous on paper and brutal in practice" for small teams without a dedicated engineer', RH, 'Holtappel', 'said', mention='Holtappel', mctx='Holtappel said the bigger'),
    E('indirect', 'the company was "looking at options" for open-source maintainers and would share more "in the coming weeks."', 'A spokesperson', 'spokesperson', 'told', mention='A spokesperson', mctx='A spokesperson told me'),
    E('indirect', 'the Starter plan includes twice the storage of the old free tier and daily backups, which were previously only available on paid plans', 'Patchwork', 'Patchwork|company', 'according to', mention='the company', mctx='According to the company'),
    E('indirect', 'investors had not pushed for the change', 'A partner at the firm', 'partner', 'said', mention='A partner at the firm'),
    E('partial', 'the number one topic at every board meeting for a year.', 'A partner at the firm', 'partner', 'described … as', mention='A partner at the firm'),
    E('block', "Open-source maintainers: we hear you. Email oss@patchwork.dev and we'll keep your project free. No forms, no sales call.", SO, SOk, 'added a reply', mention='Okwuosa-Lindqvar', mctx='Okwuosa-Lindqvar added a reply'),
    E('indirect', 'he was "cautiously relieved" but still planned to add support for a second database host', PD, 'Dunwoody', 'told', mention='Dunwoody', mctx='Dunwoody, for his part'),
    E('direct', 'One tweet is not a contract,', PD, 'Dunwoody', 'said', mention='he', mctx='contract," he said'),
    E('indirect', 'fewer than 5 percent of free projects had been active in the past 30 days and that the "vast majority" of users would not be affected', 'Patchwork', 'Patchwork', 'said in a statement', mention='Patchwork', mctx='Patchwork said in a statement'),
]

# 05 magazine feature, typewriter repairman (multi-paragraph quote with no cue)
AH = 'Auggie Hallowell-Binns'
AHk = 'Auggie|Hallowell-Binns'
LH = 'Loretta'
DV = 'Deepthi Venkataraghavan'
GO = 'Gus Obermeyer-Tallis'
DOCS['05_magazine_typewriter_feature.txt'] = [
    E('indirect', 'not to remember', AH, AHk, 'claims', False, mention='he', mctx='he claims not'),
    E('direct', 'People think the typewriter died,', AH, AHk, 'says', mention='he', mctx='died,” he says'),
    E('direct', 'It didn’t die. It just went quiet for a while.', AH, AHk, '', mention='he', mctx='died,” he says'),
    E('indirect', 'By the late 1990s, Hallowell-Binns says, he was repairing perhaps three machines a month and paying the rent by servicing cash registers for the hardware stores along Paint Street', AH, AHk, 'says', mention='Hallowell-Binns', mctx='1990s, Hallowell-Binns says'),
    E('direct', 'The first one was a girl from Ohio University, a poetry student. She had found an Olympia in her grandmother’s attic and she wanted it to work. I told her it would cost more than the machine was worth, and she looked at me like I’d said something rude.', AH, AHk, '', mention='Hallowell-Binns', mctx='1990s, Hallowell-Binns says'),
    E('direct', 'After her there was another one, and then a couple of boys who wanted to write screenplays on a Royal because somebody famous had done it. Then the internet found me. I don’t know how. I’m not on it.', AH, AHk, '', mention='Hallowell-Binns', mctx='1990s, Hallowell-Binns says'),
    E('direct', 'Now I’ve got a waiting list of eleven weeks. I’ve got people driving from Pittsburgh. A man flew in from Denver last fall with a Hermes in his carry-on and stayed at the Comfort Inn until it was done. I said, ‘You know they ship these,’ and he said he didn’t trust anybody else to carry it.', AH, AHk, '', mention='Hallowell-Binns', mctx='1990s, Hallowell-Binns says'),
    E('indirect', 'fewer than two hundred people in the United States repair manual typewriters professionally, and that most of them are over sixty-five', DV, 'Venkataraghavan', 'estimates', False, mention=DV),
    E('direct', 'We are maybe ten years away from a real crisis,', DV, 'Venkataraghavan', 'told', mention='she', mctx='she told me over the phone'),
    E('direct', 'The machines will outlive the people who know how to fix them.', DV, 'Venkataraghavan', '', mention='she', mctx='she told me over the phone'),
    E('partial', 'the real thing,', AH, AHk, 'says', mention='he', mctx='was, he says, “the real'),
    E('direct', 'Auggie has hands like a watchmaker,', GO, 'Obermeyer-Tallis', 'says', mention='he', mctx='watchmaker,” he says'),
    E('direct', 'I had the patience for it but not the eyes. You can’t fake the eyes.', GO, 'Obermeyer-Tallis', '', mention='he', mctx='watchmaker,” he says'),
    E('indirect', 'The business, she says, is worth nothing without the man in it, and she would like him to stop before his back makes the decision for him', LH, 'Loretta', 'says', mention='she', mctx='business, she says'),
    E('direct', 'He says he’ll retire when the waiting list is empty,', LH, 'Loretta', 'tells', mention='she', mctx='she tells me'),
    E('direct', 'The waiting list has never once been empty.', LH, 'Loretta', '', mention='she', mctx='she tells me'),
    E('direct', 'That’s all it is,', AH, AHk, 'says', mention='he', mctx='all it is,” he says'),
    E('direct', 'You make it so the letters land where they’re supposed to.', AH, AHk, '', mention='he', mctx='all it is,” he says'),
]

# 06 NPR transcript (Morning Edition), bridge closure; labelled soundbites are block claims
AS = 'Adelheid Schaubach'
OP = 'Odell Pruszynski-Kunz'
MDT = 'the Missouri Department of Transportation'
MDTk = 'Transportation|MoDOT|agency'
YD = 'Yusuf Demirkol'
DOCS['06_npr_transcript_bridge.txt'] = [
    E('block', "I had my cataract surgery scheduled for the 19th, and I had to cancel it because my daughter can't take a whole day off to drive me around the long way.", AS, 'Schaubach', ':', mention='ADELHEID SCHAUBACH'),
    E('indirect', "she's rescheduled for May, if the bridge is open by then", AS, 'Schaubach', 'says', mention='She', mctx="She says she's rescheduled"),
    E('indirect', "it won't be", MDT, MDTk, 'says', mention='The Missouri Department of Transportation'),
    E('indirect', 'repairs will take "a minimum of five months" and that a full replacement, already planned for 2028, may now be moved up', MDT, MDTk, 'said', mention='the agency', mctx='the agency said repairs'),
    E('indirect', 'the town has been left to improvise', OP, 'Pruszynski-Kunz', 'says', mention=OP),
    E('block', "We've got a volunteer ambulance crew that used to be 12 minutes from the hospital. Now they're an hour and 10. We've asked the state for a temporary ferry, we've asked for a pontoon bridge, we've asked for a helicopter on standby. So far the answer to all three is we're looking into it.", OP, 'Pruszynski-Kunz', ':', mention='ODELL PRUSZYNSKI-KUNZ'),
    E('indirect', 'the agency is studying a temporary crossing but that the river\'s spring current makes a ferry "extremely difficult."', 'Cheyenne Albrecht', 'Albrecht', 'told', mention='Cheyenne Albrecht'),
    E('indirect', 'the first hour after a heart attack or stroke is what doctors call the golden hour', YD, 'Demirkol', 'says', mention='He', mctx='He says the first hour'),
    E('block', "And for that town, the golden hour is now mostly spent on the highway. I'm not going to tell you people will die because of this bridge. I'm going to tell you the odds got worse.", YD, 'Demirkol', ':', mention='YUSUF DEMIRKOL'),
    E('block', "I told the mayor, you need somebody across in the middle of the night, you call me. I don't care what time it is. It's four minutes by boat.", 'Brody Kettleworth', 'Kettleworth', ':', mention='BRODY KETTLEWORTH'),
    E('indirect', "she appreciates that, but the town's lawyer has advised against it because of liability", OP, 'Pruszynski-Kunz|mayor', 'says', mention='The mayor', mctx='The mayor says she appreciates'),
    E('indirect', 'attendance has dipped about 6%', 'the school district', 'district', 'says', mention='the district', mctx='the district says attendance'),
    E('indirect', "she's mostly worried about winter", AS, 'Schaubach', 'says', mention='Schaubach', mctx="Schaubach says she's mostly"),
    E('block', 'Summer, fine, you put up with it. But you get ice on that detour road, and then what? Then what do we do?', AS, 'Schaubach', ':', mention='SCHAUBACH', mctx='SCHAUBACH: Summer'),
    E('indirect', 'it will hold a public meeting in Tolliver Bend next Thursday', MDT, MDTk, 'says', mention='MoDOT', mctx='MoDOT says it will hold'),
]

# 07 Irish regional paper, Garda appeal after a farmhouse raid (curly single quotes)
DOL = 'Diarmaid Ó Loingsigh'
GUM = 'Gráinne Uí Mhurchú'
BHC = 'Bríd Hehir-Cosgrave'
PMK = 'Pádraig Moloney-Keane'
GG = 'gardaí'
GGk = 'gardaí|Gardaí|garda'
DOCS['07_irish_garda_appeal.txt'] = [
    E('indirect', 'the raiders may have called to the house earlier in the week posing as contractors', 'Gardaí', GGk, 'believe', False, mention='Gardaí', mctx='Gardaí believe'),
    E('indirect', 'witnesses', 'Gardaí in Kilrush', GGk, 'are appealing for', False, ctx='are appealing for witnesses', mention='GARDAÍ'),
    E('indirect', 'two men forced their way in through the back door of the house at about 11.30pm, bound the man’s hands with cable ties and searched the property for around 40 minutes', GG, GGk, 'according to', mention='gardaí', mctx='According to gardaí'),
    E('partial', 'cowardly and calculated', DOL, 'Loingsigh', 'described … as', mention='Superintendent Diarmaid Ó Loingsigh'),
    E('direct', 'These men targeted an elderly man on his own, in an isolated house, in the dark. That was not an accident. They knew exactly who they were going after,', DOL, 'Loingsigh', 'said', mention='he', mctx='going after,’ he said'),
    E('indirect', 'investigators were examining whether the same men had called to the house on Wednesday, offering to tarmac the yard', DOL, 'Loingsigh', 'said', mention='Supt Ó Loingsigh'),
    E('indirect', 'anyone who was offered driveway or roofing work in the Cree, Doonbeg or Cooraclare areas last week to contact gardaí, ‘no matter how small the detail might seem’', DOL, 'Loingsigh', 'appealed to', mention='He', mctx='He appealed'),
    E('indirect', 'a dark-coloured van, possibly a Ford Transit, that was seen on the L2040 road between 10.30pm and midnight on Saturday', 'Gardaí', GGk, 'are particularly anxious to trace', False, mention='Gardaí', mctx='Gardaí are particularly'),
    E('indirect', 'dashcam footage from motorists who used the road that night could be ‘vital’', GUM, 'Mhurchú', 'said', mention='Detective Inspector Gráinne Uí Mhurchú'),
    E('direct', 'Please check your recordings, even if you think you saw nothing,', GUM, 'Mhurchú', 'said', mention='she', mctx='saw nothing,’ she said'),
    E('direct', 'Somebody drove past that house on Saturday night and didn’t know what was happening inside.', GUM, 'Mhurchú', '', mention='she', mctx='saw nothing,’ she said'),
    E('indirect', 'the stolen shotgun was a licensed firearm', 'A garda spokesperson', 'spokesperson', 'said', mention='A garda spokesperson'),
    E('indirect', 'members of the public not to approach anyone they suspected of having it', 'A garda spokesperson', 'spokesperson', 'warned', mention='A garda spokesperson'),
    E('indirect', 'her uncle was ‘a tough old farmer’ who had insisted on going home to feed his cattle the minute he was discharged', BHC, 'Hehir-Cosgrave', 'said', mention=BHC),
    E('direct', 'He’s more upset about his father’s medals than about anything they did to him,', BHC, 'Hehir-Cosgrave', 'said', mention='she', mctx='did to him,’ she said'),
    E('direct', 'They were from the War of Independence. They can’t be replaced. If whoever has them has any decency at all, they’ll leave them at a church.', BHC, 'Hehir-Cosgrave', '', mention='she', mctx='did to him,’ she said'),
    E('indirect', 'the attack had left older people across West Clare ‘frightened in their own homes’', PMK, 'Moloney-Keane', 'said', mention=PMK),
    E('indirect', 'he would raise the closure of Kilrush Garda Station at night at the next meeting of the Joint Policing Committee', PMK, 'Moloney-Keane', 'said', mention='He', mctx='He said he would raise'),
    E('direct', 'We were told rural policing would not suffer. People in Cree would beg to differ.', PMK, 'Moloney-Keane', 'adding', mention='He', mctx='He said he would raise'),
    E('indirect', 'the station’s opening hours had been changed in 2023 as part of a divisional review and that patrol cover in the area was ‘kept under constant review’', 'the Garda Press Office', 'Press Office|Garda', 'said', mention='the Garda Press Office'),
    E('indirect', 'residents to attend', 'Maura Gaffney-Ryle', 'Gaffney-Ryle', 'has urged', mention='Cllr Maura Gaffney-Ryle'),
    E('indirect', 'to contact Kilrush Garda Station on 065 908 0550, the Garda Confidential Line on 1800 666 111, or any garda station', 'Gardaí', GGk, 'is asked', False, mention='Gardaí', mctx='Gardaí are particularly'),
]

# 08 tennis report + post-match press-conference transcript (Q./A. lines; answers are block claims)
ZB = 'Zsófia Bakonyi-Pethő'
ZBk = 'Bakonyi-Pethő'
AB = 'Anneliese Brunnhuber'
KR = 'Kezia Ranganathan-Swift'
ZM = 'An interview with: ZSÓFIA BAKONYI-PETHŐ'
DOCS['08_tennis_presser_transcript.txt'] = [
    E('indirect', 'she had come close to quitting the sport in the spring', ZB, ZBk, 'revealed', mention=ZB, mctx='Zsófia Bakonyi-Pethő saved'),
    E('indirect', 'she had "booked a one-way flight home" after a first-round loss in Indian Wells and only changed her mind after a phone call with her former coach', ZB, ZBk, 'said', mention='The 29-year-old Hungarian'),
    E('direct', "She played the big points better. That's it. There's nothing more to say,", AB, 'Brunnhuber', 'said', mention='the German'),
    E('indirect', 'she had "seen it out" but accepted the review', AB, 'Brunnhuber', 'said', mention='Brunnhuber', mctx='6-6 in the tiebreak, Brunnhuber said'),
    E('indirect', 'the electronic line-calling system had been checked before the match', 'Tournament officials', 'officials', 'said', mention='Tournament officials'),
    E('indirect', 'she had "never played on grass before May" and was "just trying to enjoy it."', KR, 'Ranganathan-Swift', 'said', mention='Ranganathan-Swift', mctx='Ranganathan-Swift, 19, said'),
    E('block', 'Questions, please.', 'THE MODERATOR', 'moderator', ':', False, mention='THE MODERATOR'),
    E('block', "Honestly? Never. I didn't think about winning at all. At 5-2 in the second I just thought, okay, make her play one more ball. Then one more. Then she gets a bit tight, and suddenly it's 5-5 and the crowd is going crazy.", ZB, ZBk, 'A.', mention='ZSÓFIA BAKONYI-PETHŐ', mctx=ZM),
    E('indirect', 'this was "the best win of my life."', ZB, ZBk, 'said', False, mention='You', mctx='You said on court'),
    E('block', 'Different. Budapest was at home, so it was emotional in another way. This one is more about what happened this year.', ZB, ZBk, 'A.', mention='ZSÓFIA BAKONYI-PETHŐ', mctx=ZM),
    E('block', 'In March, after Indian Wells, I was finished. I had lost six first rounds in a row. I went back to the hotel and booked a flight home, one way, and I wrote a message to my team saying thank you for everything. I didn\'t send it. Then I called Tibor, my old coach, at three in the morning his time.', ZB, ZBk, 'A.', mention='ZSÓFIA BAKONYI-PETHŐ', mctx=ZM),
    E('block', 'He said, "You are not tired of tennis, you are tired of losing. These are different things." And he told me to play three more months and then decide. So that\'s what I\'m doing. It\'s June now, so I guess I have to decide soon (laughter).', ZB, ZBk, 'A.', mention='ZSÓFIA BAKONYI-PETHŐ', mctx=ZM),
    E('block', 'No comment (smiling).', ZB, ZBk, 'A.', mention='ZSÓFIA BAKONYI-PETHŐ', mctx=ZM),
    E('block', 'I saw it long, but I was on the other side, so what do I know. The system says out, it\'s out. I feel bad for her, she played an amazing match. I would also be angry.', ZB, ZBk, 'A.', mention='ZSÓFIA BAKONYI-PETHŐ', mctx=ZM),
    E('block', "Only a little bit on the TV. She hits very hard, she's fearless, she's 19. I remember being 19. You think nothing can go wrong. I will try to make it a long match and see if she is still fearless in the third set.", ZB, ZBk, 'A.', mention='ZSÓFIA BAKONYI-PETHŐ', mctx=ZM),
]

# 09 Inquirer-style regional health story (Philippines), dengue outbreak
WV = 'the Department of Health-Western Visayas Center for Health Development (DOH-WVCHD)'
WVk = 'DOH-WVCHD|Department of Health|agency|DOH'
IT = 'Isagani Tamayo-Villaflor'
ITk = 'Tamayo-Villaflor|governor|Governor'
LE = 'Ma. Luisa Escalona-Pangilinan'
EV = 'Ernesto Villagracia-Lim'
IP = 'Ignatius Palmares-Yap'
RA = 'Rosalinda Ambrosio-Dalisay'
DOCS['09_philippines_dengue_health.txt'] = [
    E('indirect', 'Dengue cases in Western Visayas have risen by 64 percent so far this year, prompting the provincial government of Iloilo to declare an outbreak in three towns', 'health officials', 'officials', 'said', mention='health officials', mctx='health officials said on Monday'),
    E('indirect', 'A total of 14,872 cases and 51 deaths were recorded in the region from January 1 to August 9', WV, WVk, 'according to', mention='the Department of Health-Western Visayas Center for Health Development'),
    E('indirect', 'Children aged 5 to 14 accounted for nearly half of the cases', WV, WVk, 'said in its latest disease surveillance report', mention='the agency', mctx='the agency said in its latest'),
    E('indirect', 'a dengue outbreak in the towns of Pototan, Dingle and Barotac Nuevo', IT, ITk, 'declaring', False, mention='Iloilo Governor Isagani Tamayo-Villaflor'),
    E('indirect', 'The declaration allows the towns to use their quick response funds to buy insecticide, test kits and intravenous fluids', IT, ITk, 'said', mention='the governor', mctx='the governor said.'),
    E('direct', 'We are not declaring this to create panic. We are declaring it so that our municipalities can move faster and spend without waiting for the usual procurement,', IT, ITk, 'told', mention='Tamayo-Villaflor', mctx='Tamayo-Villaflor told reporters'),
    E('indirect', 'the increase was driven by weeks of heavy rain in July, which left stagnant water in drums, old tires and clogged canals where the Aedes aegypti mosquito breeds', LE, 'Escalona-Pangilinan', 'said', mention='Dr. Ma. Luisa Escalona-Pangilinan'),
    E('indirect', 'a larger share of patients were arriving at hospitals already showing warning signs such as severe abdominal pain and bleeding gums', LE, 'Escalona-Pangilinan', 'noted', mention='She', mctx='She also noted'),
    E('direct', 'Many parents wait three or four days because they think it is just an ordinary fever. By then, the platelet count has dropped and the child needs to be admitted,', LE, 'Escalona-Pangilinan', 'said', mention='Escalona-Pangilinan', mctx='admitted," Escalona-Pangilinan said'),
    E('indirect', 'The Western Visayas Medical Center in Iloilo City has converted a conference hall into a 40-bed dengue ward', EV, 'Villagracia-Lim', 'according to', mention='Dr. Ernesto Villagracia-Lim'),
    E('direct', 'Puno na kami,', EV, 'Villagracia-Lim', 'said', mention='Villagracia-Lim', mctx='Villagracia-Lim said, meaning'),
    E('direct', 'We are already full.', EV, 'Villagracia-Lim', 'meaning', False, mention='Villagracia-Lim', mctx='Villagracia-Lim said, meaning'),
    E('indirect', 'the hospital had also asked nurses from its outpatient department to help in the wards', EV, 'Villagracia-Lim', 'said', mention='He', mctx='He said the hospital'),
    E('indirect', 'village health workers had started going house to house to destroy mosquito breeding sites under the DOH\'s "4S" strategy: search and destroy, self-protection, seek early consultation and support fogging only during outbreaks', 'Jocelyn Abellana-Sumague', 'Abellana-Sumague', 'said', mention='Dr. Jocelyn Abellana-Sumague'),
    E('indirect', 'no health worker had visited their street until after her younger son was admitted', RA, 'Ambrosio-Dalisay', 'said', mention=RA),
    E('direct', 'They only came when it was already in the news,', RA, 'Ambrosio-Dalisay', 'said', mention='she', mctx='news," she said'),
    E('indirect', 'the figures were "worrying but not surprising" given that dengue tends to peak every three to four years', IP, 'Palmares-Yap', 'said', mention='Dr. Ignatius Palmares-Yap'),
    E('indirect', 'the true number of infections was likely higher because many mild cases were never tested', IP, 'Palmares-Yap', 'cautioned', mention='He', mctx='He cautioned'),
    E('direct', 'Surveillance numbers are the tip of the iceberg. What we see in hospitals is only the severe end,', IP, 'Palmares-Yap', 'said', mention='Palmares-Yap', mctx='severe end," Palmares-Yap said'),
    E('indirect', 'the public to seek consultation if a fever lasts more than two days and to avoid self-medicating with aspirin or ibuprofen, which can worsen bleeding', 'The DOH', 'DOH|Department of Health', 'has advised', mention='The DOH', mctx='The DOH has advised'),
    E('indirect', 'Nationwide, the DOH has recorded more than 187,000 dengue cases so far this year, up 41 percent from the same period in 2024', 'data presented at a Senate health committee hearing', 'data|DOH', 'according to', mention='data presented at a Senate health committee hearing'),
]

# 10 Jamaica Gleaner, Portmore water outage (curly quotes, patois)
NWC = 'the National Water Commission (NWC)'
NWCk = 'NWC|National Water Commission|utility'
ME = 'Marcia Elphinstone-Gayle'
LB = 'Lascelles Bellamy-Cunningham'
SS = 'Shernette Sealy-Rowe'
HO = 'Hyacinth Obasi-Whitter'
LG = 'Leon Gooden-Barrett'
DOCS['10_jamaica_gleaner_water.txt'] = [
    E('indirect', 'ageing pipeline', 'NWC', 'NWC', 'blames', False, mention='NWC', mctx='NWC blames'),
    E('indirect', 'minister’s statement in Parliament', 'Opposition', 'Opposition', 'calls for', False, mention='Opposition', mctx='Opposition calls for'),
    E('indirect', 'they have spent more than $15,000 on trucked water', 'some residents', 'some|residents', 'say', mention='some', mctx='some say they'),
    E('indirect', 'The 36-inch pipeline, which carries water from the Rio Cobre to storage tanks serving Portmore and parts of Spanish Town, ruptured on August 30 near the Dyke Road', NWC, NWCk, 'according to', mention='the NWC', mctx='according to the NWC'),
    E('indirect', 'repair crews had been “working around the clock” but that the age of the pipeline, installed in 1978, had made the job “significantly more complex than a routine repair”', NWC, NWCk, 'said', mention='the utility'),
    E('indirect', 'restoration was expected “within the next 72 hours”, barring further complications', NWC, NWCk, 'added', mention='It', mctx='It added that'),
    E('direct', 'Dem seh three days last week too. Wi cyaan bathe, wi cyaan cook, wi cyaan wash the pickney dem uniform fi school,', ME, 'Elphinstone-Gayle', 'said', mention=ME),
    E('indirect', 'she had been buying two drums of water every other day at $1,500 each and was “running out of money before mi run out a thirst”', ME, 'Elphinstone-Gayle', 'said', mention='Elphinstone-Gayle', mctx='Elphinstone-Gayle said she'),
    E('indirect', 'he had closed his cookshop for a week because he could not meet public health requirements without running water', 'Devon Aldred-McKoy', 'Aldred-McKoy', 'said', mention='Devon Aldred-McKoy'),
    E('direct', 'Is not just inconvenience. Is people livelihood,', 'Devon Aldred-McKoy', 'Aldred-McKoy', 'said', mention='he', mctx='livelihood,” he said'),
    E('indirect', 'the outage was “entirely predictable” and that the NWC had been warned about the condition of the pipeline in an internal audit three years ago', LB, 'Bellamy-Cunningham', 'said', mention=LB),
    E('direct', 'The minister cannot keep hiding behind press releases. Come to Parliament, tell the people of Portmore what went wrong and when it will be fixed,', LB, 'Bellamy-Cunningham', 'told', mention='Bellamy-Cunningham', mctx='Bellamy-Cunningham told The Gleaner'),
    E('indirect', 'the Opposition would table questions in the House of Representatives on Tuesday', LB, 'Bellamy-Cunningham', 'said', mention='He', mctx='He said the Opposition'),
    E('indirect', 'the minister had been briefed daily and would make a statement “at the appropriate time”', 'Sources close to the Ministry of Economic Growth and Job Creation', 'Sources|sources', 'said', mention='Sources close to the Ministry of Economic Growth and Job Creation'),
    E('indirect', 'the commission had not ignored the audit', SS, 'Sealy-Rowe', 'insisted', mention=SS),
    E('direct', 'Replacement of that main has been budgeted and the procurement is under way. Unfortunately, the pipe did not wait for the procurement,', SS, 'Sealy-Rowe', 'said', mention='Sealy-Rowe', mctx='procurement,” Sealy-Rowe said'),
    E('indirect', 'the NWC had deployed 14 trucks to the affected communities and was prioritising schools, health centres and nursing homes', SS, 'Sealy-Rowe', 'said', mention='She', mctx='She said the NWC'),
    E('indirect', 'the trucks came irregularly and often ran dry before reaching the end of the line', 'Residents', 'Residents|residents', 'said', mention='Residents', mctx='Residents, however, said'),
    E('indirect', 'she had written to the NWC’s president requesting a schedule for the trucks so that residents could plan', HO, 'Obasi-Whitter', 'said', mention='Dr Hyacinth Obasi-Whitter'),
    E('direct', 'People are not asking for miracles. They are asking to know when the truck is coming,', HO, 'Obasi-Whitter', 'said', mention='she', mctx='coming,” she said'),
    E('indirect', 'it had delivered more than 200,000 gallons to the area since the start of the month', 'The Jamaica Fire Brigade', 'Fire Brigade', 'said', mention='The Jamaica Fire Brigade'),
    E('indirect', 'residents to store water safely and to report price gouging by private water truckers to the municipal corporation', LG, 'Gooden-Barrett', 'urged', mention='Portmore Mayor Councillor Leon Gooden-Barrett'),
    E('direct', 'Nobody should be charging $3,000 for a drum of water in a crisis,', LG, 'Gooden-Barrett', 'said', mention='Gooden-Barrett', mctx='said Gooden-Barrett'),
    E('direct', 'That is exploitation, plain and simple.', LG, 'Gooden-Barrett', '', mention='Gooden-Barrett', mctx='said Gooden-Barrett'),
]

# --- END DOCS ---
def main():
    out = {'about': 'hW: 10 news articles written and annotated blind (helper session), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json, heldout4, heldout5, heldout6, heldout7 and heldout8: start/end are UTF-8 byte '
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
