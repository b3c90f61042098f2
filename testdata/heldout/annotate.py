#!/usr/bin/env python3
"""Writes the held-out articles (*.txt) and their hand annotation (gold.jsonl).

The articles were written for whosaid; they are synthetic. Each claim is given
by its exact content substring, its speaker, the mention nearest the cue and
the cue; this script computes UTF-8 byte offsets from the substrings and checks
that every span is found exactly where intended. Run from this directory:
python3 annotate.py [-v]
"""
import json, re, sys

ARTICLES = []  # (id, text, [claims])


class Q:
    """One gold claim. content/mention are exact substrings of the article.

    nth picks among several occurrences of content; mctx is a unique
    substring that contains the mention (else the occurrence of mention
    nearest the content is taken); same=True copies the previous claim's
    speaker and mention (a quote continued with no cue)."""

    def __init__(self, content, kind, speaker=None, mention=None, cue='', group=None, nth=0, mctx=None, same=False):
        self.__dict__.update(locals())
        del self.__dict__['self']


def find_all(text, sub, word=False):
    if word:
        return [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(sub) + r'(?!\w)', text)]
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def article(name, text, claims):
    ARTICLES.append(('heldout/' + name, text, claims))


def build(verbose):
    recs = []
    for aid, text, claims in ARTICLES:
        b = lambda i: len(text[:i].encode('utf-8'))
        quotes, prev = [], None
        for q in claims:
            occ = find_all(text, q.content)
            assert occ, (aid, q.content)
            assert q.nth or len(occ) == 1, ('ambiguous content', aid, q.content)
            cs = occ[q.nth]
            ce = cs + len(q.content)
            rec = {'start': b(cs), 'end': b(ce), 'text': q.content, 'kind': q.kind, 'cue': q.cue}
            if q.same:
                rec['speaker'] = prev['speaker']
                rec['speaker_start'], rec['speaker_end'] = prev['speaker_start'], prev['speaker_end']
            elif q.speaker:
                if q.mctx:
                    occ = find_all(text, q.mctx)
                    assert len(occ) == 1, ('mctx', aid, q.mctx, len(occ))
                    ms = occ[0] + q.mctx.index(q.mention)
                else:
                    occ = find_all(text, q.mention, word=True)
                    assert occ, ('mention', aid, q.mention)
                    dist = lambda s: max(cs - (s + len(q.mention)), s - ce, 0)
                    ms = min(occ, key=dist)
                me = ms + len(q.mention)
                assert not (ms < ce and cs < me), ('mention inside content', aid, q.mention)
                rec['speaker'] = q.speaker
                rec['speaker_start'], rec['speaker_end'] = b(ms), b(me)
            if q.group:
                rec['group'] = q.group
            raw = text.encode('utf-8')
            assert raw[rec['start']:rec['end']].decode('utf-8') == q.content
            if 'speaker_start' in rec:
                assert raw[rec['speaker_start']:rec['speaker_end']].decode('utf-8') == (q.mention if not q.same else prev_mention)
            if verbose:
                m = raw[rec.get('speaker_start', 0):rec.get('speaker_end', 0)].decode('utf-8')
                ctx = raw[max(0, rec.get('speaker_start', 0) - 25):rec.get('speaker_end', 0) + 25].decode('utf-8', 'replace')
                print('%-22s %-8s %-10s %-28s | %-40r | %r' % (aid[8:30], q.kind, q.cue, rec.get('speaker'), m, q.content[:60]))
            quotes.append(rec)
            if not q.same:
                prev, prev_mention = rec, q.mention
        recs.append({'id': aid, 'text': text, 'quotes': quotes})
        with open(aid.split('/', 1)[1], 'w', encoding='utf-8') as f:
            f.write(text)
    with open('gold.jsonl', 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    if verbose:
        for aid, text, _ in ARTICLES:
            print(aid, len(text.split()), 'words')
    print('%d articles, %d claims' % (len(recs), sum(len(r['quotes']) for r in recs)))



# ---------------------------------------------------------------- articles

article('01_politics_wire.txt', """Senate passes $38 billion water bill after weeks of wrangling

WASHINGTON (AP) — The Senate on Tuesday narrowly approved a $38 billion package to repair the nation’s aging water systems, sending the measure to the House after weeks of wrangling over how the money would be divided among states.

The bill passed 52-47, with three Republicans joining Democrats.

“This is the most important investment in clean water in a generation,” Sen. Margaret L. Okonkwo, D-Minn., the bill’s chief sponsor, said on the Senate floor. “Families in every state will feel it.”

Republican leaders argued that the package was too expensive and would add to the deficit. Sen. Dale R. Whitcombe of Kansas called it “a wish list dressed up as an emergency.”

“We all want safe water. Nobody disputes that,” said Whitcombe, the ranking member of the Environment and Public Works Committee. “What we dispute is whether Washington should be writing the checks.”

The White House said in a statement that President Elena Marsh would sign the bill if it reached her desk unchanged.

House Speaker Thomas J. Brennan told reporters he expected a vote before the August recess, but he did not commit to a date.

“We’ll take it up when we take it up,” Brennan said.

Under the measure, states would receive money based on population and the age of their pipes. Okonkwo said the formula was fair to rural areas, which had been left behind by earlier programs.

Water utilities welcomed the vote. The American Water Works Council said the money would “begin to close a gap that has been growing for decades.”
""", [
    Q('This is the most important investment in clean water in a generation,', 'direct', 'Margaret L. Okonkwo', 'Sen. Margaret L. Okonkwo', 'said'),
    Q('Families in every state will feel it.', 'direct', same=True),
    Q('the package was too expensive and would add to the deficit', 'indirect', 'Republican leaders', 'Republican leaders', 'argued'),
    Q('a wish list dressed up as an emergency.', 'partial', 'Dale R. Whitcombe', 'Sen. Dale R. Whitcombe', 'called'),
    Q('We all want safe water. Nobody disputes that,', 'direct', 'Dale R. Whitcombe', 'Whitcombe', 'said', mctx='said Whitcombe'),
    Q('What we dispute is whether Washington should be writing the checks.', 'direct', same=True),
    Q('President Elena Marsh would sign the bill if it reached her desk unchanged', 'indirect', 'The White House', 'The White House', 'said'),
    Q('he expected a vote before the August recess', 'indirect', 'Thomas J. Brennan', 'House Speaker Thomas J. Brennan', 'told'),
    Q('We’ll take it up when we take it up,', 'direct', 'Thomas J. Brennan', 'Brennan', 'said'),
    Q('the formula was fair to rural areas, which had been left behind by earlier programs', 'indirect', 'Margaret L. Okonkwo', 'Okonkwo', 'said'),
    Q('the money would “begin to close a gap that has been growing for decades.”', 'indirect', 'The American Water Works Council', 'The American Water Works Council', 'said'),
])

article('02_british_prisons.txt', """Prisons 'weeks away' from running out of space, governors warn

Prisons in England and Wales are ‘weeks away’ from running out of space, the head of the prison governors’ union has warned, as new figures showed the adult population reaching a record 88,412.

Tom Ashdown, general secretary of the Prison Governors Guild, said the system was 'running on fumes'.

‘We have been raising the alarm for two years and nobody has listened,’ Mr Ashdown said. ‘Governors are being asked to do the impossible.’

The Ministry of Justice said it was 'taking decisive action' and pointed to plans for 14,000 new places by 2031.

Prisons minister Lucy Farrant told MPs on Wednesday that early release schemes would be extended for a further six months. 'This is not a choice any government wants to make, but we don't have the cells,' she said. 'The alternative is worse.'

The shadow justice secretary, Ian Colquhoun, accused the government of ‘dithering’. He said: ‘The warnings were clear, and ministers chose to ignore them.’

Dr Priya Venkatesan, a criminologist at the University of Leeds, said overcrowding made rehabilitation almost impossible. ‘When three men share a cell built for one, education and work programmes are the first thing to go,’ she told the BBC.

The union’s figures will be published in full next week.
""", [
    Q('Prisons in England and Wales are ‘weeks away’ from running out of space', 'indirect', 'Tom Ashdown', 'the head of the prison governors’ union', 'warned'),
    Q("the system was 'running on fumes'", 'indirect', 'Tom Ashdown', 'Tom Ashdown', 'said'),
    Q('We have been raising the alarm for two years and nobody has listened,', 'direct', 'Tom Ashdown', 'Mr Ashdown', 'said'),
    Q('Governors are being asked to do the impossible.', 'direct', same=True),
    Q("it was 'taking decisive action'", 'indirect', 'The Ministry of Justice', 'The Ministry of Justice', 'said'),
    Q('early release schemes would be extended for a further six months', 'indirect', 'Lucy Farrant', 'Prisons minister Lucy Farrant', 'told'),
    Q("This is not a choice any government wants to make, but we don't have the cells,", 'direct', 'Lucy Farrant', 'she', 'said'),
    Q('The alternative is worse.', 'direct', same=True),
    Q('dithering', 'partial', 'Ian Colquhoun', 'Ian Colquhoun', 'accused'),
    Q('The warnings were clear, and ministers chose to ignore them.', 'direct', 'Ian Colquhoun', 'He', 'said'),
    Q('overcrowding made rehabilitation almost impossible', 'indirect', 'Priya Venkatesan', 'Dr Priya Venkatesan', 'said'),
    Q('When three men share a cell built for one, education and work programmes are the first thing to go,', 'direct', 'Priya Venkatesan', 'she', 'told'),
])

article('03_business_chips.txt', """Harbor Point Semiconductor to cut 1,200 jobs as chip demand slumps

Harbor Point Semiconductor said on Thursday it would cut about 1,200 jobs, or 9% of its workforce, and close a packaging plant in Penang as demand for chips used in personal computers continues to weaken.

The company’s shares fell 6.4% in early trading in New York.

“The market has not recovered the way we expected at the start of the year,” Chief Executive Rosalind Achterberg said on a call with analysts. “We are acting now so we can invest when it turns.”

Achterberg said the cuts would save about $310 million a year, with most of the savings realized by the end of 2025.

Revenue in the third quarter fell 14% to $2.1 billion, below analysts’ expectations of $2.3 billion, according to LSEG data.

Analysts were divided on the move. “It’s the right call, but it’s late,” said Marcus Oyelaran, an analyst at Brightwater Capital. “They were carrying too much capacity for too long.”

Others said the company risked losing ground to rivals. Jana Kowalczyk of Tidewell Securities said Harbor Point was “cutting into muscle, not fat,” and warned that its research budget could be next.

A report published last month by the consultancy Meridian Analytics found that PC chip inventories had fallen for three straight quarters. Demand is likely to recover only in the second half of next year, according to the report.

Harbor Point, which employs about 13,000 people worldwide, will report full-year results in February.
""", [
    Q('it would cut about 1,200 jobs, or 9% of its workforce, and close a packaging plant in Penang', 'indirect', 'Harbor Point Semiconductor', 'Harbor Point Semiconductor', 'said', mctx='Harbor Point Semiconductor said'),
    Q('The market has not recovered the way we expected at the start of the year,', 'direct', 'Rosalind Achterberg', 'Chief Executive Rosalind Achterberg', 'said'),
    Q('We are acting now so we can invest when it turns.', 'direct', same=True),
    Q('the cuts would save about $310 million a year, with most of the savings realized by the end of 2025', 'indirect', 'Rosalind Achterberg', 'Achterberg', 'said'),
    Q('Revenue in the third quarter fell 14% to $2.1 billion, below analysts’ expectations of $2.3 billion', 'indirect', 'LSEG', 'LSEG data', 'according to'),
    Q('It’s the right call, but it’s late,', 'direct', 'Marcus Oyelaran', 'Marcus Oyelaran', 'said'),
    Q('They were carrying too much capacity for too long.', 'direct', same=True),
    Q('the company risked losing ground to rivals', 'indirect', 'Others', 'Others', 'said'),
    Q('Harbor Point was “cutting into muscle, not fat,”', 'indirect', 'Jana Kowalczyk', 'Jana Kowalczyk', 'said'),
    Q('its research budget could be next', 'indirect', 'Jana Kowalczyk', 'Jana Kowalczyk', 'warned'),
    Q('PC chip inventories had fallen for three straight quarters', 'indirect', 'Meridian Analytics', 'A report published last month by the consultancy Meridian Analytics', 'found'),
    Q('Demand is likely to recover only in the second half of next year', 'indirect', 'the report', 'the report', 'according to'),
])

article('04_sport_basketball.txt', """Mariners edge Foxes in overtime to reach first final in 11 years

The Kestrel Bay Mariners beat the Northfield Foxes 98-94 in overtime on Saturday to reach the league final for the first time in 11 years.

Guard Tobias Reinholt scored 31 points, including a three-pointer with 12 seconds left in regulation that forced the extra period.

“I’ve missed that shot a hundred times in practice,” Reinholt said. “Tonight it went in. That’s basketball.”

Coach Dana Whitlock said her team had been “tired and sloppy” for three quarters but never stopped believing.

“At halftime I told them we were lucky to be down only nine,” Whitlock said. “They answered. I’m proud of every one of them.”

Northfield coach Ray Castellanos blamed fatigue and the officiating. “We had two starters playing on one leg,” he said. “And I’ll leave the calls to the league.”

Forward Emeka Duruji, who fouled out with four minutes left, said the loss would hurt “for a long, long time.”

Mariners center Malik Sorensen added 22 rebounds. Asked whether the team could win the final, he grinned. “Why not us?” he said.

The best-of-five final begins Thursday in Kestrel Bay.
""", [
    Q('I’ve missed that shot a hundred times in practice,', 'direct', 'Tobias Reinholt', 'Reinholt', 'said', mctx='Reinholt said'),
    Q('Tonight it went in. That’s basketball.', 'direct', same=True),
    Q('her team had been “tired and sloppy” for three quarters but never stopped believing', 'indirect', 'Dana Whitlock', 'Coach Dana Whitlock', 'said'),
    Q('At halftime I told them we were lucky to be down only nine,', 'direct', 'Dana Whitlock', 'Whitlock', 'said', mctx='nine,” Whitlock said'),
    Q('They answered. I’m proud of every one of them.', 'direct', same=True),
    Q('We had two starters playing on one leg,', 'direct', 'Ray Castellanos', 'he', 'said'),
    Q('And I’ll leave the calls to the league.', 'direct', same=True),
    Q('the loss would hurt “for a long, long time.”', 'indirect', 'Emeka Duruji', 'Forward Emeka Duruji', 'said'),
    Q('Why not us?', 'direct', 'Malik Sorensen', 'he', 'said', mctx='he said.\n\nThe best'),
])

article('05_court_treasurer.txt', """Former county treasurer gets six years for $2.4 million theft

BRIDGEWATER, Ohio — A former county treasurer who prosecutors said stole more than $2.4 million in public money to pay for vacation homes and a collection of vintage cars was sentenced on Monday to six years in federal prison.

Gordon P. Haverstock, 61, pleaded guilty in March to wire fraud and filing false tax returns.

Prosecutors said Mr. Haverstock moved money from county accounts into a shell company over nine years and covered his tracks with forged bank statements.

“This was not a lapse in judgment. It was a scheme, carefully built and carefully hidden,” Assistant U.S. Attorney Naomi Ferreira told the court.

U.S. District Judge Alvin T. Roebuck said the case had damaged public trust in a way that no sentence could repair. “The people of this county trusted you with their money,” the judge told Mr. Haverstock. “You treated it as your own.”

Mr. Haverstock’s lawyer, Celeste Dumont, had sought a sentence of three years, arguing that her client had repaid nearly $900,000 and suffered from a gambling addiction.

In a brief statement, Mr. Haverstock apologized to county residents. “I am ashamed,” he said. “I will spend the rest of my life trying to make this right.”

The judge also ordered him to pay $2.4 million in restitution. County Commissioner Lydia Marchetti said outside the courthouse that residents deserved to know how the theft had gone unnoticed for so long.
""", [
    Q('stole more than $2.4 million in public money to pay for vacation homes and a collection of vintage cars', 'indirect', 'prosecutors', 'prosecutors', 'said'),
    Q('Mr. Haverstock moved money from county accounts into a shell company over nine years and covered his tracks with forged bank statements', 'indirect', 'Prosecutors', 'Prosecutors', 'said'),
    Q('This was not a lapse in judgment. It was a scheme, carefully built and carefully hidden,', 'direct', 'Naomi Ferreira', 'Assistant U.S. Attorney Naomi Ferreira', 'told'),
    Q('the case had damaged public trust in a way that no sentence could repair', 'indirect', 'Alvin T. Roebuck', 'U.S. District Judge Alvin T. Roebuck', 'said'),
    Q('The people of this county trusted you with their money,', 'direct', 'Alvin T. Roebuck', 'the judge', 'told', mctx='the judge told Mr. Haverstock'),
    Q('You treated it as your own.', 'direct', same=True),
    Q('her client had repaid nearly $900,000 and suffered from a gambling addiction', 'indirect', 'Celeste Dumont', 'Celeste Dumont', 'arguing'),
    Q('I am ashamed,', 'direct', 'Gordon P. Haverstock', 'he', 'said'),
    Q('I will spend the rest of my life trying to make this right.', 'direct', same=True),
    Q('residents deserved to know how the theft had gone unnoticed for so long', 'indirect', 'Lydia Marchetti', 'County Commissioner Lydia Marchetti', 'said'),
])

article('06_science_walking.txt', """Short walk after dinner linked to lower diabetes risk in older adults

A daily 20-minute walk after dinner may lower the risk of type 2 diabetes in older adults, according to a study published on Wednesday in the journal Metabolic Health.

Researchers at the University of Aberlyn followed 4,300 adults aged 60 and over for eight years. The study found that those who walked after their evening meal were 18% less likely to develop the disease than those who did not.

“The effect was larger than we expected, and it held up after we accounted for diet, weight and income,” said Dr. Helena Marchbank, an epidemiologist who led the research.

Marchbank said the timing appeared to matter: walks taken in the morning showed a smaller benefit. She cautioned that the study was observational and could not prove cause and effect.

Dr. Samuel Achebe-Lind, a diabetes specialist at St. Columba’s Hospital who was not involved in the study, called the findings “encouraging but not definitive.”

“People should not read this as a cure,” he said. “But it is cheap, it is safe, and almost anyone can do it.”

The researchers said they planned a randomized trial beginning next year. The study was funded by the National Institute on Aging.

Diabetes affects about 1 in 4 Americans over 65, according to the Centers for Disease Control and Prevention.
""", [
    Q('A daily 20-minute walk after dinner may lower the risk of type 2 diabetes in older adults', 'indirect', 'the study', 'a study', 'according to'),
    Q('those who walked after their evening meal were 18% less likely to develop the disease than those who did not', 'indirect', 'the study', 'The study', 'found', mctx='The study found'),
    Q('The effect was larger than we expected, and it held up after we accounted for diet, weight and income,', 'direct', 'Helena Marchbank', 'Dr. Helena Marchbank', 'said'),
    Q('the timing appeared to matter: walks taken in the morning showed a smaller benefit', 'indirect', 'Helena Marchbank', 'Marchbank', 'said', mctx='Marchbank said'),
    Q('the study was observational and could not prove cause and effect', 'indirect', 'Helena Marchbank', 'She', 'cautioned'),
    Q('encouraging but not definitive.', 'partial', 'Samuel Achebe-Lind', 'Dr. Samuel Achebe-Lind', 'called'),
    Q('People should not read this as a cure,', 'direct', 'Samuel Achebe-Lind', 'he', 'said'),
    Q('But it is cheap, it is safe, and almost anyone can do it.', 'direct', same=True),
    Q('they planned a randomized trial beginning next year', 'indirect', 'The researchers', 'The researchers', 'said'),
    Q('Diabetes affects about 1 in 4 Americans over 65', 'indirect', 'the Centers for Disease Control and Prevention', 'the Centers for Disease Control and Prevention', 'according to'),
])

article('07_multipara_mill.txt', """Town vows to fight on as century-old mill prepares to close

HOLLOWAY SPRINGS, Colo. — For 40 years, the Bellwether Mill was the reason this mountain town existed. On Friday, its owners said it would close for good in December, taking 230 jobs with it.

Mayor Constance Ridley, whose father and grandfather both worked at the mill, spoke at an emotional town meeting on Friday evening.

“I grew up hearing that whistle every morning at six. My father would be out the door before it stopped. This town set its clocks by that mill.

“I won’t pretend we have an answer tonight. But I will not let anybody tell us that Holloway Springs is finished,” she told a crowd of several hundred people in the high school gym.

Ashford Timber, which bought the mill in 2016, said in a statement that falling lumber prices and rising energy costs had made the site unprofitable. The company said it would offer severance to all employees and help them find work at its other plants in Oregon and Idaho.

Not everyone was convinced. “They said the same thing when they closed the plant in Millbrook,” said Wendell Oakes, 58, a saw operator who has worked at the mill since he was 19. “Nobody I know got a job out of it.”

Gov. Patricia Nwosu said the state would send a team to the town next week. In a written statement, she said:

"Holloway Springs has weathered hard times before. The state will be there with job training, with small-business loans and with whatever else this community needs.

"We are not going to walk away."

The mill’s last shift is scheduled for Dec. 19.
""", [
    Q('it would close for good in December, taking 230 jobs with it', 'indirect', 'Ashford Timber', 'its owners', 'said'),
    Q('I grew up hearing that whistle every morning at six. My father would be out the door before it stopped. This town set its clocks by that mill.', 'direct', 'Constance Ridley', 'she', 'told', group='ridley', mctx='she told a crowd'),
    Q('I won’t pretend we have an answer tonight. But I will not let anybody tell us that Holloway Springs is finished,', 'direct', 'Constance Ridley', 'she', 'told', group='ridley', mctx='she told a crowd'),
    Q('falling lumber prices and rising energy costs had made the site unprofitable', 'indirect', 'Ashford Timber', 'Ashford Timber', 'said'),
    Q('it would offer severance to all employees and help them find work at its other plants in Oregon and Idaho', 'indirect', 'Ashford Timber', 'The company', 'said'),
    Q('They said the same thing when they closed the plant in Millbrook,', 'direct', 'Wendell Oakes', 'Wendell Oakes', 'said'),
    Q('Nobody I know got a job out of it.', 'direct', same=True),
    Q('the state would send a team to the town next week', 'indirect', 'Patricia Nwosu', 'Gov. Patricia Nwosu', 'said'),
    Q('Holloway Springs has weathered hard times before. The state will be there with job training, with small-business loans and with whatever else this community needs.', 'direct', 'Patricia Nwosu', 'she', 'said', group='nwosu', mctx='she said:'),
    Q('We are not going to walk away.', 'direct', 'Patricia Nwosu', 'she', 'said', group='nwosu', mctx='she said:'),
])

article('08_interview_novelist.txt', """'I wrote it for my grandmother': Julian Fairweather on his first novel in a decade

Julian Fairweather has not published a novel in ten years. The 54-year-old author, whose debut The Salt Orchard sold more than two million copies, says the silence was not planned.

“I started four books and threw all of them away,” he says, speaking from his home on the Northumberland coast. “At some point you have to admit the book you are writing isn’t the book you want to write.”

His new novel, The Lantern Year, follows three generations of a fishing family. Fairweather says it began with a story his grandmother told him about a storm in 1953.

He added: “She never said it was sad. She just said it was what happened. I wanted to write a book with that voice.”

Asked whether he felt pressure after the success of his first book, Fairweather was blunt: “Of course. Anyone who says otherwise is lying.”

His publisher, Hallam & Crewe, said the first print run would be 150,000 copies. Editor Miriam Abernathy described the novel as “the book he was always going to write.”

On his routine, he is specific: he writes from 5 a.m. until noon, never on weekends, and always by hand.

“The mornings are mine,” he said. “The afternoons belong to everybody else.”

He added: “I don’t read reviews any more. My wife reads them and tells me if I need to worry.”

The Lantern Year is published by Hallam & Crewe on 4 September.
""", [
    Q('the silence was not planned', 'indirect', 'Julian Fairweather', 'The 54-year-old author', 'says'),
    Q('I started four books and threw all of them away,', 'direct', 'Julian Fairweather', 'he', 'says', mctx='he says, speaking'),
    Q('At some point you have to admit the book you are writing isn’t the book you want to write.', 'direct', same=True),
    Q('it began with a story his grandmother told him about a storm in 1953', 'indirect', 'Julian Fairweather', 'Fairweather', 'says', mctx='Fairweather says it'),
    Q('She never said it was sad. She just said it was what happened. I wanted to write a book with that voice.', 'direct', 'Julian Fairweather', 'He', 'added', mctx='He added: “She'),
    Q('Of course. Anyone who says otherwise is lying.', 'direct', 'Julian Fairweather', 'Fairweather', ':', mctx='Fairweather was blunt'),
    Q('the first print run would be 150,000 copies', 'indirect', 'Hallam & Crewe', 'Hallam & Crewe', 'said', mctx='Hallam & Crewe, said'),
    Q('the book he was always going to write.', 'partial', 'Miriam Abernathy', 'Editor Miriam Abernathy', 'described'),
    Q('The mornings are mine,', 'direct', 'Julian Fairweather', 'he', 'said', mctx='he said. “The afternoons'),
    Q('The afternoons belong to everybody else.', 'direct', same=True),
    Q('I don’t read reviews any more. My wife reads them and tells me if I need to worry.', 'direct', 'Julian Fairweather', 'He', 'added', mctx='He added: “I don'),
])

article('09_pronouns_debate.txt', """Mayoral rivals clash over housing in only televised debate

The two candidates for mayor of Port Ellery clashed over housing on Tuesday night in their only televised debate before the May 3 election.

Councillor Beatrice Lindqvist, the front-runner, said the city needed to build 10,000 homes in five years. Her rival, former school principal Harriet Quaye, said that target was a fantasy.

“We have talked about housing for twenty years. I want to build it,” Lindqvist said.

Quaye shot back that the councillor had voted against three major developments since 2019. “She talks about building. Her record says otherwise,” she said.

Lindqvist said the votes had been about specific projects, not about housing in general. She accused Quaye of “rewriting history.”

“I voted against bad deals. I would do it again,” she said.

On transport, the two women found more common ground. Lindqvist said she supported extending the tram line to the airport, and Quaye agreed, though she said she would put the project to a referendum.

“People should have a say on a project this big,” she said.

Lindqvist’s campaign manager, Olivia Trent, told reporters after the debate that her candidate had ‘won comfortably’. She said Lindqvist would campaign in the northern wards this weekend.

A poll published last week by the Port Ellery Herald put Lindqvist ahead by six points.
""", [
    Q('the city needed to build 10,000 homes in five years', 'indirect', 'Beatrice Lindqvist', 'Councillor Beatrice Lindqvist', 'said'),
    Q('that target was a fantasy', 'indirect', 'Harriet Quaye', 'former school principal Harriet Quaye', 'said'),
    Q('We have talked about housing for twenty years. I want to build it,', 'direct', 'Beatrice Lindqvist', 'Lindqvist', 'said', mctx='Lindqvist said.'),
    Q('the councillor had voted against three major developments since 2019', 'indirect', 'Harriet Quaye', 'Quaye', 'shot back', mctx='Quaye shot back'),
    Q('She talks about building. Her record says otherwise,', 'direct', 'Harriet Quaye', 'she', 'said', mctx='otherwise,” she said'),
    Q('the votes had been about specific projects, not about housing in general', 'indirect', 'Beatrice Lindqvist', 'Lindqvist', 'said', mctx='Lindqvist said the votes'),
    Q('rewriting history.', 'partial', 'Beatrice Lindqvist', 'She', 'accused', mctx='She accused'),
    Q('I voted against bad deals. I would do it again,', 'direct', 'Beatrice Lindqvist', 'she', 'said', mctx='again,” she said'),
    Q('she supported extending the tram line to the airport', 'indirect', 'Beatrice Lindqvist', 'Lindqvist', 'said', mctx='Lindqvist said she'),
    Q('she would put the project to a referendum', 'indirect', 'Harriet Quaye', 'she', 'said', mctx='though she said'),
    Q('People should have a say on a project this big,', 'direct', 'Harriet Quaye', 'she', 'said', mctx='big,” she said'),
    Q('her candidate had ‘won comfortably’', 'indirect', 'Olivia Trent', 'Olivia Trent', 'told'),
    Q('Lindqvist would campaign in the northern wards this weekend', 'indirect', 'Olivia Trent', 'She', 'said', mctx='She said Lindqvist'),
])

article('10_unnamed_sources.txt', """Estmark weighs curbs on cobalt exports, sources say

OSTRAVEN, June 12 (Reuters) - Estmark is considering limits on exports of cobalt and graphite, three people familiar with the matter said, a move that could disrupt supplies to battery makers in Europe and Asia.

The proposal, which has not been made public, would require exporters to obtain licences for shipments above a set volume, the people said. They spoke on condition of anonymity because the discussions are private.

A senior official at the trade ministry said the measures were meant to encourage domestic processing rather than to punish any country. "We want the factories here, not just the mines," the official said.

Another official, who asked not to be named, said a decision could come as early as next month but cautioned that the cabinet was divided.

Two diplomats in Ostraven said their governments had raised concerns privately. "Nobody wants a repeat of the nickel ban," one of them said.

The trade ministry did not respond to a request for comment.

Industry executives said uncertainty was already affecting contracts. Shipments of cobalt from Estmark rose 11% last year, according to customs data.

Officials said no final text had been drafted.

(Reporting by Daniel Fehr; Editing by Sonia Achterlund)
""", [
    Q('Estmark is considering limits on exports of cobalt and graphite', 'indirect', 'three people familiar with the matter', 'three people familiar with the matter', 'said'),
    Q('The proposal, which has not been made public, would require exporters to obtain licences for shipments above a set volume', 'indirect', 'three people familiar with the matter', 'the people', 'said'),
    Q('the measures were meant to encourage domestic processing rather than to punish any country', 'indirect', 'A senior official at the trade ministry', 'A senior official at the trade ministry', 'said'),
    Q('We want the factories here, not just the mines,', 'direct', 'A senior official at the trade ministry', 'the official', 'said'),
    Q('a decision could come as early as next month', 'indirect', 'Another official', 'Another official', 'said'),
    Q('the cabinet was divided', 'indirect', 'Another official', 'Another official', 'cautioned'),
    Q('their governments had raised concerns privately', 'indirect', 'Two diplomats in Ostraven', 'Two diplomats in Ostraven', 'said'),
    Q('Nobody wants a repeat of the nickel ban,', 'direct', 'one of the diplomats', 'one of them', 'said'),
    Q('uncertainty was already affecting contracts', 'indirect', 'Industry executives', 'Industry executives', 'said'),
    Q('Shipments of cobalt from Estmark rose 11% last year', 'indirect', 'customs data', 'customs data', 'according to'),
    Q('no final text had been drafted', 'indirect', 'Officials', 'Officials', 'said'),
])

article('11_org_speakers_flood.txt', """Tens of thousands evacuated as Sarn River floods

The Ministry of Water Resources said in a statement on Sunday that more than 40,000 people had been evacuated from low-lying districts along the Sarn River after three days of heavy rain.

The ministry said water levels at the Dunmore gauge had reached 7.2 metres, the highest since records began in 1961, and warned that further flooding was likely downstream.

The national weather service said more rain was expected through Tuesday. “Residents in the warning area should move to higher ground now and not wait for the water to reach their homes,” the service said.

The Red Crescent Society of Carrowmere said it had opened 26 shelters and was distributing food and drinking water. The charity said it needed an additional 3 million euros to meet demand.

Kelvane Rail said on X that all services between Dunmore and Port Ashby were suspended until further notice. “Safety is our priority,” the company said.

Critics said the government had failed to maintain flood defences. The opposition Green Alliance called for an independent inquiry, saying that warnings issued in 2022 had been ignored.

The Nordmark Development Bank said it stood ready to provide emergency loans.
""", [
    Q('more than 40,000 people had been evacuated from low-lying districts along the Sarn River after three days of heavy rain', 'indirect', 'The Ministry of Water Resources', 'The Ministry of Water Resources', 'said'),
    Q('water levels at the Dunmore gauge had reached 7.2 metres, the highest since records began in 1961', 'indirect', 'The Ministry of Water Resources', 'The ministry', 'said'),
    Q('further flooding was likely downstream', 'indirect', 'The Ministry of Water Resources', 'The ministry', 'warned'),
    Q('more rain was expected through Tuesday', 'indirect', 'The national weather service', 'The national weather service', 'said'),
    Q('Residents in the warning area should move to higher ground now and not wait for the water to reach their homes,', 'direct', 'The national weather service', 'the service', 'said'),
    Q('it had opened 26 shelters and was distributing food and drinking water', 'indirect', 'The Red Crescent Society of Carrowmere', 'The Red Crescent Society of Carrowmere', 'said'),
    Q('it needed an additional 3 million euros to meet demand', 'indirect', 'The Red Crescent Society of Carrowmere', 'The charity', 'said'),
    Q('all services between Dunmore and Port Ashby were suspended until further notice', 'indirect', 'Kelvane Rail', 'Kelvane Rail', 'said'),
    Q('Safety is our priority,', 'direct', 'Kelvane Rail', 'the company', 'said'),
    Q('the government had failed to maintain flood defences', 'indirect', 'Critics', 'Critics', 'said'),
    Q('an independent inquiry', 'indirect', 'The opposition Green Alliance', 'The opposition Green Alliance', 'called for'),
    Q('warnings issued in 2022 had been ignored', 'indirect', 'The opposition Green Alliance', 'The opposition Green Alliance', 'saying'),
    Q('it stood ready to provide emergency loans', 'indirect', 'The Nordmark Development Bank', 'The Nordmark Development Bank', 'said'),
])

article('12_scare_quotes_theatre.txt', """‘The Glass Harbour’ finally opens after a turbulent spring

“The Glass Harbour,” a new play by Corinne Maddox, opens at the Hollins Theatre on Friday, three months later than planned.

The production was postponed in March after its original director left over “creative differences,” a phrase that has done a lot of work in the theatre world this year. The play’s new director, Anton Velasquez-Reid, took over in April.

The play follows a family of lighthouse keepers in the 1920s and has been marketed as a “coastal gothic.” Early previews have drawn mixed reactions, with some audience members posting about the “three-hour runtime” and others praising the set.

Maddox, whose previous play “Salt and Iron” won the Carrow Prize in 2021, said the delay had given her time to rewrite the second act. “I cut forty minutes. It’s a better play now,” she said.

Velasquez-Reid said he had been careful not to change the play’s tone. “It’s Corinne’s voice. My job was to get out of the way,” he said.

Tickets for the so-called “preview week” sold out within hours, according to the theatre. The Hollins has also announced a revival of Ibsen’s “An Enemy of the People” for the autumn season.

The theatre’s artistic director, Felicity Brandauer, described the season as “the most ambitious in our history.”
""", [
    Q('the delay had given her time to rewrite the second act', 'indirect', 'Corinne Maddox', 'Maddox', 'said', mctx='Maddox, whose'),
    Q('I cut forty minutes. It’s a better play now,', 'direct', 'Corinne Maddox', 'she', 'said'),
    Q('he had been careful not to change the play’s tone', 'indirect', 'Anton Velasquez-Reid', 'Velasquez-Reid', 'said', mctx='Velasquez-Reid said'),
    Q('It’s Corinne’s voice. My job was to get out of the way,', 'direct', 'Anton Velasquez-Reid', 'he', 'said'),
    Q('Tickets for the so-called “preview week” sold out within hours', 'indirect', 'the Hollins Theatre', 'the theatre', 'according to'),
    Q('the most ambitious in our history.', 'partial', 'Felicity Brandauer', 'Felicity Brandauer', 'described'),
])

article('13_bbc_plain_council.txt', """Council tax to rise by 4.99% in Wexcombe

Residents in Wexcombe will see their council tax rise by 4.99% from April after councillors approved the authority's budget.

The Liberal Democrat-run council said the increase was needed to protect adult social care and children's services, which now account for more than two-thirds of its spending.

Council leader Sarah Pengelly said: "Nobody becomes a councillor wanting to put up tax. But the money we get from central government has not kept pace with demand."

She added that the council had already made savings of £12m over the past three years.

Conservative group leader Martin Eversley said the council had "wasted money on vanity projects" and should have cut costs elsewhere.

"Residents are being asked to pay more for less," he said. "Bins are collected less often, libraries are open fewer hours, and the roads are a disgrace."

A Department for Communities spokesperson said councils had been given a "real-terms increase" in funding this year.

The average Band D bill in Wexcombe will rise to £2,214, one of the highest in the region.
""", [
    Q("the increase was needed to protect adult social care and children's services, which now account for more than two-thirds of its spending", 'indirect', 'The Liberal Democrat-run council', 'The Liberal Democrat-run council', 'said'),
    Q('Nobody becomes a councillor wanting to put up tax. But the money we get from central government has not kept pace with demand.', 'direct', 'Sarah Pengelly', 'Council leader Sarah Pengelly', 'said'),
    Q('the council had already made savings of £12m over the past three years', 'indirect', 'Sarah Pengelly', 'She', 'added'),
    Q('the council had "wasted money on vanity projects" and should have cut costs elsewhere', 'indirect', 'Martin Eversley', 'Conservative group leader Martin Eversley', 'said'),
    Q('Residents are being asked to pay more for less,', 'direct', 'Martin Eversley', 'he', 'said'),
    Q('Bins are collected less often, libraries are open fewer hours, and the roads are a disgrace.', 'direct', same=True),
    Q('councils had been given a "real-terms increase" in funding this year', 'indirect', 'A Department for Communities spokesperson', 'A Department for Communities spokesperson', 'said'),
])

article('14_boilerplate_ferry.txt', """Ferry operator fined £1.2m over engine-room fire
By Gwen Talbot, Highlands reporter
Published 14 March 2024
Advertisement
A ferry operator has been fined £1.2 million after a fire broke out in the engine room of one of its vessels with 212 passengers on board.
Northsound Ferries Ltd pleaded guilty to breaching health and safety rules at Inverbrae Sheriff Court on Tuesday.
The MV Skerrow Lass was towed back to harbour after the fire in August 2022. (Photo: Callum Reyes/Skerrow Gazette)
Prosecutor Fiona Macrae told the court that a fuel line had been leaking for weeks before the fire, and that crew had reported the problem twice.
“This was a fire that should never have happened,” she said.
Sheriff Donald Kirkcaldy said it was “only by good fortune” that nobody had been seriously hurt.
In a statement, Northsound Ferries said:
We apologise unreservedly to our passengers and crew. Since the incident we have replaced the fuel systems on all six of our vessels and introduced independent safety audits.
Read more: Islanders demand answers over winter ferry cancellations
Advertisement
Islanders said the fire had shaken confidence in the service. Morag Linklater, who runs a guest house on Skerrow, said: “People here depend on that ferry for everything — hospitals, school, shopping. We need to know it is safe.”
The company has until May to pay the fine.
Share this article
© Skerrow Gazette 2024
""", [
    Q('a fuel line had been leaking for weeks before the fire, and that crew had reported the problem twice', 'indirect', 'Fiona Macrae', 'Prosecutor Fiona Macrae', 'told'),
    Q('This was a fire that should never have happened,', 'direct', 'Fiona Macrae', 'she', 'said'),
    Q('it was “only by good fortune” that nobody had been seriously hurt', 'indirect', 'Donald Kirkcaldy', 'Sheriff Donald Kirkcaldy', 'said'),
    Q('We apologise unreservedly to our passengers and crew. Since the incident we have replaced the fuel systems on all six of our vessels and introduced independent safety audits.', 'block', 'Northsound Ferries', 'Northsound Ferries', 'said', mctx='Northsound Ferries said'),
    Q('the fire had shaken confidence in the service', 'indirect', 'Islanders', 'Islanders', 'said', mctx='Islanders said'),
    Q('People here depend on that ferry for everything — hospitals, school, shopping. We need to know it is safe.', 'direct', 'Morag Linklater', 'Morag Linklater', 'said'),
])

article('15_mixed_wildfire.txt', """Wildfire forces 9,000 from homes near Cedar Hollow

CEDAR HOLLOW, Calif. (AP) — A fast-moving wildfire tore through dry brush east of Cedar Hollow on Wednesday, forcing about 9,000\u00a0people to flee and destroying at least 40 homes, fire officials said.

The Juniper Fire had burned more than 14,000 acres by Thursday morning and was 5% contained, according to the state forestry department.

“The wind did exactly what we were afraid it would do,” said Battalion Chief Rafael D. Montoya of the Tamarack County Fire Authority, who has fought fires in the region for 22 years. “It turned on us around 3\u00a0p.m. and pushed the fire straight toward the houses.”

Montoya said crews expected winds of 40–50 mph overnight.

Gov.\u00a0Evelyn Stroud declared a state of emergency in Tamarack County and said the state would request federal help.

Denise Harrigan, 67, left with her husband, two dogs and a box of photographs. 'We didn't even get to say goodbye to the house,' she said. Her husband, Paul, said they would stay with their daughter in Fresno "for as long as it takes."

Dr.\u00a0Marion Pell, a fire scientist at Sierra Crest University, said the region’s fire season now started about six weeks earlier than it did in the 1980s – a shift she attributed to hotter, drier springs.

Pacific Ridge Power said it had cut electricity to about 12,000 customers as a precaution. A spokesperson for the utility, Gail Thorsby, said it was too early to say whether its equipment played any role in starting the fire.

The cause of the fire is under investigation.
""", [
    Q('A fast-moving wildfire tore through dry brush east of Cedar Hollow on Wednesday, forcing about 9,000\u00a0people to flee and destroying at least 40 homes', 'indirect', 'fire officials', 'fire officials', 'said'),
    Q('The Juniper Fire had burned more than 14,000 acres by Thursday morning and was 5% contained', 'indirect', 'the state forestry department', 'the state forestry department', 'according to'),
    Q('The wind did exactly what we were afraid it would do,', 'direct', 'Rafael D. Montoya', 'Battalion Chief Rafael D. Montoya', 'said'),
    Q('It turned on us around 3\u00a0p.m. and pushed the fire straight toward the houses.', 'direct', same=True),
    Q('crews expected winds of 40–50 mph overnight', 'indirect', 'Rafael D. Montoya', 'Montoya', 'said', mctx='Montoya said'),
    Q('the state would request federal help', 'indirect', 'Evelyn Stroud', 'Gov.\u00a0Evelyn Stroud', 'said'),
    Q("We didn't even get to say goodbye to the house,", 'direct', 'Denise Harrigan', 'she', 'said'),
    Q('they would stay with their daughter in Fresno "for as long as it takes."', 'indirect', 'Paul Harrigan', 'Paul', 'said'),
    Q('the region’s fire season now started about six weeks earlier than it did in the 1980s – a shift she attributed to hotter, drier springs', 'indirect', 'Marion Pell', 'Dr.\u00a0Marion Pell', 'said'),
    Q('it had cut electricity to about 12,000 customers as a precaution', 'indirect', 'Pacific Ridge Power', 'Pacific Ridge Power', 'said'),
    Q('it was too early to say whether its equipment played any role in starting the fire', 'indirect', 'Gail Thorsby', 'Gail Thorsby', 'said'),
])

if __name__ == '__main__':
    build('-v' in sys.argv)
