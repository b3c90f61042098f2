#!/usr/bin/env python3
"""Builds reference.json for testdata/heldout4 from hand annotations.

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

G = 'Thandiwe Mokoena-Dlamini'
DOCS['01_markets_centralbank.txt'] = [
    E('indirect', 'the path to lower borrowing costs had become "narrower and longer" because of rising fuel prices and a weaker rand', G, 'Mokoena-Dlamini', 'said', mention='Governor Thandiwe Mokoena-Dlamini'),
    E('indirect', 'Four members of the six-member monetary policy committee voted to hold, while two preferred a 25-basis-point cut', G, 'Mokoena-Dlamini', 'told'),
    E('direct', 'The committee judges that the risks to the inflation outlook remain tilted to the upside,', G, 'Mokoena-Dlamini', 'said', mention='she'),
    E('direct', 'We would rather be a little late than have to reverse course.', G, 'Mokoena-Dlamini', '', mention='she'),
    E('indirect', 'Headline consumer inflation rose to 4.6% in August from 4.1% in July', 'Statistics South Africa', 'Statistics', 'according to'),
    E('indirect', 'it now expects inflation to average 4.4% this year and 3.8% in 2026', 'The South African Reserve Bank', 'bank|Reserve', 'said', mention='The bank'),
    E('direct', 'The tone was more hawkish than the market had priced,', 'Sizwe Ramokgopa', 'Ramokgopa', 'said'),
    E('direct', 'She is telling you November is not a done deal, and I would take her at her word.', 'Sizwe Ramokgopa', 'Ramokgopa', ''),
    E('direct', 'We take advice from everybody and instructions from nobody.', G, 'Mokoena-Dlamini', 'replied', mention='she'),
    E('indirect', 'the bank was watching the impact of a recent 18% rise in electricity tariffs closely', 'Ahmed Ebrahim Patel-Joubert', 'Patel-Joubert', 'added'),
    E('direct', 'Administered prices are doing a lot of the heavy lifting in the inflation numbers," he said, "and monetary policy cannot fix a power utility\'s balance sheet.', 'Ahmed Ebrahim Patel-Joubert', 'Patel-Joubert', 'said', mention='he', mctx='he said, "and monetary'),
    E('indirect', 'the dissenting members had argued that the economy was too weak to withstand another quarter of tight policy', "Two people familiar with the committee's deliberations", 'people', 'told'),
    E('indirect', 'the vote had been "closer than the numbers suggest."', "one of the two people familiar with the committee's deliberations", 'people|One|them', 'said', mention='One of them'),
    E('indirect', 'it "respects the independence of the Reserve Bank" and remained committed to bringing down public debt', 'The National Treasury', 'Treasury', 'said in a statement'),
    E('indirect', 'a rate cut would be "the single most useful thing" for small businesses', 'Oupa Mabuza-Ncube', 'Mabuza-Ncube', 'said'),
    E('partial', 'neutral rate', None, None, '', False),
    E('direct', 'Every month they hold, another small firm closes,', 'Nomvula Sithebe', 'Sithebe', 'said'),
    E('direct', 'They talk about inflation; we talk about whether we can pay wages on Friday.', 'Nomvula Sithebe', 'Sithebe', ''),
    E('indirect', 'the bank was "buying insurance, not changing its mind", and that she still expected 50 basis points of cuts by mid-2026', 'Annelie Groenewald', 'Groenewald', 'wrote'),
]

V = 'Vasiliki Konstantopoulou'
M = 'Dimitrios Theodorakis-Lambrou'
DOCS['02_wildfire.txt'] = [
    E('indirect', 'More than 400 firefighters, backed by 14 aircraft, were battling three fronts by nightfall', 'the fire service', 'service', 'according to'),
    E('indirect', 'Two people were treated for burns and one volunteer firefighter was missing', 'officials', 'officials', 'said'),
    E('direct', 'The next 12 hours are critical,', V, 'Konstantopoulou', 'told'),
    E('direct', 'The wind is expected to change direction after midnight, and we will know then whether the eastern front holds.', V, 'Konstantopoulou', ''),
    E('indirect', 'crews had been pulled back from the village of Saravali in the afternoon when flames jumped a firebreak', V, 'Konstantopoulou', 'said', mention='She', mctx='She said crews'),
    E('indirect', 'residents who had received evacuation alerts on their phones to leave immediately and not to return for belongings', V, 'Konstantopoulou', 'urged', mention='She', mctx='She urged'),
    E('indirect', "the government had requested firefighting planes from Italy and Croatia under the European Union's civil protection mechanism", M, 'Theodorakis-Lambrou', 'said'),
    E('direct', 'We are facing a fire of extreme behaviour, in conditions that a few years ago we would have called unimaginable,', M, 'Theodorakis-Lambrou', 'said', mention='he'),
    E('indirect', 'two Canadair aircraft from Italy would arrive on Wednesday morning', 'The European Commission', 'Commission', 'confirmed'),
    E('partial', 'Thank you, firefighters', None, None, 'reading', False),
    E('indirect', 'he had tried to save his beehives until a police officer ordered him into a car', 'Georgios Mavridis', 'Mavridis', 'said'),
    E('direct', 'I lost forty years of work in twenty minutes,', 'Georgios Mavridis', 'Mavridis', 'said'),
    E('direct', 'The fire came down the hill like a train. Nobody could stop it.', 'Georgios Mavridis', 'Mavridis', ''),
    E('indirect', 'the alert arrived too late', 'Anastasia Kyriakou-Vlachou', 'Kyriakou-Vlachou', 'said'),
    E('direct', 'The message came when we could already see the flames from the kitchen,', 'Anastasia Kyriakou-Vlachou', 'Kyriakou-Vlachou', 'said', mention='she'),
    E('direct', 'If I had waited for the phone, I would not be here talking to you.', 'Anastasia Kyriakou-Vlachou', 'Kyriakou-Vlachou', '', mention='she'),
    E('indirect', 'alerts had gone out “as soon as the fire service judged the risk to be real” and that no one had been left behind in the villages', 'Konstantinos Pelekis', 'Pelekis', 'said'),
    E('indirect', 'The blaze broke out shortly after 11 a.m. near a rubbish tip in the hills above the village of Isoma', 'two fire service officials', 'officials', 'according to'),
    E('indirect', 'the cause was under investigation', 'two fire service officials', 'officials', 'said', mention='who'),
    E('indirect', 'Police detained a 52-year-old man on suspicion of arson', 'a police source', 'source', 'said'),
    E('indirect', 'the state had “learned nothing” from the deadly fires of 2018 and 2023', 'Rena Xanthopoulou', 'Xanthopoulou', 'wrote on X'),
    E('direct', 'This is not the time for politics,', M, 'Theodorakis-Lambrou', 'said', mention='the minister'),
    E('direct', 'It is the time for every hand to help.', M, 'Theodorakis-Lambrou', '', mention='the minister'),
    E('indirect', 'winds of up to 80 km per hour through Thursday', 'the meteorological service', 'service', 'has warned of', False),
    E('indirect', 'the Mediterranean is warming faster than the global average, making summers hotter and drier and fires harder to contain', 'Scientists', 'Scientists', 'say'),
    E('indirect', 'the area burned in Greece each summer had roughly doubled since the 1980s', 'A report by the National Observatory of Athens', 'report|Observatory', 'found', False),
    E('direct', 'What used to be a bad year is becoming a normal year,', 'Kostas Andreadis', 'Andreadis', 'said'),
    E('indirect', 'replanting the burned hillsides with pine would be “a mistake we keep repeating”, because the trees burn so easily', 'Kostas Andreadis', 'Andreadis', 'said', mention='He'),
]

O = 'Adaeze Okafor-Reyes'
D = "Vincent J. D'Amico"
DOCS['03_election_night.txt'] = [
    E('indirect', "With 97% of precincts reporting, Okafor-Reyes led D'Amico by roughly 11,400 votes", 'unofficial results from the Milwaukee Election Commission', 'Commission|results', 'according to'),
    E('indirect', 'the result showed that voters wanted a city hall "that answers the phone."', O, 'Okafor-Reyes', 'said'),
    E('direct', "Twelve months ago, people told us we couldn't win this,", O, 'Okafor-Reyes', 'said', mention='she'),
    E('direct', 'Tonight, the north side, the south side and the east side said something different.', O, 'Okafor-Reyes', '', mention='she'),
    E('indirect', 'to hold her first public meeting on housing within 30 days of taking office', O, 'Okafor-Reyes', 'promised', mention='She'),
    E('indirect', 'she would ask the Common Council to freeze new parking fees while the city reviewed them', O, 'Okafor-Reyes', 'said', mention='She', mctx='She promised'),
    E('block', "This is not my city hall. It is not Vincent's city hall. It belongs to the bus driver, the nurse and the kid who has never once seen a mayor on her block, and starting in April, it will act like it.", O, 'Okafor-Reyes', ':', mention='she'),
    E('direct', 'I called Adaeze a few minutes ago and congratulated her,', D, "D'Amico", 'told'),
    E('direct', 'The voters have spoken, and they spoke clearly. I will do everything I can to make the transition a smooth one.', D, "D'Amico", ''),
    E('indirect', 'he was "proud of every single day" of his three terms and would not rule out a future run for office', D, "D'Amico", 'said', mention='He'),
    E('direct', 'Ask me in a month.', D, "D'Amico", 'replied', mention='he'),
    E('indirect', 'Outside groups spent more than $4.1 million', 'filings compiled by the Wisconsin Democracy Campaign', 'Campaign|filings', 'according to'),
    E('partial', 'a flood of dark money', 'Thomas R. Lindqvist-Hale', 'Lindqvist-Hale', 'called'),
    E('direct', 'We were outspent three to one in the last two weeks,', 'Thomas R. Lindqvist-Hale', 'Lindqvist-Hale', 'said in a statement', mention='he'),
    E('direct', 'That is not an excuse. It is a fact.', 'Thomas R. Lindqvist-Hale', 'Lindqvist-Hale', '', mention='he'),
    E('indirect', 'the campaign had been funded "overwhelmingly by small donors"', 'Mateo de la Cruz', 'Cruz', 'said'),
    E('indirect', "D'Amico had raised more money directly than his challenger had", 'Mateo de la Cruz', 'Cruz', 'noted'),
    E('indirect', "she had voted for D'Amico in all three of his previous races", 'Gwendolyn Oyelaran', 'Oyelaran', 'said'),
    E('direct', 'I liked Vincent. I still like him,', 'Gwendolyn Oyelaran', 'Oyelaran', 'said', mention='she'),
    E('direct', 'But my rent went up 40 percent in three years, and I needed somebody to at least say that out loud.', 'Gwendolyn Oyelaran', 'Oyelaran', '', mention='she'),
    E('indirect', 'the result fit a broader pattern', 'Political scientists', 'scientists', 'said'),
    E('direct', 'Incumbent mayors are vulnerable right now almost everywhere housing has become unaffordable,', 'Priyanka Suresh-Mahler', 'Suresh-Mahler', 'said'),
    E('direct', "It doesn't matter much which party they belong to.", 'Priyanka Suresh-Mahler', 'Suresh-Mahler', ''),
    E('indirect', 'Voter turnout was about 41%, the highest for a spring mayoral election since 2004', 'election officials', 'officials', 'said'),
    E('partial', 'Fix Our Schools', 'its backers', 'backers', 'dubbed', False),
    E('direct', 'She was always the one who argued with everybody at the dinner table,', 'Ngozi Okafor', 'Ngozi', 'said', mention='she', mctx='she said, laughing'),
    E('direct', 'Now she gets paid for it.', 'Ngozi Okafor', 'Ngozi', '', mention='she', mctx='she said, laughing'),
]

DOCS['04_au_parliament.txt'] = [
    E('indirect', 'internal Treasury documents obtained under freedom of information showed the fund would cost $2.3 billion more over four years than the government had disclosed in the budget', 'Duncan Ferrier-Walsh', 'Ferrier-Walsh', 'told'),
    E('direct', 'The Treasurer stood at that despatch box in November and told this House the fund was fully costed,', 'Duncan Ferrier-Walsh', 'Ferrier-Walsh', 'said'),
    E('direct', "Either she didn't read her own department's advice, or she read it and chose not to tell us. Which is it?", 'Duncan Ferrier-Walsh', 'Ferrier-Walsh', ''),
    E('indirect', 'the documents reflected "an early draft of modelling that was superseded months ago"', "Siobhan O'Halloran", "O'Halloran", 'said'),
    E('partial', 'cherry-picking a single page from a 90-page brief', "Siobhan O'Halloran", "O'Halloran", 'accused'),
    E('direct', 'I stand by every figure I have given this parliament,', "Siobhan O'Halloran", "O'Halloran", 'said', mention='she'),
    E('indirect', 'the government was "running a protection racket" for the Treasurer', 'Bronwyn Tsakalos', 'Tsakalos', 'saying'),
    E('indirect', 'she did not regret the interjection', 'Bronwyn Tsakalos', 'Tsakalos', 'told', mention='She', mctx='She later told reporters'),
    E('indirect', 'she had "the full confidence of me and the whole cabinet"', 'Anthony Kostelnik', 'Kostelnik', 'saying'),
    E('direct', 'This is a government that has built more social housing in three years than the previous lot built in nine,', 'Anthony Kostelnik', 'Kostelnik', 'said'),
    E('direct', 'They can wave their bits of paper around all they like.', 'Anthony Kostelnik', 'Kostelnik', ''),
    E('indirect', 'the dispute showed that both major parties were "more interested in fighting about spreadsheets than building homes"', 'Mehreen Abdul-Rahim', 'Abdul-Rahim', 'said'),
    E('direct', "Whatever the true cost is, it's nowhere near enough,", 'Mehreen Abdul-Rahim', 'Abdul-Rahim', 'said', mention='she'),
    E('direct', 'There are 170,000 households on social housing waitlists and this fund barely scratches the surface.', 'Mehreen Abdul-Rahim', 'Abdul-Rahim', '', mention='she'),
    E('indirect', 'the department did not comment on advice provided to ministers', 'A Treasury spokesperson', 'spokesperson', 'said'),
    E('indirect', "Treasury officials warned in August that higher construction costs and interest rates could push the fund's total outlays well beyond the $10 billion announced in the budget", 'the documents', 'documents|officials', 'according to'),
    E('indirect', 'the figure cited by the opposition "assumes interest rates stay where they were a year ago, which they haven\'t"', 'A senior government source', 'source', 'said'),
    E('indirect', 'she would move a motion on Thursday asking the parliamentary budget office to cost the fund independently', 'Dr Kaitlyn Nguyen-Tran', 'Nguyen-Tran', 'said'),
    E('direct', 'The public deserves a number that neither side can spin,', 'Dr Kaitlyn Nguyen-Tran', 'Nguyen-Tran', 'said'),
    E('direct', "That's not a radical idea. It's the whole reason the PBO exists.", 'Dr Kaitlyn Nguyen-Tran', 'Nguyen-Tran', ''),
    E('indirect', 'the Coalition would support the motion', 'Peter Whitlock-Barnes', 'Whitlock-Barnes', 'said'),
    E('indirect', "Ms O'Halloran to correct the record \"before the end of the sitting week\"", 'Peter Whitlock-Barnes', 'Whitlock-Barnes', 'called on'),
    E('indirect', 'cost blowouts were "entirely normal" for a program of this size', 'Professor Ravi Chandrasekaran', 'Chandrasekaran', 'said'),
    E('direct', "The question isn't whether the number moved,", 'Professor Ravi Chandrasekaran', 'Chandrasekaran', 'said', mention='he'),
    E('direct', "It's whether the government knew and sat on it.", 'Professor Ravi Chandrasekaran', 'Chandrasekaran', '', mention='he'),
]

S = 'Adewale Oyinlola-Fashola'
DOCS['05_nigeria_politics.txt'] = [
    E('partial', 'gross misconduct, high-handedness and financial recklessness', 'Bisola Akintunde', 'Akintunde', 'accused'),
    E('indirect', 'the Speaker had failed to account for N1.4bn released to the Assembly for constituency projects and had refused to convene plenary for six weeks without explanation', 'Bisola Akintunde', 'Akintunde', 'said', mention='She'),
    E('direct', 'We gave him every opportunity to explain himself, but he chose to treat this House as his personal property,', 'Bisola Akintunde', 'Akintunde', 'told'),
    E('direct', 'Today, the members have spoken.', 'Bisola Akintunde', 'Akintunde', ''),
    E('indirect', 'to run "an open and accountable legislature" and to publish the Assembly\'s budget on its website within 30 days', 'Kolawole Olanrewaju-Ajayi', 'Olanrewaju-Ajayi', 'promised'),
    E('direct', 'I will not be a rubber stamp for anybody, whether in the executive or in my own party,', 'Kolawole Olanrewaju-Ajayi', 'Olanrewaju-Ajayi', 'said', mention='he'),
    E('partial', 'illegal, null and void', S, 'Oyinlola-Fashola', 'described'),
    E('indirect', 'the sitting did not meet the two-thirds requirement of the constitution', S, 'Oyinlola-Fashola', 'insisting'),
    E('indirect', 'he remained "the authentic Speaker of the Oyo State House of Assembly" and would challenge his removal in court', S, 'Oyinlola-Fashola', 'said', mention='the embattled Speaker'),
    E('direct', 'No amount of intimidation, hired thugs or brown envelopes will change the constitutional position. The so-called sitting was a gathering of aggrieved persons and not a plenary of this Honourable House.', S, 'Oyinlola-Fashola|statement', 'read', mention='The statement'),
    E('indirect', 'at least four of the lawmakers who signed the impeachment notice were not physically present at the sitting', 'Sources in the Assembly', 'Sources|sources', 'told'),
    E('indirect', 'the attendance register had been "doctored" to meet the required number', 'One of the sources, a senior staff member', 'sources|member|staff', 'said'),
    E('indirect', 'the executive arm would not interfere in the affairs of the legislature', 'Oluseyi Makinde-Ojo', 'Makinde-Ojo|Adegoke', 'said', mention='Makinde-Ojo'),
    E('direct', 'His Excellency respects the independence of the legislature. It is an internal matter of the House and he believes the members are capable of resolving it,', 'Dr Folasade Adegoke', 'Adegoke', 'said'),
    E('indirect', 'the governor had orchestrated the impeachment to weaken a Speaker who had been critical of his administration', 'the opposition All Progressives Congress (APC)', 'APC|Congress', 'alleged'),
    E('indirect', 'the crisis was "a coup against the legislature, planned and executed from Agodi Government House"', 'Alhaji Abdulrasheed Olawale Bello', 'Bello', 'said'),
    E('direct', 'Everybody in Oyo knows who the puppet master is,', 'Alhaji Abdulrasheed Olawale Bello', 'Bello', 'said'),
    E('indirect', 'officers had been deployed to the Assembly complex', 'SP Adewale Osifeso-Ladipo', 'Osifeso-Ladipo', 'confirmed'),
    E('indirect', 'anyone had been prevented from entering', 'SP Adewale Osifeso-Ladipo', 'Osifeso-Ladipo', 'denied'),
    E('direct', 'Our men were there to maintain law and order, not to take sides,', 'SP Adewale Osifeso-Ladipo', 'Osifeso-Ladipo', 'said', mention='he'),
    E('indirect', 'the command would not tolerate any breakdown of order', 'SP Adewale Osifeso-Ladipo', 'Osifeso-Ladipo', 'adding', mention='he'),
    E('indirect', 'both factions to "sheathe their swords" and allow the courts to decide', 'The Coalition for Good Governance in Oyo', 'Coalition|Fatunmbi', 'called on'),
    E('indirect', 'the validity of the impeachment would depend on whether 22 members, the two-thirds majority, had actually signed the notice', 'Prof. Oluwatoyin Adeniran-Coker', 'Adeniran-Coker', 'told'),
    E('direct', 'If the numbers are not there, the court will set it aside. It has happened before in Ekiti and in Edo,', 'Prof. Oluwatoyin Adeniran-Coker', 'Adeniran-Coker', 'said', mention='she'),
    E('direct', 'Na their own wahala be that,', 'Mama Sikirat', 'Sikirat', 'said'),
    E('direct', 'Make them fix road first.', 'Mama Sikirat', 'Sikirat', ''),
]

B = 'Ignacio Barrientos Mejía'
A = 'Juan Esteban Arboleda Quintero'
DOCS['06_latam_politics.txt'] = [
    E('indirect', 'lawmakers of bowing to the private pension funds', B, 'Barrientos', 'accused', False),
    E('direct', 'Today the Senate voted for the banks and against the grandmothers of Colombia,', B, 'Barrientos', 'wrote on X', mention='he'),
    E('direct', 'The people will remember who was on which side.', B, 'Barrientos', '', mention='he'),
    E('indirect', 'the government would not give up', A, 'Arboleda', 'told'),
    E('direct', 'No vamos a retroceder', A, 'Arboleda', 'said', mention='he'),
    E('direct', 'We are not going to back down', A, 'Arboleda', 'said', False, mention='he'),
    E('indirect', 'the executive was studying whether to present a new bill or call a popular consultation', A, 'Arboleda', 'adding', mention='he'),
    E('indirect', 'the reform would have "put the savings of 18 million Colombians in the hands of a government that cannot even run a hospital"', 'María Paz Echeverri Londoño', 'Echeverri', 'said'),
    E('direct', 'We are not against helping the elderly,', 'María Paz Echeverri Londoño', 'Echeverri', 'said'),
    E('direct', 'We are against doing it with money that belongs to workers and without a single serious study of its cost.', 'María Paz Echeverri Londoño', 'Echeverri', ''),
    E('indirect', 'the government had refused to accept amendments protecting people who had saved with private funds for more than 10 years', 'Hernando "Nando" Guzmán Pardo', 'Guzmán', 'said'),
    E('direct', 'We gave them three proposals and they said no to all three,', 'Hernando "Nando" Guzmán Pardo', 'Guzmán', 'said'),
    E('direct', 'You cannot ask for our votes and ignore our ideas.', 'Hernando "Nando" Guzmán Pardo', 'Guzmán', ''),
    E('indirect', 'it left the president, who is barred by the constitution from seeking re-election, with little to show for his central promise of "a pension for every old person"', 'Analysts', 'Analysts', 'said'),
    E('direct', 'Barrientos governs by speech, and Congress legislates by arithmetic,', 'Catalina Ospina de Brigard', 'Ospina', 'said'),
    E('direct', 'He never built the arithmetic.', 'Catalina Ospina de Brigard', 'Ospina', ''),
    E('partial', 'a victory for institutions over populism', 'Álvaro "El Mono" Restrepo Uribe', 'Restrepo', 'called'),
    E('indirect', 'it welcomed the decision and was ready to work with Congress on "a responsible reform that expands coverage without destroying savings"', 'Asofondos', 'Asofondos', 'said in a statement'),
    E('indirect', 'The peso gained 0.8% against the dollar after the vote, and Colombian bonds rallied', 'traders', 'traders', 'said'),
    E('partial', 'Pension yes, banks no', None, None, 'reading', False),
    E('direct', 'I worked every day of my life, selling arepas on the Séptima,', 'Rosa Elvira Cárdenas', 'Cárdenas', 'said', mention='she'),
    E('direct', 'Nobody ever gave me a paper to sign. Now they tell me there is no money for me.', 'Rosa Elvira Cárdenas', 'Cárdenas', '', mention='she'),
    E('indirect', 'the executive would meet party leaders on Monday', A, 'Arboleda', 'said'),
    E('indirect', 'Colombia has one of the lowest pension coverage rates in Latin America, with only about one in four people of retirement age receiving a pension', 'the Organisation for Economic Co-operation and Development', 'Organisation|OECD', 'according to'),
]

SD = 'Saoirse Delacourt-Mbeki'
DOCS['07_celebrity.txt'] = [
    E('indirect', 'Oscar nominee Saoirse Delacourt-Mbeki has withdrawn from the period drama "The Glass Orchard" less than a month before cameras were due to roll in Budapest', 'her representatives', 'representatives', 'confirmed'),
    E('indirect', 'the decision was "entirely due to scheduling conflicts" and that she remained "a huge admirer" of the project and its director', 'a spokesperson for the actress', 'spokesperson', 'said'),
    E('direct', 'Saoirse has the greatest respect for everyone involved and wishes the production nothing but success,', 'a spokesperson for the actress', 'spokesperson|statement', 'said', mention='the statement'),
    E('indirect', 'Delacourt-Mbeki and director Anatole Vásquez-Lindahl had clashed over the changes in a video call last week', 'Two people close to the production', 'people', 'told'),
    E('direct', 'It got heated,', 'one of the two people close to the production', 'people|one|them', 'said', mention='one of them'),
    E('direct', 'She felt the film had become a different film from the one she signed up for.', 'one of the two people close to the production', 'people|one|them', '', mention='one of them'),
    E('direct', 'Films change. That\'s what making them is," he wrote, alongside a photo of the empty set. "There\'s no bad blood here, just two people who care a lot about the same story.', 'Anatole Vásquez-Lindahl', 'Vásquez-Lindahl', 'wrote', mention='he', mctx='he wrote, alongside'),
    E('indirect', 'filming would go ahead as planned and that a replacement would be announced "in the coming days"', 'Halfmoon Pictures', 'Halfmoon', 'said in a separate statement'),
    E('indirect', 'casting a lead at such short notice would be difficult', 'Industry insiders', 'insiders', 'said'),
    E('direct', "You're looking for someone who is free for twelve weeks from next month, can do the accent and is bankable enough for the financiers,", "Marguerite O'Rourke-Hahn", "O'Rourke-Hahn", 'said'),
    E('direct', "That's a very short list.", "Marguerite O'Rourke-Hahn", "O'Rourke-Hahn", ''),
    E('partial', 'allergic to playing the girlfriend', SD, 'Delacourt-Mbeki', 'described', mention='She', mctx='She has described herself'),
    E('indirect', 'she turned down far more projects than she accepted', SD, 'Delacourt-Mbeki', 'said', mention='she', mctx='she said she turned'),
    E('direct', "If I don't recognise the woman on the page, I can't play her,", SD, 'Delacourt-Mbeki', 'said', mention='she'),
    E('direct', "I've tried. It's miserable for everybody.", SD, 'Delacourt-Mbeki', '', mention='she'),
    E('partial', 'curse', None, None, '', False),
    E('direct', 'At this point The Glass Orchard is a myth we tell children.', 'One fan', 'fan', 'wrote on X'),
]

R = 'Rukhsana Bibi-Hollis'
DOCS['08_police_crime.txt'] = [
    E('indirect', 'Two men have been arrested after an armed robbery at a jewellery shop in Leeds city centre in which a member of staff was threatened with a machete', 'West Yorkshire Police', 'Police', 'said'),
    E('indirect', 'The men, aged 24 and 31, were detained in the Harehills area early on Sunday morning and remain in custody', 'West Yorkshire Police', 'Police|force', 'said in a statement', mention='the force'),
    E('indirect', 'the raid had lasted less than two minutes', R, 'Bibi-Hollis', 'said'),
    E('direct', 'This was a terrifying ordeal for the staff and for the shoppers who witnessed it,', R, 'Bibi-Hollis', 'said', mention='she'),
    E('direct', 'I want to reassure the public that we are doing everything we can to find the third man and to recover the stolen property.', R, 'Bibi-Hollis', '', mention='she'),
    E('indirect', 'anyone with dashcam or mobile phone footage of Briggate between 4.30pm and 5.15pm to contact police', R, 'Bibi-Hollis', 'appealed for', False, mention='She'),
    E('indirect', 'detectives believe the gang may be linked to at least two similar raids in Sheffield and Manchester this year', 'a source with knowledge of the investigation', 'source', 'according to'),
    E('indirect', 'a stolen motorbike found abandoned in Chapeltown on Saturday night was being examined by forensic teams', 'a source with knowledge of the investigation', 'source', 'said'),
    E('direct', 'We are keeping an open mind and are liaising with neighbouring forces,', 'A police spokesman', 'spokesman', 'said', mention='he'),
    E('indirect', 'his staff were "shaken but unhurt"', 'Vikram Rao', 'Rao', 'said'),
    E('direct', 'My colleague had a blade held a foot from her face,', 'Vikram Rao', 'Rao', 'told'),
    E('direct', "She's been working here for 22 years, and she came in this morning to help clean up. That tells you everything about her.", 'Vikram Rao', 'Rao', ''),
    E('indirect', 'seeing the men flee on two motorbikes towards the Headrow', 'Witnesses', 'Witnesses', 'described', False),
    E('indirect', 'he heard "a noise like someone dropping a tray of glasses, over and over"', 'Callum Fitzgerald-Oduya', 'Fitzgerald-Oduya', 'said'),
    E('direct', 'People were just frozen,', 'Callum Fitzgerald-Oduya', 'Fitzgerald-Oduya', 'said', mention='he'),
    E('direct', "One woman was holding her little boy's face into her coat so he couldn't see.", 'Callum Fitzgerald-Oduya', 'Fitzgerald-Oduya', '', mention='he', mctx='he said. "One woman'),
    E('indirect', 'it would review security in the shopping district with businesses and the police', 'Leeds City Council', 'Council', 'said'),
    E('partial', 'brazen and cowardly', 'Councillor Jonathan Pryce-Adebayo', 'Pryce-Adebayo', 'called'),
    E('indirect', 'extra patrols would be in place over the coming week', 'Councillor Jonathan Pryce-Adebayo', 'Pryce-Adebayo', 'said'),
    E('indirect', 'robbery of business property in England and Wales rose by 14% in the year to March', 'Figures published by the Office for National Statistics', 'Figures|Office|Statistics', 'showed', False),
    E('indirect', 'smaller independent shops are being targeted because they cannot afford the security of larger chains', "The British Jewellers' Association", 'Association', 'has warned'),
    E('indirect', 'many members now kept most of their stock in safes during opening hours', 'Harriet Lomax-Singh', 'Lomax-Singh', 'said'),
    E('direct', "It's a sad state of affairs when a jeweller can't put jewellery in the window,", 'Harriet Lomax-Singh', 'Lomax-Singh', 'said', mention='she'),
]

H = 'Niels-Jan van der Heijden'
DOCS['09_union_strike.txt'] = [
    E('indirect', 'more than 90 per cent of its members at the affected terminals had stopped work', 'the FNV Havens union', 'union|FNV', 'said', mention='The union'),
    E('direct', 'Our members have watched the profits of these companies explode while their own wages have gone nowhere,', H, 'Heijden', 'said'),
    E('direct', 'We did not want this strike. The employers chose it.', H, 'Heijden', ''),
    E('indirect', 'automation was "the real issue" and that workers would not accept "a future decided by algorithms in an office in Dubai"', H, 'Heijden', 'told'),
    E('indirect', 'its offer was "fair and generous" and that the strike would cause "serious damage to the competitiveness of the port at a very difficult moment for European trade"', 'Deltaport Terminals', 'Deltaport', 'said in a statement'),
    E('direct', 'We remain ready to return to the table at any time,', 'Deltaport Terminals', 'Deltaport|company', 'said', mention='the company'),
    E('direct', 'But we cannot sign an agreement that would make it impossible to invest in the terminal of the future.', 'Deltaport Terminals', 'Deltaport|company', '', mention='the company'),
    E('indirect', 'no permanent employee had lost their job because of automation in the past decade, and that the company had retrained more than 300 workers since 2019', 'Maarten de Boer-Achterberg', 'Boer-Achterberg', 'wrote on LinkedIn'),
    E('indirect', 'about 40 ships were delayed', 'The Port of Rotterdam Authority', 'Authority', 'said'),
    E('direct', 'The effects will be felt for at least a week after the strike ends,', 'Femke Janssen-Öztürk', 'Janssen-Öztürk', 'said'),
    E('indirect', 'the authority was not a party to the talks', 'Femke Janssen-Öztürk', 'Janssen-Öztürk', 'said', mention='She'),
    E('indirect', 'both sides to find a solution quickly', 'Femke Janssen-Öztürk', 'Janssen-Öztürk', 'urged', mention='She'),
    E('indirect', 'it had rerouted three vessels "as a precaution"', 'A spokesman for the Danish shipping group Nordhavn Line', 'spokesman|Nordhavn', 'said'),
    E('indirect', 'he had worked at the port for 21 years', 'Mustafa Ait El Caid', 'Caid', 'said'),
    E('direct', 'When I started, we were forty people on a shift. Now we are twelve,', 'Mustafa Ait El Caid', 'Caid', 'said', mention='he'),
    E('direct', 'Next they want six. Who do you think the six will be?', 'Mustafa Ait El Caid', 'Caid', '', mention='he'),
    E('indirect', 'a short strike would have a limited effect on the Dutch economy', 'Economists', 'Economists', 'said'),
    E('indirect', 'each day of disruption cost the port economy around €60 million', 'ING', 'ING', 'estimated'),
    E('indirect', 'further action, including a week-long stoppage in July, could follow if there is no improved offer', 'the FNV Havens union', 'union|FNV', 'has warned', mention='The union'),
    E('partial', 'irresponsible', "The employers' association, VWH", 'VWH|association', 'called'),
    E('indirect', 'the government would not intervene in the dispute', 'Sanne Wijnberg-Kaya', 'Wijnberg-Kaya', 'said'),
    E('direct', 'This is a matter for the social partners,', 'Sanne Wijnberg-Kaya', 'Wijnberg-Kaya', 'told', mention='she'),
    E('direct', 'But I call on both of them to realise what is at stake for the whole country.', 'Sanne Wijnberg-Kaya', 'Wijnberg-Kaya', '', mention='she'),
    E('indirect', "the union would hold a members' meeting on Wednesday to decide on next steps", H, 'Heijden', 'said'),
]

DOCS['10_climate_summit.txt'] = [
    E('indirect', 'ministers were still trading numbers ranging from $250 billion to $1.3 trillion a year', 'Delegates', 'Delegates', 'said'),
    E('indirect', 'the text represented "backsliding of the worst kind"', 'The Alliance of Small Island States', 'Alliance', 'said'),
    E('indirect', 'its members could not accept a deal that did not protect them', 'The Alliance of Small Island States', 'Alliance', 'warned'),
    E('direct', 'We came here to talk about survival, and we are being offered a spreadsheet,', 'Cedric Tuilagi-Faleolo', 'Tuilagi-Faleolo', 'said'),
    E('direct', 'Our islands will not wait for your accounting.', 'Cedric Tuilagi-Faleolo', 'Tuilagi-Faleolo', ''),
    E('indirect', 'it was prepared to take on a "leading role"', 'The European Union', 'Union|EU', 'said'),
    E('indirect', 'emerging economies such as China and Saudi Arabia should also contribute', 'The European Union', 'Union|EU', 'insisted', mention='The European Union'),
    E('direct', 'The world of 1992 is not the world of 2024,', 'Henrik Sørensen-Vogt', 'Sørensen-Vogt', 'told'),
    E('direct', 'Countries that have become wealthy since then have responsibilities too.', 'Henrik Sørensen-Vogt', 'Sørensen-Vogt', ''),
    E('indirect', 'developed countries were trying to "shift their obligations onto others" and that any contributions from developing nations must remain voluntary', 'Liu Zhenhua', 'Liu|Zhenhua', 'said'),
    E('indirect', 'the draft was "unbalanced" and that the "so-called" ambition of rich countries "is not matched by a single dollar on the table"', "India's delegation", 'India|delegation', 'said', mention='it'),
    E('indirect', 'it would block any language that singled out fossil fuels', 'Saudi Arabia', 'Saudi', 'said'),
    E('indirect', 'the summit should focus on finance "and not reopen what was agreed in Dubai"', 'Prince Khalid bin Nasser Al-Rashidi', 'Al-Rashidi|Khalid', 'told'),
    E('indirect', 'the U.S. would "play a constructive role until the last day"', 'A senior State Department official', 'official', 'said'),
    E('partial', 'Pay Up', None, None, 'reading', False),
    E('partial', 'Trillions, Not Billions', None, None, 'reading', False),
    E('indirect', 'it was ready to help broker a compromise', 'Brazil', 'Brazil', 'said'),
    E('direct', 'There is a landing zone. It is narrow, but it exists,', 'Ana Luíza Moreira da Silva', 'Moreira|Silva', 'said'),
    E('indirect', 'a deal would probably combine public money from rich countries with private investment and new levies on aviation or shipping', 'Ana Luíza Moreira da Silva', 'Moreira|Silva', 'said', mention='She'),
    E('indirect', 'the mood was worse than at the same point last year', 'Observers', 'Observers', 'said'),
    E('direct', 'I have been to fourteen of these meetings, and this is the first time I have seen the presidency lose control of the room this early,', 'Dr Josephine Wanjiru-Kamau', 'Wanjiru-Kamau', 'said'),
    E('indirect', 'his country faced "an existential question" and that "the language of compromise sounds different when your house is one metre above the sea"', 'Mohamed Nasheed-Latheef', 'Nasheed-Latheef', 'said', mention='He'),
    E('indirect', 'a new draft would be published on Friday morning', 'The presidency', 'presidency', 'said'),
    E('indirect', 'Climate finance needs for developing countries excluding China will reach $2.4 trillion a year by 2030', 'an independent expert group commissioned by the UN', 'group', 'according to'),
]

N = 'Nordic Air'
DOCS['11_aviation.txt'] = [
    E('indirect', 'A Nordic Air flight from Oslo to New York made an emergency landing at Keflavik International Airport on Friday after a sudden loss of cabin pressure forced the crew to descend rapidly over the North Atlantic', N, 'Nordic|airline', 'said', mention='the airline'),
    E('indirect', 'Eleven people were assessed by paramedics and two were taken to hospital with minor injuries', 'Icelandic police', 'police', 'according to'),
    E('direct', 'The crew followed procedures and the aircraft landed without further incident,', N, 'Nordic|airline', 'said in a statement'),
    E('direct', 'We sincerely apologise to our passengers for the distress this has caused and are arranging onward travel for everyone affected.', N, 'Nordic|airline', ''),
    E('indirect', 'the aircraft had descended from about 36,000 feet to 10,000 feet in around four minutes after a pressurisation warning', N, 'Nordic|airline', 'said', mention='The airline'),
    E('direct', 'There was a bang and then the masks dropped and the plane just went down,', 'Halldór Sigurðsson-Berg', 'Sigurðsson-Berg', 'said'),
    E('direct', 'People were screaming. I texted my wife that I loved her.', 'Halldór Sigurðsson-Berg', 'Sigurðsson-Berg', ''),
    E('indirect', 'the cabin crew had been "incredibly calm"', 'Aoife Ní Bhriain', 'Bhriain', 'said'),
    E('direct', "One of the flight attendants was kneeling in the aisle holding an older man's hand the whole way down,", 'Aoife Ní Bhriain', 'Bhriain', 'told', mention='she'),
    E('direct', 'I will never forget her face.', 'Aoife Ní Bhriain', 'Bhriain', '', mention='she'),
    E('indirect', "it had opened an investigation and had secured the aircraft's flight data and cockpit voice recorders", 'The Icelandic Transportation Safety Board', 'Board', 'said'),
    E('direct', 'It is far too early to speculate about the cause,', 'Guðrún Ósk Pálsdóttir', 'Pálsdóttir', 'said'),
    E('direct', 'Our first task is to understand the sequence of events in the cockpit and in the cabin.', 'Guðrún Ósk Pálsdóttir', 'Pálsdóttir', ''),
    E('indirect', "investigators from Norway's accident board and from Airbus would join the inquiry, and that a preliminary report would be published within 30 days", 'Guðrún Ósk Pálsdóttir', 'Pálsdóttir', 'said'),
    E('indirect', 'the same aircraft had reported a pressurisation fault on a flight to Málaga two weeks earlier', 'A person familiar with the maintenance records', 'person', 'said'),
    E('indirect', 'The fault had been fixed and the jet cleared to fly', 'A person familiar with the maintenance records', 'person', 'said'),
    E('indirect', 'the airline "would not comment on matters that are the subject of an investigation"', 'Jens-Petter Aasland', 'Aasland', 'said'),
    E('indirect', 'safety was never compromised', 'Jens-Petter Aasland', 'Aasland', 'insisted'),
    E('direct', 'Every aircraft we fly is airworthy. Full stop,', 'Jens-Petter Aasland', 'Aasland', 'said'),
    E('indirect', 'it had raised "repeated concerns" with the airline about the time allowed for maintenance checks between flights', "The Norwegian pilots' union", 'union', 'said in a post on X'),
    E('indirect', 'rapid decompressions were rare but usually survivable', 'Rafael Oyarzún-Whitby', 'Oyarzún-Whitby', 'said'),
    E('direct', 'Pilots train for this constantly, and the masks buy you plenty of time,', 'Rafael Oyarzún-Whitby', 'Oyarzún-Whitby', 'said', mention='he'),
    E('direct', 'The question investigators will ask is why it happened twice on the same airframe.', 'Rafael Oyarzún-Whitby', 'Oyarzún-Whitby', '', mention='he'),
]

F = 'Declan Fitzmaurice-Kerr'
DOCS['12_factcheck.txt'] = [
    E('indirect', 'the Carraig Mór offshore wind farm off the coast of County Wexford "killed thousands of seabirds in its first month"', 'A video shared more than 400,000 times on Facebook and TikTok', 'video', 'claims'),
    E('indirect', 'the turbines were "a slaughterhouse in the sky"', F, 'Fitzmaurice-Kerr', 'told'),
    E('direct', 'They told us these things were green. Green for who? Not for the gannets,', F, 'Fitzmaurice-Kerr', 'said'),
    E('indirect', 'the real number of recorded deaths is far lower', 'the scientists who monitor it', 'scientists', 'say'),
    E('partial', 'Carraig Mór did this', None, None, 'reading', False),
    E('indirect', 'its monitoring teams had recorded 41 dead seabirds along the Wexford coast during May, compared with an average of 38 for the same month over the previous five years', 'The National Parks and Wildlife Service', 'Service|NPWS', 'said'),
    E('direct', 'There is nothing in our data to suggest a spike linked to the wind farm,', 'Dr Orla Ní Mhaoláin', 'Mhaoláin', 'said'),
    E('direct', 'Seabird mortality in late spring is normal. Storms, food shortages and avian flu all play a part.', 'Dr Orla Ní Mhaoláin', 'Mhaoláin', ''),
    E('indirect', 'the photographs in the video appeared to show guillemots, which rarely fly at the height of turbine blades', 'Dr Orla Ní Mhaoláin', 'Mhaoláin', 'added', mention='She'),
    E('indirect', 'bird-detection cameras on four of its turbines had recorded three collisions since the farm began operating in April', 'Carraig Mór Wind DAC', 'DAC|developer', 'said'),
    E('direct', 'We take our environmental obligations seriously and publish our monitoring results every quarter,', 'Carraig Mór Wind DAC', 'DAC|developer|company', 'said', mention='the company'),
    E('direct', 'We would encourage anyone with concerns to read them.', 'Carraig Mór Wind DAC', 'DAC|developer|company', '', mention='the company'),
    E('indirect', 'the risk varies a lot from site to site', 'researchers', 'researchers', 'say'),
    E('indirect', 'offshore farms posed the greatest risk to species such as gannets and kittiwakes that fly at blade height', 'Professor Kwabena Asante-Doyle', 'Asante-Doyle', 'said'),
    E('direct', 'It would be wrong to say wind farms are harmless to birds,', 'Professor Kwabena Asante-Doyle', 'Asante-Doyle', 'said', mention='he'),
    E('direct', 'But you have to compare them with the alternatives. Climate change is a far bigger threat to Irish seabirds than any turbine.', 'Professor Kwabena Asante-Doyle', 'Asante-Doyle', '', mention='he'),
    E('indirect', 'it had "no evidence" of mass deaths at Carraig Mór', 'BirdWatch Ireland', 'BirdWatch', 'told'),
    E('indirect', 'the group wanted "better, independent monitoring, not scare stories"', 'Siobhán Ó Riordáin', 'Riordáin', 'said'),
    E('indirect', 'he had been told about the deaths by "local fishermen who see what\'s happening out there every day" and that the official figures "can\'t be trusted"', F, 'Fitzmaurice-Kerr', 'said', mention='He'),
    E('indirect', 'he would "let the public decide"', F, 'Fitzmaurice-Kerr', 'said', mention='he'),
    E('partial', 'thousands', None, None, '', False, ctx='killed "thousands" of birds'),
]


def main():
    out = {'about': 'heldout4: 12 news articles written and annotated blind (session 3), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout3: start/end are UTF-8 byte '
                    'offsets, content excludes the quotation marks, "that" and the final period; speaker is the '
                    'fullest name the article uses; speaker_key is a word (or |-separated forms) that a correct '
                    'speaker name must contain; speaker_start/speaker_end is the mention for this claim (a pronoun '
                    'where the claim uses one); required=false entries are optional. An attribution whose quotation '
                    'is split by its cue covers both fragments and the cue between them.',
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
