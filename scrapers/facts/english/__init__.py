"""The English reader: the same facts (FACTS.md) read from English articles.

`scrapers.facts.language.is_english` chooses it per article; `read.facts_of_article` reads the sentences with the
English cues of `lexicon`, the English number convention of `numbers` and the English periods of `periods`, and
hands each figure to the rules of its family (`index`, `dossiers`, `procedures`, `online`, dispatched by `metric`).
The figure and its surroundings (`facts.figure.Figure`), the province resolver, the period attribution and the
merging of restatements are the Vietnamese reader's own.
"""
