/*
 * Sentences of the source quoted by more than one module (several records, or a record and the relation
 * table that links it), verbatim: curly apostrophes and dashes, and the machine translation's capitals and
 * slips, as the source has them. The provenance test finds every record's quote in the source document.
 */
export const OIL_SENTENCE =
  "Time and again, Moscow reminds Central Asia of its dependence on Russia, such as by halting operations of the Caspian oil pipeline that runs through Russian territory and which Kazakhstan uses to export 80 percent of its oil.";
export const MIGRATION_SENTENCE =
  "In the second quarter of 2022, more people from Central Asia went to Russia to work than at any time in the past six years, and remittances from Russia have increased accordingly.";
export const SIGHTS_SENTENCE =
  "Shipments of telescopic sights from Kyrgyzstan to Russia have increase sevenfold, while the increase in imports of household appliances from the EU to Kazakhstan is RECITED due to microchips from those goods used in the Russian military complex.";
export const INVASION_SENTENCE =
  "None of the Central Asian countries have supported Russia’s invasion of Ukraine, and all are abiding by Western sanctions against Russia.";
export const MIR_SENTENCE =
  "Banks in the region do not accept Russian MIR payment cards, for example, and only Kazakhstan GRANTS their use by private individuals – and only after obtaining US approval to do so.";
export const MULTI_VECTOR_SENTENCE =
  "A multi-vector foreign policy is essential ABLE of the basic economic prosperity of the countries – especially since Russia has shown no sign of willingness to compensate the region for the losses it would suffer from the severance of relations with the West.";
export const MEETINGS_SENTENCE =
  "In total, he held more than fifty meeting (both online and in person) with Central Asian leaders in 2022.";
export const VISITS_SENTENCE =
  "This was the first year for many in which Putin visited all five Central Asian countries.";
export const UNDER_THIRTY_SENTENCE =
  "But elites in Central Asia are gradually changing along with society, which remains very young: half of the region’s residents are under thirty.";
export const DISTANCING_SENTENCE = "The region is also distancing itself from Russian integration projects.";
export const CSTO_AND_VISIT_SENTENCE =
  "In October, Kyrgyzstan cancelled military exercises on its territory to be held by the Moscow-led Collective Security Treaty Organization (CSTO), and in December Uzbek President Shavkat Mirziyoyev is postponed a visit to Bishkek, avoiding meeting his Russian counterpart Vladimir Putin there.";
export const TURKIC_SENTENCE =
  "The focus is increasingly now on non-Russian projects, such as Organization of Turkish States.";
export const ATTENTION_SENTENCE =
  "At the same time, Moscow is now paying significantly more attention to the region.";
export const OFFICIALS_SENTENCE =
  "Many other senior Russian officials and businessmen have also visited the region since the start of the war.";
export const SOLIDARITY_SENTENCE =
  "Indeed, this is largely the reason why the Kremlin itself does not require Central Asian leaders to show solidarity with it.";
export const UNATTRACTIVE_SENTENCE =
  "Russia already found it difficult to advance its integration projects in Central Asia, and now the war has made them irrevocably unattractive.";
export const EAEU_SENTENCE =
  "There is no chance of Uzbekistan joining the Eurasian Economic Union now, and if Tajikistan can be persuaded to do so, it will be at the cost of major concessions.";
export const CSTO_REPUTATION_SENTENCE = "CSTO’s reputation is in tatters.";
export const MILITARY_MYTH_SENTENCE =
  "Russia’s military losses in Ukraine have exploded the myth of a powerful Russian military, which has alarmed countries that depended on the Russian security umbrella.";
export const CSTO_EXPANSION_SENTENCE =
  "This does not mean that the CSTO will be disbanded soon, but there is certainly no potential for its expansion.";
export const UNDER_THIRTY_VIEWS_SENTENCE =
  "They don’t remember Soviet times; they are less likely to speak Russian; and they do not consider Russia an example to which they aspire.";
