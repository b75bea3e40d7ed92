--TEST--
levenshtein() with default and custom costs
--FILE--
<?php
var_dump(levenshtein("kitten", "sitting"));
var_dump(levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("same", "same"));
var_dump(levenshtein("kitten", "sitting", 2, 3, 4));
var_dump(levenshtein("abc", "abd", 1, 10, 1));
var_dump(levenshtein("flaw", "lawn"));
--EXPECT--
int(3)
int(3)
int(3)
int(0)
int(8)
int(2)
int(2)
