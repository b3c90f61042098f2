package quote

import (
	"slices"
	"testing"
)

// TestClaimsGeneralRules checks rules for news the project has not seen:
// datelines before the subject, capitalised lists inside organisation
// names, nouns in -s that look like cues, and answers after a name label
// in a printed interview.
func TestClaimsGeneralRules(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"a dateline with a state abbreviation is no subject",
			"TAMPA, Fla. — A federal judge on Tuesday blocked a state law on drone flights, ruling that it violated the First Amendment.",
			[]string{"indirect [it violated the First Amendment] subject=A federal judge cue=ruling/assertion"}},
		{"a word in capitals before a parenthesis in dashes is no dateline",
			"DJ Ned Cole - aka Big Ned - has said that house music is not dead.",
			[]string{"indirect [house music is not dead] subject=DJ Ned Cole cue=said/statement"}},
		{"an organisation name with a list and an acronym",
			"Japan's Ministry of Economy, Trade and Industry (METI) said it would provide loans to the firms. " +
				"Britain's Department for Environment, Food and Rural Affairs (Defra) said the ban would start in May.",
			[]string{"indirect [it would provide loans to the firms] subject=Japan's Ministry of Economy, Trade and Industry cue=said/statement",
				"indirect [the ban would start in May] subject=Britain's Department for Environment, Food and Rural Affairs cue=said/statement"}},
		{"an organisation name with a list of two-word portfolios and no acronym",
			"A spokesperson for the Department for Tourism, Arts and Coastal Heritage said the museum would close. " +
				"According to the Ministry of Housing, Roads and Public Works (MHRPW), rents rose by 4%. " +
				"Rents rose by 4%, according to the Ministry of Housing, Roads and Public Works.",
			[]string{"indirect [the museum would close] subject=A spokesperson cue=said/statement",
				"indirect [rents rose by 4%] subject=the Ministry of Housing, Roads and Public Works (MHRPW) cue=According to/statement",
				"indirect [Rents rose by 4%] subject=the Ministry of Housing, Roads and Public Works cue=according to/statement"}},
		{"a list of organisations or a name after a list is no portfolio",
			"On Monday, the Council of Home Lenders, Home Savers and Builders Association said lending was slowing. " +
				"According to the Ministry of Housing, prices and rents rose.",
			[]string{"indirect [lending was slowing] subject=Home Savers and Builders Association cue=said/statement",
				"indirect [prices and rents rose] subject=the Ministry of Housing cue=According to/statement"}},
		{"a plural possessive inside an organisation's name",
			"The National Growers’ Federation said the price was too low. The Plumbers' Union said the rules were unclear.",
			[]string{"indirect [the price was too low] subject=The National Growers’ Federation cue=said/statement",
				"indirect [the rules were unclear] subject=The Plumbers' Union cue=said/statement"}},
		{"a relative after an unnamed source with a post-modifier refers to the source",
			"The mayor was questioned by a driver from Lowcombe who said he had waited two hours for a bus. " +
				"Demand was weak, according to a lawyer involved in the talks, who said only two bidders remained. " +
				"He spoke to a nurse at St Bede's Hospital who said the wards were full.",
			[]string{"indirect [he had waited two hours for a bus] subject=a driver cue=said/statement",
				"indirect [Demand was weak] subject=a lawyer involved in the talks cue=according to/statement",
				"indirect [two bidders remained] subject=a lawyer cue=said/statement",
				"indirect [the wards were full] subject=a nurse cue=said/statement"}},
		{"a relative after a name reached by to or with refers to the name",
			"He met an aide to Ann Lee, who said the plan was late. She held a meeting with Tom Abara, who said the bus was late.",
			[]string{"indirect [the plan was late] subject=Ann Lee cue=said/statement",
				"indirect [the bus was late] subject=Tom Abara cue=said/statement"}},
		{"a list of names before an acronym is not joined without of or for",
			"In May, Trade Secretary Ann Lee (MP) said the rules would change.",
			[]string{"indirect [the rules would change] subject=Trade Secretary Ann Lee cue=said/statement"}},
		{"a noun in -s after a verb or a preposition of topic is no cue",
			"The Greens backed Labour demands that the vote be delayed. The talks went on amid opposition claims that the vote was rigged. " +
				"A resident of Leeds says the road is unsafe. The man who lived nearby says he heard shots.",
			[]string{"indirect [the road is unsafe] subject=A resident cue=says/statement",
				"indirect [he heard shots] subject=The man cue=says/statement"}},
		{"a newsletter's lead-in label before the sentence",
			"Why it matters: Landlords say the rules will push rents up.\n\n" +
				"What they're saying: \"We will not back down,\" Ines Corvo said after the vote.\n\n" +
				"NAIROBI: Traders said the market would reopen on Monday.",
			[]string{"indirect [the rules will push rents up] subject=Landlords cue=say/statement",
				"direct [We will not back down,] subject=Ines Corvo cue=said/statement",
				"indirect [the market would reopen on Monday] subject=Traders cue=said/statement"}},
		{"directed as an order to two addressees, not as an adjective or a film credit",
			"The tribunal on Monday directed the Water Authority (WA) and the housing ministry to publish the tests. " +
				"The judge directed that the files be released. The film was directed by Omar Vesk. " +
				"He said direct flights would resume. She directed the play to great acclaim.",
			[]string{"indirect [the Water Authority (WA) and the housing ministry to publish the tests] subject=The tribunal cue=directed/demand",
				"indirect [the files be released] subject=The judge cue=directed/demand",
				"indirect [direct flights would resume] subject=He cue=said/statement"}},
		{"a speaker in a with-phrase before a gerund and that",
			"Shares fell, with analysts warning that the outlook was weak. " +
				"The side won 24-22, with head coach Ari Vesk admitting afterwards that they had switched off. " +
				"With traders warning that the outlook was weak, shares fell.",
			[]string{"indirect [the outlook was weak] subject=analysts cue=warning/prediction",
				"indirect [they had switched off] subject=Ari Vesk cue=admitting/agreement"}},
		{"a clause without that whose verb opens a quotation",
			"The chief executive admitted the firm \"got it wrong\" when it under-reported spills. " +
				"He described the \"great leap\" as a failure.",
			[]string{"indirect [the firm \"got it wrong\" when it under-reported spills] subject=The chief executive cue=admitted/agreement",
				"partial [great leap] subject=He cue=described/statement"}},
		{"a subject with a relative clause before the clause's verb",
			"Inspector Ann Reyes said footage from drivers who used the road that night could be vital. " +
				"The MP spoke, saying the local police \"do not have the numbers\" to confront the gangs. " +
				"The studio announced new titles that will be made available in June.",
			[]string{"indirect [footage from drivers who used the road that night could be vital] subject=Inspector Ann Reyes cue=said/statement",
				"indirect [the local police \"do not have the numbers\" to confront the gangs] subject=The MP cue=saying/statement"}},
		{"earlier as an adverb, amounts in a subject, a reporter's 'but could not say', and 'posed' after a question",
			"The steward, Ada Rusk, said earlier in the day that the course had passed an inspection. " +
				"Ada Rusk said earlier reports were wrong. " +
				"She said payments of $5,000 would be made within ten days, but could not say when claims would be settled.\n\n" +
				"\"Who will pay for that?\" she posed.\n\nThe plan poses a risk to the river.",
			[]string{"indirect [the course had passed an inspection] subject=Ada Rusk cue=said/statement",
				"indirect [earlier reports were wrong] subject=Ada Rusk cue=said/statement",
				"indirect [payments of $5,000 would be made within ten days] subject=She cue=said/statement",
				"direct [Who will pay for that?] subject=she cue=posed/question"}},
		{"a name before a title-cased role and institution heads the subject",
			"Dr Ada Brill, Senior Lecturer in Soil Science, University of Exmoor, said:\n\n“The sample is small.”\n\n" +
				"Prof. Tom Cairn, Professor of Geology, King’s College Lindham, said the rocks were old.",
			[]string{"direct [The sample is small.] subject=Dr Ada Brill cue=said/statement",
				"indirect [the rocks were old] subject=Prof. Tom Cairn cue=said/statement"}},
		{"a quotation that is the whole content after that",
			"Ann Kolb conceded that \"some firms cut corners\", but insisted that most members complied.",
			[]string{"direct [some firms cut corners] subject=Ann Kolb cue=conceded/agreement",
				"indirect [most members complied] subject=Ann Kolb cue=insisted/assertion"}},
		{"labels in capitals heading reactions in a list",
			"Reactions:\n\nMALTA'S PRESIDENT ARNO VELLACOTT, IN A STATEMENT:\n\n\"Our sea is not a shop.\"\n\n" +
				"GRENADA'S ENVOY TO THE BODY, ODETTE KAMARA, TOLD REPORTERS:\n\n\"A pause is not a ban.\"\n\n" +
				"CHINA:\n\nBeijing has long backed quick rules.",
			[]string{"direct [Our sea is not a shop.] subject=MALTA'S PRESIDENT ARNO VELLACOTT cue=:/statement",
				"direct [A pause is not a ban.] subject=ODETTE KAMARA cue=:/statement"}},
		{"a quantified phrase that post-modifies the head",
			"A relative of one of the rescued miners told reporters that the families had been called.",
			[]string{"indirect [the families had been called] subject=A relative cue=told/statement medium=told reporters"}},
		{"a region after a place inside an appositive",
			"Ilse Brandt, director of a clinic in Tromsø, Troms, said the clinic was full. " +
				"Tom Reed, from Omaha, Nebraska, said the bridge was safe.",
			[]string{"indirect [the clinic was full] subject=Ilse Brandt cue=said/statement",
				"indirect [the bridge was safe] subject=Tom Reed cue=said/statement"}},
		{"a quotation in single marks over two paragraphs",
			"He said: ‘These are not luxuries. They are lifelines.\n\n‘If the council shuts them, they will not return.’",
			[]string{"direct [These are not luxuries. They are lifelines.] subject=He cue=said/statement",
				"direct [If the council shuts them, they will not return.] of=0"}},
		{"a number alone after a quotation is the subject",
			"Two nurses spoke to us. \"We were told it was fine,\" one said.",
			[]string{"direct [We were told it was fine,] subject=one cue=said/statement"}},
		{"an adverb between the auxiliary and the cue",
			"Mr Orly was charged in May. He has always denied stealing the ledgers.",
			[]string{"indirect [stealing the ledgers] subject=He cue=denied/denial"}},
		{"a text noun before \"reads\"",
			"\"The appeal is dismissed,\" the award reads.",
			[]string{"direct [The appeal is dismissed,] subject=the award cue=reads/statement"}},
		{"descriptive words after \"of\" before an organisation's name",
			"The co-founder of meal-kit app Brovo said the firm nearly failed.",
			[]string{"indirect [the firm nearly failed] subject=The co-founder cue=said/statement"}},
		{"a person's name after \"of\" and words ends a title",
			"Harlow director of rugby Edgar Penhallow said the lock was fit.",
			[]string{"indirect [the lock was fit] subject=Edgar Penhallow cue=said/statement"}},
		{"\"the other\" before a verb of saying is a subject",
			"Two porters spoke to us. The other said the lifts had failed.",
			[]string{"indirect [the lifts had failed] subject=The other cue=said/statement"}},
		{"\"the other\" before a participle is no subject",
			"The other proposed names include a domain for shops.",
			nil},
		{"a phrase in apposition to an opening adverbial",
			"In a second letter, a note to all 900 staff sent on Friday, Ines Varga apologised and said the firm had acted on advice.",
			[]string{"indirect [the firm had acted on advice] subject=Ines Varga cue=said/statement"}},
		{"a phrase of duration between the auxiliary and the cue",
			"Ferry users have for more than a decade argued that the pier is unsafe.",
			[]string{"indirect [the pier is unsafe] subject=Ferry users cue=argued/assertion"}},
		{"an appositive after a participle's phrase modifies its noun phrase",
			"Chad's envoy, speaking on behalf of the coastal members of the council, known as the C5, said the group had abstained. " +
				"Late last year, marketing firm Zorbit, one of the largest ad sellers, warned that it would be sold.",
			[]string{"indirect [the group had abstained] subject=Chad's envoy cue=said/statement",
				"indirect [it would be sold] subject=Zorbit cue=warned/prediction"}},
		{"a capitalised adjective before a plural of people or bodies",
			"The plan was approved. Humanitarian groups welcomed it but said it would change little.",
			[]string{"indirect [it would change little] subject=Humanitarian groups cue=said/statement"}},
		{"a written comment is a medium",
			"Tariffs will rise, the ministry said in a written comment.",
			[]string{"indirect [Tariffs will rise] subject=the ministry cue=said/statement medium=in a written comment"}},
		{"a frame before a colon is no label",
			"He said: \"We will win.\"",
			[]string{"direct [We will win.] subject=He cue=said/statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestClaimsWireShapes checks frames common in wire copy: irregular
// plurals as sources, an inverted speaker with a relative clause, media
// after "in a response to questions", "&" inside a name and a group "led
// by" someone, addressees after a preposition, sentences in quotation
// marks after a cue, and a title opening an appositive after a capitalised
// role.
func TestClaimsWireShapes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"a subordinate clause inside a relative clause has its own subject",
			"So I have a year to move 6,000 users who picked the service because I told them it was free.",
			[]string{"indirect [it was free] subject=I cue=told/statement"}},
		{"a role acronym after a lower-case word heads a common noun phrase, an organisation's does not",
			"The firm's co-founder and CEO, Mara Voss, announced the change on Friday:\n\nWe are done.\n\n" +
				"A spokesman for NBC said it had no comment.",
			[]string{"block [We are done.] subject=Mara Voss cue=announced/statement",
				"indirect [it had no comment] subject=A spokesman cue=said/statement"}},
		{"a name in apposition with the role after according to",
			"The clinic added 20 beds, according to its medical director, Dr. Tove Lindqvar.\n\n" +
				"According to the statistics office, Norvik, exports fell in May.",
			[]string{"indirect [The clinic added 20 beds] subject=Dr. Tove Lindqvar cue=according to/statement",
				"indirect [exports fell in May] subject=Norvik cue=According to/statement"}},
		{"after according to and a plural or a document, a name between commas is the content's subject or a title",
			"According to analysts, Orvane, the largest bank, will report a loss.\n\n" +
				"According to a World Bank report, Dust and Rain, there is a link between roads and floods.",
			[]string{"indirect [Orvane, the largest bank, will report a loss] subject=analysts cue=According to/statement",
				"indirect [Dust and Rain, there is a link between roads and floods] subject=a World Bank report cue=According to/statement"}},
		{"an acronym in parentheses inside a post-modified subject",
			"The Northern Bus Owners Association (Nobo) in the Lowveld said the strike would continue \"until the permits are renewed\".",
			[]string{"indirect [the strike would continue \"until the permits are renewed\"] subject=The Northern Bus Owners Association cue=said/statement"}},
		{"continue before a quotation without a colon is no cue",
			"The union said the walkout would continue \"until wages rise\".",
			[]string{"indirect [the walkout would continue \"until wages rise\"] subject=The union cue=said/statement"}},
		{"a statement read to a court is a medium, not a cue",
			"Her sister said in a statement read to the inquest that the family had no warning.",
			[]string{"indirect [the family had no warning] subject=Her sister cue=said/statement medium=in a statement read to the inquest"}},
		{"an Arabic article inside an inverted name",
			"\"The site will reopen in spring,\" said Karim Abu el-Hadi, a local guide.",
			[]string{"direct [The site will reopen in spring,] subject=Karim Abu el-Hadi cue=said/statement"}},
		{"an organisation in apposition to a role, but not to a post-modifier",
			"The seller, the Halvorsen Family Trust, said the money would go to charity. " +
				"A director of the central bank, the Nordbank, said rates would rise.",
			[]string{"indirect [the money would go to charity] subject=the Halvorsen Family Trust cue=said/statement",
				"indirect [rates would rise] subject=A director cue=said/statement"}},
		{"a reader named with a home town in apposition",
			"One listener, Dawn from Hull, says the queues were long.",
			[]string{"indirect [the queues were long] subject=Dawn from Hull cue=says/statement"}},
		{"a dateline with a two-word agency, then a coordinated cue",
			"HOBART, Australia (Sports wire) - Mia Tollervey won in three sets on Monday, then revealed that she had nearly retired.",
			[]string{"indirect [she had nearly retired] subject=Mia Tollervey cue=revealed/statement"}},
		{"an irregular plural after the content",
			"The plant will close in June, people familiar with the plan said. The road was shut for two hours, police said.",
			[]string{"indirect [The plant will close in June] subject=people cue=said/statement",
				"indirect [The road was shut for two hours] subject=police cue=said/statement"}},
		{"an inverted speaker with a relative clause",
			"The bank is weighing a sale of its Asian unit, said the people, who asked not to be named because the talks are private.",
			[]string{"indirect [The bank is weighing a sale of its Asian unit] subject=the people cue=said/statement"}},
		{"a response to questions is a medium",
			"Energy Minister Lars Holm said in a written response to questions from Reuters that the state welcomes investment.",
			[]string{"indirect [the state welcomes investment] subject=Energy Minister Lars Holm cue=said/statement medium=in a written response to questions from Reuters"}},
		{"an ampersand and a leader inside the subject",
			"\"We see a long delay,\" analysts at Brandt Keller & Co. led by Nina Rossi wrote in a note to clients. " +
				"Sales fell sharply in May, Procter & Gamble said.",
			[]string{"direct [We see a long delay,] subject=analysts cue=wrote/statement medium=in a note to clients",
				"indirect [Sales fell sharply in May] subject=Procter & Gamble cue=said/statement"}},
		{"an addressee after a preposition",
			"The rescue team appealed to residents to be patient.",
			[]string{"indirect [residents to be patient] subject=The rescue team cue=appealed/demand"}},
		{"a sentence in quotation marks after a cue is direct",
			"A crowd outside the court shouted \"Shame on you!\" as the van left. Ms Vance praised the staff but added: \"The hard part starts now.\"",
			[]string{"direct [Shame on you!] subject=A crowd cue=shouted/statement",
				"direct [The hard part starts now.] subject=Ms Vance cue=added/statement"}},
		{"a title opens the appositive of a capitalised role",
			"The panel's senior Republican, Sen. Tom Baird of Utah, said the bill would fail.",
			[]string{"indirect [the bill would fail] subject=Sen. Tom Baird cue=said/statement"}},
		{"a phrase after a comma before the colon of a quotation",
			"Ann Lee said the family was grateful. The statement continued, in part: \"Mum never thought of herself as famous.\"",
			[]string{"indirect [the family was grateful] subject=Ann Lee cue=said/statement",
				"direct [Mum never thought of herself as famous.] subject=The statement cue=continued/statement"}},
		{"a quotation alone after a sentence whose subject follows an adverbial",
			"Asked about the result, he shrugged. \"It is what it is.\" She refused to blame the keeper, who misjudged the cross. \"We lost as a team.\"",
			[]string{"direct [It is what it is.] subject=he", "direct [We lost as a team.] subject=She"}},
		{"Indian English cues and 'as per'",
			"As per city data, the board has cut 2,340 illegal connections this year. He opined that the plan was \"doing politics.\" " +
				"She assured that funds would come without delay.",
			[]string{"indirect [the board has cut 2,340 illegal connections this year] subject=city data cue=As per/statement",
				"indirect [the plan was \"doing politics.\"] subject=He cue=opined/assertion",
				"indirect [funds would come without delay] subject=She cue=assured/assertion"}},
		{"no content after an addressee and its relative clause",
			"The firm will write to customers who bought the faulty heaters.",
			nil},
		{"a time with late or early between the cue and that",
			"The carmaker said late on Monday that orders had fallen by a third. The union said early Tuesday that the strike was over.",
			[]string{"indirect [orders had fallen by a third] subject=The carmaker cue=said/statement time=late on Monday",
				"indirect [the strike was over] subject=The union cue=said/statement time=early Tuesday"}},
		{"a named report with a participial appositive",
			"Bond yields rose after a Bloomberg report, citing two people briefed on the talks, said the bank would cut rates.",
			[]string{"indirect [the bank would cut rates] subject=a Bloomberg report cue=said/statement"}},
		{"a plural post-modified subject of a present-tense cue",
			"People close to the buyer say at least three rivals had also bid. Fishermen in the bay say the catch has halved.",
			[]string{"indirect [at least three rivals had also bid] subject=People cue=say/statement",
				"indirect [the catch has halved] subject=Fishermen cue=say/statement"}},
		{"no cue in a noun after a singular noun phrase",
			"Ports shut after drivers in a pay dispute that began in May walked out. Critics fear a police state will follow.",
			nil},
		{"a frame after a leading adverb runs over the content",
			"Now, he admits, they cross the road to avoid each other. But, she said, the plan had failed.",
			[]string{"indirect [Now, he admits, they cross the road to avoid each other] subject=he cue=admits/agreement",
				"indirect [But, she said, the plan had failed] subject=she cue=said/statement"}},
		{"a second attribution with a bare plural subject ends the content",
			"A panel warned that growth had come at a cost, and ministers have since promised to tighten the rules.",
			[]string{"indirect [growth had come at a cost] subject=A panel cue=warned/prediction",
				"indirect [to tighten the rules] subject=ministers cue=promised/prediction"}},
		{"the then holder of an office",
			"In 2019, the then farm secretary described the sector as \"a jewel in the crown\".",
			[]string{"partial [a jewel in the crown] subject=the then farm secretary cue=described/statement"}},
		{"a leading adverbial before a subject with a named appositive",
			"In a blog post, the head of rival Kestrel, Tom Bell, praised the launch but added: \"The hard part starts now.\"",
			[]string{"direct [The hard part starts now.] subject=Tom Bell cue=added/statement"}},
		{"'that' as a determiner after a preposition",
			"Acme walked away over price, people familiar with that discussion said. Prices fell after that report said growth was weak.",
			[]string{"indirect [Acme walked away over price] subject=people cue=said/statement",
				"indirect [growth was weak] subject=that report cue=said/statement"}},
		{"a participle between dashes",
			"The minister defended the plan — saying it would save money — and left. He denied it, adding that the talks went on.",
			[]string{"indirect [it would save money] subject=The minister cue=saying/statement",
				"indirect [the talks went on] subject=He cue=adding/statement"}},
		{"a programme title after the broadcaster",
			"Sen. Ann Roe said on NBC's \"Meet the Press\" that talks had stalled. Rep. Tom Bell told Fox News' \"Sunday Live\" that he would vote no.",
			[]string{"indirect [talks had stalled] subject=Sen. Ann Roe cue=said/statement medium=on NBC's \"Meet the Press\"",
				"indirect [he would vote no] subject=Rep. Tom Bell cue=told/statement medium=told Fox News' \"Sunday Live\""}},
		{"an expletive subject and a fraction",
			"A spokesperson told the BBC there was no evidence of a breach. Ms Lund said about a third of the ships had returned.",
			[]string{"indirect [there was no evidence of a breach] subject=A spokesperson cue=told/statement medium=told the BBC",
				"indirect [about a third of the ships had returned] subject=Ms Lund cue=said/statement"}},
		{"accepting a clause, and an addressee with a modifier",
			"Under questioning, he accepted that the fence had not been checked. The service warned young people to stay away from quarries.",
			[]string{"indirect [the fence had not been checked] subject=he cue=accepted/agreement",
				"indirect [young people to stay away from quarries] subject=The service cue=warned/demand"}},
		{"a coordinated cue before a quotation and a participle",
			"The auctioneer paused and told the room, \"I need a glass of water,\" drawing laughter.",
			[]string{"direct [I need a glass of water,] subject=The auctioneer cue=told/statement medium=told the room"}},
		{"a medium with a participle and a place",
			"Hawkers at a food centre in Bukit Merah say rents have doubled. The tomb belonged to a scribe, the ministry said in a statement posted on its website.",
			[]string{"indirect [rents have doubled] subject=Hawkers cue=say/statement",
				"indirect [The tomb belonged to a scribe] subject=the ministry cue=said/statement medium=in a statement posted on its website"}},
		{"an inverted speaker with an outlet, role words and a name",
			"However, all sides want to avoid a strike, said BBC labour correspondent Ann Cole. While accepting that risks remain, Mr Roe said he was hopeful.",
			[]string{"indirect [all sides want to avoid a strike] subject=BBC labour correspondent Ann Cole cue=said/statement",
				"indirect [he was hopeful] subject=Mr Roe cue=said/statement"}},
		{"Indian honorifics with a period",
			"\"We have no water,\" said Smt. Meena Joshi, a teacher. \"It is over,\" Shri. Arun Rao said.",
			[]string{"direct [We have no water,] subject=Smt. Meena Joshi cue=said/statement",
				"direct [It is over,] subject=Shri. Arun Rao cue=said/statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestUnlabelledAnswers checks that the answers of an interview printed
// as questions and answers without labels are block claims of the
// interviewee, and that a lone question in a story makes no interview.
func TestUnlabelledAnswers(t *testing.T) {
	src := "Marta Olsen has kept bees in Oslo for 20 years.\n\n" +
		"She spoke to us about her hives.\n\n" +
		"Why do towns suit bees?\n\n" +
		"Flowers. A typical park has many kinds of plants.\n\n" +
		"What comes next?\n\n" +
		"A book, if I can finish it.\n"
	want := []string{"block [Flowers. A typical park has many kinds of plants.] subject=Marta Olsen",
		"block [A book, if I can finish it.] subject=Marta Olsen"}
	if got := describe(src); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	lone := "Marta Olsen has kept bees in Oslo for 20 years.\n\n" +
		"So why do towns suit bees?\n\n" +
		"Parks have many kinds of plants, and gardens flower all summer.\n\n" +
		"The hives produce 40 kg of honey a year.\n"
	if got := describe(lone); len(got) != 0 {
		t.Errorf("a lone question: got %q, want no claims", got)
	}
}

// TestAnswerLabel checks that a paragraph opening with a name label after
// a question is a block claim of the person the label names, and that a
// label after no question is not.
func TestAnswerLabel(t *testing.T) {
	src := "Marta Olsen has kept bees in Oslo for 20 years.\n\n" +
		"Q: Why do towns suit bees so well?\n\n" +
		"Olsen: Flowers. A typical park has many kinds of plants.\n\n" +
		"Were the results a surprise?\n\n" +
		"Marta Olsen: Not really. We expected it.\n\n" +
		"Update: The park will close at 6pm.\n"
	want := []string{"block [Flowers. A typical park has many kinds of plants.] subject=Olsen cue=:/statement",
		"block [Not really. We expected it.] subject=Marta Olsen cue=:/statement"}
	if got := describe(src); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestTranscriptLabels checks that in a broadcast transcript a paragraph
// opening with a speaker label in capitals is a block claim of the label's
// name, that the host's and the reporter's lines are narration, and that
// labels in capitals make no claims where no label names a narrator.
func TestTranscriptLabels(t *testing.T) {
	src := "Ferry cut leaves island without a doctor\n\n" +
		"MARGIT HOLLOWAY, HOST:\n\n" +
		"The ferry to Tarrow Island stopped running last week.\n\n" +
		"DEV ANANTHAN, BYLINE: The harbour is quiet this morning.\n\n" +
		"OONA BRENNICK: I have not seen a doctor since March.\n\n" +
		"ANANTHAN: The council says a new boat will come in June.\n\n" +
		"BRENNICK: June is a long way off.\n\n" +
		"(SOUNDBITE OF WAVES)\n\n" +
		"HOLLOWAY: That was Dev Ananthan.\n"
	want := []string{"block [I have not seen a doctor since March.] subject=OONA BRENNICK cue=:/statement",
		"indirect [a new boat will come in June] subject=The council cue=says/statement",
		"block [June is a long way off.] subject=BRENNICK cue=:/statement"}
	if got := describe(src); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	news := "NEW DELHI: The ministry said exports rose in May.\n\n" +
		"UPDATE: The port reopened on Friday.\n\n" +
		"RAJ MEHRA: a profile.\n"
	want = []string{"indirect [exports rose in May] subject=The ministry cue=said/statement"}
	if got := describe(news); !slices.Equal(got, want) {
		t.Errorf("no narrator label: got\n%q\nwant\n%q", got, want)
	}
}

// TestPressConferenceTranscript checks the answers of a press-conference
// transcript printed as "Q." and "A." paragraphs under an "An interview
// with:" header: block claims of the interviewee, and that "A." before a
// name is an initial, not an answer.
func TestPressConferenceTranscript(t *testing.T) {
	src := "Kowalczyk-Ferro reaches her first final\n\n" +
		"An interview with: MIRELA KOWALCZYK-FERRO\n\n" +
		"Q. How did the wind affect you?\n\n" +
		"A. A lot. I could not toss the ball straight.\n\n" +
		"Q. What about the final?\n\n" +
		"A. I will sleep first, then think.\n\n" +
		"A. J. Brandt, her coach, watched from the stands.\n"
	want := []string{"block [A lot. I could not toss the ball straight.] subject=MIRELA KOWALCZYK-FERRO cue=A./statement",
		"block [I will sleep first, then think.] subject=MIRELA KOWALCZYK-FERRO cue=A./statement"}
	if got := describe(src); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	// A later "without" does not hide the "with" before the name.
	src = "A talk with Ana Ruiz, without notes\n\nQ. Why now?\n\nA. Because it is spring.\n"
	want = []string{"block [Because it is spring.] subject=Ana Ruiz cue=A./statement"}
	if got := describe(src); !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestClaimsParticiplesAndQuantifiers checks frames of reported speech
// that earlier rules missed: a participle after a comma whose content
// opens with a determiner, the subject of such a participle when the
// clause before it has a comma or a role before the name, a quantifier
// before a plural subject, adverbials between a cue and "that", a cue's
// base form as a modifier before a name, media named by a release or a
// ruling, and cue verbs of regional press.
func TestClaimsParticiplesAndQuantifiers(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"a participle with a determiner clause",
			"The council met on Monday, saying the town needed more homes. The choir sang on Monday, saying the words of the hymn.",
			[]string{"indirect [the town needed more homes] subject=The council cue=saying/statement"}},
		{"a participle has the clause's subject, not an appositive",
			"In a rare move, the Greens and the Whigs have tabled a motion, saying the plans are excessive.",
			[]string{"indirect [the plans are excessive] subject=the Greens and the Whigs cue=saying/statement"}},
		{"a participle after a past tense and a plural object",
			"The union raised fares on Monday, saying fuel costs had risen sharply.",
			[]string{"indirect [fuel costs had risen sharply] subject=The union cue=saying/statement"}},
		{"a participle after a role and a name",
			"Former trade minister Ann Vell has criticised the plan, saying the agency should lead.",
			[]string{"indirect [the agency should lead] subject=Ann Vell cue=saying/statement"}},
		{"a comparison is no clause after a participle",
			"On an annual basis, output grew 0.2%, suggesting a slower recovery than had been thought.",
			nil},
		{"quoted by a newspaper as saying",
			"Chief executive Tom Brell was quoted by the Gazette as saying costs were too high.",
			[]string{"indirect [costs were too high] subject=Tom Brell cue=saying/statement"}},
		{"a quantifier before a plural subject",
			"Dan Kettle said most members support the ban. Ada Lind said most people want a vote. The firm revealed few details about the plan.",
			[]string{"indirect [most members support the ban] subject=Dan Kettle cue=said/statement",
				"indirect [most people want a vote] subject=Ada Lind cue=said/statement"}},
		{"adverbials before that",
			"Dan Kettle has said all along that the ban was wrong. Ada Lind said most recently that the vote was fair.",
			[]string{"indirect [the ban was wrong] subject=Dan Kettle cue=said/statement",
				"indirect [the vote was fair] subject=Ada Lind cue=said/statement"}},
		{"put it more bluntly",
			"Deckhand Mira Coss put it more bluntly: \"We have lost a third of our season.\"",
			[]string{"direct [We have lost a third of our season.] subject=Deckhand Mira Coss cue=put/statement"}},
		{"a cue's base form modifying a name",
			"The permits will be issued through an app, state news agency Wafa reported. The price will rise, say reports.",
			[]string{"indirect [The permits will be issued through an app] subject=Wafa cue=reported/statement",
				"indirect [The price will rise] subject=reports cue=say/statement"}},
		{"a release or a ruling as the medium",
			"Net income fell 38% to $41.2 million, the company said in its earnings release. " +
				"The judge said in her ruling that the evidence was weak.",
			[]string{"indirect [Net income fell 38% to $41.2 million] subject=the company cue=said/statement medium=in its earnings release",
				"indirect [the evidence was weak] subject=The judge cue=said/statement medium=in her ruling"}},
		{"no medium over a boundary after on",
			"The group called on the government to release the men held without trial.",
			[]string{"indirect [the government to release the men held without trial] subject=The group cue=called/demand"}},
		{"cue verbs of regional press",
			"\"The mafia will not hold this city hostage,\" the minister averred. Analysts reckon the saga has a long way to go.",
			[]string{"direct [The mafia will not hold this city hostage,] subject=the minister cue=averred/assertion",
				"indirect [the saga has a long way to go] subject=Analysts cue=reckon/assertion"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestClaimsTalliesDatesAndAntecedents(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"an abbreviated month after the cue",
			"The ministry said on Nov. 17 that its troops had taken the hill. The firm said in March. 17 staff left.",
			[]string{"indirect [its troops had taken the hill] subject=The ministry cue=said/statement time=on Nov. 17"}},
		{"a vote tally after the cue",
			"The Supreme Court ruled 6-3 that the law was valid. The tribunal ruled 7–2 on Monday that the fee was fair.",
			[]string{"indirect [the law was valid] subject=The Supreme Court cue=ruled/assertion",
				"indirect [the fee was fair] subject=The tribunal cue=ruled/assertion time=on Monday"}},
		{"a cue word in -s modifying a noun",
			"An appeals court ruled that the ban was lawful.",
			[]string{"indirect [the ban was lawful] subject=An appeals court cue=ruled/assertion"}},
		{"written evidence as the medium",
			"The agency told the committee in written evidence that it had opened an inquiry.",
			[]string{"indirect [it had opened an inquiry] subject=The agency cue=told/statement medium=told the committee"}},
		{"an ordinal inside a name",
			"The Labour Court of the 4th Region ruled that the riders were employees.",
			[]string{"indirect [the riders were employees] subject=The Labour Court cue=ruled/assertion"}},
		{"an honorific after an office with \"of\" opens the name",
			"Tabora Member of Parliament Mr Juma Ngoyani-Sefu urged the government to act. Ann Lee of Acme Capital said prices would rise.",
			[]string{"indirect [the government to act] subject=Tabora Member of Parliament Mr Juma Ngoyani-Sefu cue=urged/demand",
				"indirect [prices would rise] subject=Ann Lee cue=said/statement"}},
		{"Cllr opens a name in apposition after an office",
			"Chair of Loughmore County Council, Cllr Aine Brody-Walsh, has urged residents to attend.",
			[]string{"indirect [residents to attend] subject=Cllr Aine Brody-Walsh cue=urged/demand"}},
		{"an inverted role after a capitalised possessive, and its name in apposition",
			"“We held our price,” wrote Dunmore’s procurement director, Ann Tavish-Loe. “It is over,” said Dunmore’s spokesman.",
			[]string{"direct [We held our price,] subject=Ann Tavish-Loe cue=wrote/statement",
				"direct [It is over,] subject=Dunmore’s spokesman cue=said/statement"}},
		{"a longer prepositional phrase and a time before \"that\"",
			"The bloc’s policy chief said at a meeting of foreign ministers on Monday that the bloc needed to act.",
			[]string{"indirect [the bloc needed to act] subject=The bloc’s policy chief cue=said/statement time=on Monday"}},
		{"a document that an outlet saw is the source, not the outlet",
			"Prices will rise, according to a classified cable reviewed by The Daily Courier. A memo obtained by the Courier said the plan was dead.",
			[]string{"indirect [Prices will rise] subject=a classified cable cue=according to/statement",
				"indirect [the plan was dead] subject=A memo cue=said/statement"}},
		{"a new report after a semicolon ends the content",
			"Ruvania insists the rebels must disarm first; the rebels have said they will not give up their arms.",
			[]string{"indirect [the rebels must disarm first] subject=Ruvania cue=insists/assertion",
				"indirect [they will not give up their arms] subject=the rebels cue=said/statement"}},
		{"made (it) clear that",
			"Ruvania has made clear that it will not sign. The minister made it clear that the talks were over. The firm made a profit that surprised everyone.",
			[]string{"indirect [it will not sign] subject=Ruvania cue=made/assertion",
				"indirect [the talks were over] subject=The minister cue=made/assertion"}},
		{"a bare plural and a cue in the present start a new report",
			"The agency says most farms face losses, and aid groups say prices have doubled. The army says the town is safe; residents say it is not.",
			[]string{"indirect [most farms face losses] subject=The agency cue=says/statement",
				"indirect [prices have doubled] subject=aid groups cue=say/statement",
				"indirect [the town is safe] subject=The army cue=says/statement",
				"indirect [it is not] subject=residents cue=say/statement"}},
		{"counsel submitted that",
			"Defence counsel Priya Raman-Oduya submitted that the search had been unlawful. The firm submitted its bid on Friday.",
			[]string{"indirect [the search had been unlawful] subject=Priya Raman-Oduya cue=submitted/assertion"}},
		{"a relative pronoun after an acronym in parentheses",
			"The case was brought by the Housing Advocacy Office (HAO), which argued that tenants were misled.",
			[]string{"indirect [tenants were misled] subject=the Housing Advocacy Office cue=argued/assertion"}},
		{"a group at a named body that a common noun describes",
			"Economists at the lender Nordhaven say that growth will slow. Analysts at the consultancy Brevik estimated that exports fell. In a statement detailing the closure of the accounts Valtor said the system worked.",
			[]string{"indirect [growth will slow] subject=Economists cue=say/statement",
				"indirect [exports fell] subject=Analysts cue=estimated/prediction",
				"indirect [the system worked] subject=Valtor cue=said/statement"}},
		{"a gerund after the preposition of a post-modifier",
			"A Canadian official involved in drafting the communique said the question was left open. Officials in charge of the talks said they would resume.",
			[]string{"indirect [the question was left open] subject=A Canadian official cue=said/statement",
				"indirect [they would resume] subject=Officials cue=said/statement"}},
		{"add an object to a list is no speech",
			"The package would also add 20 firms to the list of entities barred from trade, according to people briefed on the talks. She added two players to the squad. He added the deal was done.",
			[]string{"indirect [The package would also add 20 firms to the list of entities barred from trade] subject=people briefed on the talks cue=according to/statement",
				"indirect [the deal was done] subject=He cue=added/statement"}},
		{"asked after the subject is a passive aside",
			"One of them, asked whether the plan was realistic, said: “It always is.” Senator Ann Lee, a Democrat, asked whether the plan was legal.",
			[]string{"direct [It always is.] subject=One of them cue=said/statement",
				"indirect [the plan was legal] subject=Senator Ann Lee cue=asked/question"}},
		{"an adjective of a manner of speaking before a colon frames the next paragraph",
			"Speaking later to reporters, the envoy was blunter:\n\n“Everyone knows where this ends. Nobody wants to go first.”\n\nThe reason was simple:\n\n“Prices rose.”",
			[]string{"direct [Everyone knows where this ends. Nobody wants to go first.] subject=the envoy cue=:/statement"}},
		{"the people an outlet asked are the source",
			"Analysts consulted by Norpress said the agreement was modest. Residents interviewed by the station said the plan was unfair.",
			[]string{"indirect [the agreement was modest] subject=Analysts cue=said/statement",
				"indirect [the plan was unfair] subject=Residents cue=said/statement"}},
		{"a role, a comma and a name before a colon",
			"What they said\n\nSerbia’s minister for regional affairs, Milena Draskic: “Both sides must refrain from any action.”\n\nIn Paris, Lyon and Nice: “We are ready.”",
			[]string{"direct [Both sides must refrain from any action.] subject=Milena Draskic cue=:/statement"}},
		{"a weekday after a broadcaster is a time, not its name",
			"The foreign minister said on state television Monday night that the post was on their soil.",
			[]string{"indirect [the post was on their soil] subject=The foreign minister cue=said/statement time=Monday night"}},
		{"a name and its quoted predicate after the cue",
			"The Senate sent Joan Ruiz, who said Washington “welcomes any effort by states to act on their own.”",
			[]string{"indirect [Washington “welcomes any effort by states to act on their own.”] subject=Joan Ruiz cue=said/statement"}},
		{"an adverb of degree opens the content",
			"The minister said nearly half of the schools had reopened. Mr Tarn said almost every street was flooded. The rule is due in May and the first reports under the scheme will appear in June.",
			[]string{"indirect [nearly half of the schools had reopened] subject=The minister cue=said/statement",
				"indirect [almost every street was flooded] subject=Mr Tarn cue=said/statement"}},
		{"a plural subject of an approximate number with a verb in the present",
			"Officials say about 4,000 residents, most of them elderly, remain without power. Unions warned about 3,000 job losses in the region. Aid groups say roughly 300 families live in the camp.",
			[]string{"indirect [about 4,000 residents, most of them elderly, remain without power] subject=Officials cue=say/statement",
				"indirect [roughly 300 families live in the camp] subject=Aid groups cue=say/statement"}},
		{"subjects coordinated by \"and\" with determiners",
			"Two senior officials and a former envoy familiar with the talks said the plan had stalled. The ministry and the central bank said in a joint statement that rates would hold. The talks ended and the minister said nothing had changed.",
			[]string{"indirect [the plan had stalled] subject=Two senior officials and a former envoy cue=said/statement",
				"indirect [rates would hold] subject=The ministry and the central bank cue=said/statement medium=in a joint statement",
				"indirect [nothing had changed] subject=the minister cue=said/statement"}},
		{"termed and branded name the speaker's words; their -s forms are nouns",
			"The party termed the claim “a lie made in the capital”. Ms Orr branded the plan “reckless”. Its brands had a “good” year.",
			[]string{"partial [a lie made in the capital] subject=The party cue=termed/statement",
				"partial [reckless] subject=Ms Orr cue=branded/statement"}},
		{"reminded is a cue; a noun in -s before a verb is no cue",
			"The chair, Ann Kell, reminded senators that questions were to be put to officials.",
			[]string{"indirect [questions were to be put to officials] subject=Ann Kell cue=reminded/statement"}},
		{"a dash and a name after a quotation",
			"CLAIM: “Crime in Riverton is up 40% since my rival took office.” — Tamsin\n\n“We will not back down.” — Senator Ann Kell",
			[]string{"direct [Crime in Riverton is up 40% since my rival took office.] subject=Tamsin cue=—/statement",
				"direct [We will not back down.] subject=Senator Ann Kell cue=—/statement"}},
		{"a straight apostrophe inside curly single marks",
			"‘We govern for everyone,’ she said. ‘We'll be judged in 14 months' time, not on a poll.’",
			[]string{"direct [We govern for everyone,] subject=she cue=said/statement",
				"direct [We'll be judged in 14 months' time, not on a poll.] of=0"}},
		{"\"and\" after a clause does not join the subject; inside a name it does",
			"Wheat prices rose sharply in May and traders said the harvest was poor. The mill closed in 2019 and workers claim that wages went unpaid. The city's Fire and Rescue crews said the blaze was out.",
			[]string{"indirect [the harvest was poor] subject=traders cue=said/statement",
				"indirect [wages went unpaid] subject=workers cue=claim/assertion",
				"indirect [the blaze was out] subject=The city's Fire and Rescue crews cue=said/statement"}},
		{"a longer subject relative clause before the cue",
			"A veteran judge who has resigned in protest over the government's anti-fraud laws says the system is broken.",
			[]string{"indirect [the system is broken] subject=A veteran judge cue=says/statement"}},
		{"a quotation opening the paragraph after a sentence about a person",
			"In a memo sent to staff on Monday, chief executive Ilona Marsk blamed the cuts on weak demand.\n\n“We say goodbye to 200 colleagues today.”\n\nStrong title contenders Avel Dorn and Mira Tesk did not play.\n\n“The draw was kind to us.”",
			[]string{"direct [We say goodbye to 200 colleagues today.] subject=Ilona Marsk"}},
		{"\"not\" before the participle of a post-modifier",
			"Tax lawyers not involved in the dispute said the ruling was narrow.",
			[]string{"indirect [the ruling was narrow] subject=Tax lawyers cue=said/statement"}},
		{"in her words, in the words of X",
			"In her words, the count was “clean and fast”. In the words of one ferry pilot, the crossing is “a lottery every winter”. The board met because, in the words of one member, nothing else worked.",
			[]string{"indirect [the count was “clean and fast”] subject=her cue=In her words/statement",
				"indirect [the crossing is “a lottery every winter”] subject=one ferry pilot cue=In the words of/statement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.src); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
