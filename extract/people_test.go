package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/extract/schema"
)

// TestPersonMentions checks names the rules do not know: a last name
// opening a sentence is a mention of its person even where the tagger
// takes it for a common word ("Sanders/NNS is", "Trump/NN has"), and only
// then; a full name right after a cue that comes before its speaker, or
// described as no organisation right before its cue, is a person, and so
// is one word described by an age or "who" next to its cue; a word
// capitalised only because it opens the sentence is not; a name after a
// role noun ("striker Kazuyoshi Miura") is a person; a last name the
// tagger took for a verb is a mention ("Schilling/VBG added").
func TestPersonMentions(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text string
		want       map[string][]string // person -> mention texts
	}{
		{"an initial before the first name", "Two donors, billionaire Tom Steyer and hedge-fund manager S. Donald Sussman, top the list.",
			map[string][]string{"Tom Steyer": {"Tom Steyer"}, "S. Donald Sussman": {"S. Donald Sussman"}}},
		{"a first name alone", "Hillary Clinton spoke on Monday. “Hillary is not going to be able to lead them,” Bennett said.",
			map[string][]string{"Hillary Clinton": {"Hillary Clinton", "Hillary"}, "Bennett": {"Bennett"}}},
		{"a first name two people share", "Hillary Clinton and Hillary Duff spoke. “Hillary is not going to lead them,” Bennett said.",
			map[string][]string{"Hillary Clinton": {"Hillary Clinton"}, "Hillary Duff": {"Hillary Duff"}, "Bennett": {"Bennett"}}},
		{"a headline holds a person's full name", "Morton Blackwell Backs the Senator\n\nMorton Blackwell, a conservative activist, said on Monday that he would back the senator.",
			map[string][]string{"Morton Blackwell": {"Morton Blackwell", "Morton Blackwell"}}},
		{"a king's given name is no family name", "King Hussein of Jordan met President Saddam Hussein. King Hussein said the talks were useful. Hussein later said Iraq would not withdraw.",
			map[string][]string{"Hussein": {"Hussein", "Hussein"}, "Saddam Hussein": {"Saddam Hussein", "Hussein"}}},
		{"a king's given name alone", "King Abdullah of Jordan met Obama. Abdullah said he wanted peace.",
			map[string][]string{"Abdullah": {"Abdullah", "Abdullah"}, "Barack Obama": {"Obama"}}},
		{"a prince's given name of his full name", "Saudi Prince Alwaleed Bin Talal tweeted on Monday. Prince Alwaleed has 4 million followers.",
			map[string][]string{"Alwaleed Bin Talal": {"Alwaleed Bin Talal", "Alwaleed"}}},
		{"a function word after a colon", "Marco Rubio spoke.\n\nPIC: So Rubio’s big rally only hits the 20-yard line.",
			map[string][]string{"Marco Rubio": {"Marco Rubio", "Rubio"}}},
		{"transcript turn", "Gov. Mike Pence spoke on Sunday.\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not be there.",
			map[string][]string{"Mike Pence": {"Mike Pence", "PENCE"}}},
		{"transcript turns as paragraphs, past a title", "Sen. Mark Halvorsen questioned John Whitcombe.\n\nSEN. HALVORSEN: Did you return it?\n\nWHITCOMBE: I have offered to.\n\nUPDATE: The hearing ended.",
			map[string][]string{"Mark Halvorsen": {"Mark Halvorsen", "HALVORSEN"}, "John Whitcombe": {"John Whitcombe", "WHITCOMBE"}}},
		{"a place as the first half of a double-barrelled name", "The email was sent by Julian Pereira-Stone. Pereira-Stone, 31, said it was wrong. Flights from Dallas-Fort Worth resumed.",
			map[string][]string{"Julian Pereira-Stone": {"Julian Pereira-Stone", "Pereira-Stone"}}},
		{"a full name set off after a role", "Carrow spoke. Her campaign manager, Deshawn Pettiford, went further in a memo.",
			map[string][]string{"Carrow": {"Carrow"}, "Deshawn Pettiford": {"Deshawn Pettiford"}}},
		{"a name before 'and her husband'", "Meena Pillai and her husband, Rajesh, of Edison, New Jersey, lost $9,500.",
			map[string][]string{"Meena Pillai": {"Meena Pillai"}, "Rajesh": {"Rajesh"}}},
		{"organisations' words of not_names", "Mayor Jane Roe said Boston Public Schools would close. Two days after ProPublica reported the deal, Ridgeline Freight said it would appeal.",
			map[string][]string{"Jane Roe": {"Jane Roe"}}},
		{"a place's name after a courtesy title", "In a post on X, Mr. Stroud wrote that the budget was late. Ms. Fitzgibbon's office declined to comment.",
			map[string][]string{"Stroud": {"Stroud"}, "Fitzgibbon": {"Fitzgibbon"}}},
		{"a title that opens a place's name", "A man from Lady Lake who declined to give his name said Mayor Jane Roe had won.",
			map[string][]string{"Jane Roe": {"Jane Roe"}}},
		{"a role with no article before its link", "Environmental groups objected. Mirela Sandoval-Ikeda, policy director at the Clean Bayou Coalition, said the project was risky.",
			map[string][]string{"Mirela Sandoval-Ikeda": {"Mirela Sandoval-Ikeda"}}},
		{"acronyms written as words", "In a written statement, Fema said it would review the claims. Opec said output would rise.",
			map[string][]string{}},
		{"a Louisiana parish", "Calcasieu Bend LNG would be built in Cameron Parish, Louisiana, Mayor Jane Roe said.",
			map[string][]string{"Jane Roe": {"Jane Roe"}}},
		{"a first name of first_names.yaml", "Ellery Vance won the primary in Texas on Tuesday.",
			map[string][]string{"Ellery Vance": {"Ellery Vance"}}},
		{"a role noun of the rules before a name", "It is over, said House Democratic leader Lucinda Oyelaran-Price of Maryland.",
			map[string][]string{"Lucinda Oyelaran-Price": {"Lucinda Oyelaran-Price"}}},
		{"the one known person of a last name", "By contrast, Trump has just 5 percent support in Florida.",
			map[string][]string{"Donald J. Trump": {"Trump"}}},
		{"a known last name two people share needs more", "By contrast, Clinton has just 5 percent support in Florida.",
			map[string][]string{}},
		{"signer of a quote after a dash", "“How did we get this low?” ― Tavi Ocampo\n“He must stop.” ― Rook Delane, Miami",
			map[string][]string{"Tavi Ocampo": {"Tavi Ocampo"}, "Rook Delane": {"Rook Delane"}}},
		{"a place as a first name after a title", "Rep. Alexandria Ocasio-Cortez and Mayor London Breed spoke on Monday.",
			map[string][]string{"Alexandria Ocasio-Cortez": {"Alexandria Ocasio-Cortez"}, "London Breed": {"London Breed"}}},
		{"a firm the sentence calls its", "Boeing said on Wednesday that it would cut 10 percent of its workforce, Kelly Ortberg wrote.",
			map[string][]string{"Kelly Ortberg": {"Kelly Ortberg"}}},
		{"a nickname inside the name", "Ricardo “Ricky” Tavares owns the firm. Ricky Tavares bought it in 2009, and Marcus \"Blaze\" Okafor sold it.",
			map[string][]string{"Ricardo “Ricky” Tavares": {"Ricardo “Ricky” Tavares", "Ricky Tavares"}, "Marcus \"Blaze\" Okafor": {"Marcus \"Blaze\" Okafor"}}},
		{"a middle initial in a name no rule knows", "Ms. Farouk holds a lead over Conrad J. Vellacourt in Michigan. Voters had been drifting toward Vellacourt in June.",
			map[string][]string{"Farouk": {"Farouk"}, "Conrad J. Vellacourt": {"Conrad J. Vellacourt", "Vellacourt"}}},
		{"described by a possessor's role", "Both campaigns declared victory. Oluwadamilare Adeyinka, Farouk-Whitcombe’s spokesman, called it a rout. Outside, Jago’s mother read a statement.",
			map[string][]string{"Oluwadamilare Adeyinka": {"Oluwadamilare Adeyinka"}}},
		{"described after to", "It was a reference to Dariusz Sobczak, the campaign manager, who left in May.",
			map[string][]string{"Dariusz Sobczak": {"Dariusz Sobczak"}}},
		{"letters after the name", "Prosecuting, Gordon Fairweather KC told the jury it was murder. Fairweather sat down.",
			map[string][]string{"Gordon Fairweather": {"Gordon Fairweather", "Fairweather"}}},
		{"a place as a middle name", "Marcus Delano Greer, 38, of Avondale, filed the suit. Greer declined to comment.",
			map[string][]string{"Marcus Delano Greer": {"Marcus Delano Greer", "Greer"}}},
		{"a first name the tagger took for an adjective", "His co-defendant, Kian Mulhern, 21, was cleared.",
			map[string][]string{"Kian Mulhern": {"Kian Mulhern"}}},
		{"a hyphenated first name and a possessor in the description", "The family hired a lawyer. Sean-Paul Robichaux, the family’s lawyer, spoke.",
			map[string][]string{"Sean-Paul Robichaux": {"Sean-Paul Robichaux"}}},
		{"a middle initial the segmenter took for a sentence's end", "The suspect, Trevon A. Little, was booked into jail. Little said nothing.",
			map[string][]string{"Trevon A. Little": {"Trevon A. Little", "Little"}}},
		{"described by kin after whose", "It drew groans. Aaliyah Johnson-Price, whose son is in third grade, spoke. Kestrel Foods, whose rivals are bigger, spoke.",
			map[string][]string{"Aaliyah Johnson-Price": {"Aaliyah Johnson-Price"}}},
		{"a common word opening a quotation", "The glacier is melting. “People ask me if it can be saved,” Hanna Lindqvist said.",
			map[string][]string{"Hanna Lindqvist": {"Hanna Lindqvist"}}},
		{"a party is no person, a first name like one is", "Mel Stride told Sky News: 'Labour promised not to raise taxes.' Tory Mazzola, a spokesman, disagreed.",
			map[string][]string{"Mel Stride": {"Mel Stride"}, "Tory Mazzola": {"Tory Mazzola"}}},
		{"a last name is no firm", "Bernie Sanders spoke first. Sanders thanked the union and its members.",
			map[string][]string{"Bernie Sanders": {"Bernie Sanders", "Sanders"}}},
		{"a name set off between a role and its cue", "Cuomo’s spokesman, Rich Azzopardi, said the governor would appeal. The director of the European Centre, Ina Kirsch, told the AP.",
			map[string][]string{"Rich Azzopardi": {"Rich Azzopardi"}, "Ina Kirsch": {"Ina Kirsch"}}},
		{"one word described as a person before its cue", "Kowalczyk, 54, said the deal was bad. Brandt, who has led the union since 2010, said it was worse.",
			map[string][]string{"Kowalczyk": {"Kowalczyk"}, "Brandt": {"Brandt"}}},
		{"a party member is described", "Democrat Zephyr Teachout spoke. “It was a mistake,” Kowalczyk, a Republican, said.",
			map[string][]string{"Zephyr Teachout": {"Zephyr Teachout"}, "Kowalczyk": {"Kowalczyk"}}},
		{"one word described as a person after a quotation", "“It was a mistake,” Kowalczyk, 54, said.",
			map[string][]string{"Kowalczyk": {"Kowalczyk"}}},
		{"one word described as a person after its cue", "“I have to be around for my son,” said Rose, who works the overnight shift.",
			map[string][]string{"Rose": {"Rose"}}},
		{"one word after a proper noun may be half a name", "April Mellody, a spokeswoman for the convention, said it was safe.",
			map[string][]string{}},
		{"a middle initial before a common word", "Gen. Charles Q. Brown Jr. testified. Douglas J. Band wrote to her.",
			map[string][]string{"Charles Q. Brown Jr.": {"Charles Q. Brown Jr."}, "Douglas J. Band": {"Douglas J. Band"}}},
		{"a title as a surname", "Stephen King wrote it. The Rev. Martin Luther King Jr. spoke.",
			map[string][]string{"Stephen King": {"Stephen King"}, "Martin Luther King Jr.": {"Martin Luther King Jr."}}},
		{"a regnal number", "King Charles III met Pope Benedict XVI.",
			map[string][]string{"Charles III": {"Charles III"}, "Benedict XVI": {"Benedict XVI"}}},
		{"a title before a link is none", "William Gale, the Arjay and Frances Miller Chair in Economic Policy, spoke.",
			map[string][]string{"William Gale": {"William Gale"}}},
		{"first names of either gender", "Fans of Taylor Swift cheered as Kim Jong Un watched.",
			map[string][]string{"Taylor Swift": {"Taylor Swift"}, "Kim Jong Un": {"Kim Jong Un"}}},
		{"what a name owns is no person", "Mark Zuckerberg's Meta said profits rose. Hudson's Bay said it would redeem shares.",
			map[string][]string{"Mark Zuckerberg": {"Mark Zuckerberg"}}},
		{"a closing quotation mark is no possessive", "''It is O.K. to want money,'' Isabelle writes.",
			map[string][]string{"Isabelle": {"Isabelle"}}},
		{"a place set off after a name is no person", "Rabbi Daniel Wasserman of Shaare Torah Congregation, Squirrel Hill, said that people ask him.",
			map[string][]string{"Daniel Wasserman": {"Daniel Wasserman"}}},
		{"a courtesy title without a period", "Theresa May spoke on Monday. “We will deliver,” Mrs May said.",
			map[string][]string{"Theresa May": {"Theresa May", "May"}}},
		{"a transcript's other speaker", "Gov. Mike Pence spoke on Sunday.\n\n\"WALLACE: Will she be there?\n\n\"PENCE: She will not.\n\n\"WALLACE: Are you sure?\n\n\"PENCE: Yes.",
			map[string][]string{"Mike Pence": {"Mike Pence", "PENCE", "PENCE"}, "Wallace": {"WALLACE", "WALLACE"}}},
		{"a firm named for its trade", "Ruth Gregory of Capital Economics wrote in a note to clients: “We doubt this is the start.”",
			map[string][]string{"Ruth Gregory": {"Ruth Gregory"}}},
		{"signature of a letter", "“It needs to stop.”\n\n-Michelle Marks, Philadelphia.",
			map[string][]string{"Michelle Marks": {"Michelle Marks"}}},
		{"first name the tagger takes for an adverb", "Carly Fiorina threw her support behind Ted Cruz on Wednesday.",
			map[string][]string{"Carly Fiorina": {"Carly Fiorina"}, "Ted Cruz": {"Ted Cruz"}}},
		{"plural-looking last name", "Sen. Bernie Sanders spoke on Monday. Sanders is scheduled to speak tonight.",
			map[string][]string{"Bernie Sanders": {"Bernie Sanders", "Sanders"}}},
		{"noun-looking last name", "Donald Trump spoke. Trump has continued to needle his detractors.",
			map[string][]string{"Donald J. Trump": {"Donald Trump", "Trump"}}},
		{"part of a longer name", "Donald Trump spoke. Trump Tower is in New York.",
			map[string][]string{"Donald J. Trump": {"Donald Trump"}}},
		{"a contracted pronoun", "“We will win this state,” I’ve said many times.",
			map[string][]string{}},
		{"no person of that name", "Donald Trump spoke. Young voters came, and Young people stayed.",
			map[string][]string{"Donald J. Trump": {"Donald Trump"}}},
		{"after an inverting cue", "“I'm more skilled with my hands,” said Robin Maynard, half joking.",
			map[string][]string{"Robin Maynard": {"Robin Maynard"}}},
		{"one word closing the sentence after an inverting cue", "“This has been a great experience,” said Mages. “You know,” explains Haidar.",
			map[string][]string{"Mages": {"Mages"}, "Haidar": {"Haidar"}}},
		{"one word that may be half a name after an inverting cue", "A senior dealer noted British Gas, the most active stock. The Census Bureau says Millennials, numbering 75.3 million, surpassed Baby Boomers.",
			map[string][]string{}},
		{"after a cue after an opening quotation", "“It was a long night,” recalled Tad Devine.",
			map[string][]string{"Tad Devine": {"Tad Devine"}}},
		{"described before its cue", "Meg Whitman, a former candidate for governor in California, said she would vote.",
			map[string][]string{"Meg Whitman": {"Meg Whitman"}}},
		{"a name alone that a full name holds", "Chinese President Xi Jinping met Vladimir Putin. “Our friendship is unbreakable,” Xi said. Luiz Inácio Lula da Silva came too. “We want peace,” Lula said.",
			map[string][]string{"Xi Jinping": {"Xi Jinping", "Xi"}, "Vladimir Putin": {"Vladimir Putin"}, "Luiz Inácio Lula da Silva": {"Luiz Inácio Lula da Silva", "Lula"}}},
		{"a first name alone is no later bearer of the last name", "Tom Ebeling and Betsy Ebeling drove in. “We live in Chicago,” Tom told a voter. “We came today,” Ebeling said.",
			map[string][]string{"Betsy Ebeling": {"Betsy Ebeling", "Ebeling"}, "Tom Ebeling": {"Tom Ebeling", "Tom"}}},
		{"a last name as an alias spells it", "Ukrainian President Volodymyr Zelenskyy spoke. “They will not,” Zelenskyy said.",
			map[string][]string{"Volodymyr Zelensky": {"Volodymyr Zelenskyy", "Zelenskyy"}}},
		{"a known person's last name as an alias spells it", "“They will not,” Zelenskyy said.",
			map[string][]string{"Volodymyr Zelensky": {"Zelenskyy"}}},
		{"an Arabic article in lower case inside a name", "Syrian President Bashar al-Assad met the envoy. Assad said the war was over. Anwar al-Awlaki was killed. Al-Awlaki had been a cleric.",
			map[string][]string{"Bashar al-Assad": {"Bashar al-Assad", "Assad"}, "Anwar al-Awlaki": {"Anwar al-Awlaki", "Al-Awlaki"}}},
		{"a plural noun after a capitalised word is no cue", "The president thanked the Gulf states. He did well in several Midwest and Western states, and urged all Balkan states to sign.",
			map[string][]string{}},
		{"a holiday is no person", "Scott threw open his back yard for a Labor Day cookout. He had it from Day 1. Day said little. “Merry Christmas,” he wrote. Christmas came early.",
			map[string][]string{"Day": {"Day"}}},
		{"a town that is a first name, its surname named again", "Guadalupe Ochoa-Sandoval has been awake for two hours. Ms. Ochoa-Sandoval, 44, will vote. Georgia Southern won. Georgia Southern fans cheered.",
			map[string][]string{"Guadalupe Ochoa-Sandoval": {"Guadalupe Ochoa-Sandoval", "Ochoa-Sandoval"}}},
		{"a company by its suffix", "Crane Co. said it holds a stake in Milton Roy. Crane said it may seek control. Stroh Brewery Co. and Anheuser-Busch Cos. agreed.",
			map[string][]string{}},
		{"described as an organisation", "Field Promotions, a sports and celebrity talent agency, says it will sue.",
			map[string][]string{}},
		{"a common word opening a sentence", "“People say it does not matter,” the voter said of the people of Iowa.",
			map[string][]string{}},
		{"a function word opening a sentence", "Does Rubio have a plan? Sen. Marco Rubio said he does.",
			map[string][]string{"Marco Rubio": {"Rubio", "Marco Rubio"}}},
		{"a title line ending in a period", "Bernie Sanders Beats Hillary Clinton In Oklahoma.\nSen. Bernie Sanders won Oklahoma on Tuesday.",
			map[string][]string{"Bernie Sanders": {"Bernie Sanders", "Bernie Sanders"}}},
		{"a first name of either gender", "The reporter Chris Moody covered the race in Iowa.",
			map[string][]string{"Chris Moody": {"Chris Moody"}}},
		{"a name after a preposition before a cue", "The Commission on Presidential Debates announced that it found a problem.",
			map[string][]string{}},
		{"a capitalised phrase after a cue inside a sentence", "The board called Pine Ridge a “failure.”",
			map[string][]string{}},
		{"after a role noun", "The goal came from striker Kazuyoshi Miura after a pass by Japan coach Shu Kamo.",
			map[string][]string{"Kazuyoshi Miura": {"Kazuyoshi Miura"}, "Shu Kamo": {"Shu Kamo"}}},
		{"after a title in lower case", "The memo went to campaign spokesman Zorbo Fallon last week.",
			map[string][]string{"Zorbo Fallon": {"Zorbo Fallon"}}},
		{"described by an age", "Police arrested Zorbo Fallon, 45, on Tuesday.",
			map[string][]string{"Zorbo Fallon": {"Zorbo Fallon"}}},
		{"described by who", "Zorbo Fallon, who runs the shop, was not there.",
			map[string][]string{"Zorbo Fallon": {"Zorbo Fallon"}}},
		{"described by a role", "Zorbo Fallon, a retired teacher and activist, won the award.",
			map[string][]string{"Zorbo Fallon": {"Zorbo Fallon"}}},
		{"who after the object of a preposition", "She was the chairman of Bear Stearns, who died in 2014.",
			map[string][]string{}},
		{"a clause after the comma", "At the resort, now called Trump National Doral, the candidate boasted of his skills.",
			map[string][]string{}},
		{"a last name the tagger took for a verb", "Curt Schilling was fired. To that, Schilling added that he was sorry.",
			map[string][]string{"Curt Schilling": {"Curt Schilling", "Schilling"}}},
		{"a modal inside a sentence", "George Will wrote a column. Later, Will described the candidate as a caricature.",
			map[string][]string{"George Will": {"George Will", "Will"}}},
		{"a modal opening a sentence", "George Will wrote a column. Will voters care? Nobody knows.",
			map[string][]string{"George Will": {"George Will"}}},
		{"a quantifier opening a sentence", "Another challenge: Most states have passed the deadline.",
			map[string][]string{}},
		{"a role opening a sentence", "Lawmaker urges retaliation on Russia\nThe House member says the attacks must stop.",
			map[string][]string{}},
		{"a company named short", "Unisys Corp. said earnings fell. Unisys said the outlook was weak.",
			map[string][]string{}},
		{"a person a company is named after", "Trump Tower is tall. Later, Trump said he would win.",
			map[string][]string{"Donald J. Trump": {"Trump"}}},
		{"an adjective before a cue", "The talks failed.\n(Additional reporting by Kylie MacLellan; Editing by Michael Holden)",
			map[string][]string{"Kylie MacLellan": {"Kylie MacLellan"}, "Michael Holden": {"Michael Holden"}}},
		{"a slogan", "Jeb Bush crisscrossed the state on a three-day “Jeb Can Fix It” bus tour.",
			map[string][]string{"Jeb Bush": {"Jeb Bush"}}},
		{"the end of a longer name", "Rep. Debbie Wasserman Schultz spoke. Wasserman Schultz, who chairs the party, left.",
			map[string][]string{"Debbie Wasserman Schultz": {"Debbie Wasserman Schultz", "Wasserman Schultz"}}},
		{"after a verb spelled as a role", "The riding club will host Rodeo Gainesville in May.",
			map[string][]string{}},
		{"an indefinite pronoun before a cue", "“I'm a fan,” he said. “Everybody thought she was unbeatable.”",
			map[string][]string{}},
		{"a plural noun before a cue", "The Latest: Mourners say Ali's death is tough.",
			map[string][]string{}},
		{"a last name the tagger reads as a plural", "After the hearing, Plants said he was pleased. \"It was brutal,\" Plants said.",
			map[string][]string{"Plants": {"Plants", "Plants"}}},
		{"an organisation noun before a name", "The Israeli newspaper Haaretz noted that officials do not meet with them.",
			map[string][]string{}},
		{"the end of a body's name", "The Centers for Disease Control and Prevention estimates that one in 45 children has autism.",
			map[string][]string{}},
		{"two last names joined", "Hillary Clinton and Bernie Sanders met. Clinton and Sanders said they would debate.",
			map[string][]string{"Hillary Clinton": {"Hillary Clinton", "Clinton"}, "Bernie Sanders": {"Bernie Sanders", "Sanders"}}},
		{"a known person named by last name only", "President Obama spoke, and Mr. Trump answered.",
			map[string][]string{"Barack Obama": {"Obama"}, "Donald J. Trump": {"Trump"}}},
		{"a last name two known people share", "Clinton spoke in Iowa.",
			map[string][]string{"Clinton": {"Clinton"}}},
		{"a first name sharing a last name", "Bill and Hillary Clinton arrived in Iowa.",
			map[string][]string{"Bill Clinton": {"Bill"}, "Hillary Clinton": {"Hillary Clinton"}}},
		{"a first name the story gives someone", "Hillary Clinton spoke. Later Hillary and Tim Kaine rode a bus.",
			map[string][]string{"Hillary Clinton": {"Hillary Clinton", "Hillary"}, "Tim Kaine": {"Tim Kaine"}}},
		{"a role capitalised before a name", "Actress Rosario Dawson took the stage. Dawson said she loved it.",
			map[string][]string{"Rosario Dawson": {"Rosario Dawson", "Dawson"}}},
		{"a slogan in quotation marks", "The “Never Trump” movement grew. Trump said it would fail.",
			map[string][]string{"Donald J. Trump": {"Trump"}}},
		{"an office's name", "Her claim was rebutted, as Diplomatic Security noted in its review.",
			map[string][]string{}},
		{"a country abbreviated", "World leaders denounce N. Korea test; S. Korea responds.",
			map[string][]string{}},
		{"a county", "Henry County said the roads were closed.",
			map[string][]string{}},
		{"names listed with people", "Celebrities Kerry Washington, Amy Schumer and Janelle Monae went on Twitter.",
			map[string][]string{"Kerry Washington": {"Kerry Washington"}, "Amy Schumer": {"Amy Schumer"}, "Janelle Monae": {"Janelle Monae"}}},
		{"names listed before the list's first known person", "Celebrities Julianne Moore, Kerry Washington and Amy Schumer went on Twitter. Moore thanked him.",
			map[string][]string{"Julianne Moore": {"Julianne Moore", "Moore"}, "Kerry Washington": {"Kerry Washington"}, "Amy Schumer": {"Amy Schumer"}}},
		// "Goldman Sachs", the subject of "say", is still taken for a
		// person; the list does not spread that to the firm before it.
		{"a speech verb's subject makes no person of the names listed before it", "Shearson, Merrill Lynch and Goldman Sachs say they do so only for customers.",
			map[string][]string{"Goldman Sachs": {"Goldman Sachs"}}},
		{"a courtesy title's gender", "Hillary Clinton spoke. Bill Clinton stayed home. Mrs. Clinton said she was ready. Mr. Clinton said he was tired.",
			map[string][]string{"Hillary Clinton": {"Hillary Clinton", "Clinton"}, "Bill Clinton": {"Bill Clinton", "Clinton"}}},
		{"an event named short", "Mr. Khan addressed the Democratic National Convention. Mr. Trump was attacked at the Democratic Convention.",
			map[string][]string{"Khan": {"Khan"}, "Donald J. Trump": {"Trump"}}},
		{"a first name set off after a role", "The victim's brother, Ahmed, said he was heartbroken. Her son, Parker, 8, has Fragile X syndrome.",
			map[string][]string{"Ahmed": {"Ahmed"}, "Parker": {"Parker"}}},
		{"a first name after a role is the story's person of that first name", "Betsy Ebeling and her husband, Tom, were greeted. “It goes in here,” Tom Ebeling said.",
			map[string][]string{"Betsy Ebeling": {"Betsy Ebeling"}, "Tom Ebeling": {"Tom", "Tom Ebeling"}}},
		{"a word that names no one may open a titled name", "South Korean President Park Geun-hye spoke. Judge Hall ruled. Queen Street Practice closed, and the practice moved.",
			map[string][]string{"Park Geun-hye": {"Park Geun-hye"}}},
		{"Will as a first name, not a modal", "The story was edited by Will Dunham. Will Donald Trump win?",
			map[string][]string{"Will Dunham": {"Will Dunham"}, "Donald J. Trump": {"Donald Trump"}}},
		{"a function word after a title opens no name", "Congress passed the Justice Against Sponsors of Terrorism Act. The frieze reads Equal Justice Under Law.",
			map[string][]string{}},
		{"a title in title case", "Former White House Chief Of Staff Rahm Emanuel pressured them. Emanuel said no.",
			map[string][]string{"Rahm Emanuel": {"Rahm Emanuel", "Emanuel"}}},
		{"a title of several abbreviated words", "Director Brig. Gen. John Heltzel took over. Lt. Col. Ann Ray spoke.",
			map[string][]string{"John Heltzel": {"John Heltzel"}, "Ann Ray": {"Ann Ray"}}},
		{"a country whose name opens with a demonym", "Also Thursday, Saudi Arabia called for an emergency conference. Reports said Saudi Arabia told oil companies of a cutback.",
			map[string][]string{}},
		{"names joined by an ampersand", "Barnes & Noble said sales rose. Stevens & Wilkinson sued. Rudy Giuliani & Sen. Jeff Sessions wore hats. Gabriel Metals will haul it.",
			map[string][]string{"Rudy Giuliani": {"Rudy Giuliani"}, "Jeff Sessions": {"Jeff Sessions"}}},
		{"a first name alone listed with people", "Celebrities such as Kylie, Naomi Campbell and Kelly Osbourne gave clothes.",
			map[string][]string{"Kylie": {"Kylie"}, "Naomi Campbell": {"Naomi Campbell"}, "Kelly Osbourne": {"Kelly Osbourne"}}},
		{"initials for a first name", "Sen. J.D. Vance met A.J. Smith in Ohio. Later, Sen. JD Vance spoke.",
			map[string][]string{"J.D. Vance": {"J.D. Vance", "JD Vance"}, "A.J. Smith": {"A.J. Smith"}}},
		{"initials that are no one's", "U.N. Women said the office at 12 N.W. Rochester Street had closed.",
			map[string][]string{}},
		{"a word after a role that is no first name needs a description", "Its main rival, Airbus, said orders fell. His canine partner, Browning, was on patrol.",
			map[string][]string{}},
		{"a role opening the sentence", "Quarterback Tre’Von Banks Jr. led the drive. The dog show was won by Champion Hillwood Dassin De-Lovely.",
			map[string][]string{"Tre’Von Banks Jr.": {"Tre’Von Banks Jr."}}},
		{"a name the text calls 'which' is a firm's, everywhere", "The judge found that Arkwright Silicon had used the techniques. Arkwright said it would appeal. Shares in Arkwright, which is listed in London, fell. Smith said it would be hard.",
			map[string][]string{"Smith": {"Smith"}}},
		{"a storm is no one", "Hurricane Katrina came ashore in 2005. Katrina killed more than 1,800 people. Tropical Storm Allison flooded Houston.",
			map[string][]string{}},
		{"a firm of names joined by an ampersand", "Jim Lyle of the firm Lyle, Arceneaux & Pruitt spoke. Cushman & Wakefield agreed.",
			map[string][]string{"Jim Lyle": {"Jim Lyle"}}},
		{"honorifics and opposition leaders", "Alhaji Musa Danladi Garba spoke. Leader of the Opposition Rakesh Chandra Mahato left.",
			map[string][]string{"Musa Danladi Garba": {"Musa Danladi Garba"}, "Rakesh Chandra Mahato": {"Rakesh Chandra Mahato"}}},
		{"local and department titles before a name no list holds", "Secretary of the Commonwealth Ayodele Barnes spoke. Supervisor Obiora Vance-Tull voted no. Secretary of Homeland Security Idris Okonjo-Watt left.",
			map[string][]string{"Ayodele Barnes": {"Ayodele Barnes"}, "Obiora Vance-Tull": {"Obiora Vance-Tull"}, "Idris Okonjo-Watt": {"Idris Okonjo-Watt"}}},
		{"a leader's surname before the noun it heads", "A judge blocked the Kessler administration. The Halvorsen campaign agreed. The Remain campaign and the NRA campaign did not.",
			map[string][]string{"Kessler": {"Kessler"}, "Halvorsen": {"Halvorsen"}}},
		{"a party member and an abbreviated alderman", "“We did it,” said Ald. Priya Raghunathan. “Not yet,” the 49-year-old Democrat said. Pittsburgh Regional Transit and the Cabinet agreed.",
			map[string][]string{"Priya Raghunathan": {"Priya Raghunathan"}}},
		{"a role after a name joined by 'of'", "Ananya Krishnamurthy, a University of Minnesota professor who has studied wild rice for 15 years, said the crop was thin.",
			map[string][]string{"Ananya Krishnamurthy": {"Ananya Krishnamurthy"}}},
		{"a name the tagger does not know opens the sentence", "Xiong Yiping said the fund would grow.\n\nWong Siu-lan, 72, who lives on the 18th floor, said she woke at 3am. Nurturing South Boston, one market at a time.",
			map[string][]string{"Xiong Yiping": {"Xiong Yiping"}, "Wong Siu-lan": {"Wong Siu-lan"}}},
		{"an outlet's name among not_names", "A draft of the order reviewed by Semafor describes extreme heat as \"a major disaster.\" Budget officials see it differently. In an internal email reviewed by Semafor, an OMB deputy director warned against it. \"It is a stretch,\" Magnus Oyelowo-Brandt, a law professor, told Semafor. \"A court could very easily say no.\"",
			map[string][]string{"Magnus Oyelowo-Brandt": {"Magnus Oyelowo-Brandt"}}},
		{"a compass word before a name no list holds is a place", "Evacuation orders were issued for the Lismore CBD, North Lismore, South Lismore and Girards Hill. Mayor Teodora Vukovic said residents in Lismore should leave.",
			map[string][]string{"Teodora Vukovic": {"Teodora Vukovic"}}},
		{"a town's name as the first name of a double-barrelled surname named once", "“They deserve to know,” the group’s executive director, Soledad Fairweather-Nkemelu, said. The team flew to Sofia, Bulgaria.",
			map[string][]string{"Soledad Fairweather-Nkemelu": {"Soledad Fairweather-Nkemelu"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ex.Extract(schema.Document{ID: "t", Text: tt.text})
			got := map[string][]string{}
			for _, p := range rec.People {
				for _, m := range p.Mentions {
					got[p.Name] = append(got[p.Name], m.Text)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSentenceCaseTitle checks that a last name in the document's title,
// written in sentence case, is a mention of the story's person of that
// name.
func TestSentenceCaseTitle(t *testing.T) {
	ex := testExtractor(t)
	title := "Vellacourt bars two newspapers from his events"
	rec := ex.Extract(schema.Document{ID: "t", Title: title, Text: title + "\n\nConrad J. Vellacourt escalated his feud with the press on Tuesday."})
	require.Len(t, rec.People, 1)
	var mentions []string
	for _, m := range rec.People[0].Mentions {
		mentions = append(mentions, m.Text)
	}
	assert.Equal(t, []string{"Vellacourt", "Conrad J. Vellacourt"}, mentions)
}

// TestLowerTitles checks the title a role in lower case before a name
// gives its person, also when the sentence's capital opens the role.
func TestLowerTitles(t *testing.T) {
	ex := testExtractor(t)
	tests := []struct {
		name, text, person string
		titles             []string
	}{
		{"in lower case", "White House press secretary Karine Jean-Pierre said the plan was dead.", "Karine Jean-Pierre", []string{"Press Secretary"}},
		{"opening the sentence", "Press secretary Karine Jean-Pierre said the plan was dead.", "Karine Jean-Pierre", []string{"Press Secretary"}},
		{"set off before the name", "The Chancellor, Rachel Reeves, has insisted the plan will work.", "Rachel Reeves", []string{"Chancellor"}},
		{"set off in lower case", "The White House press secretary, Josh Earnest, said the plan was dead.", "Josh Earnest", []string{"Press Secretary"}},
		{"a word before the title makes another job", "But the shadow chancellor, Mel Stride, said the plans were a betrayal.", "Mel Stride", []string{}},
		{"an item of a list", "All the people she named, the president, the vice president, Susan Rice, were scrambling.", "Susan Rice", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := ex.Extract(schema.Document{ID: "t", Text: tt.text})
			require.Len(t, rec.People, 1)
			assert.Equal(t, tt.person, rec.People[0].Name)
			assert.Equal(t, tt.titles, rec.People[0].Titles)
		})
	}
}
