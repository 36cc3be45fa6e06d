"""The held-out gold (tests/data/gold_holdout.jsonl): annotated by someone else, never tuned on.

scripts/eval_quotes.py measures it only when named explicitly. The thresholds below come from ONE
run, after all tuning on the development gold had finished, minus a small margin. A change that
lowers them generalises worse to articles nobody has seen.

- first engine (one run): marked F1 0.960, speaker 0.741; indirect F1 0.707
- after the precedence/salience rework (one run): marked F1 0.960, speaker 0.861 with 5
  misattributions and 10 null speakers; indirect F1 0.749
- after the names/organizations/continuation round (one run): marked F1 0.964, speaker 0.860 with
  6 misattributions and 9 nulls; indirect F1 0.763

gold_holdout2.jsonl (second held-out set, 10 articles), first run after that round: marked F1 0.932,
speaker 0.826 with 7 misattributions and 12 nulls; indirect F1 0.781. Caveat: while it was being
added, the eval's default glob (then excluding only gold_holdout.jsonl) picked it up once and
printed its error lines during development; the glob now excludes every gold_holdout*.jsonl and
nothing was tuned on those lines.

gold_holdout3.jsonl (10 articles) and gold_holdout4.jsonl (8 articles) were measured by the lead
engineer only. Set 3 before the last round: marked F1 0.968, speaker 0.810 (14 misattributions);
its error classes (name boundaries, anonymous sources, same-gender pronouns) were then described to
the last round in general terms, so its later figures are not blind: marked F1 0.968, speaker 0.867
(4 misattributions, 10 nulls), indirect F1 0.792. Set 4 was annotated during that round and first
run after it (blind): marked F1 0.963, speaker 0.873 (2 misattributions, 8 nulls), indirect 0.675.
The thresholds below are those runs minus a small margin.

Later sessions (2026-11-29). Sets 1-4 became development data; their indirect gold was made
consistent (a reported clause containing quoted words is annotated as indirect AND partial).
Sets 5 and 6 (13 articles each) were annotated blind and first run before any change made from
them: marked F1 0.914 / 0.966, speaker 0.726 / 0.698 (11 and 22 misattributions), indirect F1
0.713 / 0.703. Sets 7 (15 articles) and 8 (16 articles) were annotated blind while sets 5-6 were
used for development, and first run once, blind: set 7 marked F1 0.963, speaker 0.857 (4
misattributions, 9 nulls), indirect F1 0.740; set 8 marked F1 0.912 (its French control page gave
8 spurious quotations), speaker 0.842 (6 misattributions, 9 nulls), indirect F1 0.755. All sets
were then used for development. Sets 9 and 10 (10 BBC articles each) were annotated blind meanwhile
and first run once, blind, near the end of the session: set 9 marked F1 0.989, speaker 0.806 (14
misattributions, most of them one company named by its subsidiary's longer name), indirect F1
0.900; set 10 marked F1 1.000, speaker 0.939 (no misattribution, 3 nulls), indirect F1 0.836.
Sets 11 and 12 (10 BBC articles each), annotated blind while 9-10 were used for development, were
run once, blind, last: set 11 marked F1 0.957, speaker 0.910 (4 misattributions, 2 nulls),
indirect F1 0.821; set 12 marked F1 0.957, speaker 0.875 (6 misattributions, 1 null), indirect
F1 0.819. The thresholds hold the figures reached at the end of that session minus a small margin
(misattribution counts held exactly).

Session of 2026-11-29 (evening). Sets 13 and 14 (12 BBC articles each) were annotated blind and run
once before any change: set 13 marked F1 0.892, speaker 0.855 (1 misattribution, 8 nulls),
indirect F1 0.804; set 14 marked F1 0.932, speaker 0.773 (7 misattributions, 10 nulls), indirect
F1 0.909. Most of their spurious partials were a guideline reading: both annotators took "partial
ONLY when …" to mean no partial inside a long reported clause. The guideline was reworded and a
helper who did not run the engine brought sets 11-14 in line (26 partials added, 7 indirect records
folded into their partial; 11 and 12 needed nothing); on that gold the same blind code scores set
13 marked F1 0.968, speaker 0.842, indirect 0.816 and set 14 0.982, 0.783 (8 misattributions),
0.937. Sets 15 and 16 (12 BBC articles each), annotated blind while 13-14 were used for
development, were first run once after that round: set 15 marked F1 0.982, speaker 0.622 (9
misattributions, 22 nulls; 15 of the nulls are one memoir whose speaker labels the corpus lost),
indirect F1 0.792; set 16 marked F1 0.965, speaker 0.906 (4 misattributions, 5 nulls), indirect
F1 0.906. Sets 17 and 18 (12 BBC articles each), annotated blind while 15-16 were used, were run
once, last: set 17 marked F1 0.964, speaker 0.850 (5 misattributions, 7 nulls), indirect F1 0.724;
set 18 marked F1 0.976, speaker 0.866 (7 misattributions, 4 nulls), indirect F1 0.900.

Session of 2026-11-29 (night). Sets 19-22 (12 BBC articles each), annotated blind at the start, were
run once each on the code as it then stood: set 19 marked F1 0.989, speaker 0.795 (11
misattributions, 7 nulls), indirect F1 0.816; set 20 0.980, 0.736 (9, 10), 0.886; set 21 0.962,
0.904 (7, 4), 0.823; set 22 0.980, 0.773 (13, 9), 0.842. Sets 23-24, annotated blind while 19-22
were used for development, were run once mid-session: set 23 0.965, 0.891 (5, 1), 0.785; set 24
0.964, 0.862 (6, 7), 0.884. Sets 25-26, annotated blind while 23-24 were used, were run once on
the code of that point: set 25 0.971, 0.838 (2, 9), 0.823; set 26 0.943, 0.915 (5, 2), 0.927.
Sets 27-28, annotated blind while 25-26 were used, were run once after that round: set 27 0.944,
0.971 (2, 0), 0.862; set 28 0.945, 0.883 (6, 3), 0.878. Sets 29-30, annotated blind while 27-28
were used, were run once after that round: set 29 0.981, 0.885 (1, 8), 0.897; set 30 0.978,
0.939 (2, 2), 0.875. Sets 31-32, annotated blind while 29-30 were used, were run once on the
session's final code: set 31 0.982, 0.901 (5, 3), 0.813; set 32 0.995, 0.810 (6, 14), 0.836.
The thresholds hold the figures reached at the end of the session minus a small margin
(misattribution counts held exactly).

Session of 2026-11-29 (late). Sets 33-38 (12 BBC articles each) were annotated blind by helpers who
never ran the engine. Each pair was first run once, with the session-start code alongside:
- sets 33-34, after the first round of rules: marked F1 0.983 / 0.965, speaker 0.787 / 0.892
  (14 and 4 misattributions), indirect F1 0.911 / 0.914 - exactly the session-start figures;
- sets 35-36, mid-session: 0.967 / 0.960, speaker 0.867 / 0.819 (12 and 8 misattributions),
  indirect 0.848 / 0.887 (session-start code: speaker 0.844 / 0.792);
- sets 37-38, on the code of the session's end (before the fixes they showed): 0.950 / 0.974,
  speaker 0.821 / 0.860 (4 and 6 misattributions), indirect 0.842 / 0.760 - the session-start
  code scores the same, with indirect 0.771 on set 38;
- sets 39-40, annotated while 37-38 were used for development and run once on the session's
  final rules: 0.974 / 0.981, speaker 0.880 / 0.894 (4 and 10 misattributions), indirect 0.850 /
  0.857 - exactly the session-start figures. One fix followed from set 40 (an office named with its
  party, "the Tory leader", keeps its holder when someone else was named since): set 40 0.933.
The thresholds hold the figures reached at the end of the session minus a small margin, and never
fall below an earlier threshold (misattribution counts held exactly).

Session of 2026-11-29 (last). Sets 41-46 (12 BBC articles each) were annotated blind by helpers who
never ran the engine; sets 41 and 42 were annotated a second time, independently, to measure
agreement between annotators (speaker agreement 1.000 on the 159 quotations both marked, 0.99 on
indirect speech). Sets 41-44 were first run once on the session-start code: marked F1 0.973 /
0.957 / 0.966 / 0.982, speaker 0.904 / 0.949 / 0.977 / 0.840 (6, 2, 0 and 4 misattributions),
indirect F1 0.825 / 0.898 / 0.896 / 0.893. Sets 41-42 then became development data; 43-44 were not
looked at until the end, when they and sets 45-46 (annotated mid-session) were run once on the
session's final rules: 43-44 scored exactly their session-start figures, and 45-46 scored marked F1
0.970 / 0.938, speaker 0.959 / 0.707 (0 and 9 misattributions), indirect F1 0.883 / 0.780, exactly
what the session-start code scores on them. Two fixes followed from sets 44 and 46 after that run
(a playing position before a name; a title with its domain set off by a comma): set 44 0.889, set
46 0.733. A last rule ("X meanwhile said" keeps X as the subject) then gave set 46 two more
speakers (0.760) and set 44 one null where a carried-over speaker had been right (0.878); set 44's
threshold, set minutes before, was lowered by that one null. Sets 47-48 (12 BBC articles each),
annotated blind after the last rule, were run once on the final code: marked F1 0.940 / 0.994,
speaker 0.972 / 0.930 (1 and 3 misattributions), indirect F1 0.848 / 0.876 - exactly what the
session-start code scores on them. The thresholds hold the figures reached at the end of the
session minus a small margin, and never fall below an earlier threshold (misattribution counts
held exactly).

Sets 49-52 (12 BBC articles each, annotated blind at the start of the next session) were run once
on that session's starting code: marked F1 0.971 / 0.954 / 0.972 / 0.983, speaker 0.853 / 0.851 /
0.779 / 0.875 (5, 5, 3 and 3 misattributions), indirect F1 0.833 / 0.854 / 0.904 / 0.891. Run again
mid-session, before anything was learned from them, the rules changed by then scored the same
except set 50 (one more partial found, 0.842 with one more misattribution). They then became
development data. Sets 53-56, annotated mid-session and not looked at until the end, were run
once on the session-start code (marked F1 0.983 / 0.987 / 0.960 / 0.989, speaker 0.807 / 0.909 /
0.847 / 0.849, with 0, 4, 2 and 5 misattributions, indirect F1 0.848 / 0.786 / 0.818 / 0.886) and
once on the final code of that phase: exactly the same figures. They then became development
data too, and sets 57-60 (12 BBC articles each, politics, sport and tech, annotated blind while
the last rules were written) were run once on the session-start code and once on the final code:
marked F1 0.967 / 0.978 / 0.981 / 0.989, speaker 0.875 / 0.835 / 0.949 / 0.957 (1, 6, 3 and 3
misattributions), indirect F1 0.804 / 0.754 / 0.843 / 0.833 - identical on both.

Sets 61-66 (12 BBC articles each, politics and sport: the last quote-rich articles of the corpus
no session had seen) were annotated blind at the start of the next session and run first on its
starting code: marked F1 0.985 / 0.976 / 0.939 / 0.979 / 0.989 / 1.000, speaker 0.949 / 0.889 /
0.917 / 0.871 / 0.926 / 0.986 (0, 2, 4, 0, 1 and 0 misattributions), indirect F1 0.810 / 0.817 /
0.821 / 0.890 / 0.868 / 0.897; pooled, marked F1 0.977 and speaker 0.921 (7 wrong, 34 null). Run
once more, unstudied, on the code of mid-session: the same except set 61 (speaker 0.959, one null
fewer) and set 65 (one more indirect clause found, 0.883). They then became development data.

Sets 67-70 (20 BBC articles each, all five categories, drawn from the articles with 4-7 quote
marks: few quotations each, more reported speech) were annotated blind at the end of that session
and run once on its starting and its final code: identical figures on both. Marked F1 0.989 /
0.968 / 0.969 / 0.936, speaker 0.913 / 0.933 / 0.872 / 0.841 (1, 0, 4 and 4 misattributions),
indirect F1 0.865 / 0.857 / 0.770 / 0.785; pooled marked F1 0.965, speaker 0.890 (9 wrong, 11
null), indirect F1 0.822 with indirect speaker accuracy 0.782. The next session (2026-11-30,
second) read their errors first, so they are development data now.

That session annotated sets 71-74 (20 quote-light BBC articles each) blind at its start and ran
them once on its starting code: marked F1 0.964 / 0.938 / 0.981 / 0.968 (0.963 pooled), speaker
0.981 / 0.822 / 0.942 / 0.933 (0.923 pooled; 4 wrong, 11 null), indirect F1 0.880 / 0.746 / 0.826
/ 0.871 (0.831 pooled, indirect speaker 0.820). Run again, unstudied, on its mid-session code
(four rules in): the same except one more indirect speaker on set 71 (0.827 pooled). Then they
were studied. Sets 75-78 (20 more such articles each, annotated blind mid-session, not read since)
were run on the session-start code: marked F1 0.968 / 0.969 / 0.950 / 0.990 (0.970 pooled),
speaker 0.913 / 0.915 / 0.875 / 0.900 (0.901 pooled; 15 wrong, 4 null), indirect F1 0.892 / 0.815
/ 0.799 / 0.743 (0.812 pooled, indirect speaker 0.840); on its mid-session code, identical; on its
final code the same marked figures, and on set 75 one more indirect clause and speaker (indirect
F1 0.815 and indirect speaker 0.848 pooled). The next session (2026-11-30, third) read their
errors first, so they are development data now. Set 78 is the one threshold that session lowered:
two records whose speakers were wrong ("he said" after an unnamed chief executive went to a name
at the start of an earlier sentence, and "It said" to a country inside a report's clause) are no
longer emitted, so its marked F1 falls from 0.990 to 0.980 and its indirect F1 from 0.743 to 0.730,
while its speaker accuracy rises from 0.900 to 1.000 (5 misattributions to none).

That session annotated sets 79-82 (80 BBC articles with four or more quotation marks, 519
quotations) blind at its start and ran them on its starting code and again after its first eight
rules, printing the figures only: identical on both. Marked F1 0.988 / 0.988 / 0.992 / 0.994 (0.991 pooled),
speaker 0.800 / 0.802 / 0.910 / 0.857 (0.840 pooled; 9 wrong, 43 null), indirect F1 0.788 / 0.894
/ 0.774 / 0.804 (0.814 pooled, indirect speaker 0.825). Then their errors were read (24 of the
43 unattributed were one article, printed twice, whose "Mr Dean" the rules took for a title), so
they are development data now. Set 83, the last 20 unseen BBC articles with four or more quotation
marks, annotated blind mid-session, ran on that session's starting code, on its mid-session code
and on its final code, figures only, identical on all three: marked F1 1.000, speaker 0.902 (5
misattributions, 1 null), indirect F1 0.812 (indirect speaker 0.929). Its errors have not been
read.

2026-11-30, fourth session. Sets 84 (the 5 unseen BBC articles longer than 6,000 characters with
four or more quotation marks, 76 quotations) and 85 (14 unseen BBC articles with three quotation
marks, 48 quotations) were annotated blind at the session's start and first run on its starting
code, figures only: set 84 marked F1 0.969, speaker 0.811 (3 misattributions, 7 nulls), indirect
F1 0.768; set 85 marked F1 0.982, speaker 1.000, indirect F1 0.710. On the session's final code:
marked figures the same on both, indirect F1 0.768 and 0.788 (set 83: 0.812 -> 0.846, its marked
figures the same). Their errors have not been read. A clause reported by someone the text does
not let us name ("Most respondents said …") is now found, with no speaker. Most indirect F1
thresholds rise to this session's figures. Set 4's goes from 0.760 to 0.755: its one new record
("Backers of tariffs say that they help American companies …") is reported speech the gold leaves
out. Set 3's, raised mid-session to 0.855 (0.835 before), ends at 0.845: a clause now ends at the
", but" before the next cue ("…, but said sales should …"), so 'festive sales were "below where we
would expect a normal Christmas to be"' has three words outside the marks and ten inside, which
the guideline records as a partial quotation only; its gold, older than that rule, has an
indirect record too.

2026-11-30, fifth session. Sets 86 and 87 (48 unseen BBC articles with one quotation each: 40
marked and 92 indirect records) were annotated blind and run on the session's starting code and
its final code, figures only, identical on both: set 86 marked F1 0.974, speaker 0.842 (no
misattribution, 3 nulls), indirect F1 0.857; set 87 marked F1 0.900, speaker 0.889 (no
misattribution, 2 nulls), indirect F1 0.903. Sets 83-85, blind in earlier sessions and unread
until now, were studied this session: marked misattributions 8 -> 2, set 84's speaker accuracy
0.811 -> 0.962 (a nested quotation closing a sentence no longer swallows the paragraph's later
quotations). Thresholds rise to the final figures where they rose; none falls. Set 88 (24 more
such articles: 26 marked and 52 indirect records) was annotated blind after the session's last rule
and run once on its final code (the same figures as its starting code): marked F1 1.000, speaker
0.923 (1 misattribution, 1 null), indirect F1 0.860.

2026-11-30, sixth session. Sets 89, 90 and 91 (the last 59 unseen BBC articles with quotation marks,
20, 20 and 19 articles: 46 marked and 106 indirect records) were annotated blind at the start and
run on the session's starting code and its final code, figures only, identical on both: set 89
marked F1 0.970, speaker 0.875 (2 misattributions, no null), indirect F1 0.928; set 90 marked F1
1.000, speaker 0.933 (no misattribution, 1 null), indirect F1 0.916; set 91 marked F1 0.897,
speaker 1.000, indirect F1 0.838. Sets 86-88, blind last session, were studied: marked speaker
0.889 -> 0.968 (nulls 6 -> 1), indirect speaker 0.877 -> 0.982 (misattributions 7 -> 1).
Thresholds rise to the final figures where they rose. Two fall, with the reason: set 61's
speaker floor 0.950 -> 0.945, because a passive label ('branded a "disgraceful waste" by MPs')
is now found (marked F1 0.985 -> 0.990), with MPs as an unnamed source, where the gold names the
committee the article names later; set 19's indirect floor 0.875 -> 0.865, because "One leading
Karachi broker said …" is now somebody unnamed, so the next quotation is no longer given to the
last named speaker (its marked misattribution is gone), and the broker's parenthetical "…, he
says, …" gives no record, since that "he" names nobody.

Seventh session (2026-11-30). Sets 89-91 were studied: marked speaker 0.932 -> 0.978 pooled
(misattributions 2 -> 1, nulls 1 -> 0). The BBC corpus held no unseen quotation any more, so the
blind measure moved to 120 real news pages (US immigration and police stories, other US, UK,
Irish, Canadian, Australian, Indian and African news) taken from stored public web pages and
annotated blind by helpers. Their texts and gold stay outside the repository (licences unknown;
scripts/gold_sources.py reads such a text as source "file"), so no test here holds their figures;
the closing note of issue 3 and the README give them. Thresholds rise where this session's rules
raised the figures (sets 5, 10, 26-28, 34, 49, 89-91); none falls.

Eighth session (2026-11-30). The blind measure stayed on real news pages from stored public web
pages: 200 new ones (US state politics and courts, business, sport, disasters and health,
world politics, crime and policing, US national politics, UK and Irish politics and courts),
annotated blind by helpers, kept outside the repository like the last session's. Of the held-out
sets here only 51 (marked speaker 0.860 -> 0.872) and 54 (0.948 -> 0.987, misattributions 4 -> 1:
surnames the copy misspells by one letter, "Mr Mukerjee" for Pranab Mukherjee) moved; their
thresholds rise, none falls.

Ninth session (2026-11-30). 120 more real news pages, annotated blind by helpers and kept outside
the repository like the last two sessions'. Pooled over sets 1-91, misattributions went 119 -> 116.
Set 83 rises to none (0.960 -> 0.975). Set 38 falls from 0.950 to 0.935, the one threshold this
session lowered. In "Ireland, despite having Gordon D'Arcy still out injured, have been boosted by
the return of star skipper Brian O'Driscoll … “…,” he said", D'Arcy is now read as a whole name
(it was "Arcy"). So two men are named before the "he", and the quotation goes to nobody instead of
O'Driscoll. The same change rightly names Pasquale D'Amuro and Dolphy D'Souza in the BBC corpus.

Tenth session (2026-11-30). 120 more real news pages, annotated blind by helpers and kept outside
the repository. No held-out set moved: pooled over sets 1-91, misattributions stay at 116. Sets 23
and 69 had been held below what earlier sessions' rules reached (one and three misattributions
where the thresholds allowed two and four), so their thresholds rise to their figures; none falls.

Eleventh session (2026-11-30). 80 more real news pages, annotated blind by helpers and kept outside
the repository, and the tenth session's 40 never-read pages studied. No held-out set's figures fall
below its thresholds and no set gains enough to raise one: pooled over sets 1-91, misattributions
stay at 116 and unattributed indirect speech goes 305 -> 304.

Twelfth session (2026-11-30). 80 more real news pages, annotated blind by helpers and kept outside
the repository, and the eleventh session's 40 never-read pages studied. Pooled over sets 1-91,
misattributions fall 116 -> 110 (unattributed 315 -> 319): "William Harrison and chief operating
officer James Dimon said" and "singer Gary Lightbody and drummer Jonny Quinn said" are two people,
no longer the second alone. Set 46 is held at five misattributions (was nine) and set 73 at none
with speaker accuracy 0.975 (was two and 0.935); no set falls.

Thirteenth session (2026-12-01). 80 more real news pages, annotated blind by helpers and kept
outside the repository, and the twelfth session's 40 never-read pages studied. Pooled over sets
1-91, marked speaker accuracy stays 0.937 (misattributions 110, unattributed 319); indirect speech
gains one unattributed record back (304 -> 303) and loses no figure. A first cut of "the reporter's
words after a set-in attribution" that also took "while" and "as" put set 86's indirect F1 below its
floor ("…, he will argue, while only by sticking with him …" goes on with what was said) and was
narrowed before it landed. No set's threshold moves.

Fourteenth session (2026-12-01). 80 more real news pages, annotated blind by helpers and kept
outside the repository, and the thirteenth session's 40 never-read pages studied. Pooled over sets
1-91, misattributions fall 110 -> 109 (unattributed 319 both): set 33 is held at two (was three),
speaker accuracy 0.906. A first cut of "a cue that opens the next quotation does not close the one
before it" put sets 1 and 21 below their floors ("His message to the chancellor was: “…” Sir Digby
added:"; "He said: “…” Moyes added:" with "he" read as the wrong man) and was committed so; the
next commit repaired both cases and kept a quotation that opens its paragraph alone for the new
voice after it. The evaluation now locates gold text inside its annotated paragraph first.

Fifteenth session (2026-12-01). 120 more real news pages, annotated blind by helpers and kept
outside the repository, and the fourteenth session's 40 never-read pages studied. Pooled over sets
1-91, misattributions fall 109 -> 108 (unattributed 319 -> 318): set 18 is held at two (was
three), speaker accuracy 0.934; indirect misattributions fall 124 -> 121. A first cut of "a cue that
reported no words leaves its speaker for the next paragraph" let a paragraph's reported speech we
failed to record run on past a document's own cue ("“…,” read a statement from the firm", a test
of the twenty-first rules) and was narrowed to cues that never report words before it landed. A
plain-text story's headline no longer gives quotation records; no set here loses a figure by it.

Sixteenth session (2026-12-01). 280 more real news pages in three rounds, annotated blind by
helpers and kept outside the repository (the pages of the sessions before were lost with the
machine's scratch space). Pooled over sets 1-91, misattributions fall 108 -> 107 (unattributed
318 -> 317): set 11 is held at none (was one), speaker accuracy 0.971; indirect misattributions fall
121 -> 119, indirect F1 0.876 -> 0.877. A first cut of "an organization word for a utility's trade"
("Pacific Gas") gave the development gold's "the utility" to half of Pacific Gas & Electric Co. and
was repaired (an ampersand joins one firm's name) before it landed; a first cut of "'it' is the
organization its sentence opens on" cost sets 1-91 seven misattributions and was dropped; a first
cut of "a name the acronym defines is the fuller form" named General Motors by its subsidiary and
was narrowed to the "… and Prevention" a name is cut before.

Seventeenth session (2026-12-01). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository; half never read. Pooled over sets 1-91, misattributions
stay at 107 (unattributed 317 -> 316); indirect F1 0.877 -> 0.879 as reported clauses before
"…, X said, adding that …" are found. Set 69's marked F1 floor goes from 0.960 to 0.955: McDonald's
reported statements are found now ("McDonald's said" was read as an owner with no noun), and with
them the partial "supersized" in "its “supersized” meals", which the set's annotator read as a
product's name (indirect F1 0.856 -> 0.875). A first cut of "highlighted" as a speech verb found
"The committee also highlighted “deeply worrying” cases" with nobody to credit and took set 18's
speaker accuracy under its floor; "highlighted" now counts only where the text names who did. A
first cut that put a role nobody holds in focus as someone unnamed cost sets 1-91 six
misattributions and nineteen unattributed quotes, and was dropped.

Eighteenth session (2026-12-01). 1,280 more real news pages in eight rounds, annotated blind by
helpers and kept outside the repository; 880 never read. Pooled over sets 1-91, misattributions
107 -> 106 and indirect ones 119 -> 116. Set 19's speaker floor goes from 0.980 to 0.995 (its one
unattributed quotation is now its speaker's) and set 74's misattributions from 1 to 0. Set 23's
indirect F1 drops from 0.822 to 0.813, above its floor: "Data collected by eBay suggests that …"
was credited to a "Bay" before "eBay" was read whole, and is no longer found at all. Two first cuts were dropped: "the sentence
before names another man, as no subject" as a reason to leave "he" unresolved (it lost dozens of
right attributions in the BBC articles), and a peer's style kept even where the text gives the
peer's first name ("Lord Butler" for "Robin Butler"), which cost the pooled sets three
misattributions before a first name was made to win.

Nineteenth session (2026-12-01). 800 more real news pages in five rounds, annotated blind by
helpers and kept outside the repository; 480 never read, and the 880 left unread last session
studied. Pooled over sets 1-91, marked misattributions stay at 106 (unattributed 316 -> 314) and
indirect ones go 116 -> 115. Set 11's speaker floor goes from 0.971 to 0.985 and set 53's from 0.845
to 0.875, as measured. Set 58 first fell below its floor when "the alliance" became a body's noun
("The Votes at 16 alliance said" named nobody) and was restored by reading a name before the noun
as the body's. Tried and dropped: an unknown two-word name opening a sentence taken for a person
("Polar Express", "Sun Grid" became speakers), and a participle opening a sentence taken for no
one ("Echoing remarks …", which also took "Beijing" and "Boeing").

Twentieth session (2026-12-01). 800 more real news pages in five rounds, annotated blind by
helpers and kept outside the repository; 640 never read, one round studied after its blind run,
and last session's 480 never-read pages studied. Pooled over sets 1-91, marked misattributions
stay at 106 and unattributed at 314; indirect misattributions stay at 115 (unattributed 291 ->
292). Set 63's indirect F1 floor goes from 0.840 to 0.860 and set 67's from 0.865 to 0.880, as
measured: a speech announced in advance ("Mr Howard is expected to say that …", "He is expected to
say that …") now gives its clause. Set 2 and set 35 first fell below their floors when a plural of people ("UK critics
still favour …") was taken for a subject with no name: one indirect clause was lost and one
partial quotation was found with no speaker; that reading was dropped.

Twenty-first session (2026-12-01). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 800 pages studied.
Pooled over sets 1-91, marked misattributions stay at 106 and unattributed go from 314 to 313;
indirect misattributions stay at 115 (unattributed 292). Set 55's speaker floor goes from 0.855 to
0.870, as measured (0.861 -> 0.875): "In a statement issued …, the X said …" now gives "the
statement said" later to X. A first names list from the 1990 US Census (public domain) was tried
and dropped: it left the pooled misattributions at 106 but four more quotations unattributed, and
on the studied pages it lost more than it gained (a child's first name now known turned "Mr Ward"
into the child; a known "Shaun" became a rival for "he").

Twenty-second session (2026-12-01). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
Pooled over sets 1-91, marked misattributions stay at 106 and unattributed go from 313 to 312;
indirect misattributions stay at 115 (unattributed 292). Set 34's speaker floor goes from 0.945
to 0.955 (measured 0.953 -> 0.965), set 78's indirect F1 floor from 0.785 to 0.795 (0.795 ->
0.803) and set 83's from 0.840 to 0.850 (0.877 -> 0.889), each as measured, each at one rule: a
lost-comma apposition after a quotation read first as an unnamed source ("Name, Greek police
spokeswoman told AFP") gives the name before it (set 34); a reported clause keeps a source it
cites behind an owner ("the railway industry's risk assessments had signalled that …", set 78);
a noun like "states" before "are" is no cue (set 83).

Twenty-third session (2026-12-01). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
Every held-out set's figures are identical to the session start (pooled: marked misattributions
106, unattributed 312; indirect misattributions 115, unattributed 292), so no floor moves.

Twenty-fourth session (2026-12-01). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
Every held-out set's figures are again identical to the session start, so no floor moves. A rule
that gave the lede's office to a person named next with a first name the lists lack had lowered
the pooled indirect unattributed from 292 to 291 ("the chairman of the Police Federation …
said", whom the story names next); a review found it gave a judge's words to the defendant who
spoke next, and it was dropped.

Twenty-fifth session (2026-12-01). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
Every held-out set's figures are identical to the session start (pooled: marked misattributions
106, unattributed 312; indirect misattributions 115, unattributed 292), so no floor moves. "spoke
of" as a cue had raised pooled marked F1 from 0.974 to 0.975 (partial quotations it found); a
review found it gave tributes' words ("Colleagues of Dr Jane Smith spoke of …") to the person
spoken of, and it was dropped.

Twenty-sixth session (2026-12-02). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
Twelve held-out sets gained and none lost (pooled: marked misattributions 106 -> 105,
unattributed 312 both; indirect F1 0.880 -> 0.881, misattributions 115 both, unattributed 292
both), mostly reported speech ended by a titled name ("…, Tory leader Michael Howard claimed.") or
set in an interview with an outlet. The floors of sets 3, 4, 7, 8, 31, 37, 56, 57, 58, 59 and 78
rose by what each measured gain allows, rounded down to 0.005; set 7 now allows no
misattribution.

Twenty-seventh session (2026-12-02). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
Three sets gained and none lost (pooled: marked misattributions 105 -> 104, unattributed 312
both; indirect misattributions 115 -> 114, unattributed 292 both): set 14 gives one fewer
quotation to the wrong person, set 73 one more to the right one, set 35 one indirect clause.
Set 14 now allows one marked misattribution, and set 73's speaker floor goes from 0.975 to
0.990. "the party said" read as the party in focus was tried and dropped: it named parties by
other forms than the gold's ("Lib Dems", "Labour Party") and one wrongly (a local association),
raising pooled indirect misattributions from 114 to 118.

Twenty-eighth session (2026-12-02). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
One set gained and none lost (pooled: marked misattributions 104 -> 102, unattributed 312 both;
indirect misattributions 114 -> 112, unattributed 292 both): set 80 names "Iraq's Ministry of
Communications" with its country, as its gold does, so its floors rise (speaker 0.895 -> 0.915,
no misattribution allowed, indirect 0.935 -> 0.945). Tried and dropped: a single word before
"spokesperson" read as a body ("Eskom spokesperson Fani Zulu"), which made bodies of "Trump" and
"Biden"; "shouts" as a cue ("Amid shouts of …"); a lede's described office holder refused when the
next paragraph's speaker held another office, which lost "a senior police officer" for "Norfolk
police chief Andy Hayman".

Twenty-ninth session (2026-12-02). 640 more real news pages in four rounds, annotated blind by
helpers and kept outside the repository, all never read; the last session's 640 pages studied.
Every held-out set's figures are identical to the session start (pooled: marked misattributions
102, unattributed 312; indirect misattributions 112, unattributed 292), so no floor moves. Tried
and dropped: "‘‘…’’" read as double marks in a text that also uses single ones (it lost the
continuations of a New Zealand article's quotations); "urging" as a cue (it gave quoted terms to
whoever urged); "deeming" as a cue (it gave a sentence's earlier partial quotations to the last
participle); a one-word source after "according to" read as a body (it lost "he" for "According
to Neymar" and "According to Sutopo, a spokesman …").

Thirtieth session (2026-12-02). The machine's /tmp had been wiped, so the earlier sessions' pages
were gone: 320 new pages were annotated blind and never read, and 480 more were studied. One set
gained and one lost (pooled: marked misattributions 102 -> 101, unattributed 312 both; indirect
misattributions 112 -> 113, unattributed 292 both): set 37 gives a speaker right that it named
wrongly, so its floors rise (speaker 0.845 -> 0.865, one misattribution allowed, not two); set 3
names "West Yorkshire police" for a clause its gold leaves to nobody (a place's police force now
speaks as a body: "Suffolk County police said", "Danish police said"), within its floors. The
evaluation now leaves out a nickname in quote marks inside a name ("Lisa “Tiny” Gray-Garcia" is
Lisa Gray-Garcia), which moves no held-out figure. Tried and dropped after three reviews: a
department as "the agency", the second part of a double-barrelled surname, "blamed",
"remembered", "rival" before a company, a capitalised "To" as a headline's mark, a body then "in"
a place, "the critic" after an unnamed one, Nia and Hywel as first names, and Terry, Charlie, Pat
and Dara as names that tell no sex.

Thirty-first session (2026-12-02). 320 more pages were annotated blind and never read; the 320
the thirtieth session never read were studied. One set gained and none lost (pooled: marked
misattributions 101 both, unattributed 312 -> 311; indirect unchanged): set 13 names the BBC's
futurologist for "“…,” Adam Hume, the BBC Broadcast's futurologist told the BBC News website" (a
description after the quotation and a name, its closing comma missing), so its speaker floor
rises (0.940 -> 0.960). Tried and dropped after three reviews: first names from the 1990 US
Census (people given the wrong sex, firms and places made people), and five rules that caught
more than they fixed: "he said: “…”" after a clause about the sentence's own subject, a
capitalised "Says" after a quotation's full stop, a paragraph of "Name said" alone introducing
the next, a paragraph of reported speech running on into the next quotation, and a couple whose
second first name no list knows.

Thirty-second session (2026-12-02). 320 more pages were annotated blind and never read; the 320
the thirty-first session never read were studied. Three sets gained and none lost (pooled:
marked misattributions 101 both, unattributed 311 -> 308; indirect unchanged): set 39 names
Tony Wilson for "Wilson has twice tried to resurrect Factory - which … - but conceded …" (a
second verb after an aside in dashes), set 37 the ministry that "blamed “continuing
uncertainties …”", and set 24 David Campese, who "blamed “a lack of talent …”", so their speaker floors rise (24: 0.960 -> 0.975, 37:
0.865 -> 0.880, 39: 0.925 -> 0.945; 39's indirect floor 0.870 -> 0.890). Set 46 finds one more
partial quotation ("Janet Jackson's 'wardrobe malfunction'", a label), its marked F1 0.938 ->
0.932, above its floor. Tried and dropped after three reviews: first names both sexes use
telling no gender (tried before: the lists' reading is right more often), an opening's speaker
described by an office and named soon after with it, "United" for United Airlines, a name after
a speech verb keeping a first word no list knows, "the professor", "the league" and "the
institute", a bare office of a body before a name after the cue, a kin word before a name and a
closing comma, an outlet's cue giving a quotation to a person named earlier in the sentence,
plural descriptors before a body's name, and "the club" never a court or paper.

Thirty-third session (2026-12-02). 320 more pages were annotated blind and never read (no record
of them changed from session start to end); the 320 the thirty-second session never read were
studied. Every held-out set's figures are identical to the session start (pooled: marked F1
0.974, speaker 0.940 with 101 misattributions and 308 unattributed; indirect F1 0.881, speaker
0.897), so no floor moves. Four reviews found 125 invented cases made worse between them; the
rules behind most were dropped: "PCC" as a title, the police as an office's whole domain, a
description that tells the sex, a lede's office matched to the next paragraph's, a body's
report, a described "body", "partnership", producers before a firm, "who later said", an office
of a body as its unnamed holder, a hyphenated listener after "told".
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "number, marked_f1, speaker, wrong, indirect_f1",
    [
        (1, 0.965, 0.955, 2, 0.815),
        (2, 0.925, 0.930, 1, 0.885),
        (3, 0.965, 0.955, 1, 0.855),
        (4, 0.975, 0.955, 1, 0.755),
        (5, 0.905, 0.835, 4, 0.815),
        (6, 0.960, 0.955, 3, 0.820),
        (7, 0.950, 0.935, 0, 0.815),
        (8, 0.945, 0.950, 0, 0.840),
        (9, 0.985, 0.980, 1, 0.925),
        (10, 0.995, 0.995, 0, 0.880),
        (11, 0.970, 0.985, 0, 0.845),
        (12, 0.950, 0.940, 2, 0.815),
        (13, 0.975, 0.960, 0, 0.880),
        (14, 0.975, 0.910, 1, 0.960),
        (15, 0.975, 0.760, 1, 0.835),
        (16, 0.965, 0.960, 2, 0.920),
        (17, 0.960, 0.920, 1, 0.785),
        (18, 0.971, 0.934, 2, 0.927),
        (19, 0.985, 0.995, 0, 0.865),
        (20, 0.975, 0.950, 0, 0.895),
        (21, 0.970, 0.995, 0, 0.865),
        (22, 0.975, 0.950, 0, 0.860),
        (23, 0.975, 0.955, 1, 0.805),
        (24, 0.960, 0.975, 0, 0.900),
        (25, 0.970, 0.920, 1, 0.875),
        (26, 0.940, 0.930, 4, 0.945),
        (27, 0.945, 0.995, 0, 0.885),
        (28, 0.965, 0.970, 0, 0.930),
        (29, 0.975, 0.915, 1, 0.920),
        (30, 0.980, 0.965, 2, 0.895),
        (31, 0.980, 0.955, 1, 0.890),
        (32, 0.990, 0.925, 3, 0.855),
        (33, 0.980, 0.906, 2, 0.920),
        (34, 0.965, 0.955, 0, 0.920),
        (35, 0.960, 0.935, 5, 0.880),
        (36, 0.955, 0.935, 0, 0.900),
        (37, 0.955, 0.880, 1, 0.860),
        (38, 0.965, 0.935, 2, 0.805),
        (39, 0.965, 0.945, 2, 0.890),
        (40, 0.975, 0.925, 7, 0.870),
        (41, 0.965, 0.950, 0, 0.870),
        (42, 0.950, 0.955, 1, 0.910),
        (43, 0.960, 0.970, 0, 0.925),
        (44, 0.995, 0.885, 0, 0.905),
        (45, 0.970, 0.960, 0, 0.895),
        (46, 0.930, 0.780, 5, 0.865),
        (47, 0.940, 0.965, 1, 0.865),
        (48, 0.985, 0.970, 0, 0.880),
        (49, 0.970, 0.890, 2, 0.850),
        (50, 0.950, 0.875, 5, 0.875),
        (51, 0.965, 0.865, 0, 0.910),
        (52, 0.975, 0.890, 1, 0.910),
        (53, 0.975, 0.875, 0, 0.910),
        (54, 0.980, 0.980, 1, 0.880),
        (55, 0.955, 0.870, 2, 0.845),
        (56, 0.980, 0.865, 5, 0.890),
        (57, 0.960, 0.900, 1, 0.865),
        (58, 0.975, 0.895, 0, 0.850),
        (59, 0.980, 0.980, 1, 0.890),
        (60, 0.980, 0.950, 3, 0.840),
        (61, 0.980, 0.945, 0, 0.845),
        (62, 0.970, 0.880, 0, 0.860),
        (63, 0.930, 0.910, 4, 0.860),
        (64, 0.970, 0.905, 0, 0.900),
        (65, 0.985, 0.960, 1, 0.890),
        (66, 0.995, 0.980, 0, 0.890),
        (67, 0.980, 0.925, 0, 0.880),
        (68, 0.960, 0.925, 0, 0.870),
        (69, 0.955, 0.885, 3, 0.850),
        (70, 0.930, 0.900, 1, 0.860),
        (71, 0.955, 0.995, 0, 0.910),
        (72, 0.930, 0.880, 1, 0.755),
        (73, 0.975, 0.990, 0, 0.875),
        (74, 0.960, 0.925, 0, 0.880),
        (75, 0.960, 0.995, 0, 0.895),
        (76, 0.960, 0.905, 2, 0.805),
        (77, 0.945, 0.950, 0, 0.850),
        (78, 0.975, 0.995, 0, 0.815),
        (79, 0.980, 0.910, 1, 0.785),
        (80, 0.980, 0.915, 0, 0.945),
        (81, 0.995, 0.965, 2, 0.805),
        (82, 0.985, 0.850, 1, 0.800),
        (83, 0.995, 0.975, 0, 0.850),
        (84, 0.975, 0.955, 1, 0.760),
        (85, 0.975, 0.995, 0, 0.780),
        (86, 0.965, 0.995, 0, 0.850),
        (87, 0.895, 0.935, 0, 0.895),
        (88, 0.995, 0.955, 1, 0.855),
        (89, 0.960, 0.930, 1, 0.920),
        (90, 0.995, 0.995, 0, 0.910),
        (91, 0.925, 0.995, 0, 0.830),
    ],
)
def test_holdout_figures_held(shared_data, number, marked_f1, speaker, wrong, indirect_f1):
    eval_quotes = pytest.importorskip("eval_quotes")
    path = eval_quotes.holdout_gold(number)
    if not path.is_file():
        pytest.skip(f"held-out gold {number} not there")
    result = eval_quotes.evaluate([path])
    marked, indirect = result.overall("marked"), result.overall("indirect")
    assert marked.f1 >= marked_f1
    assert marked.speaker_accuracy >= speaker
    assert marked.misattributed <= wrong
    assert indirect.f1 >= indirect_f1


def test_default_gold_excludes_every_holdout():
    """gold_holdout.jsonl, gold_holdout2.jsonl and any later held-out set stay out of the default."""
    eval_quotes = pytest.importorskip("eval_quotes")
    assert not any(p.name.startswith("gold_holdout") for p in eval_quotes.default_gold())


def test_holdout_glob_rule(tmp_path, monkeypatch):
    eval_quotes = pytest.importorskip("eval_quotes")
    data = tmp_path / "tests" / "data"
    data.mkdir(parents=True)
    for name in ("gold_bbc.jsonl", "gold_holdout.jsonl", "gold_holdout2.jsonl", "gold_holdout3.jsonl"):
        (data / name).write_text("", encoding="utf-8")
    monkeypatch.setattr(eval_quotes, "REPO", tmp_path)
    assert [p.name for p in eval_quotes.default_gold()] == ["gold_bbc.jsonl"]
    assert eval_quotes.holdout_gold(2).name == "gold_holdout2.jsonl"
