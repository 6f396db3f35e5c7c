package extract

import (
	"github.com/newsfacts/extract/rules"
	"github.com/newsfacts/extract/schema"
)

// placeRecords finds the gazetteer's places in the text: one record per
// entry, with every mention. A place name inside a person's name or an
// organisation's ("The Washington Post") is not a mention of the place;
// demonyms ("Hungarian") and languages are not places at all.
func (x *docState) placeRecords() []schema.Place {
	var blocked []span
	for _, p := range x.people {
		for _, m := range p.mentions {
			if !m.nominal {
				blocked = append(blocked, m.span)
			}
		}
	}
	for _, chs := range x.chunks {
		for _, ch := range chs {
			if ch.isOrg && !ch.name.empty() {
				blocked = append(blocked, ch.name)
			}
		}
	}
	byEntry := map[int]int{} // gazetteer index -> index in out
	out := []schema.Place{}
	for _, p := range x.paras {
		x.c.places.findAll(x.t.masked, p.span, func(m span, v int) {
			for _, b := range blocked {
				if b.overlaps(m) {
					return
				}
			}
			i, ok := byEntry[v]
			if !ok {
				info := x.c.placeInfo[v]
				i = len(out)
				byEntry[v] = i
				out = append(out, schema.Place{ID: schema.PlaceID(info.Name, info.Country), Name: info.Name,
					Kind: info.Kind, Country: info.Country, Mentions: []schema.Mention{}, Rule: "gazetteer:" + entryID(info)})
			}
			out[i].Mentions = append(out[i].Mentions, x.t.mention(m))
		})
	}
	return out
}

// entryID names a gazetteer entry as the rule loader does: its id, else
// its name, so that the place's rule leads to where the entry is written.
func entryID(p rules.PlaceRule) string {
	if p.ID != "" {
		return p.ID
	}
	return p.Name
}
