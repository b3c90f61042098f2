package quote

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/textpos"
)

var testAnalyzer = NewAnalyzer(nil)

// describe renders the claims of src as "kind [content] subject=… cue=…
// medium=… time=…", one line each, with "of=N" for a shared speaker.
func describe(src string) []string {
	var out []string
	for _, c := range claimsOf(src) {
		s := fmt.Sprintf("%s [%s]", c.Kind, c.Content.Text(src))
		if !c.Subject.IsZero() {
			s += fmt.Sprintf(" subject=%s", c.Head.Text(src))
		}
		if c.Of >= 0 {
			s += fmt.Sprintf(" of=%d", c.Of)
		}
		if !c.Cue.IsZero() {
			s += fmt.Sprintf(" cue=%s/%s", c.Cue.Text(src), c.Act)
		}
		if !c.Medium.IsZero() {
			s += fmt.Sprintf(" medium=%s", c.Medium.Text(src))
		}
		if !c.Time.IsZero() {
			s += fmt.Sprintf(" time=%s", c.Time.Text(src))
		}
		out = append(out, s)
	}
	return out
}

// claimsOf returns the claims of src, with the quotations Find finds.
func claimsOf(src string) []Claim {
	t := segment.Split(src)
	paras := make([]textpos.Span, len(t.Paragraphs))
	for i, p := range t.Paragraphs {
		paras[i] = p.Span
	}
	cs, _ := testAnalyzer.Claims(context.Background(), t, Find(src, paras))
	return cs
}

func TestClaims(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"capitalised role, then the name between commas",
			"The Shadow Minister for the Family, Ann May, said: \"The plan is late.\"",
			[]string{"direct [The plan is late.] subject=Ann May cue=said/statement"}},
		{"a capitalised list inside an organisation name",
			"A spokesman for the Department for Culture, Media and Sport said there were no plans to sell it.",
			[]string{"indirect [there were no plans to sell it] subject=A spokesman cue=said/statement"}},
		{"a quantified source is kept whole",
			"More than half of 3,000 voters polled said they would stay home. Most of the staff said the pay was low.",
			[]string{"indirect [they would stay home] subject=More than half of 3,000 voters polled cue=said/statement",
				"indirect [the pay was low] subject=Most of the staff cue=said/statement"}},
		{"quote run on without closing mark",
			"Ms Varga said: \"The pier is unsafe. \"Repairs start in May.\" The council met later.",
			[]string{"direct [The pier is unsafe.] subject=Ms Varga cue=said/statement", "direct [Repairs start in May.] of=0"}},
		{"quote run on, cue after the first part",
			"\"Fares will rise,\" the mayor said. \"Buses cost more. \"Trams too.\" Ferry use fell, officials said.",
			[]string{"direct [Fares will rise,] subject=the mayor cue=said/statement", "direct [Buses cost more.] of=0", "direct [Trams too.] of=1", "indirect [Ferry use fell] subject=officials cue=said/statement"}},
		{"document source post-posed",
			"Rents in the region will double within a decade, the survey concludes.",
			[]string{"indirect [Rents in the region will double within a decade] subject=the survey cue=concludes/assertion"}},
		{"document source inverted",
			"Half of all farms will change hands by 2040, predicts the review by the land agency.",
			[]string{"indirect [Half of all farms will change hands by 2040] subject=the review cue=predicts/prediction"}},
		{"inverted name with indirect content",
			"In one valley, volunteers rebuilt the bridge in a week, explained Ms Okafor.",
			[]string{"indirect [In one valley, volunteers rebuilt the bridge in a week] subject=Ms Okafor cue=explained/statement"}},
		{"appositive then clause is not inverted",
			"Ines Ruiz, whose first film won a prize in 2019, said the shoot had run late.",
			[]string{"indirect [the shoot had run late] subject=Ines Ruiz cue=said/statement"}},
		{"adverb and time between cue and that",
			"Treasurer Ilse Brandt warned only last month that the era of cheap credit may be ending.",
			[]string{"indirect [the era of cheap credit may be ending] subject=Treasurer Ilse Brandt cue=warned/prediction time=last month"}},
		{"point out, comma after that",
			"Ms Brandt pointed out that, because profits come from exports, the tariff hurt.",
			[]string{"indirect [because profits come from exports, the tariff hurt] subject=Ms Brandt cue=pointed/statement"}},
		{"point without out is no cue",
			"He pointed the visitors to the exit and left.",
			nil},
		{"express concern that",
			"Some patient groups have expressed concern that the records could be sold.",
			[]string{"indirect [the records could be sold] subject=Some patient groups cue=expressed/statement"}},
		{"post-posed told with a programme",
			"School meals would be free by 2008, Ms Amis told Radio Nord's Sunday programme.",
			[]string{"indirect [School meals would be free by 2008] subject=Ms Amis cue=told/statement medium=told Radio Nord's Sunday programme"}},
		{"that as demonstrative subject",
			"Ms Brandt said that was a misconception about the market.",
			[]string{"indirect [that was a misconception about the market] subject=Ms Brandt cue=said/statement"}},
		{"report as accounting, no claim",
			"The firm sold a stake to the broadcaster, which it had reported as advertising revenue.",
			nil},
		{"to-infinitive predict with object, no claim",
			"The council set out to predict future traffic based on current counts.",
			nil},
		{"call for keeps its object",
			"Mr Olsen also called for a change to the view that recycling is pointless.",
			[]string{"indirect [a change to the view that recycling is pointless] subject=Mr Olsen cue=called/demand"}},
		{"direct post cue pronoun",
			"“We will not give up,” she said.",
			[]string{"direct [We will not give up,] subject=she cue=said/statement"}},
		{"direct inverted with appositive",
			"“Prices will keep rising,” said Anna Berg, an economist at Nordbank, on Tuesday.",
			[]string{"direct [Prices will keep rising,] subject=Anna Berg cue=said/statement"}},
		{"direct name cue medium",
			"“The deal is dead,” Mr. Olsen told Reuters.",
			[]string{"direct [The deal is dead,] subject=Mr. Olsen cue=told/statement medium=told Reuters"}},
		{"direct long appositive and medium",
			"“I do not trust them. They lied before,” Maria Lopez, a former trade minister who led talks in 2019, said in an interview.",
			[]string{"direct [I do not trust them. They lied before,] subject=Maria Lopez cue=said/statement medium=in an interview"}},
		{"direct pre cue comma",
			"He added, “The plant will reopen in May.”",
			[]string{"direct [The plant will reopen in May.] subject=He cue=added/statement"}},
		{"direct pre cue colon with medium",
			"The club wrote on X: \"We thank every fan.\"",
			[]string{"direct [We thank every fan.] subject=The club cue=wrote/statement medium=on X"}},
		{"continuation keeps speaker",
			"“We won,” the coach said. “Next week is harder.”",
			[]string{"direct [We won,] subject=the coach cue=said/statement", "direct [Next week is harder.] of=0"}},
		{"question act",
			"“Who pays for this?” asked Tom Reed, a council member.",
			[]string{"direct [Who pays for this?] subject=Tom Reed cue=asked/question"}},
		{"indirect that with time",
			"The mayor said on Friday that the bridge would close.",
			[]string{"indirect [the bridge would close] subject=The mayor cue=said/statement time=on Friday"}},
		{"indirect appositive",
			"Jane Doe, the chief executive of Acme, said that sales fell.",
			[]string{"indirect [sales fell] subject=Jane Doe cue=said/statement"}},
		{"indirect perfect",
			"The union has said that it will strike.",
			[]string{"indirect [it will strike] subject=The union cue=said/statement"}},
		{"indirect without that",
			"Mr. Novak said the factory had closed in March.",
			[]string{"indirect [the factory had closed in March] subject=Mr. Novak cue=said/statement"}},
		{"indirect two cues",
			"She added that costs rose and suggested that prices could follow.",
			[]string{"indirect [costs rose] subject=She cue=added/statement", "indirect [prices could follow] subject=She cue=suggested/proposal"}},
		{"post-posed",
			"But the recovery has been slow, analysts said.",
			[]string{"indirect [the recovery has been slow] subject=analysts cue=said/statement"}},
		{"post-posed medium",
			"The squad will travel on Monday, a club source told the BBC.",
			[]string{"indirect [The squad will travel on Monday] subject=a club source cue=told/statement medium=told the BBC"}},
		{"according to before",
			"According to the ministry, exports rose by 5%.",
			[]string{"indirect [exports rose by 5%] subject=the ministry cue=According to/statement"}},
		{"according to after",
			"Exports rose by 5% last year, according to officials in Lagos.",
			[]string{"indirect [Exports rose by 5% last year] subject=officials in Lagos cue=according to/statement"}},
		{"described as partial",
			"The minister described the plan as “reckless and cruel.”",
			[]string{"partial [reckless and cruel.] subject=The minister cue=described/statement"}},
		{"called partial twice",
			"Ms. Khan called the judge a “political actor” who “ignores the law.”",
			[]string{"partial [political actor] subject=Ms. Khan cue=called/statement", "partial [ignores the law.] subject=Ms. Khan cue=called/statement"}},
		{"demand object",
			"The governor demanded an end to the strike.",
			[]string{"indirect [an end to the strike] subject=The governor cue=demanded/demand"}},
		{"denial",
			"The company denied that it had paid the fine.",
			[]string{"indirect [it had paid the fine] subject=The company cue=denied/denial"}},
		{"hinted",
			"Lee hinted that he might run again.",
			[]string{"indirect [he might run again] subject=Lee cue=hinted/statement"}},
		{"participle inherits subject",
			"Mr. Diaz praised the deal, calling it “a fair result.”",
			[]string{"partial [a fair result.] subject=Mr. Diaz cue=calling/statement"}},
		{"participle claim without that",
			"Ruiz attacked the ruling, claiming judges ignored the evidence.",
			[]string{"indirect [judges ignored the evidence] subject=Ruiz cue=claiming/assertion"}},
		{"according to as medium",
			"Mr. Lin demanded a recount, according to a statement from his office.",
			[]string{"indirect [a recount] subject=Mr. Lin cue=demanded/demand medium=according to a statement from his office"}},
		{"scare quotes are not claims",
			"The “technical talks” begin today.",
			nil},
		{"nouns are not cues",
			"The report said nothing new. Moscow’s calls for talks went unheeded.",
			nil},
		{"passive is not a cue",
			"He was told to leave the room by guards.",
			nil},
		{"apostrophes are not quotes",
			"Kyiv’s mayor said we’ve seen the ’90s before.",
			[]string{"indirect [we’ve seen the ’90s before] subject=Kyiv’s mayor cue=said/statement"}},
		{"multi-paragraph quote",
			"“The first part goes on\n\n“and the second part ends here,” the judge said.",
			[]string{"direct [and the second part ends here,] subject=the judge cue=said/statement", "direct [The first part goes on] of=0"}},
		{"subordinate clause",
			"After the bank said that rates would rise, shares fell sharply.",
			[]string{"indirect [rates would rise] subject=the bank cue=said/statement"}},
		{"block quote",
			"The coach said the team was tired.\n\nWe are not ready yet and I know it.",
			[]string{"indirect [the team was tired] subject=The coach cue=said/statement", "block [We are not ready yet and I know it.] of=0"}},
		{"interrupting cue",
			"The plan, he said, would cost millions.",
			[]string{"indirect [The plan, he said, would cost millions] subject=he cue=said/statement"}},
		{"colon without quote",
			"The coach said: the team is ready.",
			[]string{"indirect [the team is ready] subject=The coach cue=said/statement"}},
		{"says present tense plural",
			"Critics say the fees will drive shoppers away.",
			[]string{"indirect [the fees will drive shoppers away] subject=Critics cue=say/statement"}},
		{"ruled that",
			"The court ruled that the ban was unlawful.",
			[]string{"indirect [the ban was unlawful] subject=The court cue=ruled/assertion"}},
		{"told with place before that",
			"The lawyer told reporters outside the court that they would appeal.",
			[]string{"indirect [they would appeal] subject=The lawyer cue=told/statement medium=told reporters"}},
		{"name in appositive",
			"The club's captain, Ana Ruiz, said the team was tired.",
			[]string{"indirect [the team was tired] subject=Ana Ruiz cue=said/statement"}},
		{"company name ending in 's said",
			"Halloran's said the new stores would open in spring.",
			[]string{"indirect [the new stores would open in spring] subject=Halloran's cue=said/statement"}},
		{"company name ending in 's said that",
			"Brody's said that sales had fallen by a fifth.",
			[]string{"indirect [sales had fallen by a fifth] subject=Brody's cue=said/statement"}},
		{"company name ending in 's says",
			"Halloran's says it will hire 200 staff.",
			[]string{"indirect [it will hire 200 staff] subject=Halloran's cue=says/statement"}},
		{"possessive before a noun in -s is no subject",
			"Norway's claims that the border was closed were denied.",
			nil},
		{"possessive before a participle adjective is no subject",
			"Norway's proposed tax on ferries was dropped.",
			nil},
		{"dash apposition with acronym",
			"One trade body - Builders Against Rising Costs (BARC) - has claimed that prices will climb again.",
			[]string{"indirect [prices will climb again] subject=One trade body cue=claimed/assertion"}},
		{"dash apposition after a leading phrase",
			"At least one trade body - Builders Against Rising Costs and Delays (Barcad) - has claimed that prices will climb.",
			[]string{"indirect [prices will climb] subject=one trade body cue=claimed/assertion"}},
		{"dash apposition with relative clause",
			"The group - which represents 300 firms - has warned that jobs will go.",
			[]string{"indirect [jobs will go] subject=The group cue=warned/prediction"}},
		{"parenthesised acronym",
			"Tarvex Mining (TXM) said output would rise.",
			[]string{"indirect [output would rise] subject=Tarvex Mining cue=said/statement"}},
		{"dismissed as partial",
			"The opposition dismissed the budget as \"a gimmick\".",
			[]string{"partial [a gimmick] subject=The opposition cue=dismissed/denial"}},
		{"coordinated reporter clause ends content",
			"The coach said he was hopeful the striker would stay and played down fears of a move.",
			[]string{"indirect [he was hopeful the striker would stay] subject=The coach cue=said/statement"}},
		{"embedded quote does not end content",
			"She said the fall in sales was \"as steep as\" analysts had expected.",
			[]string{"indirect [the fall in sales was \"as steep as\" analysts had expected] subject=She cue=said/statement"}},
		{"narration is not a block",
			"The coach said the team was tired.\n\nThe club was founded in 1901 and has won six titles.",
			[]string{"indirect [the team was tired] subject=The coach cue=said/statement"}},
		{"a post-posed cue is the outer report of an inner cue",
			"Surveys suggested that most residents backed the scheme, the council leader said.",
			[]string{"indirect [Surveys suggested that most residents backed the scheme] subject=the council leader cue=said/statement"}},
		{"the outer report wins over the report it contains",
			"Maria Lopez told local radio on Monday that her brother told her he was safe.",
			[]string{"indirect [her brother told her he was safe] subject=Maria Lopez cue=told/statement medium=told local radio time=on Monday"}},
		{"a relative pronoun's antecedent speaks",
			"The story was first reported by a local blog which said it had seen the documents.",
			[]string{"indirect [it had seen the documents] subject=a local blog cue=said/statement"}},
		{"content opening with a subordinate clause",
			"The regulator said although recent figures showed complaints were falling, more work was needed.",
			[]string{"indirect [although recent figures showed complaints were falling, more work was needed] subject=The regulator cue=said/statement"}},
		{"a modal before a cue verb is no post-posed report",
			"She said while she respected the decision, the club would appeal.",
			[]string{"indirect [while she respected the decision, the club would appeal] subject=She cue=said/statement"}},
		{"a noun phrase object with an adverbial clause is no clause",
			"The carrier reported a drop in quarterly profit after it was hit by higher fuel costs.\n\nThe novelist has written a book about her childhood in Leeds.",
			nil},
		{"a cue inside reported content is the speaker's words",
			"She said this would counter \"so-called independent\" groups.",
			[]string{"indirect [this would counter \"so-called independent\" groups] subject=She cue=said/statement"}},
		{"a price that added is no speech",
			"Shares in the bank added 1.7%, while its rival jumped 7%.",
			nil},
		{"who without a comma",
			"He was responding to the party's spokesman Julian Lewis who said the adverts were part of a trend.",
			[]string{"indirect [the adverts were part of a trend] subject=Julian Lewis cue=said/statement"}},
		{"content ends before an inverted attribution",
			"The lawyer who had represented the farmer had said the rules were unfair, said Mr Clarke.",
			[]string{"indirect [The lawyer who had represented the farmer had said the rules were unfair] subject=Mr Clarke cue=said/statement"}},
		{"content ends before a dash and a new attribution",
			"The club has confirmed a bid was made - but its director has called it \"derisory\".",
			[]string{"indirect [a bid was made] subject=The club cue=confirmed/agreement", "partial [derisory] subject=its director cue=called/statement"}},
		{"a name and its appositive before a cue with an object is no inverted cue",
			"Kamal Nath, the commerce minister, announced the decision in Delhi on Thursday.",
			nil},
		{"an object and its aim is no clause",
			"The minister announced plans to allow foreign investors to buy land.",
			nil},
		{"a scare quote inside an appositive",
			"Barbara Fell, one of the so-called \"Class of 97\" elected that year, told researchers: \"I remember the jeering.\"",
			[]string{"direct [I remember the jeering.] subject=Barbara Fell cue=told/statement medium=told researchers"}},
		{"told, then the topic, then a colon",
			"Harriet Hale told researchers of the hostility she met: \"Well, you only got this because you're a woman.\"",
			[]string{"direct [Well, you only got this because you're a woman.] subject=Harriet Hale cue=told/statement medium=told researchers"}},
		{"a quotation before according to is direct",
			"\"The industry will work with the artists,\" according to strategist Glen Yard.",
			[]string{"direct [The industry will work with the artists,] subject=strategist Glen Yard cue=according to/statement"}},
		{"a surname that is also a modal",
			"May said: \"We are rising again.\"",
			[]string{"direct [We are rising again.] subject=May cue=said/statement"}},
		{"an addressee before that",
			"Ms. Kowal, who had privately warned the White House that the tariffs could cost jobs, said she had spoken with the president.",
			[]string{"indirect [the tariffs could cost jobs] subject=Ms. Kowal cue=warned/prediction",
				"indirect [she had spoken with the president] subject=Ms. Kowal cue=said/statement"}},
		{"told, a capitalised and lower-case addressee, that",
			"Mr Orlov told Russian state media that the memorandum included new demands.",
			[]string{"indirect [the memorandum included new demands] subject=Mr Orlov cue=told/statement medium=told Russian state media"}},
		{"told, an audience and a conference call",
			"The chief executive told analysts on a conference call that the company had raised prices.",
			[]string{"indirect [the company had raised prices] subject=The chief executive cue=told/statement medium=told analysts"}},
		{"a cue participle as an adjective opens the clause",
			"Martin Heale said repeated spills had contributed to blooms of algae.",
			[]string{"indirect [repeated spills had contributed to blooms of algae] subject=Martin Heale cue=said/statement"}},
		{"warned against a quotation",
			"Beijing warned against \"any actions that could escalate the situation\".",
			[]string{"partial [any actions that could escalate the situation] subject=Beijing cue=warned/prediction"}},
		{"noun phrase objects are no clauses",
			"The snack maker reported a steeper-than-expected drop in profit.\n\nRival Crowley, which reports results next week, has also raised prices.\n\nTremblay announced the news in a memo that was later shared.\n\nUkraine has rejected that demand as a non-starter.",
			nil},
		{"a paragraph after a described-as colon is a block",
			"In it, she described the decision as the hardest of her career:\n\nToday we are saying goodbye to many talented people. This is not a reflection of their work.",
			[]string{"block [Today we are saying goodbye to many talented people. This is not a reflection of their work.] subject=she cue=described/statement"}},
		{"a paragraph after a named subject was blunt is a block",
			"Alain Bergeron, president of the guild, was blunt:\n\nThe money that poured into this industry is gone, and it is not coming back.",
			[]string{"block [The money that poured into this industry is gone, and it is not coming back.] subject=Alain Bergeron cue=:/statement"}},
		{"a block after said: may hold a cue word",
			"The minister has been speaking after the meeting. He said:\n\nThe next hours will be hard. I would urge everyone to listen to the warnings.",
			[]string{"block [The next hours will be hard. I would urge everyone to listen to the warnings.] subject=He cue=said/statement"}},
		{"no block after a colon without a named speaker",
			"The reason was simple:\n\nPrices had doubled in a year and nobody could afford the rent.",
			nil},
		{"a coordinated cue inherits the name in apposition",
			"The company’s chief executive, Adrian Cole, apologised to customers and said the firm accepted the findings.",
			[]string{"indirect [the firm accepted the findings] subject=Adrian Cole cue=said/statement"}},
		{"content ends at a quotation before according to",
			"Beijing said it supported \"all efforts conducive to peace,\" according to a ministry spokesperson.",
			[]string{"indirect [it supported \"all efforts conducive to peace,\"] subject=Beijing cue=said/statement medium=according to a ministry spokesperson"}},
		{"who say",
			"The bill has broad support from charities who say it would give better safeguards.",
			[]string{"indirect [it would give better safeguards] subject=charities cue=say/statement"}},
		{"research suggests",
			"The number of homes with broadband has doubled over the past year, research suggests.",
			[]string{"indirect [The number of homes with broadband has doubled over the past year] subject=research cue=suggests/proposal"}},
		{"a percentage as the subject",
			"In homes with broadband, 40% said they were watching less television.",
			[]string{"indirect [they were watching less television] subject=40% cue=said/statement"}},
		{"inverted plural cue with a bare plural and a name",
			"Many viewers are turning away from television, say analysts Jupiter Research.",
			[]string{"indirect [Many viewers are turning away from television] subject=analysts Jupiter Research cue=say/statement"}},
		{"a relative appositive holding a list",
			"The Alliance, which includes the Alzheimer's Society, Age Concern and Mencap, said the bill had to be explained.",
			[]string{"indirect [the bill had to be explained] subject=The Alliance cue=said/statement"}},
		{"told and a network named after its description",
			"Katherine Lee told US TV network Fox News on Sunday that her son told her he was innocent.",
			[]string{"indirect [her son told her he was innocent] subject=Katherine Lee cue=told/statement medium=told US TV network Fox News time=on Sunday"}},
		{"an appositive with plural nouns after an inverted cue",
			"Costs were estimated at $40,000 per day, said Jason Miller, a special projects manager at the county office.",
			[]string{"indirect [Costs were estimated at $40,000 per day] subject=Jason Miller cue=said/statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("claims of %q:\ngot:\n  %s\nwant:\n  %s", tt.src, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestClaimsHeldoutCategories covers the failure categories of the
// held-out report with sentences of our own.
func TestClaimsHeldoutCategories(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"zero-that bare mass noun subject",
			"Dr Mara Quill, a historian at the University of Tamsk, said overcrowding made research almost impossible.",
			[]string{"indirect [overcrowding made research almost impossible] subject=Dr Mara Quill cue=said/statement"}},
		{"zero-that negated subject",
			"Officials said no final text had been drafted.",
			[]string{"indirect [no final text had been drafted] subject=Officials cue=said/statement"}},
		{"said no is not a clause",
			"She said no to the plan.",
			nil},
		{"zero-that subject with a prepositional phrase",
			"The agency said water levels at the Orlen bridge had reached 3.1 metres and warned that more rain was likely.",
			[]string{"indirect [water levels at the Orlen bridge had reached 3.1 metres] subject=The agency cue=said/statement",
				"indirect [more rain was likely] subject=The agency cue=warned/prediction"}},
		{"post-posed subject with of-phrase",
			"Schools in the north are ‘days away’ from closing, the head of the teachers’ union has warned, as new data showed a drop.",
			[]string{"indirect [Schools in the north are ‘days away’ from closing] subject=the head cue=warned/prediction"}},
		{"post-posed subject familiar with",
			"Velmora is weighing a ban on nickel exports, three people familiar with the matter said, a move that could hurt buyers.",
			[]string{"indirect [Velmora is weighing a ban on nickel exports] subject=three people cue=said/statement"}},
		{"attribution inside a relative clause",
			"A former mayor who investigators said took bribes from builders was jailed on Friday.",
			[]string{"indirect [took bribes from builders] subject=investigators cue=said/statement"}},
		{"appositive firm name with ampersand",
			"His agent, Brandt & Sons, said the tour would start in May.",
			[]string{"indirect [the tour would start in May] subject=Brandt & Sons cue=said/statement"}},
		{"appositive name after title words",
			"Her opponent, former bank clerk Nadia Voss, said the budget was a fantasy.",
			[]string{"indirect [the budget was a fantasy] subject=Nadia Voss cue=said/statement"}},
		{"name of organisation",
			"Tomas Ferreira of Lakeside Capital said the firm would hire again.",
			[]string{"indirect [the firm would hire again] subject=Tomas Ferreira cue=said/statement"}},
		{"organisation name with of",
			"The Bank of Lorvia said rates would rise.",
			[]string{"indirect [rates would rise] subject=The Bank of Lorvia cue=said/statement"}},
		{"colon after a copula frame",
			"Asked whether she was worried, Pemberton was blunt: “Not at all. We are ready.”",
			[]string{"direct [Not at all. We are ready.] subject=Pemberton cue=:/statement"}},
		{"quote paragraphs after said colon",
			"The mayor spoke first. In a statement, she said:\n\n\"The park will reopen in spring. We will rebuild.\n\n\"We are not giving up.\"",
			[]string{"direct [The park will reopen in spring. We will rebuild.] subject=she cue=said/statement", "direct [We are not giving up.] of=0"}},
		{"block paragraph after said colon",
			"The firm apologised. In a statement, Brightwater Buses said:\n\nWe regret the delays caused to our passengers. We are reviewing every route.",
			[]string{"block [We regret the delays caused to our passengers. We are reviewing every route.] subject=Brightwater Buses cue=said/statement"}},
		{"title after possessive is not a claim",
			"The theatre has announced a revival of Chekhov’s “The Seagull” for the spring.",
			nil},
		{"declared with a noun object is an act",
			"Gov. Ada Marsh declared a state of emergency in Pell County and said more help was coming.",
			[]string{"indirect [more help was coming] subject=Gov. Ada Marsh cue=said/statement"}},
		{"declared with a clause is speech",
			"The minister declared the war was over.",
			[]string{"indirect [the war was over] subject=The minister cue=declared/assertion"}},
		{"a second attribution ends the first",
			"Moreau said he backed the new stadium, and Ketley agreed, though he said he would seek a public vote.",
			[]string{"indirect [he backed the new stadium] subject=Moreau cue=said/statement", "indirect [he would seek a public vote] subject=he cue=said/statement"}},
		{"but he ends the content",
			"He said he expected a ruling before the summer, but he did not give a date.",
			[]string{"indirect [he expected a ruling before the summer] subject=He cue=said/statement"}},
		{"as clause ends the content",
			"The firm said it would shut a plant in Ohio as demand for steel continues to fall.",
			[]string{"indirect [it would shut a plant in Ohio] subject=The firm cue=said/statement"}},
		{"as well as stays in the content",
			"The firm said it would cut jobs as well as sell a plant.",
			[]string{"indirect [it would cut jobs as well as sell a plant] subject=The firm cue=said/statement"}},
		{"wire dateline is not content",
			"LONDON (Reuters) - Shares in Delmar fell sharply, the company said.",
			[]string{"indirect [Shares in Delmar fell sharply] subject=the company cue=said/statement"}},
		{"indirect clause with quoted words",
			"The minister said the talks were “useful and calm.”",
			[]string{"indirect [the talks were “useful and calm.”] subject=The minister cue=said/statement"}},
		{"quoted verb phrase after to is partial",
			"The league says it wants to “clean up the sport” before the season.",
			[]string{"partial [clean up the sport] subject=The league cue=says/statement"}},
		{"dash and gerund end the content",
			"The union says it wants higher pay — effectively rejecting the offer.",
			[]string{"indirect [it wants higher pay] subject=The union cue=says/statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(tt.src)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("claims of %q:\ngot:\n  %s\nwant:\n  %s", tt.src, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestAntecedent checks the subject a pronoun speaker refers back to.
func TestAntecedent(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Porto's Brazilian striker Vieira has not signed a new deal. He said he was unsure.", "Vieira"},
		{"Senator Ann Lee visited the port. She said it was unsafe.", "Senator Ann Lee"},
	}
	for _, tt := range tests {
		cs := claimsOf(tt.src)
		if len(cs) != 1 || cs[0].Antecedent.Text(tt.src) != tt.want {
			t.Errorf("%q: claims %v, want one with antecedent %q", tt.src, cs, tt.want)
		}
	}
}
