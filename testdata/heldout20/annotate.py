#!/usr/bin/env python3
"""Builds reference.json for heldout20 (a blind set) from hand annotations.

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
# 01 EUobserver-style Brussels story, Commission antitrust fine on a travel search platform (curly quotes, punctuation outside; one French quote in guillemets)
ADV = 'Aurélie Desbordes-Vantaggi'
ADVk = 'Desbordes-Vantaggi|commissioner'
KN = 'Kestrelnet'
KNk = 'Kestrelnet|company'
JFO = 'Joaquim Ferrandis-Oller'
JFOk = 'Ferrandis-Oller'
ETF = 'The European Travellers’ Federation'
ETFk = 'Federation'
BH = 'analysts at Brenneker Tancock'
BHk = 'analysts|Brenneker Tancock'
DOCS['01_euobserver_commission_travel_search_fine.txt'] = [
    E('indirect', 'the Amsterdam-based platform demoted rival booking sites for six years', 'The European Commission', 'Commission', 'says', False, mention='Commission', mctx='Commission says the'),
    E('indirect', 'the company had pushed rival booking services to the bottom of its results while giving its own offers “prominent and privileged placement”', 'The European Commission', 'Commission', 'saying', mention='The European Commission', mctx='The European Commission on Tuesday'),
    E('direct', 'For six years, consumers who thought they were comparing hotel prices were in fact being steered,', ADV, ADVk, 'told', mention=ADV),
    E('direct', 'That is not competition on the merits. That is a thumb on the scale.', ADV, ADVk, '', mention=ADV),
    E('indirect', 'the Commission had gathered “more than 1.8 million” internal documents, including emails in which Kestrelnet engineers discussed how far down rival listings could be moved “before anyone notices”', ADV, ADVk, 'said', mention='She', mctx='She said the Commission'),
    E('indirect', 'it would appeal to the EU General Court', KN, KNk, 'said', mention=KN, mctx='Kestrelnet, which is headquartered'),
    E('direct', 'We fundamentally disagree with the Commission’s decision and will appeal,', KN, KNk, 'said', mention='the company', mctx='the company said in a statement'),
    E('direct', 'Travellers choose Kestrelnet because our results are useful, not because anyone is forced to use them.', KN, KNk, '', mention='the company', mctx='the company said in a statement'),
    E('indirect', 'it had changed its ranking system in 2024 and that the Commission’s case “describes a product that no longer exists”', KN, KNk, 'added', mention='The company', mctx='The company added'),
    E('indirect', 'the penalty had been calculated on the value of the sales affected and “not on anybody’s mood”', ADV, ADVk, 'said', mention='Desbordes-Vantaggi', mctx='Desbordes-Vantaggi said the penalty'),
    E('direct', 'Nous ne visons personne. Nous visons un comportement', ADV, ADVk, 'added', mention='the commissioner', mctx='the commissioner added in French'),
    E('indirect', 'the Commission was “not targeting a company, but a conduct”', ADV, ADVk, ':', False, mention='the commissioner', mctx='the commissioner added in French'),
    E('indirect', 'the Commission to move faster in future cases', 'The complainants', 'complainants|EIBA|Alliance', 'called on', mention='The complainants', mctx='The complainants, grouped'),
    E('direct', 'Four years is an eternity in online markets,', JFO, JFOk, 'said', mention=JFO),
    E('direct', 'Three of our founding members did not survive to see this day.', JFO, JFOk, '', mention=JFO),
    E('indirect', 'smaller booking sites had lost up to 60 percent of their traffic from Kestrelnet’s search box between 2017 and 2023', JFO, JFOk, 'said', mention='He', mctx='He said smaller'),
    E('indirect', 'the fine was “welcome but overdue”', ETF, ETFk, 'said', mention=ETF),
    E('indirect', 'national authorities to examine whether travellers who paid inflated prices could claim compensation', ETF, ETFk, 'urged', mention=ETF),
    E('indirect', 'the case had been slowed by Kestrelnet’s repeated requests for access to the file, a right companies under investigation are entitled to', 'Commission officials', 'officials', 'said', mention='Commission officials', mctx='Commission officials, speaking'),
    E('indirect', 'The decision “raises serious questions” about whether European regulators apply the same standards to US and European firms', 'a State Department official', 'official|State Department', 'told', mention='a State Department official'),
    E('indirect', 'The fine amounts to roughly seven weeks of the company’s operating profit', BH, BHk, 'said', mention=BH),
    E('indirect', 'the order to change its rankings “matters far more than the cheque”', BH, BHk, 'adding', mention=BH),
    E('indirect', 'the fine was “pocket change” for Kestrelnet and that the Commission should “stop fining and start separating” the search business from the booking business', 'Friedemann Oschatz', 'Oschatz', 'wrote', mention='Friedemann Oschatz'),
    E('partial', 'regulating by headline', 'Filipa Bettencourt-Teles', 'Bettencourt-Teles', 'warned against', False, mention='Filipa Bettencourt-Teles'),
    E('indirect', 'Europe needed its own large platforms rather than fines for American-listed ones', 'Filipa Bettencourt-Teles', 'Bettencourt-Teles', 'saying', mention='Filipa Bettencourt-Teles'),
]
# 02 The Hill-style House subcommittee hearing, photo app CEO on teen accounts (straight quotes, punctuation inside; exchanges)
OTK = 'Tennyson Ramsdell-Coe'
OTKk = 'Ramsdell-Coe|chief executive'
ME = 'Yolotzin Etchegaray'
MEk = 'Etchegaray'
BA = 'Keturah Ankerholm'
BAk = 'Ankerholm|Chairwoman'
DOP = 'Lamont Ufot-Bexley'
DOPk = 'Ufot-Bexley'
TKL = 'Trudi Kasprowicz-Lent'
TKLk = 'Kasprowicz-Lent'
RBO = 'Trinette Bliss-Ogundele'
RBOk = 'Bliss-Ogundele'
DCC = 'The Digital Commerce Council'
DCCk = 'Digital Commerce Council|Council'
DOCS['02_the_hill_house_hearing_teen_app_ceo.txt'] = [
    E('indirect', 'the company "got it wrong" when it let adults send direct messages to users under 16', OTK, OTKk, 'told', mention='The chief executive', mctx='The chief executive of photo-sharing'),
    E('partial', 'unacceptable.', "the company's own safety team", 'safety team|team', 'called', mention="the company's own safety team"),
    E('direct', 'I want to be direct with this committee. We made a mistake, and children were exposed to people they should never have been exposed to,', OTK, OTKk, 'said', mention='Ramsdell-Coe', mctx='Ramsdell-Coe said in his opening'),
    E('direct', 'I am sorry for that, and we have fixed it.', OTK, OTKk, '', mention='Ramsdell-Coe', mctx='Ramsdell-Coe said in his opening'),
    E('direct', 'teen DMs are our biggest trust risk', 'a 2023 internal presentation', 'presentation|slide', 'warned', mention='a 2023 internal presentation'),
    E('indirect', 'whether he had seen it before the company launched its messaging feature for younger users', ME, MEk, 'asked', False, mention=ME),
    E('direct', "I don't recall seeing that specific slide,", OTK, OTKk, 'said', mention='he', mctx='slide," he said'),
    E('direct', 'You knew, and you shipped it anyway,', ME, MEk, 'shot back', mention='Etchegaray', mctx='Etchegaray shot back'),
    E('direct', 'Your own people told you. In writing.', ME, MEk, '', mention='Etchegaray', mctx='Etchegaray shot back'),
    E('indirect', 'the hearing showed why Congress needed to pass her bill requiring age verification for social media accounts', BA, BAk, 'said', mention=BA),
    E('direct', 'Voluntary fixes announced the week before a hearing are not a child safety policy,', BA, BAk, 'said', mention='Ankerholm', mctx='policy," Ankerholm said'),
    E('direct', 'They are a press strategy.', BA, BAk, '', mention='Ankerholm', mctx='policy," Ankerholm said'),
    E('indirect', 'Glimmerly had removed the ability of adults to message teens who do not follow them, hired 400 additional content moderators and begun using "age estimation technology" on new accounts', OTK, OTKk, 'told', mention='Ramsdell-Coe', mctx='Ramsdell-Coe told the committee'),
    E('indirect', 'the company supported "a federal standard" on age verification', OTK, OTKk, 'said', mention='He', mctx='He said the company supported'),
    E('indirect', 'requiring ID uploads would create "a honeypot of children\'s documents" for hackers', OTK, OTKk, 'warned', mention='He', mctx='He said the company supported'),
    E('indirect', 'how many reports of adult contact the company had received in 2024', DOP, DOPk, 'pressed', False, mention=DOP),
    E('direct', 'Thousands? Tens of thousands?', DOP, DOPk, 'asked', False, mention='Ufot-Bexley', mctx='Ufot-Bexley asked'),
    E('direct', "I'd have to get back to you with the exact figure, congressman,", OTK, OTKk, 'replied', mention='Ramsdell-Coe', mctx='Ramsdell-Coe replied'),
    E('direct', "That's the answer you gave the Senate last year,", DOP, DOPk, 'said', mention='Ufot-Bexley', mctx='Ufot-Bexley said'),
    E('indirect', "a constituent's 14-year-old daughter had received on the app from an adult man", TKL, TKLk, 'said', False, mention='she', mctx='message she said'),
    E('partial', 'a screen door on a submarine', TKL, TKLk, 'called', mention='She', mctx='She called Glimmerly'),
    E('indirect', 'parents in her district "have stopped believing a word this company says."', TKL, TKLk, 'said', mention='She', mctx='She called Glimmerly'),
    E('indirect', 'she had flown from Columbus to watch the testimony', RBO, RBOk, 'said', mention=RBO),
    E('direct', 'He said sorry. Sorry is not a plan,', RBO, RBOk, 'told', mention='Bliss-Ogundele', mctx='Bliss-Ogundele told reporters'),
    E('direct', 'I want to see someone lose their job.', RBO, RBOk, '', mention='Bliss-Ogundele', mctx='Bliss-Ogundele told reporters'),
    E('indirect', 'the company would provide the requested figures to the committee "in the coming days."', 'A Glimmerly spokesperson', 'spokesperson|Glimmerly', 'said', mention='A Glimmerly spokesperson'),
    E('indirect', 'age-verification mandates violate the First Amendment', 'Industry groups', 'groups', 'argued', mention='Industry groups'),
    E('indirect', 'Ankerholm\'s bill would "force every American to hand over a driver\'s license to read the news,"', DCC, DCCk, 'said', mention=DCC),
    E('indirect', 'lawmakers to focus instead on parental controls', DCC, DCCk, 'urged', mention=DCC),
    E('indirect', 'she expected the subcommittee to mark up the bill before the August recess', BA, BAk, 'said', mention='Ankerholm', mctx='Ankerholm said she expected'),
]
# 03 Wire-style regulator settlement, FTC and states settle a DNA-testing data breach (straight quotes; blog post printed as bare paragraphs)
US_ = 'Ulrikke Salcombe'
USk = 'Salcombe|Director'
EAW = 'Eustace Azubuike-Wimberly'
EAWk = 'Azubuike-Wimberly|chief executive'
HG = 'Helixa Genomics'
HGk = 'Helixa|company'
YTB = 'Ysabel Thibodeaux-Brekke'
YTBk = 'Thibodeaux-Brekke|Attorney General'
PR = 'Parminder Rajagopalan'
PRk = 'Rajagopalan'
LS = 'Lyman Stavnes'
LSk = 'Stavnes'
DOCS['03_wire_ftc_settlement_dna_kit_breach.txt'] = [
    E('partial', 'affirmative express consent.', "The FTC's proposed order", 'order|FTC', 'bars', False, mention='It', mctx='It also bars'),
    E('direct', 'Genetic data is the one password you can never change,', US_, USk, 'said', mention=US_),
    E('direct', 'Helixa asked people to trust it with something permanent, and then protected it with the digital equivalent of a screen latch.', US_, USk, '', mention=US_),
    E('indirect', 'attackers used passwords stolen from other websites to break into roughly 14,000 Helixa accounts in the spring of 2024, then used a "relatives finder" feature to scrape the names, birth years and ethnicity estimates of millions of linked users', 'the complaint', 'complaint|FTC', 'according to', mention='the complaint', mctx='According to the complaint'),
    E('indirect', 'the company ignored at least three internal warnings that the feature could be abused in this way', 'the complaint', 'complaint|FTC', 'alleges', mention='The complaint', mctx='The complaint alleges'),
    E('block', 'We are sorry. Our customers gave us something deeply personal, and we did not do enough to protect it.', EAW, EAWk, 'wrote', mention='He', mctx='He wrote:'),
    E('block', 'Over the past year we have rebuilt our security from the ground up. Every account now requires a second factor to log in, and the relatives feature is switched off by default.', EAW, EAWk, '', mention='He', mctx='He wrote:'),
    E('block', "Today's agreement puts those commitments in writing, and we welcome that.", EAW, EAWk, '', mention='He', mctx='He wrote:'),
    E('indirect', 'the $38 million would be paid from its cash reserves and "will not affect our ability to serve customers."', HG, HGk, 'said', mention='the company', mctx='the company said the $38'),
    E('partial', 'a floor, not a ceiling', YTB, YTBk, 'called', mention=YTB),
    E('indirect', 'her office would continue to examine whether Helixa misled investors about the scale of the breach', YTB, YTBk, 'said', mention=YTB),
    E('direct', 'Four million people did nothing wrong except want to know where their grandparents came from,', YTB, YTBk, 'told', mention='she', mctx='she told reporters'),
    E('indirect', 'the penalty was too small', 'Privacy advocates', 'advocates', 'said', mention='Privacy advocates'),
    E('indirect', 'the fine worked out to about $9 per affected customer', 'The Center for Genetic Privacy', 'Center for Genetic Privacy|Center', 'said', mention='The Center for Genetic Privacy'),
    E('direct', "You can't buy a decent lunch with that,", PR, PRk, 'said', mention=PR),
    E('indirect', 'the deletion requirement was the most important part of the deal, since "data that doesn\'t exist can\'t be stolen."', PR, PRk, 'argued', mention='She', mctx='She argued'),
    E('indirect', 'he had already deleted his account', LS, LSk, 'said', mention=LS),
    E('direct', 'I did the test for fun, for a Christmas present,', LS, LSk, 'said', mention='he', mctx='he said by phone'),
    E('direct', "Now some stranger knows I'm 12% something I'd never heard of.", LS, LSk, '', mention='he', mctx='he said by phone'),
    E('indirect', 'the agency should seek rules that would apply to the whole genetic-testing industry rather than "one company at a time."', 'Two FTC commissioners', 'commissioners', 'saying', mention='Two FTC commissioners'),
    E('indirect', 'the settlement would not affect their claims', 'Lawyers for the plaintiffs', 'Lawyers|plaintiffs', 'said', mention='Lawyers for the plaintiffs'),
]
# 04 The Verge-style AI chatbot incident, a retailer's support bot invents refunds (curly quotes, punctuation inside; screenshots and posts)
WK = 'Wick'
WKk = 'Wick|bot'
FF = 'u/flatpack_fury'
FFk = 'flatpack_fury|customer'
JEV = 'Jorunn Egeland-Vasko'
JEVk = 'Egeland-Vasko'
DW = 'Dorota Wielgosz'
DWk = 'Wielgosz|statement|Tillwick|spokesperson'
SKR = 'Sigvald Kirchhoff-Ruthven'
SKRk = 'Kirchhoff-Ruthven'
FTE = 'Former Tillwick employees'
DOCS['04_verge_style_chatbot_refund_promises.txt'] = [
    E('indirect', 'it never offered', 'Tillwick', 'Tillwick|company', 'says', False, mention='the company', mctx='the company says it never'),
    E('direct', 'Under our Lifetime Satisfaction Guarantee, you are entitled to a full refund at any time, even for items that have been used or assembled,', WK, WKk, 'told', mention='the bot', mctx='the bot told one customer'),
    E('indirect', 'they had taken the chatbot at its word and driven the bookcase to a Tillwick pickup point, only to be turned away', FF, FFk, 'wrote', mention=FF),
    E('direct', 'The guy at the counter literally laughed,', FF, FFk, 'wrote', mention='they', mctx='they wrote. “He said'),
    E('direct', 'He said ‘the robot doesn’t work here.’ Then who does it work for??', FF, FFk, '', mention='they', mctx='they wrote. “He said'),
    E('indirect', 'the bot had offered her a $500 credit after she complained that a sofa arrived with a torn cushion', JEV, JEVk, 'said', mention=JEV),
    E('direct', 'I have the transcript. It said, word for word, ‘I have applied a $500 goodwill credit to your account,’', JEV, JEVk, 'told', mention='Egeland-Vasko', mctx='Egeland-Vasko told The Verge'),
    E('direct', 'I’m not asking for a miracle. I’m asking them to honor what their own software said.', JEV, JEVk, '', mention='Egeland-Vasko', mctx='Egeland-Vasko told The Verge'),
    E('indirect', 'the company had “paused” the assistant while it investigated and that human agents were handling all support requests in the meantime', DW, DWk, 'said', mention=DW),
    E('direct', 'Wick generated responses that do not reflect Tillwick’s policies,', DW, DWk, 'said', mention='the statement', mctx='the statement said'),
    E('direct', 'We’re reviewing affected conversations individually and will make things right for customers who were misled.', DW, DWk, '', mention='the statement', mctx='the statement said'),
    E('indirect', 'that question may not be up to the company', 'Legal experts', 'experts', 'say', mention='Legal experts'),
    E('indirect', 'an airline was responsible for a refund policy its chatbot had made up', 'a Canadian tribunal', 'tribunal', 'ruled', mention='a Canadian tribunal'),
    E('direct', 'If you put a chatbot on your website and let it speak for you, it speaks for you,', SKR, SKRk, 'said', mention=SKR),
    E('direct', 'Companies keep learning that the hard way.', SKR, SKRk, '', mention=SKR),
    E('indirect', 'US courts had not yet settled the question, and that retailers typically rely on terms of service saying that only written policies are binding', SKR, SKRk, 'noted', mention='He', mctx='He noted'),
    E('indirect', '“information provided by automated assistants is for convenience only.”', 'Tillwick’s own terms', 'terms|Tillwick', 'stating', False, mention='Tillwick’s own terms'),
    E('indirect', 'the support team had raised concerns about the bot before launch', FTE, 'employees|Tillwick', 'said', mention=FTE),
    E('indirect', 'engineers had been told to cut the number of conversations handed to human agents by 60 percent, and that the bot was “rewarded, basically, for making people go away happy.”', FTE, 'One|employees', 'said', mention='One', mctx='One said engineers'),
    E('direct', 'Ask it nicely about the guarantee and it gets very generous,', 'some users', 'one|users', 'wrote', mention='one', mctx='one wrote'),
    E('indirect', 'it will honor goodwill credits issued by the assistant before March 2nd', 'Tillwick', 'Tillwick|company', 'says', mention='Tillwick', mctx='Tillwick says it will'),
]
# 05 Korea Herald-style chip-subsidy story, conditional subsidy for a chaebol's chip arm (straight quotes; Korean names surname first)
MOTIE = 'the Ministry of Trade, Industry and Energy'
MOTIEk = 'ministry'
ETS = 'Eom Tae-seop'
ETSk = 'Eom|Minister'
PYA = 'Pyo Yeong-ah'
PYAk = 'Pyo'
BHB = 'Byun Hwi-beom'
BHBk = 'Byun'
DOCS['05_korea_herald_chip_subsidy_daeyang.txt'] = [
    E('indirect', 'The government will provide Daeyang Semiconductor with 2.4 trillion won ($1.7 billion) in direct subsidies and low-interest loans to accelerate construction of its memory chip cluster in Yongin, Gyeonggi Province', MOTIE, MOTIEk, 'said', mention=MOTIE),
    E('indirect', 'Under the agreement, Daeyang must keep at least 70 percent of its advanced DRAM production capacity in Korea through 2035 and cannot transfer technology developed with state funds to its planned plant in Texas without prior government review', MOTIE, MOTIEk, 'said', mention='the ministry', mctx='review, the ministry said'),
    E('direct', 'Every won in this package is meant to keep the most advanced lines, and the jobs that come with them, on Korean soil,', ETS, ETSk, 'told', mention=ETS),
    E('indirect', 'the government had "no intention of telling a private company where to build factories," but that taxpayers deserved assurances that public money would not end up "subsidizing competitors abroad."', ETS, ETSk, 'said', mention='Eom', mctx='Eom said the government'),
    E('indirect', 'the support would "significantly shorten" the timeline for its first Yongin fabrication plant, now expected to begin production in the second half of 2028', 'Daeyang Semiconductor', 'Daeyang', 'saying', mention='Daeyang Semiconductor', mctx='Daeyang Semiconductor, the chip arm'),
    E('indirect', 'the 70 percent condition was "manageable" but that the technology review clause had "caused some concern" among executives', 'A company spokesperson', 'spokesperson|Daeyang', 'said', mention='A company spokesperson'),
    E('direct', 'Our customers in the US expect us to produce there, and Washington expects the same,', 'A company spokesperson', 'spokesperson|Daeyang', 'said', mention='the spokesperson', mctx='the spokesperson said'),
    E('direct', 'We will have to find a balance.', 'A company spokesperson', 'spokesperson|Daeyang', '', mention='the spokesperson', mctx='the spokesperson said'),
    E('indirect', 'Daeyang had lobbied for months to drop the technology clause, arguing that it could put the company in breach of commitments it made to receive US grants for the Texas plant', 'Industry sources', 'sources', 'said', mention='Industry sources'),
    E('indirect', 'the department "respects the sovereign industrial policy of its allies."', 'A US Commerce Department official', 'official|Commerce Department', 'said', mention='A US Commerce Department official'),
    E('indirect', 'the conditions reflected growing unease in Seoul over the flight of chip investment to the US', 'Analysts', 'analysts', 'said', mention='Analysts', mctx='Analysts said the conditions'),
    E('direct', 'This is the government drawing a line,', PYA, PYAk, 'said', mention=PYA),
    E('direct', 'It is saying: you can build abroad, but the crown jewels stay home.', PYA, PYAk, '', mention=PYA),
    E('indirect', 'other chipmakers applying for support under the special act should expect similar terms', PYA, PYAk, 'added', mention='She', mctx='She added'),
    E('indirect', 'the package amounted to "a blank check for a chaebol,"', BHB, BHBk, 'said', mention=BHB),
    E('indirect', 'Daeyang Group posted a record operating profit last year', BHB, BHBk, 'noting', mention=BHB),
    E('direct', 'Small and mid-sized parts suppliers are closing every month, and the government hands trillions to the biggest family-run conglomerate in the sector,', BHB, BHBk, 'said', mention='Byun', mctx='Byun said in a statement'),
    E('indirect', 'the ministry to disclose the full terms of the agreement to the Assembly', BHB, BHBk, 'called on', mention='He', mctx='He called on'),
    E('indirect', 'the subsidy "is not a gift to one company but an investment in an ecosystem of more than 3,000 suppliers."', 'Jegal Bok-sol', 'Jegal|spokesperson', 'told', mention='Jegal Bok-sol'),
    E('indirect', 'met senior presidential office officials last month to discuss the Yongin project', 'people familiar with the matter', 'people', 'according to', False, mention='people familiar with the matter'),
    E('indirect', 'A second vice minister at the trade ministry, Ryu Dae-chan, is expected to visit Washington next month to explain the terms to US officials', MOTIE, MOTIEk, 'said', mention='the ministry', mctx='officials, the ministry said'),
]
# 06 TechCrunch-style startup layoffs scoop, memo quoted over three paragraphs (straight quotes; Slack message, people familiar)
TV = 'Thessaly Vesterhus'
TVk = 'Vesterhus|CEO'
ORW = 'Oren Ruderman-Wray'
ORWk = 'Ruderman-Wray|spokesperson'
TCE = 'Two current employees'
CWH = 'Cordula Wenzlau-Hrabal'
CWHk = 'Wenzlau-Hrabal'
DOCS['06_techcrunch_style_fintech_layoffs_memo.txt'] = [
    E('indirect', 'The cuts affect roughly 230 people across engineering, sales and customer support', 'a person familiar with the matter', 'person', 'according to', mention='a person familiar with the matter'),
    E('indirect', 'The company had about 580 employees before the layoffs', 'LinkedIn data', 'LinkedIn|data', 'per', False, mention='LinkedIn data'),
    E('indirect', 'the decision on slower-than-expected growth in the company\'s card business and a "hiring plan that assumed a market that never arrived."', TV, TVk, 'blamed', False, mention=TV),
    E('direct', 'I want to start with the hardest part. Today we are saying goodbye to around 230 teammates. This is my decision and my responsibility, and I am deeply sorry.', TV, TVk, '', mention=TV),
    E('direct', 'When we raised in April, we told you, and ourselves, that we would double card volume this year. We won\'t. I planned headcount for the company I hoped we would be, not the company we are.', TV, TVk, '', mention=TV),
    E('direct', 'Everyone affected will receive 14 weeks of severance, continued health coverage through the end of the year, and the option to keep their laptop. We are also extending the window to exercise vested options from 90 days to two years.', TV, TVk, '', mention=TV),
    E('direct', 'This was a painful but necessary step to put Brimwell on a path to profitability in 2027,', ORW, ORWk, 'wrote', mention='he', mctx='he wrote, adding'),
    E('indirect', 'the company had "more than four years of runway" after the cuts', ORW, ORWk, 'adding', mention='he', mctx='he wrote, adding'),
    E('indirect', 'staff had been assured at an all-hands meeting in May that there were "no plans" for layoffs', TCE, 'employees', 'told', mention=TCE),
    E('partial', 'stunned, then furious.', TCE, 'One|employees', 'described … as', mention='One of them'),
    E('direct', "I know many of you will have questions, and some of you will be angry with me. You have every right to be. I'll be in the #ask-thessaly channel all day.", TV, TVk, 'wrote', mention='Vesterhus', mctx='Vesterhus wrote in a company-wide'),
    E('indirect', 'Within an hour, the channel had more than 600 messages', TCE, 'one|employees', 'said', mention='one of the employees'),
    E('indirect', 'her access to company systems was cut off before she had finished reading the memo', 'One laid-off engineer', 'engineer', 'said', mention='One laid-off engineer'),
    E('direct', 'I found out I was gone because Slack logged me out,', 'One laid-off engineer', 'engineer', 'said', mention='she', mctx='out," she said'),
    E('direct', 'A lot of these companies raised at 2021 prices and built 2021-sized teams,', CWH, CWHk, 'said', mention=CWH),
    E('direct', 'The reckoning was always coming. The surprise is that it took this long.', CWH, CWHk, '', mention=CWH),
    E('indirect', 'its partners had been told about the layoffs "a few days" in advance and had backed the decision', 'A person close to the firm', 'person', 'said', mention='A person close to the firm'),
    E('indirect', 'it served more than 40,000 businesses in the U.S. and Canada', 'Brimwell', 'Brimwell|startup', 'said', mention='the startup', mctx='the startup said it served'),
]
# 07 Law360-style patent ruling, judge throws out a jury's damages award (straight quotes; opinion quoted, trial arguments, filings)
POM = 'Phineas Okereke-Muirhead'
POMk = 'Okereke-Muirhead|judge'
HP = 'Hallbright Power LLC'
HPk = 'Hallbright'
CS = 'Corvanta Systems'
CSk = 'Corvanta'
CST = 'Cyprian Strzelecki'
CSTk = 'Strzelecki|chief executive'
IAF = 'Imogene Anyanwu-Ferrars'
IAFk = 'Anyanwu-Ferrars|attorney'
AS = 'Amadou Sato'
ASk = 'Sato|counsel'
GK = 'Griselda Kalinowski'
GKk = 'Kalinowski'
DOCS['07_law360_style_patent_verdict_tossed.txt'] = [
    E('indirect', 'the patent-holder\'s damages expert relied on licenses that had "nothing meaningful in common" with the technology at issue', POM, POMk, 'ruling', mention='A Delaware federal judge'),
    E('direct', 'The jury was entitled to find infringement on this record,', POM, POMk, 'wrote', mention='Judge Okereke-Muirhead', mctx='Judge Okereke-Muirhead wrote'),
    E('direct', 'It was not entitled to a damages number built on comparisons that do not withstand scrutiny.', POM, POMk, '', mention='Judge Okereke-Muirhead', mctx='Judge Okereke-Muirhead wrote'),
    E('indirect', 'the expert, economist Lothar Brisbois, had drawn on three licenses signed by Hallbright to settle earlier lawsuits, two of which covered "entire product portfolios" rather than the two patents in the case', POM, POMk, 'said', mention='The judge', mctx='The judge said the expert'),
    E('indirect', 'Settlement licenses, the judge wrote, are "a notoriously unreliable yardstick" because they reflect the cost of avoiding litigation as much as the value of the technology', POM, POMk, 'wrote', mention='the judge', mctx='the judge wrote, are'),
    E('indirect', 'it would appeal to the Federal Circuit', HP, HPk, 'said', mention='Hallbright', mctx='Hallbright, a Boston-based'),
    E('direct', 'We are disappointed that the court has second-guessed a careful and unanimous jury,', CST, CSTk, 'said', mention=CST),
    E('direct', 'Corvanta has been found to infringe. That has not changed, and we intend to be paid for it.', CST, CSTk, '', mention=CST),
    E('indirect', 'the company was "pleased the court recognized the flaws" in the damages case and was confident it would "prevail on the remaining issues, including validity."', 'A Corvanta spokeswoman', 'spokeswoman|Corvanta', 'said', mention='A Corvanta spokeswoman'),
    E('indirect', 'Corvanta had "built a billion-dollar business on someone else\'s invention" and had ignored a warning letter for four years', IAF, IAFk, 'told', mention=IAF, mctx='Imogene Anyanwu-Ferrars of Gorran Fitch LLP, told jurors'),
    E('indirect', 'the patents described "an idea every engineer in the field already had"', AS, ASk, 'countered', mention=AS, mctx='Amadou Sato of Perrine Threadgill LLP, countered'),
    E('indirect', 'the jury to reject the infringement claims entirely', AS, ASk, 'urged', mention=AS, mctx='Amadou Sato of Perrine Threadgill LLP, countered'),
    E('indirect', 'the $412 million award was "more than three times" what it had earned in profit on the accused controllers over the same period', CS, CSk, 'argued', mention='Corvanta', mctx='Corvanta argued'),
    E('indirect', 'Corvanta\'s profit figures "bear no relationship" to the value the patents added to its products', HP, HPk, 'said', mention='Hallbright', mctx='Hallbright said in a filing'),
    E('indirect', 'he "need not decide" it because the expert\'s methodology was flawed from the start', POM, POMk, 'writing', mention='The judge', mctx='The judge did not address'),
    E('indirect', "the ruling fit a pattern of judges scrutinizing damages experts more closely after the Federal Circuit's 2024 decision in a dispute between two smartphone component makers", 'Patent lawyers not involved in the case', 'lawyers', 'said', mention='Patent lawyers not involved in the case'),
    E('direct', 'Ten years ago, a number like $412 million would probably have survived,', GK, GKk, 'said', mention=GK),
    E('direct', 'Today judges are reading the expert reports line by line.', GK, GKk, '', mention=GK),
]
# 08 Rest of World-style gig-platform labour story, Jakarta ride-hailing commission cap (curly quotes, punctuation inside; WhatsApp posts)
AP = 'Agung Pratama'
APk = 'Pratama'
SPDI = 'the Indonesian Online Drivers Union (SPDI)'
SPDIk = 'union|SPDI'
HS = 'Hendra Sitompul'
HSk = 'Sitompul'
PN = 'Paramitha Nainggolan'
PNk = 'Nainggolan|head of public affairs'
DS = 'Dwi Setiawati'
DSk = 'Setiawati'
YM = 'Yogi Marpaung'
YMk = 'Marpaung'
DOCS['08_rest_of_world_jakarta_ojol_commission_cap.txt'] = [
    E('indirect', 'A new “service fee” is eating into earnings', 'drivers', 'drivers', 'say', False, mention='drivers', mctx='drivers say, months'),
    E('direct', 'Every night I write down what the passenger paid and what I received,', AP, APk, 'told', mention='the 34-year-old'),
    E('direct', 'Since November, the gap has not become smaller. It has become bigger.', AP, APk, '', mention='the 34-year-old'),
    E('partial', 'a victory for the small people who keep this city moving.', 'Bambang Tjahjono', 'Tjahjono|Minister', 'called', mention='Bambang Tjahjono'),
    E('indirect', 'the platforms have clawed back much of the difference', 'drivers', 'drivers', 'say', mention='drivers', mctx='But drivers say'),
    E('indirect', 'that breaks the spirit of the rule', SPDI, SPDIk, 'says', mention='The union', mctx='The union says'),
    E('direct', 'They closed the front door and opened the back door,', HS, HSk, 'said', mention=HS),
    E('indirect', 'about 60,000 members in Greater Jakarta', SPDI, SPDIk, 'claims', False, mention='Indonesian Online Drivers Union'),
    E('indirect', 'the union would return to the streets on February 20 if the ministry did not act', HS, HSk, 'said', mention='He', mctx='He said the union'),
    E('direct', '10% on paper, 20% in my pocket,', 'one member', 'member', 'wrote', mention='one member'),
    E('direct', 'Who is the commission for? For the minister’s photo.', 'Another member', 'Another|member', 'posted', mention='Another', mctx='Another posted'),
    E('indirect', 'it is evading the cap', 'Ojekku', 'Ojekku|company', 'denies', mention='Ojekku', mctx='Ojekku denies'),
    E('indirect', 'the service fee paid for insurance, GPS infrastructure and a driver support hotline, and was “not a commission under any reading of the regulation.”', PN, PNk, 'said', mention=PN),
    E('direct', 'We fully comply with the rules set by the government,', PN, PNk, 'wrote', mention='she', mctx='she wrote'),
    E('direct', 'Our drivers today earn more per trip than at any point in our history.', PN, PNk, '', mention='she', mctx='she wrote'),
    E('indirect', 'her weekly income had fallen by about 150,000 rupiah since the fee was introduced', DS, DSk, 'said', mention=DS),
    E('indirect', 'She now works until midnight, she said, to make up the shortfall', DS, DSk, 'said', mention='she', mctx='midnight, she said'),
    E('indirect', 'officials were “studying the structure of the fees” and would meet platform representatives “in the near future.”', 'a ministry spokesperson', 'spokesperson|ministry', 'said', mention='a ministry spokesperson'),
    E('indirect', 'the dispute showed the limits of regulating by percentage', YM, YMk, 'said', mention=YM),
    E('direct', 'Any cap on a single line item invites the platforms to invent new line items,', YM, YMk, 'said', mention='he', mctx='items,” he said'),
    E('direct', 'What drivers need is a floor on what they take home per kilometre, and the right to see how the algorithm calculates it.', YM, YMk, '', mention='he', mctx='items,” he said'),
    E('indirect', 'Indonesian law still classifies ride-hailing drivers as “partners” rather than employees, leaving them without minimum wage protection or mandatory health insurance', YM, YMk, 'noted', mention='He', mctx='He noted'),
    E('indirect', 'her ministry was drafting a regulation to bring platform workers into the national social security scheme', 'Endang Rahmawati', 'Rahmawati|Minister', 'said', mention='Endang Rahmawati'),
    E('direct', 'The government won,', AP, APk, 'said', mention='he', mctx='won,” he said, switching'),
    E('direct', 'The apps won. I don’t know who lost. Maybe me.', AP, APk, '', mention='he', mctx='won,” he said, switching'),
]
# 09 MediaNama-style privacy story, rights group report on an airport face-scan scheme (straight single quotes, punctuation outside at times; "the report said" vs its author)
RPT = 'The report'
RPTk = 'report|Open Rights Collective|ORC'
MOCA = 'the Ministry of Civil Aviation'
MOCAk = 'ministry'
TM = 'Tejaswini Mukhopadhyay'
TMk = 'Mukhopadhyay|author'
SL = 'Saurabh Lokhande'
SLk = 'Lokhande|Joint Secretary'
RP = 'Rohini Patwardhan'
RPk = 'Patwardhan'
FQ = 'Faizan Qureshi'
FQk = 'Qureshi'
HD = 'Harsimran Dhillon'
HDk = 'Dhillon'
DOCS['09_medianama_style_airport_face_scan_report.txt'] = [
    E('indirect', "FaceBoard's privacy policy allows data sharing with airlines, ground handlers and 'law enforcement agencies as required'", RPT, RPTk, 'says', False, mention='The report', mctx='Summary: The report says'),
    E('indirect', 'data is deleted within 24 hours', MOCA, MOCAk, 'says', False, mention='the civil aviation ministry', mctx='the civil aviation ministry says'),
    E('indirect', 'The FaceBoard facial recognition system used for paperless entry at 24 Indian airports shares passenger data with at least 14 separate entities, including private ground-handling firms and an analytics vendor', RPT, RPTk, 'according to', mention='a report', mctx='according to a report released'),
    E('direct', 'FaceBoard was sold to the public as a convenience feature, but its data flows resemble those of a surveillance system,', RPT, RPTk, 'said', mention='the report', mctx="system,' the report said"),
    E('direct', 'Passengers are never told who receives their facial template, for how long, or for what purpose.', RPT, RPTk, '', mention='the report', mctx="system,' the report said"),
    E('indirect', "FaceBoard's privacy policy, last updated in March 2025, permits sharing with 'law enforcement agencies as required' without specifying which agencies or under what legal process", RPT, RPTk, 'found', False, mention='The report', mctx='The report found'),
    E('indirect', "contracts obtained under RTI showed an analytics vendor was given access to 'aggregated and anonymised' boarding data, but that the contract did not define 'anonymised'", RPT, RPTk, 'said', mention='It', mctx='It also said that'),
    E('indirect', 'the problem was less any one clause than the absence of a law governing the scheme', TM, TMk, 'said', mention=TM),
    E('direct', 'The Digital Personal Data Protection Act gives the government very wide exemptions,', TM, TMk, 'told', mention='Mukhopadhyay', mctx='Mukhopadhyay told MediaNama'),
    E('direct', 'So when the ministry says the data is safe, we have no independent way to check that.', TM, TMk, '', mention='Mukhopadhyay', mctx='Mukhopadhyay told MediaNama'),
    E('indirect', "none of the 112 passengers interviewed had been told FaceBoard was optional, and that 31 said airport staff had told them it was 'compulsory now'", TM, TMk, 'said', mention='She', mctx='She said none'),
    E('indirect', 'the Ministry of Civil Aviation publish a full list of entities receiving FaceBoard data, commission an independent audit, and make enrolment explicitly opt-in at every gate', RPT, RPTk, 'recommends', mention='The report', mctx='The report recommends that'),
    E('indirect', 'Parliament to bring facial recognition in public places under a dedicated law', RPT, RPTk, 'calls on', mention='It', mctx='It also calls on'),
    E('indirect', "FaceBoard 'does not store passenger facial data centrally' and that templates are deleted from airport systems 'within 24 hours of departure'", MOCA, MOCAk, 'said', mention='the ministry', mctx='the ministry said FaceBoard'),
    E('indirect', "enrolment was 'entirely voluntary' and that the scheme had 'processed over 9 crore journeys without a single data breach'", SL, SLk, 'said', mention=SL),
    E('indirect', "he would 'look into the specific contract'", SL, SLk, 'said', mention='he', mctx='he said he would'),
    E('indirect', 'all vendors were bound by confidentiality clauses', SL, SLk, 'added', mention='he', mctx='he said he would'),
    E('indirect', "it 'follows all applicable guidelines' and did not share FaceBoard data with third parties 'beyond what is required for airport operations'", 'Deccan Skyport Ltd', 'Deccan Skyport|Skyport', 'said', mention='Deccan Skyport Ltd'),
    E('indirect', 'she would raise the report in the winter session of Parliament', RP, RPk, 'posted', mention=RP),
    E('direct', 'If the data is deleted in 24 hours, why does an analytics firm need access to it?', RP, RPk, 'wrote', mention='she', mctx="she wrote"),
    E('indirect', "the ministry's assurances were 'policy, not law'", FQ, FQk, 'said', mention=FQ),
    E('indirect', "after the Supreme Court's 2017 privacy judgment, any state use of biometric data had to be backed by a statute that is necessary and proportionate", FQ, FQk, 'argued', mention='He', mctx='He argued'),
    E('indirect', "'a privacy policy on a website is not a statute'", FQ, FQk, 'adding', mention='He', mctx='He argued'),
    E('indirect', "FaceBoard saved him 'at least twenty minutes' each trip", HD, HDk, 'said', mention=HD),
    E('direct', 'Honestly, the airlines already know everything about me,', HD, HDk, 'said', mention='he', mctx="me,' he said"),
]
# 10 AFR-style shareholder AGM story, telco first strike after a national outage (straight quotes, punctuation outside at times; Mr/Ms without periods)
DO = 'Dymphna Ostrander'
DOk = 'Ostrander|Chair'
WH = 'Warrick Henniker'
WHk = 'Henniker|Chief executive'
SK = 'Spiros Kyriacou'
SKk = 'Kyriacou'
XC = 'Xanthe Coorey'
XCk = 'Coorey'
WP = 'Winsome Peploe'
WPk = 'Peploe'
GA = 'Glenister Advisory'
GAk = 'Glenister'
ACMA = 'The Australian Communications and Media Authority (ACMA)'
ACMAk = 'ACMA|Authority'
SP = 'Analysts at Geelong-based broker Strood Partners'
SPk = 'analysts|Strood Partners'
DOCS['10_afr_style_telco_agm_outage_strike.txt'] = [
    E('indirect', 'the outage was "the worst day in this company\'s history" and that the board "owns it, fully and without qualification"', DO, DOk, 'telling', mention=DO),
    E('direct', 'We let down our customers, including people who could not call triple zero. Nothing I say today changes that,', DO, DOk, 'said', mention='Ms Ostrander', mctx='that," Ms Ostrander said'),
    E('indirect', 'the company had since "separated upgrade and production environments", hired an independent network reviewer and set aside $65 million for customer credits', WH, WHk, 'told', mention=WH),
    E('indirect', 'the response did not go far enough', 'Saltbush Capital', 'Saltbush', 'said', mention='Saltbush Capital', mctx='activist investor Saltbush Capital'),
    E('indirect', 'the board had ignored two internal audit warnings about the upgrade process in 2025', SK, SKk, 'told', mention=SK),
    E('direct', 'The board had the information. It chose not to act,', SK, SKk, 'said', mention='Mr Kyriacou', mctx='act," Mr Kyriacou said'),
    E('direct', "Cutting one bonus in half is not accountability. It's a rounding error.", SK, SKk, '', mention='Mr Kyriacou', mctx='act," Mr Kyriacou said'),
    E('indirect', 'Coralink to commission and publish an external review of board oversight of network risk', 'Saltbush Capital', 'Saltbush', 'proposed', False, mention='Saltbush', mctx='Saltbush had proposed'),
    E('indirect', 'directors had ignored warnings', DO, DOk, 'rejected the suggestion', False, mention='Ms Ostrander', mctx='Ms Ostrander rejected'),
    E('indirect', 'the audit findings related to "documentation processes" and had been "closed out" before the August upgrade', DO, DOk, 'said', mention='She', mctx='She said the audit'),
    E('indirect', 'the independent review commissioned by management would be made public "in full" when completed in February', DO, DOk, 'adding', mention='She', mctx='She said the audit'),
    E('indirect', 'whether any director would step down', SK, SKk, 'asked', False, mention='Mr Kyriacou', mctx='Asked by Mr Kyriacou'),
    E('direct', 'The board will be judged by what we do next, and I intend to be here to do it.', DO, DOk, 'replied', mention='she', mctx='she replied:'),
    E('indirect', "her eftpos terminals were down for the whole of a Saturday in the lead-up to Father's Day", XC, XCk, 'said', mention=XC),
    E('direct', 'I lost about four thousand dollars that day. I got a $20 credit,', XC, XCk, 'said', mention='Ms Coorey', mctx='Ms Coorey said, to applause'),
    E('direct', "I'm a shareholder and a customer and I'm not happy as either.", XC, XCk, '', mention='Ms Coorey', mctx='Ms Coorey said, to applause'),
    E('indirect', 'the group had voted against the remuneration report because Mr Henniker\'s long-term incentives "still reward growth at the expense of resilience"', WP, WPk, 'said', mention=WP),
    E('indirect', 'shareholders vote against the pay report', GA, GAk, 'recommended', mention=GA),
    E('indirect', 'the board had "exercised its discretion too lightly" in cutting only the short-term bonus', GA, GAk, 'saying', mention=GA),
    E('indirect', 'the government would legislate minimum standards for network resilience "so that no Australian is left unable to call an ambulance because of a software patch"', 'Jocasta Brauchli', 'Brauchli|Minister', 'said', mention='Jocasta Brauchli'),
    E('indirect', 'its investigation was "well advanced" and that it expected to announce its findings before the end of the year', ACMA, ACMAk, 'said', mention='ACMA', mctx='ACMA said its'),
    E('indirect', 'the vote was "a warning shot rather than a crisis"', SP, SPk, 'said', mention=SP),
    E('indirect', 'a second strike would be "very much in play" if the ACMA findings were damaging', SP, SPk, 'warned', mention=SP),
]
# @@DOCS@@
# --- END DOCS ---
def main():
    out = {'about': 'heldout20: technology, regulation and corporate accountability news articles written and annotated blind (helper session B20), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout19: start/end are UTF-8 byte '
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
