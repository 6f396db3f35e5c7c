package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// TestSpeakerKinds checks the kind and affiliation of speakers of every
// sort: named people, pronouns, organisations, groups and unnamed sources.
func TestSpeakerKinds(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text              string
		kind, mention, affil    string
		wantPerson, wantSpeaker bool
	}{
		{"named person", "“We will win,” Sen. Ted Cruz said.", schema.SpeakerPerson, "Ted Cruz", "", true, true},
		{"pronoun resolved", "Sen. Ted Cruz spoke. “We will win,” he said.", schema.SpeakerPerson, "he", "", true, true},
		{"unresolved they", "“We will win,” they said.", schema.SpeakerGroup, "they", "", false, true},
		{"organisation noun", "“The report is wrong,” the newspaper said.", schema.SpeakerOrganisation, "the newspaper", "", false, true},
		{"a kind of business", "“Our customers come first,” the airline said in a statement.", schema.SpeakerOrganisation, "the airline", "", false, true},
		{"news agency", "“The talks failed,” Reuters reported.", schema.SpeakerOrganisation, "Reuters", "", false, true},
		{"group", "“The talks failed,” officials said.", schema.SpeakerGroup, "officials", "", false, true},
		{"unnamed", "“The talks failed,” a senior official said.", schema.SpeakerUnnamed, "a senior official", "", false, true},
		{"people together", "“We agree,” Donald Trump and Paul Ryan said in a joint statement.", schema.SpeakerGroup, "Donald Trump and Paul Ryan", "", false, true},
		{"a body joining two places with and", "“We are looking at all lines of inquiry,” Avon and Somerset Police said.", schema.SpeakerOrganisation, "Avon and Somerset Police", "", false, true},
		{"a spokesman for a body joining places with and", "“They are still at the scene,” a spokesman for Tyne and Wear Fire and Rescue Service said.", schema.SpeakerUnnamed, "a spokesman for Tyne and Wear Fire and Rescue Service", "Tyne and Wear Fire and Rescue Service", false, true},
		{"a British spelling the tagger takes for a plural", "Her neighbour, who did not want to be named, said: “It is the third break-in this month.”", schema.SpeakerUnnamed, "Her neighbour", "", false, true},
		{"an irregular plural", "“The talks failed,” the women said.", schema.SpeakerGroup, "the women", "", false, true},
		{"those and a participle", "Those surveyed said Donald Trump was “best able” to handle the issue.", schema.SpeakerGroup, "Those surveyed", "", false, true},
		{"a fraction of a group", "About half of respondents said Donald Trump was “unfit.”", schema.SpeakerGroup, "half of respondents", "", false, true},
		{"a fraction of those asked", "A third of those surveyed said Jeb Bush has the “best experience.”", schema.SpeakerGroup, "A third of those surveyed", "", false, true},
		{"unnamed with affiliation", "“The talks failed,” a spokesman for Hillary Clinton said.", schema.SpeakerUnnamed, "a spokesman for Hillary Clinton", "Hillary Clinton", false, true},
		{"an adviser to a person", "“The talks failed,” said a senior adviser to Hillary Clinton.", schema.SpeakerUnnamed, "a senior adviser to Hillary Clinton", "Hillary Clinton", false, true},
		{"an adviser to a role", "An adviser to the senator said the call had been “funereal.”", schema.SpeakerUnnamed, "An adviser to the senator", "", false, true},
		{"a phrase of two links", "A government official from a country in the region told the AP that the delegation “was instructed to reach agreements.”", schema.SpeakerUnnamed, "A government official from a country in the region", "", false, true},
		{"a former title has no affiliation", "Former President George W. Bush said, “We will win.”", schema.SpeakerPerson, "George W. Bush", "", true, true},
		{"a former title keeps its place", "Former Florida Gov. Jeb Bush said, “We will win.”", schema.SpeakerPerson, "Jeb Bush", "Florida", true, true},
		{"title with a lower-case word", "Secretary of State James Baker, speaking on ABC News' “This Week,” said the request gives the U.S. “a legal basis for action.”", schema.SpeakerPerson, "James Baker", "", true, true},
		{"headline name", "Cecile Richards: “I’m Sick Of Men Telling Us What To Do”\n\nPlanned Parenthood president Cecile Richards spoke on Monday.", schema.SpeakerPerson, "Cecile Richards", "", true, true},
		{"place is no affiliation", "“The talks failed,” a voter from Iowa said.", schema.SpeakerUnnamed, "a voter from Iowa", "", false, true},
		{"possessed organisation", "Paul Ryan’s campaign shrugged off the remarks, telling reporters, “We never asked.”", schema.SpeakerOrganisation, "Paul Ryan’s campaign", "Paul Ryan", false, true},
		{"possessed by a nominal", "The governor’s office said in a statement that the plan would “save lives.”", schema.SpeakerOrganisation, "The governor’s office", "", false, true},
		{"possessed role", "“We will not comment,” Ms. Merkel’s spokesman, Steffen Seibert, told reporters.", schema.SpeakerPerson, "Ms. Merkel’s spokesman", "Ms. Merkel", true, true},
		{"possessed group", "Obama’s first questioners were hostile: “Is it time for a change?”", schema.SpeakerGroup, "Obama’s first questioners", "Obama", false, true},
		{"relative before an aside", "Ann Cole, who, after years of feuding with the mayor, said the plan was “a fraud.”", schema.SpeakerPerson, "who", "", true, true},
		{"relative past a describing phrase", "Sen. Marco Rubio of Florida, who mused in the debate that Clinton was “disqualified.”", schema.SpeakerPerson, "who", "Florida", true, true},
		{"name after the", "“The talks failed,” the Daily Beast reported.", schema.SpeakerOrganisation, "the Daily Beast", "", false, true},
		{"a newspaper named for a word that speaks for no one", "Joe Conason writes that Powell spoke. “She took his advice,” Conason writes in his book, according to the Times.", schema.SpeakerOrganisation, "the Times", "", false, true},
		{"a newspaper named for a day", "USA Today reported that aides were “furious.”", schema.SpeakerOrganisation, "USA Today", "", false, true},
		{"a network's news division", "“The talks collapsed,” NBC News reported.", schema.SpeakerOrganisation, "NBC News", "", false, true},
		{"a foreign newspaper", "Le Monde reported that talks had “collapsed.”", schema.SpeakerOrganisation, "Le Monde", "", false, true},
		{"a party member is no organisation", "“The talks collapsed,” a New Hampshire Republican said.", schema.SpeakerUnnamed, "a New Hampshire Republican", "", false, true},
		{"relative which", "He was profiled in the Daily Beast, which ran an article calling him the “angry populist enforcer.”", schema.SpeakerOrganisation, "which", "", false, true},
		{"state abbreviation is a place", "She landed in Flint, Mich., and called the water crisis “a disgrace.”", schema.SpeakerPerson, "She", "", false, true},
		{"possessive before a speech noun", "Madeleine Albright fanned controversy over her remark that “there’s a special place in hell.”", schema.SpeakerPerson, "her", "", true, true},
		{"it for an organisation", "The State Department was under pressure. It said the emails were “top secret.”", schema.SpeakerOrganisation, "It", "", false, true},
		{"I is the writer", "Sen. Ted Cruz spoke first. “I was there,” I said.", schema.SpeakerPerson, "I", "", false, true},
		{"contracted pronoun", "“We will win this state,” I’ve said many times.", schema.SpeakerPerson, "I’ve", "", false, true},
		{"share of those asked", "Asked about Hillary Clinton, nine out of 10 said they were “not surprised.”", schema.SpeakerGroup, "nine out of 10", "", false, true},
		{"a number qualified by about", "At the rally, about 50 protesters chanted “no contract, no peace” outside.", schema.SpeakerGroup, "50 protesters", "", false, true},
		{"demonstrative determiner", "“There won’t be a path for him,” said one of those advisers, who spoke on the condition of anonymity.", schema.SpeakerUnnamed, "one of those advisers", "", false, true},
		{"affiliation after an inverted cue", "“The talks failed,” said a spokesman for Hillary Clinton.", schema.SpeakerUnnamed, "a spokesman for Hillary Clinton", "Hillary Clinton", false, true},
		{"source after according to", "According to a statement from the Michigan Education Association, the union “will fight these cuts.”", schema.SpeakerUnnamed, "a statement from the Michigan Education Association", "", false, true},
		{"a role before the name after a cue", "“The first line of defense is at home,” said former secretary of state Hillary Clinton.", schema.SpeakerPerson, "Hillary Clinton", "", true, true},
		{"a name heads a linked role before it", "“Production fell across the board,” ONS director of economic statistics Liz McKeown said.", schema.SpeakerPerson, "Liz McKeown", "", true, true},
		{"a role inside the link's phrase", "A spokesman for Democratic presidential candidate Hillary Clinton called the report “outrageous.”", schema.SpeakerUnnamed, "A spokesman for Democratic presidential candidate Hillary Clinton", "Democratic presidential candidate Hillary Clinton", false, true},
		{"a role named in apposition", "“We will not back down,” the union’s general secretary, Sharon Graham, told the BBC.", schema.SpeakerPerson, "the union’s general secretary", "", true, true},
		{"a phrase a participle describes", "Boeing said it would cut jobs. The union representing machinists said it was “blindsided.”", schema.SpeakerOrganisation, "The union representing machinists", "", false, true},
		{"a name inside a phrase a participle describes", "A super PAC supporting Jeb Bush said the ad was “false.”", schema.SpeakerOrganisation, "A super PAC supporting Jeb Bush", "", false, true},
		{"a date between a phrase and its cue", "The foreign ministry on Monday urged Washington to “stop interfering” in its affairs.", schema.SpeakerOrganisation, "The foreign ministry", "", false, true},
		{"a period between a phrase and its cue", "The State Department last week said the plan was “a disaster.”", schema.SpeakerOrganisation, "The State Department", "", false, true},
		{"a date before a participle dates the verb before it", "In New Hampshire, Law’s advocacy group One Nation began a $1 million ad campaign this week praising Sen. Kelly Ayotte (R) for seeking “bipartisan solutions” to fight the heroin crisis.", schema.SpeakerOrganisation, "Law’s advocacy group One Nation", "", false, true},
		{"a subject past an aside with an agent", "The report, released Tuesday by the inspector general, found the agency “failed to act.”", schema.SpeakerUnnamed, "The report", "", false, true},
		{"sources by what they know", "Officials familiar with the matter described the talks as “tense.”", schema.SpeakerGroup, "Officials familiar with the matter", "", false, true},
		{"sources by whom they stand near", "People close to the family say she is “frustrated.”", schema.SpeakerGroup, "People close to the family", "", false, true},
		{"a source after an inverted cue", "“The talks are tense,” said a person familiar with the discussions.", schema.SpeakerUnnamed, "a person familiar with the discussions", "", false, true},
		{"a nominal after a link is no speaker", "A spokesman for the president said he is “frustrated and angry about the leaks.”", schema.SpeakerUnnamed, "A spokesman for the president", "", false, true},
		{"a nominal after a source adjective is no speaker", "People close to the president say he is “frustrated.”", schema.SpeakerGroup, "People close to the president", "", false, true},
		{"party members past an aside", "Democrats, for their part, said they would “keep fighting.”", schema.SpeakerGroup, "Democrats", "", false, true},
		{"a party and state tag", "Sen. Chuck Grassley (R-Iowa) said the bill was “dead.”", schema.SpeakerPerson, "Chuck Grassley", "Iowa", true, true},
		{"a party and state tag set off by commas", "“We need reform,” Sen. Bernie Sanders, I-Vt., said.", schema.SpeakerPerson, "Bernie Sanders", "Vermont", true, true},
		{"a title in lower case with its place", "Former Florida governor Jeb Bush said the plan was “dead.”", schema.SpeakerPerson, "Jeb Bush", "Florida", true, true},
		{"the person a possessive stands for", "Rep. Maxine Waters spoke on Monday. Her office later released a statement calling the bill “a disgrace.”", schema.SpeakerOrganisation, "Her office", "Maxine Waters", false, true},
		{"a possessive before a relation is no affiliation", "Donald Trump spoke on Monday. His wife said the report was “unfair.”", schema.SpeakerUnnamed, "His wife", "", false, true},
		{"a title with no name", "The Prime Minister said the strike was “deeply regrettable.”", schema.SpeakerUnnamed, "The Prime Minister", "", false, true},
		{"a title's nominal with no name", "“The talks failed,” the secretary of state said.", schema.SpeakerUnnamed, "the secretary of state", "", false, true},
		{"quantifier alone", "Voters were worried about the economy; most said they were “very worried.”", schema.SpeakerGroup, "most", "", false, true},
		{"a speech noun's possessor past where it was said", "Sen. Ann Ruiz spoke first. Even as Ruiz was criticizing Trump, she came under fire over her assertion during the debate that “we are where we need to be.”", schema.SpeakerPerson, "her", "", true, true},
		{"a phrase's own words", "The senator’s response: “We will see.”", schema.SpeakerUnnamed, "The senator", "", false, true},
		{"possessor's own words", "Hillary Clinton’s response was: “Is he from Wisconsin?”", schema.SpeakerPerson, "Hillary Clinton’s response", "", true, true},
		{"an organisation before a lower-case title", "Amazon spokeswoman Jane Doe said the company was “reviewing the decision.”", schema.SpeakerPerson, "Jane Doe", "Amazon", true, true},
		{"an organisation of two words before a lower-case title", "“We will appeal,” White House press secretary Josh Earnest said.", schema.SpeakerPerson, "Josh Earnest", "White House", true, true},
		{"a title modifier is no affiliation", "Former Pfizer chief executive Ian Read said the deal was “a mistake.”", schema.SpeakerPerson, "Ian Read", "Pfizer", true, true},
		{"a level of government is no affiliation", "County Commissioner Dave Ortiz called the verdict “a relief for taxpayers.”", schema.SpeakerPerson, "Dave Ortiz", "", true, true},
		{"a named county is", "Marion County Treasurer Gloria Hunt called the audit “a witch hunt.”", schema.SpeakerPerson, "Gloria Hunt", "Marion County", true, true},
		{"a place after of", "“We will win,” said Sen. Ted Cruz of Texas.", schema.SpeakerPerson, "Ted Cruz", "Texas", true, true},
		{"not the start of a longer name", "“We will win,” said Mayor John Smith of New York City Council fame.", schema.SpeakerPerson, "John Smith", "", true, true},
		{"an organisation a described job belongs to", "“We disagree,” said Anthony Romero, executive director of the American Civil Liberties Union.", schema.SpeakerPerson, "Anthony Romero", "American Civil Liberties Union", true, true},
		{"an organisation and where it is", "“It is a disappointing quarter,” said Tom Burke, an analyst at Morningstar in Chicago.", schema.SpeakerPerson, "Tom Burke", "Morningstar", true, true},
		{"a co-director's organisation", "“Wages are flat,” said Dean Baker, co-director of the Center for Economic and Policy Research.", schema.SpeakerPerson, "Dean Baker", "Center for Economic and Policy Research", true, true},
		{"an initial inside the organisation's name", "“Schools must improve,” said Michael J. Petrilli, president of the Thomas B. Fordham Institute.", schema.SpeakerPerson, "Michael J. Petrilli", "Thomas B. Fordham Institute", true, true},
		{"a relation is no affiliation", "“He was a hero,” said Mary Jones, the mother of Tamir Rice.", schema.SpeakerPerson, "Mary Jones", "", true, true},
		{"a title with of is no affiliation", "“We are ready,” said Hillary Clinton, secretary of State.", schema.SpeakerPerson, "Hillary Clinton", "", true, true},
		{"a capital the sentence gives is no affiliation", "Investigative reporter Jane Mayer said the files were “incomplete.”", schema.SpeakerPerson, "Jane Mayer", "", true, true},
		{"a long possessed phrase keeps its possessor", "Egypt's official Middle East News Agency said that there were “large-scale” arrests.", schema.SpeakerOrganisation, "Egypt's official Middle East News Agency", "Egypt", false, true},
		{"a long possessed role names its holder", "“It is over,” Trump's senior communications adviser Jason Miller said in the statement.", schema.SpeakerPerson, "Jason Miller", "", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := soleQuote(t, ex, tt.text).Speaker
			assert.Equal(t, tt.kind, sp.Kind)
			assert.Equal(t, tt.mention, sp.Mention.Text)
			assert.Equal(t, tt.affil, sp.Affiliation)
			assert.Equal(t, tt.wantPerson, sp.PersonID != "")
		})
	}
}

// TestPassiveCues checks that the subject of a passive cue whose
// complement the quote is does not speak: the agent after "by" does, before
// or after the quote, and with none the quote keeps no speaker.
func TestPassiveCues(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text    string
		mention, rule string
	}{
		{"agent before the quote", "The Senate bill was described by its critics as “a giveaway to the rich.”", "its critics", "passive-agent"},
		{"named agent before the quote", "The bill was denounced by Democrats as “cruel.”", "Democrats", "passive-agent"},
		{"agent after the quote", "The plan has been described as “a giveaway to the rich” by critics.", "critics", "cue-quote-by-speaker"},
		{"no agent", "Rodrigo Duterte has been called the “Trump of the East” for his remarks.", "", ""},
		{"no agent, a short quote kept", "The bill was denounced as “cruel.”", "", ""},
		{"being spoken of, reported by its subject", "Selenis Leyva opened up about being described as a “real woman” in a blog post.", "Selenis Leyva", "speaker-cue-quote"},
		{"the quoted one speaks", "Smith is quoted as saying the war was “a mistake.”", "Smith", "speaker-cue-quote"},
		{"the one asked does not", "Rubio was asked by moderator Gerard Baker, “Would that add another entitlement?”", "Gerard Baker", "speaker-cue-quote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ex.Extract(schema.Document{ID: "t", Text: tt.text})
			require.Len(t, rec.Quotes, 1)
			sp := rec.Quotes[0].Speaker
			if tt.mention == "" {
				assert.Nil(t, sp)
				return
			}
			require.NotNil(t, sp)
			assert.Equal(t, tt.mention, sp.Mention.Text)
			assert.Equal(t, tt.rule, sp.Rule)
		})
	}
}

// TestRunInTitle checks that a title an archive runs into the first
// paragraph ends there: the dateline after it names no speaker.
func TestRunInTitle(t *testing.T) {
	ex := testExtractor(t)
	rec := ex.Extract(schema.Document{ID: "t", Title: "House passes bill taxing bonuses",
		Text: "House passes bill taxing bonuses. WASHINGTON — Denouncing a “squandering of the people’s money,” lawmakers voted to impose a tax."})
	require.Len(t, rec.Quotes, 1)
	require.NotNil(t, rec.Quotes[0].Speaker)
	assert.Equal(t, "lawmakers", rec.Quotes[0].Speaker.Mention.Text)
}

// TestSignature checks that a quote alone in its paragraph is given to the
// name that signs it in the next one, and only then.
func TestSignature(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text string
		want       string // speaker name, "" for none
	}{
		{"hyphen glued to the name", "“The whole idea needs to stop.”\n-Michelle Marks, Philadelphia.", "Michelle Marks"},
		{"known person", "Sen. Bernie Sanders spoke on Monday.\n“Boeing and GE pay zero taxes.”\n- Sanders.", "Bernie Sanders"},
		{"a dash that opens a sentence", "“The whole idea needs to stop.”\n- and then the rally went on for many more hours in the rain.", ""},
		{"no dash", "“The whole idea needs to stop.”\nMichelle Marks, Philadelphia.", ""},
		{"the closing mark after the signer", "Economists weighed in.\n\n\"We are going to enter the next recession without that consensus.\nDean Baker, Center for Economic and Policy Research.\"", "Dean Baker"},
		{"an abbreviation in the signer's title", "“If Mrs. Clinton loses Iowa, that could create new problems for her.”\n- S.C. Rep. Jim Clyburn.", "Jim Clyburn"},
		{"a known first name is the signer's own", "Hillary Clinton spoke in Iowa.\n“I never begrudged it.”\n- Bill Clinton.", "Bill Clinton"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ex.Extract(schema.Document{ID: "t", Text: tt.text})
			var got string
			for _, q := range rec.Quotes {
				if q.Speaker != nil {
					got = q.Speaker.Name
					assert.Equal(t, "signature", q.Speaker.Rule)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestPronounAntecedents checks whom a pronoun names: "it" and "they" a
// group or organisation before them, never a person; "I" no one.
func TestPronounAntecedents(t *testing.T) {
	assertSpeakerNames(t, []speakerCase{
		{"it for the organisation before it", "The State Department was under pressure. It said the emails were “top secret.”", "State Department"},
		{"they for the group before them", "Protesters gathered outside the hall. They chanted “Lock her up” for an hour.", "Protesters"},
		{"it is never a person", "Donald Trump arrived late. It said the plan was “dead on arrival.”", "It"},
		{"I is the writer", "Sen. Ted Cruz spoke first. “I was there,” I said.", "I"},
		{"he is the person before him", "Sen. Ted Cruz spoke first. “I was there,” he said.", "Ted Cruz"},
		{"he is someone unnamed before him", "A reporter for Agence France-Presse called it chaos. Police closed the road. “We saw people hit,” he said.", "A reporter for Agence France-Presse"},
		{"she is a title before her", "The Prime Minister spoke in Leeds. Later she added that the deal was “done.”", "The Prime Minister"},
		{"he is not of a woman's title", "The spokeswoman spoke first. “I was there,” he said.", "he"},
		{"he is no head cut from a phrase", "The woman identified herself as a 52-year-old Salem, N.H., resident named Caroline. “He cares,” she said.", "she"},
	})
}

// TestNearerPronoun checks that a pronoun for the speaker nearer the quote,
// as the subject of the clause that holds it, is the mention that ties them,
// and that the subject of what was said is not.
func TestNearerPronoun(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct{ name, text, mention, speaker string }{
		{"clause joined by but", "Harry Reid said Cruz is no leader, but he gave the Texan a back-handed compliment: “You never have to guess where he is.”", "he", "Harry Reid"},
		{"clause opened by though", "FBI director James Comey decided not to recommend charges even though he found “evidence” of wrongdoing.", "he", "James Comey"},
		{"subject of what was told", "President Obama told voters this weekend he would consider it a “personal insult” if they stayed home.", "Obama", "Barack Obama"},
		{"subject of what was noted", "President Barack Obama spoke on Monday. The president noted that he taught constitutional law, and added: “We will win.”", "The president", "Barack Obama"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := soleQuote(t, ex, tt.text).Speaker
			assert.Equal(t, tt.mention, sp.Mention.Text)
			assert.Equal(t, tt.speaker, sp.Name)
		})
	}
}

// TestSubjectPastOpeningParticiple checks that the subject of a sentence
// whose clause opens with a speech verb's participle is the subject after
// that clause, not a pronoun inside it.
func TestSubjectPastOpeningParticiple(t *testing.T) {
	ex := testExtractor(t)
	text := "Winston Maragh died on Monday. Asked by the Birmingham Mail what he was proudest of, he gave a brief reply: “Nobody I coached ever went to prison.”"
	sp := soleQuote(t, ex, text).Speaker
	assert.Equal(t, "Winston Maragh", sp.Name)
	start := utf8.RuneCountInString(text[:strings.Index(text, "he gave")])
	assert.Equal(t, schema.Span{start, start + 2}, sp.Mention.Span)
}

// TestContinuedSpeaker checks the speaker a quote with no cue of its own
// takes from the quote before it in its paragraph, and the mention that
// ties them: the relative that reports the speaker again in between.
func TestContinuedSpeaker(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct{ name, text, mention, speaker string }{
		{"the speaker's mention", "“They have a hard time,” said Alfonso Aguilar, a conservative activist. “Hispanics won't vote for someone just because they're Hispanic.”", "Alfonso Aguilar", "Alfonso Aguilar"},
		{"a relative that reports", "“They have a hard time,” said Alfonso Aguilar, the executive director of the Latino Partnership, who also said that the two men must do more. “Hispanics won't vote for someone just because they're Hispanic.”", "who", "Alfonso Aguilar"},
		{"past an aside", "“It was his first attempt,” said Bruce Turry, his best friend, who, like several other friends, recalled that the family was Jewish. “Freddy was a classic illustration of someone with a father complex.”", "who", "Bruce Turry"},
		{"a relative that reports nothing", "“They have a hard time,” said Alfonso Aguilar, who lives in Texas. “Hispanics won't vote for someone just because they're Hispanic.”", "Alfonso Aguilar", "Alfonso Aguilar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ex.Extract(schema.Document{ID: "t", Text: tt.text})
			require.Len(t, rec.Quotes, 2)
			sp := rec.Quotes[1].Speaker
			require.NotNil(t, sp)
			assert.Equal(t, "continuation", sp.Rule)
			assert.Equal(t, tt.mention, sp.Mention.Text)
			assert.Equal(t, tt.speaker, sp.Name)
		})
	}
}

// TestContinuedPastDashAside checks that a quote opening in lower case
// after an aside set off by dashes goes on with the words before the
// aside, not with a quote inside it.
func TestContinuedPastDashAside(t *testing.T) {
	ex := testExtractor(t)
	text := "Sheriff Joe Arpaio spoke. He said, “Donald Trump will build the wall” - at which point the crowd chanted “Build the wall!” - “and restore law and order.”"
	rec := ex.Extract(schema.Document{ID: "t", Text: text})
	require.Len(t, rec.Quotes, 3)
	speakers := make([]string, 3)
	for i, q := range rec.Quotes {
		require.NotNil(t, q.Speaker, q.Text)
		speakers[i] = q.Speaker.Name
	}
	assert.Equal(t, []string{"Joe Arpaio", "the crowd", "Joe Arpaio"}, speakers)
	assert.Equal(t, "continuation", rec.Quotes[2].Speaker.Rule)
}

// TestOriginalSpeaker checks that a quote reported through another source
// is the source's, and keeps the speaker it reports as the original.
func TestOriginalSpeaker(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct{ name, text, speaker, original, cue string }{
		{"according to after the speaker", "“I ask you not to protest,” Bernie Sanders said, according to CNN.", "CNN", "Bernie Sanders", "said"},
		{"according to first", "According to AZCentral, one Arizona Department of Transportation sign read, “Trust in the Force, but always buckle up.”", "AZCentral", "one Arizona Department of Transportation sign", "read"},
		{"said that", "Hillary Clinton said that Donald Trump called the judge “a disgrace.”", "Hillary Clinton", "Donald J. Trump", "said"},
		{"said that, past an adjunct", "Hillary Clinton said in a statement on Tuesday that Donald Trump called the judge “a disgrace.”", "Hillary Clinton", "Donald J. Trump", "said"},
		{"said that, past a clause opener", "Hillary Clinton said that, because James Comey testified her statements were “truthful,” the case was closed.", "Hillary Clinton", "James Comey", "said"},
		{"a clause opener with no that", "David Axelrod tweeted after Hillary Clinton argued that Sanders had “voted against the bailout.”", "Hillary Clinton", "", "argued"},
		{"according to alone", "The deal is “dead on arrival,” according to Sen. Ted Cruz.", "Ted Cruz", "", ""},
		{"an unresolved pronoun is no original", "Hillary Clinton said that they called the emails “top secret.”", "Hillary Clinton", "", "said"},
		{"told that", "Ted Cruz told reporters on Friday that Donald Trump called the plan “a disaster.”", "Ted Cruz", "Donald J. Trump", "told"},
		{"claimed that", "Hillary Clinton claimed that James Comey had characterized her statements as “truthful.”", "Hillary Clinton", "James Comey", "claimed"},
		{"a share of a poll", "In a September Washington Post-ABC News poll, 75 percent of Republicans said “most people in politics” can't be trusted.", "a September Washington Post-ABC News poll", "75 percent of Republicans", "said"},
		{"a poll that finds", "The Q poll also finds that, while 37 percent of Americans say Trump is “very responsible” for the violence, 39 percent blame his supporters.", "The Q poll", "37 percent of Americans", "say"},
		{"a group after a poll", "In a national CNN/ORC poll released Monday, Republican-leaning voters said they were “extremely enthusiastic” about voting.", "a national CNN/ORC poll", "Republican-leaning voters", "said"},
		{"a person is no answer to a poll", "In a new poll, Trump said he leads “by a lot.”", "Donald J. Trump", "", "said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := soleQuote(t, ex, tt.text)
			assert.Equal(t, tt.speaker, q.Speaker.Name)
			original := ""
			if q.Speaker.Original != nil {
				original = q.Speaker.Original.Name
			}
			assert.Equal(t, tt.original, original)
			cue := ""
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			assert.Equal(t, tt.cue, cue)
		})
	}
}

// TestPlacedNominals checks that a role with a place ("the Florida
// senator") names the holder of that very place before a holder of no
// known place, and before one of another.
func TestPlacedNominals(t *testing.T) {
	assertSpeakerNames(t, []speakerCase{
		{"state", "Sen. Bernie Sanders spoke first. Florida Sen. Marco Rubio is launching his campaign in Florida.\n\nThe Florida senator told reporters that he will have “a lot of delegates” after Tuesday.", "Marco Rubio"},
		{"state among governors", "Gov. Jerry Brown spoke. New Jersey Gov. Chris Christie spoke later. Texas Gov. Greg Abbott left.\n\n“It does not look so popular,” the New Jersey governor said.", "Chris Christie"},
		{"country by demonym", "Russian President Vladimir Putin met Ukrainian President Petro Poroshenko. “Next time in Moscow,” the Russian leader said.", "Vladimir Putin"},
	})
}

// TestDescribedNominals checks that "the [modifiers] role" names the person
// the text described with that role before, and only where it refers.
func TestDescribedNominals(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct{ name, text, person, nominal string }{
		{"a description after the name", "Ben Carson, a retired neurosurgeon, spoke in Iowa. Donald Trump attacked him. “I am not worried,” the neurosurgeon said.",
			"Ben Carson", "the neurosurgeon"},
		{"a role before the name", "Republican presidential candidate Donald Trump spoke. Hillary Clinton attacked him. “I am not worried,” the candidate said.",
			"Donald J. Trump", "the candidate"},
		{"no such description", "Ben Carson spoke in Iowa. “I am not worried,” the neurosurgeon said.", "Ben Carson", ""},
		{"a clause after the comma", "The request came from John Fallon, the lawyer said. “It was late,” the lawyer added.", "John Fallon", ""},
		{"a lone last name after the role", "Donald Trump spoke. The striker Trump was referring to is Gonzalo Curiel. “It is unfair,” the striker said.",
			"Donald J. Trump", ""},
		{"a predicate", "Republican presidential candidate Donald Trump spoke. Ted Cruz is the candidate to beat.", "Donald J. Trump", ""},
		{"an apposition", "Campaign manager John Fallon spoke. Paul Manafort, the campaign manager, left.", "John Fallon", ""},
		{"an apposition naming a title's holder", "President Vladimir Putin spoke. Dmitry Medvedev, the Russian president, left.", "Vladimir Putin", ""},
		{"an object", "Republican presidential candidate Donald Trump spoke. Aides travel with the candidate.", "Donald J. Trump", ""},
		{"a role its complement specifies", "Republican presidential candidate Donald Trump spoke. Voters back the candidate of their party.", "Donald J. Trump", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ex.Extract(schema.Document{ID: "t", Text: tt.text})
			var nominals []string
			for _, p := range rec.People {
				if p.Name != tt.person {
					continue
				}
				for _, m := range p.Descriptions {
					nominals = append(nominals, m.Text)
				}
				for _, m := range p.Mentions {
					assert.False(t, strings.HasPrefix(strings.ToLower(m.Text), "the "), "a description among the names: %q", m.Text)
				}
			}
			if tt.nominal == "" {
				assert.Empty(t, nominals)
			} else {
				assert.Equal(t, []string{tt.nominal}, nominals)
			}
		})
	}
}

// speakerCase is a text with one quote and the name of its speaker.
type speakerCase struct{ name, text, want string }

// assertSpeakerNames checks the speaker's name of each case's one quote.
func assertSpeakerNames(t *testing.T, tests []speakerCase) {
	ex := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, soleQuote(t, ex, tt.text).Speaker.Name)
		})
	}
}

// soleQuote extracts text, which must hold one quote, and returns it; the
// quote must have a speaker.
func soleQuote(t *testing.T, ex *Extractor, text string) schema.Quote {
	t.Helper()
	rec := ex.Extract(schema.Document{ID: "t", Text: text})
	require.Len(t, rec.Quotes, 1)
	require.NotNil(t, rec.Quotes[0].Speaker)
	return rec.Quotes[0]
}

// TestMarkupInText checks that markup tags left in an article's text are
// read as the space they take: the quote they wrap keeps its speaker, and
// no tag joins a name.
func TestMarkupInText(t *testing.T) {
	assertSpeakerNames(t, []speakerCase{
		{"paragraph tags", "<p>Sen. Ted Cruz spoke on Monday.</p><p>“We will win this race,” he said.</p>", "Ted Cruz"},
		{"a tweet's tags", "Sen. Ted Cruz tweeted on Monday.\n\n<tweet author=\"@tedcruz\">We will win.</tweet>\n\n“We will win this race,” Cruz said.</p>", "Ted Cruz"},
	})
}

// TestMarkupHoldsNoDates checks that a date inside a tag's attributes is
// no date of the text, while one in the text between tags is.
func TestMarkupHoldsNoDates(t *testing.T) {
	ex := testExtractor(t)
	rec := ex.Extract(schema.Document{ID: "t", Text: "Police spoke on Monday.\n\n<tweet author=\"@x\" datetime=\"2015-12-02\">Shots fired on Dec. 2, 2015</tweet>."})
	var got []string
	for _, d := range rec.Dates {
		got = append(got, d.Text)
	}
	assert.Equal(t, []string{"Monday", "Dec. 2, 2015"}, got)
}

// TestInvertedReply checks that a reply that "came" after its quote is
// from the speaker after "from", and that a part of a place is no one.
func TestInvertedReply(t *testing.T) {
	ex := testExtractor(t)
	q := soleQuote(t, ex, "“Call the roll now, please,” came shouts from the crowd.")
	assert.Equal(t, "the crowd", q.Speaker.Mention.Text)
	rec := ex.Extract(schema.Document{ID: "t", Text: "“No, never, not in a million years,” came the reply from the back of the room."})
	require.Len(t, rec.Quotes, 1)
	assert.Nil(t, rec.Quotes[0].Speaker)
}
