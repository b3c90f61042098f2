#!/usr/bin/env python3
"""Builds reference.json for testdata/heldout5 from hand annotations.

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

J = 'Marisol T. Abernathy-Quist'
NL = 'Beatriz Nakamura-Lund'
CA = 'Curtis Ambrose-Delaney'
DOCS['01_us_court_ruling.txt'] = [
    E('indirect', 'the homeowners who sued were likely to succeed in their claim that the ordinance violated their constitutional rights', J, 'Abernathy-Quist|judge', 'ruling', False, mention='A federal judge'),
    E('indirect', 'Harbor County had "offered almost no evidence" that the ban would ease the housing shortage it was meant to address', J, 'Abernathy-Quist', 'wrote', mention='Marisol T. Abernathy-Quist'),
    E('indirect', 'The county, she wrote, could not "take away a long-established use of private property on the strength of a hunch."', J, 'Abernathy-Quist', 'wrote', mention='she', mctx='The county, she wrote'),
    E('direct', 'This is a great day for the families who have rented out their homes responsibly for years,', 'Jonathan Feldstein-Ruiz', 'Feldstein-Ruiz', 'said'),
    E('direct', 'The court saw the ordinance for what it is: a blunt instrument.', 'Jonathan Feldstein-Ruiz', 'Feldstein-Ruiz', ''),
    E('indirect', 'the county would appeal to the 11th U.S. Circuit Court of Appeals', NL, 'Nakamura-Lund', 'said'),
    E('indirect', 'the commission had acted "well within its authority" to protect neighborhoods', NL, 'Nakamura-Lund', 'said', mention='she', mctx='In a statement, she said'),
    E('direct', "We respectfully disagree with the court's reading of the law. Residents asked us to act, and we did. We are confident the appeals court will allow the ordinance to take effect.", NL, 'Nakamura-Lund|statement', 'read in part', mention='The statement', mctx='The statement read in part'),
    E('indirect', 'he was "disappointed but not surprised."', CA, 'Ambrose-Delaney', 'told'),
    E('direct', 'We have teachers and nurses who cannot find a place to live because whole streets have turned into hotels,', CA, 'Ambrose-Delaney', 'said', mention='he'),
    E('direct', "A judge in an office downtown doesn't have to look them in the eye.", CA, 'Ambrose-Delaney', '', mention='he', mctx='hotels," he said.'),
    E('indirect', 'the ruling showed the county should have sought a compromise with owners', 'Rosalind Achebe-Grant', 'Achebe-Grant', 'said'),
    E('direct', 'I said in February that we were inviting a lawsuit,', 'Rosalind Achebe-Grant', 'Achebe-Grant', 'said'),
    E('direct', 'I take no pleasure in being right.', 'Rosalind Achebe-Grant', 'Achebe-Grant', ''),
    E('indirect', "the county's own housing study, commissioned in 2023, found that short-term rentals made up less than 4% of the housing stock", J, 'Abernathy-Quist', 'noted'),
    E('direct', "The county's interest in affordable housing is real and substantial,", J, 'Abernathy-Quist|judge', 'wrote', mention='the judge'),
    E('direct', 'But the means it chose bear little relationship to that end.', J, 'Abernathy-Quist|judge', '', mention='the judge'),
    E('indirect', 'the ruling could encourage similar challenges elsewhere in Florida, where at least six cities have passed or proposed limits on vacation rentals in the past two years', 'Legal experts', 'experts', 'said'),
    E('direct', 'Judges have generally given local governments a lot of room on zoning,', 'Eleanor Mbatha-Shore', 'Mbatha-Shore', 'said'),
    E('direct', "What's notable here is how closely she looked at the evidence. Counties will read this as a warning to do their homework.", 'Eleanor Mbatha-Shore', 'Mbatha-Shore', ''),
    E('indirect', 'he had rented out a two-bedroom cottage behind his house since 2011 and relied on the income to pay his property taxes', 'Luis Carrasquillo', 'Carrasquillo', 'said'),
    E('direct', "I'm not a corporation. I'm a guy with a cottage,", 'Luis Carrasquillo', 'Carrasquillo', 'said', mention='he'),
    E('indirect', "A hearing on the county's request to stay the order pending appeal has been set for May 22", 'the court docket', 'docket', 'according to', mention='the court docket'),
]

K = 'Kwabena Mensah-Adjei'
RO = 'Rafael Okonkwo-Sandoval'
DA = 'Diego Albuquerque-Nunes'
DOCS['02_football_transfer.txt'] = [
    E('indirect', 'The 23-year-old Ghana international has signed a five-year contract with an option for a further year', 'Brightwell City', 'Brightwell|club', 'said in a statement', mention='the club'),
    E('direct', 'Kwabena is exactly the type of player we have been looking for: quick, brave and hungry to improve,', 'Ines Falkenrath', 'Falkenrath', 'quoted … as saying'),
    E('indirect', 'a rival Premier League club had made a late approach, offering the Portuguese side an extra £5m up front', 'Two people with knowledge of the negotiations', 'people', 'said'),
    E('indirect', 'his client had never wavered', 'Farouk Benali-Osei', 'Benali-Osei', 'insisted', mention='Farouk Benali-Osei'),
    E('direct', 'From the first conversation, Kwabena wanted Brightwell,', 'Farouk Benali-Osei', 'Benali-Osei', 'told'),
    E('direct', 'Other clubs called, of course they called. But he had given his word.', 'Farouk Benali-Osei', 'Benali-Osei', ''),
    E('indirect', 'the rival bid had been “an attempt to disrupt rather than a serious offer” and that Brightwell “do not do business with people who behave like that”', RO, 'Okonkwo-Sandoval|chairman', 'said', mention='he', mctx='he said the rival bid'),
    E('direct', 'We agreed a fee in July. A deal is a deal,', RO, 'Okonkwo-Sandoval|chairman', 'added', mention='the chairman', mctx='the chairman added'),
    E('indirect', 'Mensah-Adjei would not be rushed into the team', DA, 'Albuquerque-Nunes', 'said'),
    E('direct', 'He has had a long summer with a lot of noise,', DA, 'Albuquerque-Nunes', 'said'),
    E('direct', 'I want him to breathe, to train, to meet his team-mates. Maybe he plays 20 minutes on Saturday, maybe not.', DA, 'Albuquerque-Nunes', ''),
    E('direct', 'Harry is our captain. Next question.', DA, 'Albuquerque-Nunes', '', mention='he', mctx='he smiled'),
    E('indirect', 'it wished the player “every success” and thanked him for “three unforgettable seasons”', 'Sporting Lisboa Norte', 'Sporting|Lisboa', 'said in a short statement', mention='Sporting Lisboa Norte'),
    E('direct', 'New chapter. Thank you Lisbon for everything, I will never forget you. Brightwell, let’s go!', K, 'Kwabena', 'wrote', mention='he', mctx='he wrote:'),
    E('indirect', 'the family had gathered at her home in Kumasi to watch him sign', 'Abena Mensah-Adjei', 'Abena', 'told', mention='Abena Mensah-Adjei'),
    E('direct', 'When he was small he kicked everything, even my cooking pots,', 'Abena Mensah-Adjei', 'Abena', 'said', mention='she'),
    E('direct', 'Now look at him.', 'Abena Mensah-Adjei', 'Abena', '', mention='she', mctx='pots,” she said'),
    E('indirect', 'The fee makes Mensah-Adjei the most expensive African player in Brightwell’s history', 'figures compiled by the consultancy Transfer Metrics Group', 'Transfer|figures', 'according to', mention='figures compiled by the consultancy Transfer Metrics Group'),
    E('direct', 'Brightwell are paying for potential,', 'Kieran Doyle-Matsuda', 'Doyle-Matsuda', 'said'),
    E('direct', 'If he becomes the player they think he is, £48m will look cheap in two years. If not, it’s a very expensive lesson.', 'Kieran Doyle-Matsuda', 'Doyle-Matsuda', ''),
]

L = 'Lumora Inc'
DO = 'Daniel Oyelowo-Hart'
SR = 'Sunita Raghunathan-Berg'
DOCS['03_product_recall.txt'] = [
    E('indirect', 'it was recalling about 1.2 million portable power banks sold in the United States and Canada after receiving reports that the devices could overheat and catch fire', L, 'Lumora|company', 'said', mention='Lumora Inc'),
    E('indirect', 'it had received 87 reports of the batteries overheating, including 19 fires and four minor burn injuries', L, 'Lumora|company', 'said', mention='The company'),
    E('indirect', 'The recall covers the PowerPuck 20 and PowerPuck 20 Max models sold between January 2023 and August 2025 at major retailers and online for between $39 and $69', 'a notice posted by the U.S. Consumer Product Safety Commission', 'notice|Commission', 'according to', mention='a notice posted by the U.S. Consumer Product Safety Commission'),
    E('indirect', 'it had issued a joint recall notice', 'Health Canada', 'Canada', 'said', mention='Health Canada'),
    E('direct', 'The safety of our customers is our highest priority,', L, 'Lumora|company', 'said in a statement', mention='Lumora', mctx='Lumora said in a statement'),
    E('direct', 'We are asking everyone who owns an affected unit to stop using it immediately and contact us for a free replacement or a full refund.', L, 'Lumora|company', '', mention='Lumora', mctx='Lumora said in a statement'),
    E('indirect', 'the problem had been traced to a faulty batch of battery cells from a single supplier', DO, 'Oyelowo-Hart', 'said'),
    E('direct', 'We caught this later than we should have, and I own that,', DO, 'Oyelowo-Hart', 'said'),
    E('direct', "We've changed our testing so that every incoming cell batch is sampled, not just every tenth one.", DO, 'Oyelowo-Hart', ''),
    E('indirect', 'the recall would cost the company between $45 million and $60 million, and that it did not expect the issue to affect its outlook for the full year', DO, 'Oyelowo-Hart', 'said', mention='He', mctx='He said the recall'),
    E('direct', 'The cost itself is manageable; the brand damage is the bigger question,', SR, 'Raghunathan-Berg', 'said'),
    E('partial', 'hold.', None, None, '', False),
    E('direct', "Power banks are a trust product. People put them in their kids' backpacks.", SR, 'Raghunathan-Berg', ''),
    E('indirect', 'Lumora had handled the recall better than some rivals by offering refunds rather than only replacements', SR, 'Raghunathan-Berg', 'said', mention='She', mctx='She said Lumora'),
    E('indirect', "the company's reliance on a small number of suppliers remained a risk", SR, 'Raghunathan-Berg', 'warned', mention='She', mctx='She said Lumora'),
    E('indirect', 'her power bank had "started hissing like a kettle" on a bedside table before she threw it into a sink', 'One user on Reddit', 'user', 'wrote', mention='One user on Reddit'),
    E('indirect', 'the company should have acted sooner', 'Consumer advocates', 'advocates', 'said'),
    E('indirect', 'Lumora first learned of overheating reports in March but did not notify the agency until July', 'the CPSC notice', 'notice|CPSC', 'according to', mention='the CPSC notice'),
    E('direct', 'Companies have a legal duty to report within 24 hours of learning that a product could create a serious risk,', 'Marcus Tillman-Oduya', 'Tillman-Oduya', 'said'),
    E('direct', 'Four months is not 24 hours.', 'Marcus Tillman-Oduya', 'Tillman-Oduya', ''),
    E('indirect', 'the company had reported "as soon as our internal investigation confirmed a pattern" and was cooperating fully with the commission', 'Hana Kobayashi-Reed', 'Kobayashi-Reed', 'said'),
    E('indirect', "Owners can check whether their unit is affected by entering the serial number printed on the bottom of the device on Lumora's website", L, 'Lumora|company', 'said', mention='the company', mctx="website, the company said"),
]

U = 'New Zealand Nurses Organisation'
KN = 'Kerri Ngātai-Mōrehu'
GP = 'Graham Poutama-Lowe'
SW = 'Simon Whitcombe-Fale'
DOCS['04_health_strike.txt'] = [
    E('partial', 'overflow wards', 'nurses', 'nurses', 'say', False, mention='nurses', mctx='nurses say. Photo'),
    E('indirect', 'Nurses at hospitals across the Waikato will walk off the job for 24 hours next Thursday after talks with Health New Zealand broke down', U, 'Organisation|NZNO|union', 'says', mention='their union'),
    E('indirect', 'about 4200 members had voted in the ballot, with 91 percent backing the walkout', U, 'Organisation|NZNO|union', 'said', mention='The New Zealand Nurses Organisation'),
    E('indirect', 'nurses had been left with no choice', KN, 'Ngātai-Mōrehu', 'said'),
    E('direct', 'Our members are treating patients in corridors, in cupboards, in the ambulance bay,', KN, 'Ngātai-Mōrehu', 'said', mention='she'),
    E('direct', 'They are exhausted and they are frightened that someone is going to die on their watch.', KN, 'Ngātai-Mōrehu', '', mention='she', mctx='bay,” she said'),
    E('direct', 'We did not want to strike. Health New Zealand has given us nothing to take back to members except a promise to keep talking.', KN, 'Ngātai-Mōrehu', '', mention='she', mctx='bay,” she said'),
    E('indirect', 'only 58 percent of patients at Waikato Hospital’s emergency department were admitted, discharged or transferred within six hours in the June quarter, against a target of 95 percent', 'Figures released by Health New Zealand', 'Figures', 'showed', False, mention='Figures'),
    E('indirect', 'the organisation was “disappointed” by the strike notice and would work with the union to keep emergency services running', GP, 'Poutama-Lowe', 'said'),
    E('direct', 'We have made a fair offer within the funding we have,', GP, 'Poutama-Lowe', 'said in a statement', mention='he'),
    E('direct', 'Contingency plans are in place and patients who need urgent care will receive it.', GP, 'Poutama-Lowe', '', mention='he', mctx='have,” he said'),
    E('indirect', 'people with non-urgent conditions to visit their GP or a pharmacy on strike day', GP, 'Poutama-Lowe', 'urged', mention='He', mctx='He urged'),
    E('indirect', 'pay negotiations were a matter for Health New Zealand as the employer, but that the Government had put an extra $1.4 billion into frontline services in this year’s Budget', 'The Ministry of Health', 'Ministry', 'said in a written response'),
    E('indirect', 'the union’s claim of a 15 percent pay rise over two years was “simply unaffordable”', SW, 'Whitcombe-Fale', 'told'),
    E('direct', 'I respect nurses enormously. I was married to one for 30 years,', SW, 'Whitcombe-Fale|minister', 'said', mention='the minister', mctx='the minister said'),
    E('direct', 'But every dollar we put into wages is a dollar we can’t put into new beds.', SW, 'Whitcombe-Fale|minister', '', mention='the minister', mctx='the minister said'),
    E('indirect', 'the minister was “hiding behind a spreadsheet” while patients waited in corridors', 'Aisha Rahimi-Tuhoe', 'Rahimi-Tuhoe', 'said'),
    E('indirect', 'she waited 19 hours on a plastic chair in the emergency department in May with a suspected broken hip', 'Mere Tāwhiao', 'Mere', 'said', mention='Mere Tāwhiao'),
    E('direct', 'The nurses were angels,', 'Mere Tāwhiao', 'Mere', 'said', mention='Mrs Tāwhiao'),
    E('direct', 'There just weren’t enough of them. One of them told me she hadn’t had a toilet break in seven hours.', 'Mere Tāwhiao', 'Mere', '', mention='Mrs Tāwhiao'),
    E('direct', 'Mum is not the type to complain,', 'Hemi Tāwhiao', 'Hemi', 'said', mention='he', mctx='complain,” he said'),
    E('direct', 'If she says it was bad, it was worse than bad.', 'Hemi Tāwhiao', 'Hemi', '', mention='he', mctx='complain,” he said'),
    E('indirect', 'its members would support the nurses on the day and would not be asked to cover their duties', 'The Association of Salaried Medical Specialists', 'Association', 'said'),
    E('indirect', 'Talks are due to resume on Wednesday before the Employment Relations Authority', 'both parties', 'parties', 'according to'),
]

HK = "South Korea's Hanseong Energy Solutions and Japan's Kurogane Motors"
PJ = 'Park Ji-hoon'
TM = 'Takeshi Morimoto'
IR = 'Ishikawa Rie'
HT = 'Hiroshi Tanabe'
DOCS['05_korea_japan_business.txt'] = [
    E('indirect', 'they would jointly build a $3.8 billion electric-vehicle battery plant in southern Japan', HK, 'Hanseong|Kurogane|companies', 'said', mention=HK),
    E('indirect', 'The plant in Kumamoto prefecture will start production in 2028 and reach an annual capacity of 40 gigawatt-hours by 2030', HK, 'Hanseong|Kurogane|companies', 'said in a joint statement', mention='the companies'),
    E('indirect', 'the venture would "secure our place in the Japanese market for the next two decades."', PJ, 'Park|Ji-hoon', 'told', mention=PJ),
    E('direct', 'Japanese automakers were late to electrification, but they are not going to be late twice,', PJ, 'Park|Ji-hoon', 'said', mention='Mr. Park'),
    E('direct', 'We want to be standing next to them when they move.', PJ, 'Park|Ji-hoon', '', mention='Mr. Park', mctx='Mr. Park said'),
    E('indirect', 'the company had chosen a Korean partner because of its experience in lithium iron phosphate cells, which are cheaper than the nickel-based batteries Kurogane uses today', TM, 'Morimoto', 'said', mention=TM),
    E('direct', 'We are buying time, and time is the most expensive thing in this industry,', TM, 'Morimoto', 'said'),
    E('indirect', 'Hanseong will hold a 51% stake in the venture', 'two people familiar with the deal', 'people', 'said', mention='two people familiar with the deal'),
    E('indirect', 'it would provide subsidies of up to 120 billion yen ($780 million) for the project under its economic security program', "Japan's Ministry of Economy, Trade and Industry (METI)", 'Ministry|METI', 'said', mention="Japan's Ministry of Economy, Trade and Industry"),
    E('indirect', 'the plant would "strengthen supply chains that are vital to our economic security" and create about 2,000 jobs', IR, 'Ishikawa', 'told', mention=IR),
    E('indirect', 'the government was in talks with "several other foreign partners,"', IR, 'Ishikawa', 'added', mention='Ishikawa', mctx='Ishikawa added'),
    E('direct', 'The Japanese government clearly wants battery production on its own soil, and it is willing to let a Korean company do it,', 'Lee Seo-yeon', 'Lee|Seo-yeon', 'said', mention='Lee Seo-yeon'),
    E('direct', 'That would have been unthinkable five years ago.', 'Lee Seo-yeon', 'Lee|Seo-yeon', '', mention='Lee Seo-yeon'),
    E('indirect', 'Kurogane had little choice after falling behind Chinese and Korean rivals in battery costs', 'Hayashi Tomoko', 'Hayashi', 'said', mention='Hayashi Tomoko'),
    E('direct', 'Kurogane could have spent ten years building this know-how alone,', 'Hayashi Tomoko', 'Hayashi', 'said', mention='she'),
    E('direct', 'It decided it does not have ten years.', 'Hayashi Tomoko', 'Hayashi', '', mention='she', mctx='alone," she said'),
    E('indirect', 'he was concerned about water use', HT, 'Tanabe', 'said', mention=HT),
    E('indirect', "a large chip plant nearby already drew heavily on the area's groundwater", HT, 'Tanabe', 'noting', mention=HT, mctx='Hiroshi Tanabe, the mayor'),
    E('direct', 'We welcome the jobs, but water is our most precious resource,', HT, 'Tanabe', 'told', mention='Tanabe', mctx='Tanabe told local'),
    E('indirect', 'the investment should not come at the expense of factory jobs at home', "the Korean Metal Workers' Union", 'Union', 'said in a statement', mention="the Korean Metal Workers' Union"),
    E('indirect', 'the company had no plans to cut production at its plants in Ochang and Gumi, and that the Japanese plant would serve Japanese customers only', 'A Hanseong spokesperson', 'spokesperson', 'said'),
    E('indirect', "Kurogane, Japan's fifth-largest automaker, sold 1.9 million vehicles last year, but only about 3% were fully electric", 'company data', 'data', 'according to'),
    E('indirect', 'Mr. Park and Morimoto are scheduled to sign the final agreement in Kumamoto on Nov. 20', HK, 'Hanseong|Kurogane|companies', 'said', mention='the companies', mctx='Nov. 20, the companies said'),
]

MI = 'M. K. Ilangovan'
SK = 'K. Senthamarai Kannan'
AV = 'Archana Venugopal'
DOCS['06_india_election_liveblog.txt'] = [
    E('direct', 'This victory belongs to every farmer and fisherman', MI, 'Ilangovan', ':', False, mention='TDM chief'),
    E('indirect', 'the mandate was a vote against “arrogance and corruption”', MI, 'Ilangovan', 'said', mention=MI),
    E('direct', 'The people of Tamil Nadu have spoken with one voice. This victory belongs to every farmer, every fisherman, every mother who stood in a ration queue,', MI, 'Ilangovan', 'said', mention='Mr. Ilangovan', mctx='queue,” Mr. Ilangovan said'),
    E('indirect', 'his government’s first decision would be to restore the free bus travel scheme for women that the outgoing government had curtailed', MI, 'Ilangovan', 'said', mention='He', mctx='He said his government'),
    E('indirect', 'the party accepted the people’s verdict “with humility” and would function as a “constructive opposition”', SK, 'Kannan|Senthamarai', 'said', mention=SK, mctx='Chief Minister K. Senthamarai Kannan said'),
    E('indirect', 'he would submit his resignation to the Governor on Tuesday morning', SK, 'Kannan|Senthamarai', 'said', mention='Mr. Kannan'),
    E('indirect', 'The TDM has won 88 seats and is leading in 43 more', 'the Election Commission of India', 'Commission', 'according to', mention='the Election Commission of India'),
    E('direct', 'We have opened our account', 'Lok Vikas Party', 'LVP|Lok', ':', False, mention='LVP', mctx='LVP: ‘We have'),
    E('direct', 'For the first time, the LVP has a voice in the Tamil Nadu Assembly. This is only the beginning,', 'P. R. Venkatachalapathy', 'Venkatachalapathy', 'wrote on X'),
    E('partial', 'Welfare fatigue, not anti-incumbency', None, None, '', False),
    E('indirect', 'the result was less a wave against the PDK than a vote for the TDM’s promise of jobs for young people', 'Sumathi Ramanujam-Iyer', 'Ramanujam-Iyer', 'told'),
    E('direct', 'Voters did not reject welfare. They are tired of welfare that arrives late and through middlemen,', 'Sumathi Ramanujam-Iyer', 'Ramanujam-Iyer', 'said', mention='she'),
    E('direct', 'This is for my father, who contested from this seat four times and never won,', 'Anbarasi Thirumavalavan', 'Anbarasi', 'told', mention='she', mctx='she told reporters'),
    E('indirect', 'he had told her to “fight harder than I ever did”', 'R. Thirumavalavan', 'R. Thirumavalavan|father', 'said', mention='R. Thirumavalavan'),
    E('indirect', 'the numbers on two electronic voting machines did not match the Form 17C records', 'S. Mohammed Rafiq', 'Rafiq', 'alleged', mention='S. Mohammed Rafiq'),
    E('indirect', 'the discrepancy was a clerical error and had been corrected in the presence of agents from all parties', 'The returning officer', 'officer', 'said', mention='The returning officer'),
    E('direct', 'Too early to say anything', 'A. Saravanan Pillai', 'Pillai|Saravanan', '', False, mention='A. Saravanan Pillai'),
    E('direct', 'It is too early to say anything. Wait till evening,', 'A. Saravanan Pillai', 'Pillai|Saravanan', 'said', mention='A. Saravanan Pillai'),
    E('indirect', 'Counting began at 8 am across 62 centres', AV, 'Venugopal', 'according to', mention=AV),
    E('indirect', 'postal ballots would be counted first, followed by votes from electronic voting machines', AV, 'Venugopal', 'said', mention='She', mctx='She said postal'),
    E('indirect', 'About 72 per cent of the state’s 6.2 crore voters cast their ballots in the single-phase poll on April 19', AV, 'Venugopal', 'said', mention='she', mctx='April 19, she said'),
]

JB = 'Jean-Baptiste de Villeneuve-Marchal'
AG = 'Anne-Sophie Le Gall'
KB = 'Karim Ben Saïd'
DOCS['07_france_rail_strike.txt'] = [
    E('indirect', 'only one in three TGV trains would run on Friday and Saturday', 'SNCF', 'SNCF', 'said', mention='SNCF', mctx='operator SNCF said'),
    E('indirect', 'passengers to postpone their journeys where possible', 'SNCF', 'SNCF', 'advised', mention='SNCF', mctx='operator SNCF said'),
    E('direct', 'A bonus is not a salary. Four hundred euros once, and then nothing,', AG, 'Le Gall', 'said'),
    E('direct', 'Le ministre ne nous écoute pas,', AG, 'Le Gall', 'added', mention='she', mctx='she added'),
    E('direct', 'the minister is not listening to us', AG, 'Le Gall', 'added', False, mention='she', mctx='she added'),
    E('indirect', 'drivers and controllers had lost about 8% of their purchasing power since 2022 and that the union was demanding an immediate raise of 6%', AG, 'Le Gall', 'said', mention='Le Gall', mctx='Le Gall said drivers'),
    E('indirect', 'the demand was "not serious" at a time when the government was trying to cut the deficit', JB, 'Villeneuve-Marchal', 'told', mention='De Villeneuve-Marchal'),
    E('partial', 'taking families hostage', JB, 'Villeneuve-Marchal', 'accused', mention='He', mctx='He accused the unions'),
    E('direct', 'The door is open. It has always been open,', JB, 'Villeneuve-Marchal|minister', 'said', mention='the minister', mctx='the minister said'),
    E('direct', 'But I will not sign a blank check on the backs of taxpayers.', JB, 'Villeneuve-Marchal|minister', '', mention='the minister', mctx='the minister said'),
    E('indirect', 'the offer on the table was "fair and final."', 'Hélène Duval-Roussel', 'Duval-Roussel', 'telling'),
    E('indirect', "he had booked his family's tickets to Marseille three months ago", KB, 'Ben Saïd|Saïd', 'said', mention=KB),
    E('direct', 'We have two kids, a dog and nowhere to stay tonight,', KB, 'Ben Saïd|Saïd', 'said', mention='Ben Saïd', mctx='tonight," Ben Saïd said'),
    E('direct', 'I understand the workers, I really do. But why always on the first day of the holidays?', KB, 'Ben Saïd|Saïd', '', mention='Ben Saïd', mctx='tonight," Ben Saïd said'),
    E('indirect', 'she would wait "as long as it takes."', "Marie-Claire d'Aubigné", 'Aubigné', 'said', mention="Marie-Claire d'Aubigné"),
    E('direct', 'They keep this country running and they are paid less every year,', "Marie-Claire d'Aubigné", 'Aubigné', 'said', mention='she'),
    E('direct', 'If nobody makes noise, nothing changes.', "Marie-Claire d'Aubigné", 'Aubigné', '', mention='she', mctx='every year," she said'),
    E('indirect', 'the company had "no room" to go beyond the minister\'s offer', 'Thierry Du Pont-Aveline', 'Pont-Aveline', 'said in a message to staff', mention='Thierry Du Pont-Aveline'),
    E('indirect', 'the strike was costing SNCF about 20 million euros a day', 'Thierry Du Pont-Aveline', 'Pont-Aveline', 'warned', mention='He', mctx='He warned'),
    E('indirect', 'regional RER lines B and D were also heavily disrupted, though the metro was running normally', 'the Paris transport authority', 'authority', 'according to', mention='the Paris transport authority'),
    E('indirect', 'the timing was particularly damaging for the tourism sector, which had been hoping for a record summer after two weak years', 'Economists', 'Economists', 'said'),
    E('direct', 'Every day of strike in July is a day that hotels and restaurants in the south will not recover,', 'Mathilde Van den Berghe', 'Berghe', 'said', mention='Mathilde Van den Berghe'),
    E('direct', 'The government and the unions both know that, which is why both of them chose this weekend.', 'Mathilde Van den Berghe', 'Berghe', '', mention='Mathilde Van den Berghe'),
    E('indirect', 'the unions would decide on Sunday evening whether to extend the strike into next week', 'Yannick Mbappé-Traoré', 'Mbappé-Traoré', 'said', mention='Yannick Mbappé-Traoré'),
]

FL = 'Freya Lindqvist'
TW = 'Tomasz Wiśniewski-Brand'
DOCS['08_science_study.txt'] = [
    E('indirect', 'Bumblebee colonies raised in towns grew larger and produced more queens than those raised among crops', 'researchers', 'researchers', 'say', False, mention='researchers', mctx='crops, researchers say'),
    E('indirect', 'Bumblebees thrive in cities and suburbs more than in the open countryside', 'a 10-year study that tracked more than 600 colonies across southern England', 'study', 'according to', mention='a 10-year study'),
    E('indirect', 'Colonies placed in urban gardens and allotments grew about 30% larger and produced roughly twice as many new queens as colonies placed on farmland', 'the researchers', 'researchers', 'reported', mention='the researchers'),
    E('indirect', 'it suggested that gardens could act as a refuge for pollinators at a time when many wild bee species are declining', "the study's authors", 'authors', 'said', mention='Its authors'),
    E('direct', 'We expected the cities to do well in some years and badly in others,', FL, 'Lindqvist', 'said', mention='Dr Freya Lindqvist'),
    E('direct', 'What we did not expect was how consistent the pattern was. In nine of the ten years, the urban colonies came out ahead.', FL, 'Lindqvist', '', mention='Dr Freya Lindqvist'),
    E('indirect', 'the difference came down to the timing of flowers', TW, 'Wiśniewski-Brand', 'said', mention='Dr Tomasz Wiśniewski-Brand'),
    E('indirect', 'Farmland offers bees a glut of food when crops such as oilseed rape bloom, followed by weeks of almost nothing', TW, 'Wiśniewski-Brand', 'said', mention='he', mctx='almost nothing, he said'),
    E('direct', 'A bee colony is like a small business. It needs a steady income, not one bonus a year,', TW, 'Wiśniewski-Brand', 'said', mention='he', mctx='a year,” he said'),
    E('indirect', 'pesticide exposure “may also contribute” to the gap, but that their data could not separate its effect from that of the food supply', "the study's authors", 'authors', 'wrote', mention='the authors', mctx='the authors wrote'),
    E('indirect', 'the findings were “a hopeful message for anyone with a window box.”', 'Halima Sesay', 'Sesay', 'quoted … as saying', mention='Professor Halima Sesay'),
    E('indirect', 'reading too much into it', 'Independent experts', 'experts', 'cautioned against', False, mention='Independent experts'),
    E('direct', 'This is a careful and impressive piece of work,', 'Rohan Deshpande', 'Deshpande', 'said', mention='Dr Rohan Deshpande'),
    E('direct', 'But bumblebees are generalists. The rarer, pickier species that live on chalk grassland will not be saved by a few lavender pots in Croydon.', 'Rohan Deshpande', 'Deshpande', '', mention='Dr Rohan Deshpande'),
    E('indirect', 'the results should not distract from the need to restore wildflower meadows on farms, which it said had shrunk by 97% since the 1930s', 'Buglife', 'Buglife', 'said', mention='Buglife'),
    E('block', 'Variety. A typical street has dozens of plant species, many of them from other continents, and they flower at different times. Something is always open for business from March to October.', FL, 'Lindqvist', ':', mention='Lindqvist', mctx='Lindqvist: Variety'),
    E('block', 'Mowing every week. If people left a patch of lawn to grow for a month, the clover and dandelions would come through, and that alone would make a difference.', FL, 'Lindqvist', ':', mention='Lindqvist', mctx='Lindqvist: Mowing'),
    E('block', 'We want to know whether the queens born in cities go on to found successful colonies of their own. That is the real test, and it will take another five years.', FL, 'Lindqvist', ':', mention='Lindqvist', mctx='Lindqvist: We want'),
]

SRC = 'three sources familiar with talks in the Omani capital'
OM = 'A senior Omani official'
AM = 'Abdulqader al-Murtada'
GD = 'A member of the government delegation'
IS = 'Ingrid Solheim-Achterberg'
DOCS['09_mideast_diplomacy.txt'] = [
    E('indirect', "Yemen's Houthi movement and the internationally recognised government are close to agreeing a prisoner exchange that would free about 1,400 detainees", SRC, 'sources', 'said', mention=SRC),
    E('indirect', 'The deal, which would be the largest swap since 2023, could be announced as early as this week if the two sides settle a dispute over a list of 30 names', SRC, 'sources', 'said', mention='the sources', mctx='names, the sources said'),
    E('indirect', 'the talks had been "serious and constructive" and that both delegations had shown "flexibility on the most difficult files."', OM, 'official', 'said', mention=OM),
    E('direct', 'We are not there yet, but we are closer than at any time in the last year,', OM, 'official', 'said', mention='the official'),
    E('indirect', 'the Houthis were ready to release "all for all"', AM, 'Murtada', 'said', mention='he', mctx='on X, he said'),
    E('indirect', 'the government side of stalling over the names of several senior commanders', AM, 'Murtada', 'accused', False, mention='he', mctx='on X, he said'),
    E('indirect', 'the Houthis had added new names at the last minute, which he said amounted to "moving the goalposts."', GD, 'member|delegation', 'told', mention=GD),
    E('direct', 'We came to Muscat to close this file, not to open new ones,', GD, 'member|delegation', 'said', mention='he', mctx='new ones," he said'),
    E('indirect', 'an agreement would be "an important humanitarian step and a building block for confidence."', IS, 'Solheim-Achterberg', 'told', mention=IS),
    E('indirect', 'both parties to "seize this moment" and to grant the International Committee of the Red Cross access to all detainees', IS, 'Solheim-Achterberg', 'urged', mention='She', mctx='She urged'),
    E('indirect', 'it was ready to carry out the operation "as soon as the parties give us the green light."', 'The ICRC', 'ICRC', 'said in a statement', mention='The ICRC', mctx='The ICRC, which'),
    E('indirect', 'Saudi Arabia, which leads a military coalition backing the government, has encouraged the talks', 'two diplomats in the region', 'diplomats', 'according to', mention='two diplomats in the region'),
    E('indirect', 'Riyadh wanted to secure a broader truce before the holy month of Ramadan', 'one of the two diplomats in the region', 'diplomats|One|them', 'said', mention='One of them'),
    E('indirect', 'is solidarity with the Palestinians', 'The Houthis', 'Houthis', 'say', False, mention='they', mctx='what they say'),
    E('indirect', 'progress on prisoners would not by itself reduce the threat to shipping', 'A Western diplomat', 'diplomat', 'said', mention='A Western diplomat'),
    E('direct', 'A prisoner deal is good news for hundreds of families. It does not change the strategic picture,', 'A Western diplomat', 'diplomat', 'said', mention='the diplomat'),
    E('direct', "My brother has been in prison for six years. I don't know if he is alive,", 'Fatima Bawazir', 'Bawazir', 'said'),
    E('direct', 'Every time they say there is a deal, and every time nothing happens.', 'Fatima Bawazir', 'Bawazir', ''),
    E('indirect', 'A previous exchange in April 2023 freed nearly 900 prisoners over three days', 'the ICRC', 'ICRC', 'according to', mention='the ICRC', mctx='according to the ICRC'),
]

MH = 'Margaret Hollingsworth'
OC = 'Oliver Chaudhry-Barnes'
DOCS['10_council_planning.txt'] = [
    E('indirect', 'to fight on', 'Residents of Ashdown Vale', 'Residents', 'vowed', False, mention='Residents of Ashdown Vale'),
    E('indirect', 'the scheme would cause "significant harm" to the character of the landscape and that the village\'s roads were not designed for the extra traffic', 'Officers', 'Officers', 'had said in their report', mention='Officers', mctx='Officers had said'),
    E('indirect', 'the field flooded every winter', MH, 'Margaret', 'said', mention=MH),
    E('direct', 'We moved here in 1987,', MH, 'Margaret', 'said', mention='she'),
    E('direct', 'Back then we were told the field was protected and would always be protected. My children learned to ride their bikes on that lane, and now the council wants to send 500 cars a day down it.', MH, 'Margaret', '', mention='she', mctx='1987," she said'),
    E('direct', "I've stood on that field in February with water up to my knees. You can build whatever you like on a flood plain, but the water will still come, and it will come into the houses.", MH, 'Margaret', '', mention='she', mctx='1987," she said'),
    E('indirect', 'the drainage plans submitted by the developer were "fantasy"', 'Tom Hollingsworth', 'Tom', 'told', mention='Tom Hollingsworth'),
    E('direct', "I've designed drainage for forty years. I wouldn't put my name to this,", 'Tom Hollingsworth', 'Tom', 'said', mention='Mr Hollingsworth'),
    E('indirect', 'the development would include 96 affordable homes, a new play area and a £1.2m contribution towards the village primary school', 'Castlegate Homes', 'Castlegate', 'said', mention='Castlegate Homes', mctx='Castlegate Homes said'),
    E('indirect', 'the scheme had been "designed around the flood risk, not in spite of it"', OC, 'Chaudhry-Barnes|director', 'said', mention="The company's land director"),
    E('direct', 'We have listened to residents and reduced the number of homes from 310,', OC, 'Chaudhry-Barnes', 'said', mention='Mr Chaudhry-Barnes'),
    E('direct', 'This village needs houses that young families can afford.', OC, 'Chaudhry-Barnes', '', mention='Mr Chaudhry-Barnes'),
    E('indirect', "councillors had to weigh local concerns against the district's shortfall in housing land", 'Graham Ellery-Price', 'Ellery-Price', 'said', mention='Graham Ellery-Price'),
    E('direct', 'The government has told us to build, and if we refuse good schemes, an inspector will approve worse ones on appeal,', 'Graham Ellery-Price', 'Ellery-Price', 'said', mention='he', mctx="appeal,' he said"),
    E('partial', 'a betrayal of the people who elected us', 'Nasreen Akhtar-Bowles', 'Akhtar-Bowles', 'called', mention='Nasreen Akhtar-Bowles'),
    E('indirect', "she would ask the council's monitoring officer to review how the vote had been handled", 'Nasreen Akhtar-Bowles', 'Akhtar-Bowles', 'said', mention='She', mctx='She said she would'),
    E('indirect', 'it was "deeply disappointed" and would consider a legal challenge', 'The parish council', 'parish', 'said', mention='The parish council'),
    E('indirect', 'more than 200 people attended a public meeting about the plans in January', 'Save Mill Lane', 'Save Mill Lane|group', 'according to', mention="residents' group Save Mill Lane"),
    E('indirect', 'the group had already raised £8,000 towards a possible judicial review', 'Priya Lakhani-Stone', 'Lakhani-Stone', 'said', mention='Priya Lakhani-Stone'),
    E('direct', 'We are not nimbys. Most of us would welcome a few homes for local people,', 'Priya Lakhani-Stone', 'Lakhani-Stone', 'said', mention='she', mctx='local people," she said'),
    E('direct', 'What we object to is a housing estate dropped onto a flood plain with one road in and one road out.', 'Priya Lakhani-Stone', 'Lakhani-Stone', '', mention='she', mctx='local people," she said'),
    E('indirect', 'the decision would be issued formally once a legal agreement on the school contribution had been signed', 'A spokeswoman for the council', 'spokeswoman', 'said', mention='A spokeswoman for the council'),
]

MD = 'Marcus DeLaurentis'
JO = 'Jaylen Okoye-Brooks'
TV = 'Tomás Villaseñor'
AS = 'Annika Sørlie-Whitaker'
ON = 'Obi Nwachukwu-Lind'
DOCS['11_sports_presser.txt'] = [
    E('direct', "That one's on me,", MD, 'DeLaurentis|coach', 'said', mention='the Oakland Tides coach'),
    E('direct', "I didn't get us organized in the fourth. Simple as that.", MD, 'DeLaurentis|coach', '', mention='the Oakland Tides coach'),
    E('direct', "He needed it. He'd played 22 straight minutes,", MD, 'DeLaurentis', 'said', mention='DeLaurentis', mctx='minutes," DeLaurentis said'),
    E('direct', 'Would I do it again? Probably. Would I do it for four minutes? No.', MD, 'DeLaurentis', '', mention='DeLaurentis', mctx='minutes," DeLaurentis said'),
    E('direct', "We stopped moving the ball. We stopped talking on defense. That's coaching.", MD, 'DeLaurentis', 'added', mention='He', mctx='He added: "We'),
    E('direct', "Nobody's tired in May,", MD, 'DeLaurentis', 'said', mention='he', mctx='May," he said'),
    E('direct', "Everybody's tired in May. Same thing.", MD, 'DeLaurentis', '', mention='he', mctx='May," he said'),
    E('indirect', 'he had let his teammates down at the line', JO, 'Okoye-Brooks', 'said', mention='He', mctx='He said he had let'),
    E('direct', 'I make those in my sleep,', JO, 'Okoye-Brooks', 'said', mention='Okoye-Brooks', mctx='sleep," Okoye-Brooks said'),
    E('direct', "Tonight I didn't. I'll be in the gym tomorrow.", JO, 'Okoye-Brooks', '', mention='Okoye-Brooks', mctx='sleep," Okoye-Brooks said'),
    E('indirect', 'the locker room was "quiet, but not down,"', JO, 'Okoye-Brooks', 'added', mention='He', mctx='He added that'),
    E('indirect', 'the team had already started talking about Game 4', JO, 'Okoye-Brooks', 'said', mention='He', mctx='He added that'),
    E('direct', 'We got soft,', TV, 'Villaseñor', 'said', mention='he', mctx='soft," he said'),
    E('direct', "They punched us and we didn't punch back.", TV, 'Villaseñor', '', mention='he', mctx='soft," he said'),
    E('indirect', 'he was "not going to sleep tonight."', TV, 'Villaseñor', 'added', mention='The 20-year-old from Guadalajara'),
    E('direct', 'We were down 19 and nobody panicked,', AS, 'Sørlie-Whitaker', 'said', mention='she', mctx='panicked," she said'),
    E('direct', "That's growth. A year ago we'd have folded.", AS, 'Sørlie-Whitaker', '', mention='she', mctx='panicked," she said'),
    E('direct', 'Obi changed the game,', AS, 'Sørlie-Whitaker', 'said', mention='Sørlie-Whitaker', mctx='game," Sørlie-Whitaker said'),
    E('direct', "He doesn't need the ball to change a game.", AS, 'Sørlie-Whitaker', '', mention='Sørlie-Whitaker', mctx='game," Sørlie-Whitaker said'),
    E('direct', 'Coach drew up a great defense for us,', ON, 'Nwachukwu-Lind', 'said', mention='he', mctx='for us," he said'),
    E('direct', 'I was just standing in the right spot.', ON, 'Nwachukwu-Lind', '', mention='he', mctx='for us," he said'),
    E('indirect', 'Achterberg would be a "game-time decision" and that the team would know more after Monday\'s practice', MD, 'DeLaurentis', 'said', mention='DeLaurentis', mctx='DeLaurentis said Achterberg'),
    E('direct', "They've earned the right to boo,", MD, 'DeLaurentis|coach', 'said', mention='he', mctx='boo," he said'),
    E('direct', "We'll earn the right to hear them cheer.", MD, 'DeLaurentis|coach', '', mention='he', mctx='boo," he said'),
    E('indirect', 'teams that lose Game 3 of a 1-1 series at home go on to lose the series about 70 percent of the time', 'ESPN Stats & Information', 'ESPN', 'according to', mention='ESPN Stats & Information'),
    E('direct', "Then we'll be the other 30,", MD, 'DeLaurentis', 'said', mention='he', mctx='30," he said'),
]

CM = open(os.path.join(HERE, '12_obituary.txt'), encoding='utf-8').read().split(',')[0]
CK = 'Celestine|' + CM.split()[1]
YM = 'Yetunde Marsh'
KM = 'Kayode Marsh'
DOCS['12_obituary.txt'] = [
    E('partial', 'smoke and honey poured over a broken heart', 'one critic', 'critic', 'wrote', False, mention='one critic'),
    E('indirect', 'her mother had been ill with heart disease for several years', YM, 'Yetunde', 'said', mention=YM, mctx='the cellist Yetunde Marsh, who said'),
    E('direct', 'She sang until the very end,', YM, 'Yetunde', 'said in a statement', mention=YM, mctx='end,” Yetunde Marsh said'),
    E('direct', 'Two days ago she corrected my phrasing on ‘Skylark’ from her bed. She was right, of course.', YM, 'Yetunde', '', mention=YM, mctx='end,” Yetunde Marsh said'),
    E('direct', 'Mum never thought of herself as famous. She thought of herself as a working musician, and she was proudest of the young singers she taught for free in a church hall in Kemptown every Sunday for thirty years.', YM, 'Yetunde|statement', 'continued, in part', mention='The statement', mctx='The statement continued'),
    E('indirect', 'her first paid engagement had earned her “two pounds and a plate of chips”', CM, CK, 'recalled', mention='she', mctx='BBC, she recalled'),
    E('direct', 'I was a terrible nurse,', CM, CK, 'told', mention='she', mctx='nurse,” she told'),
    E('direct', 'I kept singing to the patients. Some of them got better faster, and some of them asked to be moved.', CM, CK, '', mention='she', mctx='nurse,” she told'),
    E('partial', 'the most fearless singer I ever stood next to', 'Ronnie Achterberg-Cole', 'Achterberg-Cole', 'called', mention='Ronnie Achterberg-Cole'),
    E('indirect', 'she had been “a trailblazer who brought the music of two continents together”', 'The Prime Minister', 'Prime Minister|Minister', 'wrote on X', mention='The Prime Minister'),
    E('indirect', 'she owed her career to her teacher', 'Olamide Fashanu-Reid', 'Fashanu-Reid', 'said', mention='Olamide Fashanu-Reid'),
    E('direct', 'She told me, ‘Stop trying to sound like me. The world already has one of me.’ I’ve never forgotten it,', 'Olamide Fashanu-Reid', 'Fashanu-Reid', 'said', mention='she', mctx='forgotten it,” she said'),
    E('indirect', 'it would dim its lights before Monday night’s show', 'Ronnie Scott’s', 'Scott|club', 'said', mention='Ronnie Scott’s', mctx='Ronnie Scott’s, the London club'),
    E('direct', 'There will never be another Celestine,', 'Ronnie Scott’s', 'Scott|club', 'said', mention='the club', mctx='the club said'),
    E('partial', 'an adopted daughter of Paris', 'the culture ministry', 'ministry', 'described', mention='the culture ministry'),
    E('indirect', 'his mother had “never once” missed one of his school concerts despite touring', KM, 'Kayode', 'told', mention=KM, mctx='the record producer Kayode Marsh'),
    E('direct', 'People ask me what she was like at home,', KM, 'Kayode', 'said', mention=KM, mctx='home,” Kayode Marsh said'),
    E('direct', 'She was exactly the same. Loud, funny, and always humming.', KM, 'Kayode', '', mention=KM, mctx='home,” Kayode Marsh said'),
    E('indirect', 'A memorial concert will be held at the Royal Festival Hall in June', 'the family', 'family', 'said', mention='the family', mctx='June, the family said'),
]


def main():
    out = {'about': 'heldout5: 12 news articles written and annotated blind (session 4), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4: start/end are UTF-8 byte '
                    'offsets, content excludes the quotation marks, "that" and the final period; speaker is the '
                    'fullest name the article uses; speaker_key is a word (or |-separated forms) that a correct '
                    'speaker name must contain; speaker_start/speaker_end is the mention for this claim (a pronoun '
                    'where the claim uses one); required=false entries are optional.',
           'documents': []}
    total = req = 0
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
        atts.sort(key=lambda a: a['start'])
        for x, y in zip(atts, atts[1:]):
            assert x['end'] <= y['start'], ('overlap', name, x['content'][:30], y['content'][:30])
        out['documents'].append({'file': name, 'attributions': atts})
    with open(os.path.join(HERE, 'reference.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('%d documents, %d attributions (%d required)' % (len(out['documents']), total, req))


if __name__ == '__main__':
    main()
