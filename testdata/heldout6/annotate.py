#!/usr/bin/env python3
"""Builds reference.json for testdata/heldout6 from hand annotations.

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

RM = 'Ruairidh MacAonghais'
MD = 'Morag Dhòmhnallach'
SA = 'Sigrid Aas-Haugland'
EF = 'Eilidh Fraser-Mackenzie'
DOCS['01_guardian_longread_salmon.txt'] = [
    E('direct', 'When I was a boy you could take a bucket of mussels off those rocks,', RM, 'MacAonghais', 'says', mention='he', mctx='rocks,” he says'),
    E('direct', 'Now I wouldn’t let a dog swim there.', RM, 'MacAonghais', '', mention='he', mctx='rocks,” he says'),
    E('indirect', 'waste from the cages has smothered the seabed and driven the sea trout out of the island’s rivers', RM, 'MacAonghais', 'insists', mention='He', mctx='He insists'),
    E('indirect', 'without it the primary school would already have closed', 'Nordhav Aqua', 'Nordhav', 'argues', mention='Nordhav Aqua'),
    E('direct', 'People forget what this place was like in 2012,', MD, 'Dhòmhnallach|Morag', 'says', mention=MD, mctx='says Morag Dhòmhnallach, who'),
    E('direct', 'The ferry was half empty. Every year another family left. The farm turned that around, and I don’t care who knows I said it.', MD, 'Dhòmhnallach|Morag', '', mention=MD, mctx='says Morag Dhòmhnallach, who'),
    E('indirect', 'the early years were “not our finest hour”', SA, 'Aas-Haugland', 'concedes', mention='she', mctx='she concedes'),
    E('indirect', 'Mortality in the cages reached 28% in 2017', 'figures the company filed with the Scottish government', 'figures', 'according to', mention='figures the company filed with the Scottish government'),
    E('direct', 'We made mistakes, and the island paid for some of them,', SA, 'Aas-Haugland', 'says', mention='she', mctx='them,” she says'),
    E('direct', 'But the farm you see today is not the farm of 2017. We have cut our use of chemical treatments by two-thirds, and we publish our sea-lice counts every week.', SA, 'Aas-Haugland', '', mention='she', mctx='them,” she says'),
    E('indirect', 'the company has not won back the trust of its critics', SA, 'Aas-Haugland', 'acknowledges', mention='She', mctx='She acknowledges'),
    E('direct', 'Some of them will never accept us. I understand that. I would just ask them to look at the numbers.', SA, 'Aas-Haugland', '', mention='She', mctx='She acknowledges'),
    E('indirect', 'the seabed within 100 metres of the cages was “functionally dead”', 'A 2023 survey commissioned by Save Our Sound', 'survey', 'found', False, mention='A 2023 survey commissioned by Save Our Sound'),
    E('indirect', 'the impact was “within permitted limits” and reversible', 'Nordhav’s own consultants', 'consultants', 'concluded', False, mention='Nordhav’s own consultants'),
    E('indirect', 'the two reports are less contradictory than either side claims', EF, 'Fraser-Mackenzie', 'argues', mention='Dr Eilidh Fraser-Mackenzie'),
    E('direct', 'They measured different things in different places,', EF, 'Fraser-Mackenzie', 'told', mention='she', mctx='places,” she told me'),
    E('direct', 'Both can be true. What neither of them can tell you is what the sound will look like in twenty years.', EF, 'Fraser-Mackenzie', '', mention='she', mctx='places,” she told me'),
    E('partial', 'a jewel in the crown of the Scottish economy', 'the then rural affairs secretary', 'secretary', 'described … as', mention='the then rural affairs secretary'),
    E('indirect', 'its growth had come “at the expense of the environment”', 'a Holyrood committee', 'committee', 'warned', mention='a Holyrood committee'),
    E('indirect', 'to tighten the rules', 'ministers', 'ministers', 'promised', mention='ministers', mctx='ministers have since promised'),
    E('indirect', 'new regulations on seabed monitoring would be published “before the end of the year”', 'A government spokesperson', 'spokesperson', 'said', mention='A government spokesperson'),
    E('indirect', 'he and Morag Dhòmhnallach’s late husband once fished the same creels', RM, 'MacAonghais', 'recalls', mention='MacAonghais', mctx='MacAonghais recalls'),
    E('indirect', 'Now, he admits, they cross the road to avoid each other', RM, 'MacAonghais', 'admits', mention='he', mctx='Now, he admits'),
    E('direct', 'It’s a small island,', RM, 'MacAonghais', 'says', mention='he', mctx='island,” he says'),
    E('direct', 'You can’t hate someone for ever when you share a ferry with them twice a week.', RM, 'MacAonghais', '', mention='he', mctx='island,” he says'),
    E('direct', 'But I’ll tell you this. If that farm is still there when I die, I want my ashes scattered right on top of it.', RM, 'MacAonghais', '', mention='he', mctx='island,” he says'),
]

PS = 'Priya Sandhu-Whitlock'
GA = 'Sir Geoffrey Amherst-Pole'
RF = 'Richard Fenwick-Dunn'
AM = 'Ailsa McCrimmon-Reid'
CC = 'the County Councils Network'
DOCS['02_commons_bus_bill.txt'] = [
    E('indirect', 'the money to pay for it had not yet been found', 'MPs on both sides', 'MPs', 'warned', mention='MPs on both sides'),
    E('direct', "Where's the money?", 'Some Conservative MPs', 'MPs|Conservative', 'shouted', mention='Some Conservative MPs'),
    E('indirect', 'more than 1,000 rural routes had been cut since 2015 and that "whole villages have been left stranded"', PS, 'Sandhu-Whitlock|minister', 'told', mention=PS),
    E('direct', "For too long, if you lived in the countryside and didn't drive, you were treated as a second-class citizen,", PS, 'Sandhu-Whitlock', 'said', mention='she', mctx='citizen," she said'),
    E('direct', 'This bill ends that.', PS, 'Sandhu-Whitlock', '', mention='she', mctx='citizen," she said'),
    E('indirect', 'the government would provide £240m over three years to help councils set up franchising schemes', PS, 'Sandhu-Whitlock', 'said', mention='She', mctx='She said the government'),
    E('indirect', 'the sum was "a drop in the ocean" and amounted to less than £1 a week for each rural household', GA, 'Amherst-Pole', 'said', mention=GA),
    E('direct', 'The minister has given councils a new set of keys," he told MPs, "but she has not given them a car.', GA, 'Amherst-Pole', 'told', mention='he', mctx='he told MPs'),
    E('indirect', 'whether the minister would commit to protecting routes used by schoolchildren', 'Dame Helen Oyinlola-Marsh', 'Oyinlola-Marsh', 'asked', False, mention='Dame Helen Oyinlola-Marsh'),
    E('indirect', 'school transport was funded separately', PS, 'Sandhu-Whitlock', 'replied', mention='Ms Sandhu-Whitlock'),
    E('indirect', 'she would "look carefully" at the point', PS, 'Sandhu-Whitlock', 'said', mention='Ms Sandhu-Whitlock'),
    E('indirect', 'they would support the bill', 'Several Conservative backbenchers', 'backbenchers', 'said', mention='Several Conservative backbenchers'),
    E('indirect', 'ministers to go further', 'Several Conservative backbenchers', 'backbenchers', 'urged', mention='Several Conservative backbenchers'),
    E('indirect', 'his constituents faced a "two-hour round trip on a bus that comes twice a day" to reach the nearest hospital', RF, 'Fenwick-Dunn', 'said', mention=RF),
    E('direct', 'I was elected to represent them, not to explain to them why the timetable has been cut again,', RF, 'Fenwick-Dunn', 'said', mention='Mr Fenwick-Dunn'),
    E('direct', 'Madam Deputy Speaker, I have had enough of explaining.', RF, 'Fenwick-Dunn', '', mention='Mr Fenwick-Dunn'),
    E('indirect', 'the bill was welcome but late', AM, 'McCrimmon-Reid', 'said', mention=AM),
    E('partial', 'the right answer to the wrong question', AM, 'McCrimmon-Reid', 'called', mention='She', mctx='She called franchising'),
    E('indirect', 'many councils lacked the staff to run a tender', AM, 'McCrimmon-Reid', 'argued', mention='She', mctx='She called franchising'),
    E('direct', 'Most county councils have one transport officer,', AM, 'McCrimmon-Reid', 'said', mention='she', mctx='officer," she said'),
    E('direct', 'One. You cannot run a franchise with one officer and a spreadsheet.', AM, 'McCrimmon-Reid', '', mention='she', mctx='officer," she said'),
    E('indirect', 'the bill would not apply in Scotland', 'Calum MacLennan-Shah', 'MacLennan-Shah', 'noted', mention='Calum MacLennan-Shah'),
    E('indirect', 'ministers in Edinburgh would be "watching closely"', 'Calum MacLennan-Shah', 'MacLennan-Shah', 'said', mention='Calum MacLennan-Shah'),
    E('indirect', 'it welcomed the new powers', CC, 'Network|County Councils', 'said in a statement', mention=CC),
    E('indirect', 'without long-term funding, franchising would remain "a paper promise"', CC, 'Network|County Councils', 'warned', mention=CC),
    E('partial', 'a start, and only a start', 'Better Buses Now', 'Better Buses', 'called', mention='Better Buses Now'),
    E('indirect', 'rural passengers had "heard warm words from every government for twenty years"', 'Jonathan Ekwueme-Hart', 'Ekwueme-Hart', 'said', mention='Jonathan Ekwueme-Hart'),
    E('indirect', 'ministers expected the bill to reach the statute book by next spring, and that further funding would be considered at the spending review', 'A government source', 'source', 'said', mention='A government source'),
    E('direct', 'This is not the end of the road for rural buses. It is the start of the route back.', 'Tobias Hargreaves-Nnamdi', 'Hargreaves-Nnamdi', 'told', mention='Tobias Hargreaves-Nnamdi'),
]

PF = 'people familiar with the matter'
ZW = 'Zhang Weiming'
LY = 'Liu Yanqing'
HP = 'analysts at Harwick Pryce & Co. led by Andrea Kowalczyk-Ruiz'
ME = 'Matías Echeverría Lagos'
DOCS['03_bloomberg_copper_bid.txt'] = [
    E('indirect', 'Huaxin Nonferrous Metals Group Co. is exploring a takeover of Cobre Andino Resources Ltd., a Toronto-listed copper miner with assets in Chile and Peru, in what would be one of the largest Chinese mining acquisitions in South America', PF, 'people', 'according to', mention=PF),
    E('indirect', 'The Beijing-based company has been working with advisers on a potential offer that could value Cobre Andino at about $6 billion including debt', PF, 'people', 'said', mention='the people', mctx='said the people, who'),
    E('indirect', 'A bid could come as soon as next month', PF, 'people', 'said', mention='they', mctx='next month, they said'),
    E('indirect', 'Deliberations are at an early stage and Huaxin may decide not to proceed', PF, 'people', 'said', mention='the people', mctx='proceed, the people said'),
    E('indirect', 'it "does not comment on market rumors or speculation."', 'Cobre Andino Resources Ltd.', 'Cobre Andino|Andino', 'said in an emailed statement', mention='Cobre Andino', mctx='Cobre Andino said in an emailed'),
    E('indirect', 'the company wanted to "double our copper output by 2030, through our own mines and through partnerships."', ZW, 'Zhang', 'told', mention=ZW),
    E('direct', 'Chinese buyers have been priced out of a lot of deals in the last two years because of regulatory pushback in the West,', LY, 'Liu', 'said', mention=LY),
    E('direct', 'Latin America is where they still have room to move.', LY, 'Liu', '', mention=LY),
    E('direct', "We'd put the odds of a clean approval at well under 50%,", HP, 'analysts|Harwick|Kowalczyk-Ruiz', 'wrote in a note to clients', mention=HP),
    E('indirect', "a bidder might have to agree to sell Cobre Andino's Canadian exploration assets to win over Ottawa", HP, 'analysts|Harwick|Kowalczyk-Ruiz', 'said', mention='They', mctx='They said a bidder'),
    E('indirect', 'the board is open to "any proposal that recognizes the full value of our assets."', ME, 'Echeverría', 'has said', mention=ME),
    E('indirect', "the company's Quebrada Honda project in northern Chile could produce 180,000 tons of copper a year by 2029", ME, 'Echeverría', 'said', mention='he', mctx='May, he said'),
    E('indirect', 'At least one other party has looked at Cobre Andino in recent months', 'one of the people familiar with the matter', 'people|one', 'according to', mention='one of the people'),
    E('indirect', 'Bertrand-Vasseur Mining Corp. approached the company last year but walked away over price', 'people familiar with that discussion', 'people', 'said', mention='people familiar with that discussion'),
    E('indirect', 'the company "regularly reviews opportunities" and had nothing further to add', 'A spokesperson for Bertrand-Vasseur', 'spokesperson', 'said', mention='A spokesperson for Bertrand-Vasseur'),
    E('indirect', 'Chile "welcomes foreign investment that respects our environmental and labor standards, wherever it comes from."', 'Aurora Benavides Quiroga', 'Benavides', 'said in an emailed response', mention='Aurora Benavides Quiroga'),
]

KS = 'Kiprotich arap Sang'
JK = 'Jane Chelimo Kurgat'
WR = 'Wilson Kibet Rono'
FT = 'Faith Jepkosgei Too'
BS = 'Benard Kiplagat Sitienei'
GW = 'Grace Wanjiru Ndung’u'
DOCS['04_kenya_tea_farmers.txt'] = [
    E('indirect', 'they will stop delivering green leaf', 'Tea farmers in Nandi County', 'farmers', 'say', False, mention='they', mctx='which they say'),
    E('indirect', 'growers had not received their annual bonus since May despite the factory declaring a profit', KS, 'Sang', 'said', mention='Mzee Kiprotich arap Sang'),
    E('direct', 'We are tired of promises. Our children have been sent home from school for fees while the factory directors drive new cars,', KS, 'Sang', 'said', mention='Mzee arap Sang'),
    E('partial', 'unnecessary trips', KS, 'Sang', 'accused', mention='He', mctx='He accused'),
    E('indirect', 'an audit of the factory’s accounts', KS, 'Sang', 'demanded', False, mention='He', mctx='He accused'),
    E('indirect', 'she would table a motion in the county assembly seeking a probe into the management of all tea factories in the county', JK, 'Kurgat|Chelimo', 'said', mention='Hon. Jane Chelimo Kurgat'),
    E('direct', 'Hii pesa ni ya wakulima, si ya wakurugenzi,', JK, 'Kurgat|Chelimo', 'said', mention='she', mctx='she said in Kiswahili'),
    E('direct', 'This money belongs to the farmers, not the directors.', JK, 'Kurgat|Chelimo', 'meaning', False, mention='she', mctx='she said in Kiswahili'),
    E('indirect', 'the farmers to remain calm and to air their grievances peacefully', 'Daniel Kiptoo Langat', 'Langat|Chief', 'urged', mention='Chief Daniel Kiptoo Langat'),
    E('indirect', 'the directors had misused funds', WR, 'Rono', 'denied', mention='Mr. Wilson Kibet Rono'),
    E('indirect', 'the delay had been caused by late payments from buyers at the Mombasa tea auction', WR, 'Rono', 'said', mention='Mr. Wilson Kibet Rono'),
    E('direct', 'The money will be paid. We have already received part of it and the board will meet next week to approve the payment schedule,', WR, 'Rono', 'said', mention='Mr. Rono', mctx='Mr. Rono said, adding'),
    E('indirect', 'farmers would receive Sh12 per kilogramme of green leaf delivered', WR, 'Rono', 'adding', mention='Mr. Rono', mctx='Mr. Rono said, adding'),
    E('indirect', 'the farmers to be patient and to continue delivering their leaf', WR, 'Rono', 'appealed to', mention='He', mctx='He appealed'),
    E('indirect', 'the county government was concerned about the delays, which she said were affecting more than 12,000 small-scale growers', FT, 'Jepkosgei|Too', 'said', mention='Dr. Faith Jepkosgei Too'),
    E('indirect', 'the Tea Act of 2020 required factories to pay farmers within 30 days of receiving auction proceeds', FT, 'Jepkosgei|Too', 'said', mention='She', mctx='She said the Tea Act'),
    E('indirect', 'the county would “not hesitate to take action” against factories that failed to comply', FT, 'Jepkosgei|Too', 'warned', mention='She', mctx='She said the Tea Act'),
    E('indirect', 'he would raise the matter with the Tea Board of Kenya', BS, 'Sitienei', 'said', mention='Hon. Benard Kiplagat Sitienei'),
    E('direct', 'Our farmers cannot continue to be treated like beggars on their own farms. This is their sweat,', BS, 'Sitienei|Senator', 'said', mention='the Senator'),
    E('indirect', 'they had been forced to borrow from shylocks to pay school fees', 'Farmers who spoke to KNA', 'Farmers', 'said', mention='Farmers who spoke to KNA'),
    E('indirect', 'she had borrowed Sh20,000 in June', 'Esther Jerotich', 'Jerotich', 'said', mention='Mama Esther Jerotich'),
    E('direct', 'Now the interest is more than the loan. If the bonus does not come, I will have to sell my cow,', 'Esther Jerotich', 'Jerotich', 'told', mention='she', mctx='she told KNA'),
    E('indirect', 'the factory had not held an annual general meeting since 2023', 'Joseph Kipkemboi Biwott', 'Biwott', 'said', mention='Mr. Joseph Kipkemboi Biwott'),
    E('direct', 'We are the owners of this factory, but we are treated like visitors. Nobody tells us anything,', 'Joseph Kipkemboi Biwott', 'Biwott', 'said', mention='he', mctx='anything,” he said'),
    E('indirect', 'delayed bonuses had been reported in at least nine factories in the North Rift region this year', GW, 'Ndung’u|Wanjiru|KETGWA', 'said in a statement', mention='Mrs. Grace Wanjiru Ndung’u'),
    E('indirect', 'the Ministry of Agriculture to “crack the whip” on factory boards that withheld farmers’ earnings', GW, 'Ndung’u|Wanjiru|KETGWA', 'called on', mention='She', mctx='She called on'),
    E('indirect', 'the country earned Sh180 billion from tea exports last year, with small-scale farmers producing about 60 per cent of the crop', 'the Tea Board of Kenya', 'Tea Board|Board', 'according to', mention='the Tea Board of Kenya', mctx='According to the Tea Board of Kenya'),
]

SR = 'Siân ap Rhys'
DM = 'Dafydd Morgan-Evans'
EP = 'Eleri Price-Thomas'
TL = 'Tomos Lewis-Ndiaye'
DOCS['05_magistrates_egg_collector.txt'] = [
    E('indirect', 'he could be jailed', EP, 'Price-Thomas|bench|court|magistrates', 'has been warned', False, mention='Mrs Eleri Price-Thomas', mctx='Mrs Eleri Price-Thomas said'),
    E('indirect', 'officers from Dyfed-Powys Police found the eggs in 14 wooden cabinets during a search of Pryce-Vaughan’s home in March', SR, 'ap Rhys|Rhys', 'told', mention=SR),
    E('indirect', 'some of the eggs had been taken as recently as last spring, and that Pryce-Vaughan kept notebooks recording where and when each clutch had been collected', SR, 'ap Rhys|Rhys|prosecution|court', 'heard', False, mention=SR),
    E('direct', 'This was not a childhood hobby that got out of hand,', SR, 'ap Rhys|Rhys', 'said', mention='Ms ap Rhys'),
    E('direct', 'These notebooks show planning, repeated trips and a clear knowledge that what he was doing was illegal.', SR, 'ap Rhys|Rhys', '', mention='Ms ap Rhys'),
    E('indirect', 'one entry, dated May 2024, described climbing to an osprey nest near the River Tywi while the parent birds ‘circled overhead calling’', SR, 'ap Rhys|Rhys', 'said', mention='She', mctx='She said one entry'),
    E('indirect', 'the collection was ‘one of the largest we have ever seen in Wales’', 'Rhian Hughes-Lloyd', 'Hughes-Lloyd', 'told', mention='PC Rhian Hughes-Lloyd'),
    E('block', 'Every egg in those cabinets is a bird that never flew. Ospreys were lost as a breeding species in Wales for more than a century, and each nest is still watched around the clock by volunteers during the nesting season.', 'Adar Cymru', 'Adar Cymru|Adar|charity', ':', mention='Adar Cymru', mctx='the bird charity Adar Cymru said:'),
    E('indirect', 'his client had started collecting as a boy in the 1960s, when it was ‘a perfectly ordinary thing for country children to do’', DM, 'Morgan-Evans', 'said', mention=DM),
    E('direct', 'He accepts that the law changed and he did not change with it,', DM, 'Morgan-Evans', 'said', mention='Mr Morgan-Evans'),
    E('direct', 'He is ashamed, and he has co-operated fully with the police from the moment they knocked on his door.', DM, 'Morgan-Evans', '', mention='Mr Morgan-Evans'),
    E('indirect', 'his client had offered to hand the notebooks to researchers so that the records could be used for conservation', DM, 'Morgan-Evans', 'told', mention='He', mctx='He told magistrates'),
    E('indirect', 'the offences were too serious to be dealt with by magistrates', EP, 'Price-Thomas', 'said', mention='Mrs Eleri Price-Thomas'),
    E('direct', 'You should understand that all options, including custody, remain open,', EP, 'Price-Thomas', 'told', mention='she', mctx='she told him'),
    E('indirect', 'egg collecting remained ‘a real threat’ to some of Wales’s rarest birds', TL, 'Lewis-Ndiaye', 'said', mention=TL),
    E('direct', 'People think this died out in the eighties. It didn’t,', TL, 'Lewis-Ndiaye', 'said', mention='he', mctx='didn’t,’ he said'),
    E('direct', 'There is still a small, determined network of collectors, and they go after the birds that can least afford it.', TL, 'Lewis-Ndiaye', '', mention='he', mctx='didn’t,’ he said'),
    E('indirect', 'the osprey population in west Wales had only recovered in the last 15 years and stood at fewer than 20 breeding pairs', TL, 'Lewis-Ndiaye', 'added', mention='He', mctx='He added that'),
    E('indirect', 'the force welcomed the guilty pleas and would ‘continue to target those who exploit our wildlife’', 'A Dyfed-Powys Police spokesman', 'spokesman', 'said', mention='A Dyfed-Powys Police spokesman'),
]

AF = 'Disaster and Emergency Management Authority'
AK = 'AFAD|Authority|agency'
HY = 'Hatice Yıldırım'
OK = 'Ömer Faruk Karaağaçlı'
AD = 'Aurélien Dufour-Mbemba'
ZA = 'Zeynep Aktaş-Korkmaz'
MO = 'Mehmet Ali Özbek-Tunç'
DOCS['06_afp_turkey_quake.txt'] = [
    E('indirect', 'The death toll from a powerful earthquake that struck eastern Turkey overnight rose to 38 on Saturday', AF, AK, 'said', mention='the country’s disaster agency'),
    E('indirect', 'The 6.4-magnitude quake hit at 2:17 am (2317 GMT Friday) near the town of Pütürge in Malatya province', AF, AK, 'according to', mention='the Disaster and Emergency Management Authority'),
    E('indirect', 'More than 410 people were injured and at least 160 buildings collapsed', AF, AK, 'said in a statement', mention='AFAD', mctx='AFAD said in a statement'),
    E('indirect', '3,200 rescue workers had been sent to the region', AF, AK, 'adding', mention='AFAD', mctx='AFAD said in a statement'),
    E('direct', 'My sister and her two children are under there. We heard her voice until seven o’clock this morning, then nothing,', HY, 'Yıldırım', 'told', mention=HY),
    E('direct', 'Please, God, let them bring her out,', HY, 'Yıldırım', 'said', mention='she', mctx='out,” she said'),
    E('indirect', 'the search would continue “until the last citizen is reached.”', OK, 'Karaağaçlı', 'said', mention=OK),
    E('direct', 'The state is here with all its means. No one will be left alone,', OK, 'Karaağaçlı', 'told', mention='he', mctx='he told reporters'),
    E('indirect', 'The quake was felt as far away as Diyarbakır and Gaziantep, where residents rushed into the streets in panic', 'local media', 'media', 'reported', mention='local media'),
    E('indirect', 'At least 27 aftershocks were recorded in the hours that followed, the strongest measuring 4.9', AF, AK, 'said', mention='AFAD', mctx='4.9, AFAD said'),
    E('indirect', 'conditions were among the hardest his team had faced', AD, 'Dufour-Mbemba', 'said', mention='Lieutenant-Colonel Aurélien Dufour-Mbemba'),
    E('direct', 'Il fait moins dix la nuit, et chaque heure compte', AD, 'Dufour-Mbemba', 'told', mention='he', mctx='he told AFP. “It'),
    E('direct', 'It is minus ten at night, and every hour counts.', AD, 'Dufour-Mbemba', '', False, mention='he', mctx='he told AFP. “It'),
    E('indirect', 'the quake had occurred on a segment of the East Anatolian Fault that did not break in the devastating earthquakes of February 2023', ZA, 'Aktaş-Korkmaz', 'said', mention='Prof. Zeynep Aktaş-Korkmaz'),
    E('direct', 'We have been warning about this segment for two years,', ZA, 'Aktaş-Korkmaz', 'told', mention='she', mctx='she told AFP by telephone'),
    E('direct', 'Unfortunately, many buildings in the region were not ready.', ZA, 'Aktaş-Korkmaz', '', mention='she', mctx='she told AFP by telephone'),
    E('indirect', 'Many of the collapsed buildings were built before 1999', MO, 'Özbek-Tunç', 'according to', mention=MO),
    E('partial', 'an immediate inspection of every older building in the province.', MO, 'Özbek-Tunç', 'called for', False, mention=MO),
    E('indirect', 'he had spent the night in his car with his wife and three grandchildren', 'Mustafa Kılıç', 'Kılıç', 'said', mention='Mustafa Kılıç'),
    E('direct', 'The house is standing, but there is a crack as wide as my hand in the wall. Who would sleep inside?', 'Mustafa Kılıç', 'Kılıç', 'said', mention='the 68-year-old farmer'),
    E('indirect', 'it had set up 1,500 tents and was distributing hot meals and blankets', 'Turkish Red Crescent', 'Crescent|Kızılay', 'said', mention='The Turkish Red Crescent'),
    E('block', 'France stands with the Turkish people in this painful moment. Our rescuers will stay in Malatya for as long as they are needed.', 'the French embassy in Ankara', 'embassy|France', 'wrote', mention='the French embassy in Ankara'),
    E('indirect', 'Schools in Malatya and two neighbouring provinces will remain closed for a week', 'the governor’s office', 'governor', 'announced', mention='the governor’s office'),
    E('direct', 'We had just started to forget,', 'Emine Şahin-Doğan', 'Şahin-Doğan', 'said', mention='Emine Şahin-Doğan'),
    E('direct', 'Now it starts again.', 'Emine Şahin-Doğan', 'Şahin-Doğan', '', mention='Emine Şahin-Doğan'),
]

DQ = 'Dev Malhotra-Quinn'
MOp = 'Meridian Optics'
NO = 'Nadia Okonjo-Baptiste'
IO = 'Ingrid Oyelaran-Strand'
MC = 'Mei-Lin Castellanos'
PV = 'Priyanka Venkatesan-Hale'
DOCS['07_tech_glasses_keynote.txt'] = [
    E('direct', "We didn't want to build a computer you wear on your face,", DQ, 'Malhotra-Quinn', 'told', mention=DQ),
    E('direct', 'We wanted to build glasses that happen to be smart.', DQ, 'Malhotra-Quinn', '', mention=DQ),
    E('indirect', 'The glasses, called Vantage One, weigh 41 grams, about the same as a regular pair of sunglasses, and will ship in the U.S. and Canada on Nov. 14', MOp, 'Meridian|company', 'said', mention='the company', mctx='Nov. 14, the company said'),
    E('direct', "It's a finch in spirit,", DQ, 'Malhotra-Quinn', 'joked', mention='he', mctx='he joked'),
    E('indirect', 'the company had spent four years on the glasses and had "thrown away three complete prototypes because they made people look like cyborgs."', DQ, 'Malhotra-Quinn', 'wrote', mention='Malhotra-Quinn', mctx='Malhotra-Quinn wrote that'),
    E('direct', 'Privacy is not a feature we bolted on at the end,', DQ, 'Malhotra-Quinn', 'wrote', mention='he', mctx='he wrote in the post'),
    E('direct', 'Every photo the glasses take stays on your phone unless you choose to share it, and a light on the frame tells everyone around you when the camera is on.', DQ, 'Malhotra-Quinn', '', mention='he', mctx='he wrote in the post'),
    E('indirect', 'an indicator light was "the bare minimum" and that people being recorded had no way to opt out', NO, 'Okonjo-Baptiste', 'said', mention=NO),
    E('direct', 'A little LED is not consent,', NO, 'Okonjo-Baptiste', 'wrote on Bluesky', mention='she', mctx='she wrote on Bluesky'),
    E('direct', "If you're sitting across from someone on the train, you didn't agree to be part of their AI's training data.", NO, 'Okonjo-Baptiste', '', mention='she', mctx='she wrote on Bluesky'),
    E('indirect', 'images captured by the glasses were "never used to train our models" and that it would publish an independent privacy audit before the glasses shipped', MOp, 'Meridian|company', 'said in a statement', mention='Meridian', mctx='Meridian said in a statement'),
    E('indirect', "most of the assistant's processing ran on a custom chip inside the frame, and that only complex requests were sent to the cloud", IO, 'Oyelaran-Strand', 'told', mention='Dr. Ingrid Oyelaran-Strand'),
    E('indirect', 'the glasses would last about six hours with "moderate use," less than some competing devices', IO, 'Oyelaran-Strand', 'acknowledged', mention='she', mctx='she acknowledged'),
    E('direct', "We made a trade-off. We chose a lighter frame over a bigger battery, and I'd make that choice again,", IO, 'Oyelaran-Strand', 'said', mention='Oyelaran-Strand', mctx='again," Oyelaran-Strand said'),
    E('indirect', "the price could limit the glasses' appeal beyond early adopters", 'Analysts', 'Analysts|analysts', 'said', mention='Analysts', mctx='Analysts said'),
    E('direct', 'At $799, this is a product for enthusiasts and developers, not for your parents,', MC, 'Castellanos', 'said', mention=MC),
    E('direct', 'The real test is whether Meridian can get the price under $500 in the second generation.', MC, 'Castellanos', '', mention=MC),
    E('indirect', 'Meridian could sell between 250,000 and 400,000 pairs in the first year', MC, 'Castellanos', 'estimated', False, mention='She', mctx='She estimated'),
    E('indirect', 'Meridian raised $420 million last year at a valuation of $3.1 billion', 'PitchBook data', 'PitchBook', 'according to', mention='PitchBook data'),
    E('direct', 'The hard part starts when the reviews come in.', 'Tobias Adeyemi-Lang', 'Adeyemi-Lang', 'added', mention='Tobias Adeyemi-Lang'),
    E('indirect', 'the glasses could be "life-changing" for her customers if the assistant proved reliable', PV, 'Venkatesan-Hale', 'said', mention=PV),
    E('direct', "For someone who can't see the street sign, two seconds is fast enough,", PV, 'Venkatesan-Hale', 'said', mention='she', mctx='enough," she said'),
    E('direct', 'Ten seconds is not.', PV, 'Venkatesan-Hale', '', mention='she', mctx='enough," she said'),
]

HT = 'Harlan J. Tuttle'
TA = 'Two administration officials'
OF = 'one of the two administration officials'
CM = 'Celeste Moreau-Vance'
MDO = 'Marguerite Delacroix-Obi'
TK = 'Thaddeus Krall-Whitmore'
DW = 'Dana Whitlow-Estrada'
DOCS['08_us_senate_hold.txt'] = [
    E('indirect', 'Sen. Harlan J. Tuttle, R-Idaho, placed a hold on the nomination of Rear Adm. Celeste Moreau-Vance on Wednesday', 'two congressional aides familiar with the move', 'aides', 'according to', mention='two congressional aides familiar with the move'),
    E('indirect', 'he would keep the hold in place until the Navy delivered “a credible schedule and a credible price” for the Sentinel-class frigate', HT, 'Tuttle', 'wrote', mention='Tuttle', mctx='Tuttle wrote that'),
    E('direct', 'The taxpayers have been patient. The sailors have been patient. I’m done being patient,', HT, 'Tuttle', 'said in a statement emailed to reporters', mention='Tuttle', mctx='patient,” Tuttle said'),
    E('indirect', 'The Navy now expects the first ship to be delivered no earlier than 2029', 'a Government Accountability Office report released in June', 'report|Government Accountability Office|GAO', 'according to', mention='a Government Accountability Office report released in June'),
    E('indirect', 'the White House was frustrated by the hold and viewed Moreau-Vance as the person best placed to fix the program', TA, 'officials', 'said', mention=TA),
    E('direct', 'She’s the one who’s been sounding the alarm,', OF, 'officials|one', 'said', mention='one of the officials'),
    E('direct', 'Blocking her is like blaming the smoke detector for the fire.', OF, 'officials|one', '', mention='one of the officials'),
    E('indirect', 'the service “remains committed to delivering the Sentinel-class frigate to the fleet as quickly as possible” and was working with Congress “to provide the transparency it rightly expects.”', 'Julia Astorga-Reyes', 'Astorga-Reyes', 'said in an emailed statement', mention='Cmdr. Julia Astorga-Reyes'),
    E('indirect', 'the program had suffered from “design changes made after construction began,”', CM, 'Moreau-Vance', 'told', mention='Moreau-Vance', mctx='Moreau-Vance, a former submarine officer'),
    E('indirect', 'to publish a new schedule within 90 days of taking office', CM, 'Moreau-Vance', 'promised', mention='Moreau-Vance', mctx='Moreau-Vance, a former submarine officer'),
    E('partial', 'a stunt', MDO, 'Delacroix-Obi', 'called', mention='Sen. Marguerite Delacroix-Obi'),
    E('indirect', 'it would only delay the fixes Tuttle says he wants', MDO, 'Delacroix-Obi', 'said', mention='Sen. Marguerite Delacroix-Obi'),
    E('direct', 'You don’t fix a late ship by leaving the captain on the dock,', MDO, 'Delacroix-Obi', 'said', mention='she', mctx='dock,” she said'),
    E('indirect', 'Tuttle had told colleagues he was prepared to hold the nomination “through the fall if that’s what it takes.”', 'a senior Republican aide', 'aide', 'said', mention='a senior Republican aide'),
    E('indirect', 'both sides had a point', TK, 'Krall-Whitmore', 'said', mention='Gen. Thaddeus Krall-Whitmore'),
    E('direct', 'The Navy changed the design hundreds of times after they cut steel. That’s not on one admiral,', TK, 'Krall-Whitmore', 'said in a phone interview', mention='he', mctx='admiral,” he said'),
    E('direct', 'But Congress has every right to ask who is going to be held accountable.', TK, 'Krall-Whitmore', '', mention='he', mctx='admiral,” he said'),
    E('indirect', 'it had “added more than 1,200 workers” at its Wisconsin yard this year and that production was “stabilizing.”', 'Great Lakes Marine Systems', 'Great Lakes|shipbuilder', 'said in a statement', mention='Great Lakes Marine Systems'),
    E('indirect', 'she worried that the dispute could cost jobs', DW, 'Whitlow-Estrada', 'said', mention='Rep. Dana Whitlow-Estrada'),
    E('direct', 'Every week this drags on is a week of uncertainty for families in my district,', DW, 'Whitlow-Estrada', 'said', mention='she', mctx='district,” she said'),
    E('direct', 'These are welders and electricians, not admirals.', DW, 'Whitlow-Estrada', '', mention='she', mctx='district,” she said'),
    E('indirect', 'they could bring the nomination to the floor for a full vote', 'Aides to the Senate majority leader', 'Aides', 'said', mention='Aides to the Senate majority leader'),
]

PD = 'Pasindu de Alwis'
KW = 'Kavindu Wanigasekara'
SW = 'Sahan Weerakkody'
HB = 'Hamish Te Aute-Brown'
GF = 'Gareth Fairweather-Ngata'
DOCS['09_cricket_test_report.txt'] = [
    E('indirect', 'it was ‘the best day of my life, apart from my wedding’', PD, 'Alwis', 'said', mention='De Alwis', mctx='De Alwis, 24'),
    E('direct', 'My wife is watching at home, so I have to say that,', PD, 'Alwis', 'told', mention='he', mctx='he told the host broadcaster'),
    E('direct', 'Honestly, after the first Test we were hurting. The boys showed a lot of character.', PD, 'Alwis', '', mention='he', mctx='he told the host broadcaster'),
    E('indirect', 'the partnership had been built on ‘patience, not power’', KW, 'Wanigasekara', 'said', mention='Wanigasekara', mctx='Wanigasekara, who finished'),
    E('direct', 'We told each other: no big shots for the first hour. Make them bowl to us,', KW, 'Wanigasekara|captain', 'said', mention='the Sri Lanka captain'),
    E('indirect', 'he hoped the team would ‘carry this feeling’ into next month’s one-day series in Australia', KW, 'Wanigasekara', 'said', mention='He', mctx='He praised'),
    E('partial', 'as good as anything I’ve seen at this ground', 'Chaminda Abeysekera-Fonseka', 'Abeysekera-Fonseka', 'described … as', mention='Chaminda Abeysekera-Fonseka'),
    E('indirect', 'he had bowled ‘for my dad’', SW, 'Weerakkody', 'said', mention='Weerakkody', mctx='Weerakkody, whose father'),
    E('direct', 'Every wicket today was for him,', SW, 'Weerakkody', 'said', mention='he', mctx='him,’ he said'),
    E('direct', 'He used to sit on the fort walls and watch me play here as a schoolboy.', SW, 'Weerakkody', '', mention='he', mctx='him,’ he said'),
    E('indirect', 'his side had been outplayed on a pitch that offered sharp turn from the second day', HB, 'Te Aute-Brown|Aute-Brown', 'conceded', mention=HB),
    E('direct', 'We had our chances. We were 240 for three in the first innings and we lost seven for 58. You can’t do that in Galle,', HB, 'Te Aute-Brown|Aute-Brown', 'said', mention='he', mctx='Galle,’ he said'),
    E('indirect', 'it was ‘a no-brainer’ on a dry surface', HB, 'Te Aute-Brown|Aute-Brown', 'insisting', mention='Te Aute-Brown', mctx='Te Aute-Brown defended'),
    E('direct', 'Ask me in a fortnight,', HB, 'Te Aute-Brown|Aute-Brown', 'said', mention='he', mctx='fortnight,’ he said'),
    E('indirect', 'it had been ‘a tough lesson’ for the 22-year-old', GF, 'Fairweather-Ngata', 'said', mention=GF),
    E('direct', 'He’ll be better for it. Every spinner who has ever toured here has been taken down at some point,', GF, 'Fairweather-Ngata', 'told', mention='Fairweather-Ngata', mctx='point,’ Fairweather-Ngata told'),
    E('direct', 'I was, and I only played one Test.', GF, 'Fairweather-Ngata', '', mention='Fairweather-Ngata', mctx='point,’ Fairweather-Ngata told'),
    E('indirect', 'more than 38,000 spectators had attended the five days, the highest Test attendance in Galle since 2018', 'Sri Lanka Cricket', 'Sri Lanka Cricket|Cricket', 'said in a statement', mention='Sri Lanka Cricket'),
    E('direct', 'We’ll enjoy tonight,', PD, 'Alwis', 'said', mention='de Alwis', mctx='said de Alwis'),
    E('direct', 'Tomorrow the coach will remind us we haven’t won anything yet.', PD, 'Alwis', '', mention='de Alwis', mctx='said de Alwis'),
]

AC = 'Ana Cláudia dos Santos Ferreira'
AKy = 'Ferreira|dos Santos'
WHO = 'The World Health Organization'
HM = 'Halvard Mbeki-Sørensen'
TC = 'Thiago Nascimento da Costa'
JM = 'João Vítor Magalhães-Krüger'
DOCS['10_health_heat_kidney.txt'] = [
    E('indirect', 'Extreme heat is driving a sharp rise in hospital admissions for kidney disease in Brazil, with older people and rural workers most at risk', 'a study published on Wednesday', 'study', 'according to', mention='a study published on Wednesday'),
    E('indirect', 'each 1C rise in daily temperature above the local average was linked to a 1.8% increase in admissions for kidney disease the following week', 'Researchers', 'Researchers|researchers', 'found', False, mention='Researchers'),
    E('indirect', 'about 7% of all kidney-related admissions in the period could be attributed to heat', 'The study', 'study', 'estimated', False, mention='The study', mctx='The study, published'),
    E('direct', 'Kidneys are the silent victims of heat,', AC, AKy, 'said', mention='Dr. Ana Cláudia dos Santos Ferreira'),
    E('direct', "When you sweat a lot and don't drink enough water, the kidneys work harder to hold on to fluid. Do that for days in a row and they start to fail.", AC, AKy, '', mention='Dr. Ana Cláudia dos Santos Ferreira'),
    E('indirect', 'the effect was strongest among people over 65 and among men aged 20 to 39 in rural areas, many of whom work outdoors on sugar cane and coffee plantations', AC, AKy, 'said', mention='She', mctx='She said the effect'),
    E('direct', 'We see young, healthy men who cut cane for ten hours in 38 degrees, and after a few seasons their kidneys are those of a 70-year-old,', AC, AKy, 'said', mention='dos Santos Ferreira', mctx='70-year-old," dos Santos Ferreira said'),
    E('indirect', 'hospital records could not capture people who fell ill but did not seek care, meaning the true toll was likely higher', 'The researchers', 'researchers|Researchers', 'cautioned', mention='The researchers'),
    E('indirect', 'heat was "one of the most underestimated health threats of our time"', WHO, 'World Health Organization|WHO', 'said in a statement', mention=WHO),
    E('indirect', 'governments to include kidney disease in their heat-health warning systems', WHO, 'World Health Organization|WHO', 'urged', mention=WHO),
    E('indirect', 'the findings from Brazil matched a pattern seen in Central America, India and the Middle East', HM, 'Mbeki-Sørensen', 'said', mention='Dr. Halvard Mbeki-Sørensen'),
    E('direct', 'This is not a Brazilian problem. It is a problem for every country that is getting hotter, which is every country,', HM, 'Mbeki-Sørensen', 'said', mention='he', mctx='every country," he said'),
    E('indirect', 'his unit had been overwhelmed', TC, 'da Costa|Costa', 'said', mention='Dr. Thiago Nascimento da Costa'),
    E('direct', 'In February we had patients on stretchers in the corridor waiting for dialysis. We had to send some of them to a hospital 90 kilometers away,', TC, 'da Costa|Costa', 'said', mention='he', mctx='away," he said'),
    E('direct', 'I have been a doctor for 22 years. I have never seen anything like it.', TC, 'da Costa|Costa', '', mention='he', mctx='away," he said'),
    E('direct', "And the worst part is that most of these cases were preventable. Water, shade and rest. That's all it takes.", TC, 'da Costa|Costa', '', mention='he', mctx='away," he said'),
    E('indirect', 'it was "closely following" the research and had launched a pilot heat-alert program in five states in 2024', "Brazil's Ministry of Health", 'Ministry', 'said in an emailed response', mention="Brazil's Ministry of Health"),
    E('indirect', 'dehydration was only one of several causes of kidney damage in farmworkers, and that pesticides and common painkillers also played a role', JM, 'Magalhães-Krüger', 'said', mention='Prof. João Vítor Magalhães-Krüger'),
    E('direct', "It's a solid, important paper,", JM, 'Magalhães-Krüger', 'said', mention='he', mctx='paper," he said'),
    E('direct', 'But I would be careful about putting a single number on heat alone.', JM, 'Magalhães-Krüger', '', mention='he', mctx='paper," he said'),
    E('indirect', 'Her team is now following 3,000 sugar cane workers in Pernambuco to measure their kidney function before and after each harvest', AC, AKy, 'said', mention='she', mctx='harvest, she said'),
]


def main():
    out = {'about': 'heldout6: 10 news articles written and annotated blind (session 5), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json, heldout4 and heldout5: start/end are UTF-8 byte '
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
