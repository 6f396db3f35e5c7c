package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The written articles (testdata/written) are news stories helper sessions
// wrote and marked by hand for this test, of kinds our corpora lack: US
// local news, English-language news from abroad, unusual forms
// (interviews, live blogs, obituaries, two-apostrophe quotes), business,
// politics, crime, sport and disasters (these three with dates too),
// political features, wire stories with many speakers, campaign news,
// courts, health and schools (with dates), sport and culture, partisan
// political sites, newspaper-of-record politics, debates and town halls,
// insider reporting, conservative sites and progressive sites with the
// NYT archive's marks, wire stories in AP style, local government news,
// magazine profiles, live pages, fact checks, more political news in
// the NYT's, USA Today's and partisan sites' styles, "The Latest" pages,
// congressional coverage, and the politics desks of CNN, Fox News, The
// Hill, Reuters, the Guardian, NPR, Axios and NBC News, and a week of
// government news at the Washington Post, Politico, the AP's statehouses
// and the Los Angeles Times, and of many more desks at home and abroad
// (testdata/written/README.md lists them). Their texts
// are in the repository, so the test runs without ../shared. The floors
// sit a little under the figures of the commit that added them.
func TestWrittenArticles(t *testing.T) {
	floors := map[string]map[string]map[string]float64{
		"us": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.96, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.90},
		},
		"intl": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.83},
		},
		"forms": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.98, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.92},
		},
		"biz": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.97, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.80},
			"places": {"overlap_f1": 0.85},
			"dates":  {"relaxed_f1": 0.92, "value_acc": 0.92},
		},
		"pol": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.95},
			"dates":  {"relaxed_f1": 0.95, "value_acc": 0.94},
		},
		"feat": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.93, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.95},
		},
		"wire": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.98, "e2e_f1": 0.98},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.94},
		},
		"camp": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.98, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.95},
		},
		"court": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.96, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.88},
		},
		"health": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.98, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.90},
			"dates":  {"relaxed_f1": 0.95, "value_acc": 0.97},
		},
		"sport": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.98, "e2e_f1": 0.98},
			"people": {"overlap_f1": 0.89},
			"places": {"overlap_f1": 0.80},
		},
		"blog": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.92, "e2e_f1": 0.88},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.95},
		},
		"paper": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.90, "e2e_f1": 0.89},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.95},
		},
		"debate": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.93},
		},
		"insider": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.87, "e2e_f1": 0.87},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.95},
		},
		"conserv": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.88, "e2e_f1": 0.87},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.93},
		},
		"huff": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.88},
		},
		"apwire": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.91},
		},
		"local": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.94, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.88},
		},
		"profile": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.97, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.91},
		},
		"live": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.89},
		},
		"factcheck": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.94},
		},
		"nytpol": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.95},
		},
		"usatpol": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.91},
		},
		"westj": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.90, "e2e_f1": 0.87},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.93},
		},
		"thelatest": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.89, "e2e_f1": 0.88},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.94},
		},
		"playbook": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.90, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.95},
		},
		"cnnpol": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.91, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.93},
		},
		"foxpol": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.95, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.95},
		},
		"hillpol": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.96},
		},
		"reuterspol": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.91, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.92},
		},
		"guardianpol": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.91, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.93},
		},
		"nprpol": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.94, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.93},
		},
		"axiospol": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.91, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.96},
		},
		"nbcpol": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.90, "e2e_f1": 0.89},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.93},
		},
		"wapopol": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.97, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.93},
		},
		"politico": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.90, "e2e_f1": 0.89},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.95},
		},
		"statehouse": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.94, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.99},
			"places": {"overlap_f1": 0.91},
		},
		"latpol": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.91, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.93},
		},
		"metro": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.89},
		},
		"cbsnews": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.91, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.99},
			"places": {"overlap_f1": 0.93},
		},
		"propub": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.95, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.89},
		},
		"bbgbiz": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.87},
		},
		"washtimes": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.94},
		},
		"mcclatchy": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.92},
		},
		"abcnews": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.94},
		},
		"wsjpol": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.94, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.93},
		},
		"examiner": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.94, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.92},
		},
		"newsweek": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.92, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.96},
		},
		"tpm": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.94, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.95},
		},
		"bbcus": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.94},
		},
		"rollcall": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.96},
		},
		"txtrib": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.89},
		},
		"afp": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.89},
		},
		"startrib": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.93, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.88},
		},
		"inquirer": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.93, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.93},
		},
		"aljazeera": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.90},
			"places": {"overlap_f1": 0.87},
		},
		"espn": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.91, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.80},
		},
		"cnbc": {
			"quotes": {"quote_f1": 0.99, "attr_acc": 0.92, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.94},
		},
		"scmp": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.98, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.91},
			"places": {"overlap_f1": 0.94},
		},
		"calmatters": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.97, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.99},
			"places": {"overlap_f1": 0.90},
		},
		"irishtimes": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.97, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.87},
		},
		"ajc": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.98, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.89},
		},
		"atlantic": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.94, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.95},
		},
		"vox": {
			"quotes": {"quote_f1": 0.93, "attr_acc": 0.96, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.91},
		},
		"natreview": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.91, "e2e_f1": 0.89},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.93},
		},
		"dailybeast": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.91},
		},
		"cbc": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.98, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.84},
		},
		"straitstimes": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.95, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.86},
		},
		"bostonglobe": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.98, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.85},
		},
		"statnews": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.95, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.88},
		},
		"timesofisrael": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.99, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.85},
		},
		"chalkbeat": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.98, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.75},
		},
		"stripes": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.94, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.94},
		},
		"denverpost": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.99, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.89},
		},
		"abcau": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.99, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.89},
			"places": {"overlap_f1": 0.80},
		},
		"japantimes": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.99, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.90},
		},
		"semafor": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.94, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.92},
		},
		"intercept": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.94, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.91},
		},
		"kffhealth": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.95, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.89},
		},
		"houstonchron": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.98, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.87},
		},
		"globeandmail": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.87},
		},
		"motherjones": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.95, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.93},
		},
		"nzherald": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.98, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.81},
		},
		"thehindu": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.87},
			"places": {"overlap_f1": 0.81},
		},
		"seattletimes": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.95, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.84},
		},
		"marshallproj": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.94},
		},
		"grist": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.97, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.88},
			"places": {"overlap_f1": 0.90},
		},
		"tampabay": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.98, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.89},
		},
		"dw": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.97, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.87},
		},
		"kyivind": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.99, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.90},
		},
		"chitrib": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.97},
			"places": {"overlap_f1": 0.86},
		},
		"smh": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.88},
		},
		"ftbiz": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.95, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.93},
		},
		"wired": {
			"quotes": {"quote_f1": 0.94, "attr_acc": 0.94, "e2e_f1": 0.90},
			"people": {"overlap_f1": 0.90},
			"places": {"overlap_f1": 0.88},
		},
		"csmonitor": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.98, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.95},
		},
		"euronews": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.99, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.89},
		},
		"oregonian": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.97, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.98},
			"places": {"overlap_f1": 0.95},
		},
		"miamiherald": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.95, "e2e_f1": 0.91},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.88},
		},
		"sfchron": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.97, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.87},
		},
		"freep": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.98, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.89},
		},
		"economist": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.97, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.91},
		},
		"nationalpost": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.99, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.78},
		},
		"skynews": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.94, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.89},
		},
		"pbsnews": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.93},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.90},
		},
		"arstechnica": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.99, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.86},
			"places": {"overlap_f1": 0.85},
		},
		"azcentral": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.99, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.93},
			"places": {"overlap_f1": 0.89},
		},
		"independent": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.97, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.88},
			"places": {"overlap_f1": 0.82},
		},
		"dawn": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.96, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.90},
		},
		"rappler": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.97, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.90},
		},
		"nationafrica": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.89},
		},
		"dallasnews": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.99, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.89},
		},
		"stltoday": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.99, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.87},
		},
		"torontostar": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.97, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.92},
			"places": {"overlap_f1": 0.87},
		},
		"rnz": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.95, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.91},
			"places": {"overlap_f1": 0.88},
		},
		"baltsun": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.82},
		},
		"scotsman": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.99, "e2e_f1": 0.98},
			"people": {"overlap_f1": 0.86},
			"places": {"overlap_f1": 0.74},
		},
		"hindustantimes": {
			"quotes": {"quote_f1": 0.95, "attr_acc": 0.99, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.9},
			"places": {"overlap_f1": 0.78},
		},
		"sacbee": {
			"quotes": {"quote_f1": 0.98, "attr_acc": 0.98, "e2e_f1": 0.97},
			"people": {"overlap_f1": 0.94},
			"places": {"overlap_f1": 0.86},
		},
		"cleveland": {
			"quotes": {"quote_f1": 0.97, "attr_acc": 0.96, "e2e_f1": 0.94},
			"people": {"overlap_f1": 0.95},
			"places": {"overlap_f1": 0.88},
		},
		"koreaherald": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.99, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.88},
			"places": {"overlap_f1": 0.87},
		},
		"batimes": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.98, "e2e_f1": 0.95},
			"people": {"overlap_f1": 0.91},
			"places": {"overlap_f1": 0.85},
		},
		"nola": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.99, "e2e_f1": 0.96},
			"people": {"overlap_f1": 0.96},
			"places": {"overlap_f1": 0.77},
		},
		"misc": {
			"quotes": {"quote_f1": 0.96, "attr_acc": 0.94, "e2e_f1": 0.92},
			"people": {"overlap_f1": 0.91},
			"places": {"overlap_f1": 0.82},
			"dates":  {"relaxed_f1": 0.97, "value_acc": 0.81},
		},
	}
	for set, kinds := range floors {
		dir := filepath.Join("..", "..", "testdata", "written", set)
		t.Run(set, func(t *testing.T) {
			// One run per set, scored for each kind: loading the rules and
			// extracting once keeps the race detector's run of this test
			// short.
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			var stdout, stderr bytes.Buffer
			code := run([]string{"run", "--no-progress", "-o", pred, filepath.Join(dir, "input.jsonl")}, strings.NewReader(""), &stdout, &stderr)
			require.Equal(t, 0, code, stderr.String())
			for kind, want := range kinds {
				t.Run(kind, func(t *testing.T) {
					code, out, stderr := runEval(t, "", "--gold", filepath.Join(dir, kind+".gold.jsonl"), "--kind", kind, "--json", "--pred", pred)
					require.Equal(t, 0, code, stderr)
					var row map[string]any
					require.NoError(t, json.Unmarshal([]byte(out), &row), out)
					assertFloors(t, row, want)
				})
			}
		})
	}
}
