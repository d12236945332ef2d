"""Numbered formulas (五廉, 三治, 四议两公开 …) and the items that spell them out, in four stages,
each a public function that can be run and tested alone:

1. names.find_names(sentence, lex): the formula names a sentence holds (“五廉”, 三治融合, 3支监督力量);
2. lists.find_enums(sentence): the candidate item lists in it (A、B、C; “A”“B”“C”; （A，B）);
3. links.find_links(doc, cases, lex): which list spells out which name, in a sentence, the next
   sentence, a table, numbered paragraphs or a case's headings;
4. rows.extract_measures(doc, meta, units, cases, lex): Measure rows with evidence and owner;
   rows.formula_mentions(...): formulas only named, without items.

Their word lists (set suffixes 廉/治, kinds of 治, numerals, joining words) are in data/measures.toml.
"""
from .links import Link, find_links
from .lists import find_enums
from .names import find_names
from .rows import extract_measures, formula_mentions

__all__ = ["Link", "extract_measures", "find_enums", "find_links", "find_names", "formula_mentions"]
